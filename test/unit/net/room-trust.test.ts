/**
 * A vote the room can trust, against the real participant server with its default limits:
 * the voter ceiling and its waiting queue (nobody invents voters with fresh budgets), a whole
 * room joining from behind one NAT address, and printed tickets for binding votes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JoinResponse, PhoneBallot, PhoneErrorBody, PhoneState } from '../../../shared/protocol.ts';
import type { Round, Ticket } from '../../../shared/voting.ts';
import { openTestCore, type TestCore, tempDir } from '../../helpers/core.ts';
import { openEvents, type PhoneRequestOptions, phoneRequest } from '../../helpers/phone.ts';

const renderer = tempDir('agora-renderer-');
let t: TestCore;
let base: string;
let workshopId: string;
let code: string;
let round: Round;

beforeAll(async () => {
  // Default limits: what a venue gets.
  t = await openTestCore({ seedDemo: true, rendererDir: renderer.dir });
  base = (await t.must('lan:start', { host: '127.0.0.1', port: 0 })).baseUrl!;
  workshopId = (await t.must('workshops:list', {}))[0]!.id;
  code = (await t.must('join:get', { workshopId })).code;
  round = (await t.must('rounds:list', { workshopId })).find((r) => r.state === 'open')!;
});
afterAll(async () => {
  await t.close();
  renderer.cleanup();
});

const http = <T = unknown>(path: string, options: PhoneRequestOptions = {}) =>
  phoneRequest<T>(base, path, { from: '127.0.0.70', ...options });
let counter = 0;
const rid = () => `trust-${++counter}-${Math.random().toString(36).slice(2, 10)}`;
const vote = (token: string, itemId = round.items[0]!.id, roundId = round.id) =>
  http<PhoneBallot>('/p/votes', { token, body: { roundId, itemId, delta: 1, requestId: rid() } });
const join = async (body: Record<string, string>, from = '127.0.0.70') => {
  const res = await http<JoinResponse>('/p/join', { body, from });
  expect(res.status, res.text).toBe(200);
  return res.json;
};
const errorCode = (res: { json: unknown }) => (res.json as PhoneErrorBody).error.code;
const ballotTotal = async () => (await t.must('rounds:results', { roundId: round.id })).ballotTotal;

describe('the voter ceiling', () => {
  it('lets in the participants plus a margin; the next phones wait, see no ballot and cannot vote', async () => {
    const info = await t.must('join:get', { workshopId });
    // The demo lists 25 participants: 25 + 5, and never under 30.
    expect(info).toMatchObject({ maxVoters: 30, maxVotersSet: false, expected: 25, joined: 0, waiting: 0 });

    const inside: string[] = [];
    for (let i = 0; i < 30; i++) {
      const phone = await join({ code });
      expect(phone.admitted).toBe(true);
      inside.push(phone.token);
    }
    const first = await join({ code, name: 'Late Léa' });
    const second = await join({ code });
    expect([first.admitted, second.admitted]).toEqual([false, false]);
    expect(await t.must('join:get', { workshopId })).toMatchObject({ joined: 30, waiting: 2 });

    // A waiting phone sees the workshop and its place in the line, not the rounds.
    const state = await http<PhoneState>('/p/state', { token: second.token });
    expect(state.status).toBe(200);
    expect(state.json).toMatchObject({ admitted: false, waitingAhead: 1, rounds: [], name: '' });
    expect((await http<PhoneState>('/p/state', { token: first.token })).json.waitingAhead).toBe(0);

    // Its vote is refused and counts for nothing; so are its proposals.
    const before = await ballotTotal();
    const refused = await vote(second.token);
    expect(refused.status).toBe(403);
    expect(errorCode(refused)).toBe('waiting');
    const topic = await http('/p/topics', { token: second.token, body: { title: 'Sneaky', requestId: rid() } });
    expect(errorCode(topic)).toBe('waiting');
    expect(await ballotTotal()).toBe(before);
    // Those inside vote as usual.
    expect((await vote(inside[0]!)).status).toBe(200);
  });

  it('lets waiting phones in with one call, first come first served, and tells them on their stream', async () => {
    const waiting = await join({ code });
    expect(waiting.admitted).toBe(false);
    const events = await openEvents(base, waiting.token, 'query', '127.0.0.71');
    const info = await t.must('join:admit', { workshopId, count: 1 });
    // The oldest waiting phone (from the first test) went in; this one still waits.
    expect(info).toMatchObject({ joined: 31, waiting: 2 });
    expect(errorCode(await vote(waiting.token))).toBe('waiting');

    const all = await t.must('join:admit', { workshopId });
    expect(all).toMatchObject({ joined: 33, waiting: 0 });
    expect(await events.next()).toEqual({ type: 'admitted' });
    events.close();
    expect((await http<PhoneState>('/p/state', { token: waiting.token })).json.admitted).toBe(true);
    expect((await vote(waiting.token)).status).toBe(200);
  });

  it('a raised ceiling lets the line in up to it; a lowered one keeps who is in', async () => {
    const phones = [await join({ code }), await join({ code }), await join({ code })];
    expect(phones.map((p) => p.admitted)).toEqual([false, false, false]);
    const raised = await t.must('join:setCeiling', { workshopId, maxVoters: 35 });
    expect(raised).toMatchObject({ maxVoters: 35, maxVotersSet: true, joined: 35, waiting: 1 });
    const lowered = await t.must('join:setCeiling', { workshopId, maxVoters: 10 });
    expect(lowered).toMatchObject({ joined: 35, waiting: 1 });
    expect((await vote(phones[0]!.token)).status).toBe(200);
    expect((await t.must('join:setCeiling', { workshopId, maxVoters: null })).maxVotersSet).toBe(false);
  });

  it('lets a whole room behind one NAT address join within a minute, without handing out budgets', async () => {
    const started = performance.now();
    const before = (await t.must('join:get', { workshopId })).joined;
    const results = await Promise.all(
      Array.from({ length: 300 }, () => http<JoinResponse>('/p/join', { body: { code }, from: '127.0.0.72' })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(300).fill(200));
    expect(performance.now() - started).toBeLessThan(60_000);
    // Beyond the ceiling they wait: joining is not voting.
    const info = await t.must('join:get', { workshopId });
    expect(info.joined).toBe(before);
    expect(info.waiting).toBe(301);
    const total = await ballotTotal();
    for (const r of results.slice(0, 20)) expect(errorCode(await vote(r.json.token))).toBe('waiting');
    expect(await ballotTotal()).toBe(total);
  });
});

describe('tickets', () => {
  let tickets: Ticket[];
  let ticketRound: Round;

  beforeAll(async () => {
    tickets = await t.must('tickets:create', { workshopId, count: 3 });
    const created = await t.must('rounds:create', {
      workshopId,
      round: { question: 'Which project gets the budget?', budget: 2, maxPerItem: 1, ticketOnly: true },
      targets: { kind: 'topic', ids: round.items.slice(0, 4).map((i) => i.id) },
    });
    ticketRound = await t.must('rounds:open', { roundId: created.id });
  });

  it('are numbered, unguessable codes of the join alphabet', () => {
    expect(tickets.map((ticket) => ticket.number)).toEqual([1, 2, 3]);
    for (const ticket of tickets) expect(ticket.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{10}$/);
    expect(new Set(tickets.map((ticket) => ticket.code)).size).toBe(3);
  });

  it('join once, past the ceiling; a second phone is refused until the facilitator releases the ticket', async () => {
    const ticket = tickets[0]!;
    // As printed: "XXXXX-XXXXX", typed in lower case.
    const printed = `${ticket.code.slice(0, 5)}-${ticket.code.slice(5)}`.toLowerCase();
    const phone = await join({ ticket: printed });
    expect(phone.admitted).toBe(true); // the room is over its ceiling, a ticket still gets in
    const state = await http<PhoneState>('/p/state', { token: phone.token });
    expect(state.json).toMatchObject({ admitted: true, ticket: true });
    expect(state.json.rounds.find((r) => r.id === ticketRound.id)?.ticketOnly).toBe(true);

    const first = await vote(phone.token, ticketRound.items[0]!.id, ticketRound.id);
    expect(first.status).toBe(200);
    expect(first.json.remaining).toBe(1);

    const secondPhone = await http('/p/join', { body: { ticket: ticket.code }, from: '127.0.0.73' });
    expect(secondPhone.status).toBe(409);
    expect(errorCode(secondPhone)).toBe('ticket_used');

    // Released: the next phone takes over the same voter — same ballot, same remaining budget.
    expect((await t.must('tickets:release', { ticketId: ticket.id })).state).toBe('released');
    const borrowed = await join({ ticket: ticket.code }, '127.0.0.73');
    const again = await http<PhoneState>('/p/state', { token: borrowed.token });
    const ballot = again.json.rounds.find((r) => r.id === ticketRound.id)!;
    expect(ballot.remaining).toBe(1);
    expect(Object.values(ballot.myVotes)).toEqual([1]);
    // The first phone is out.
    expect((await http('/p/state', { token: phone.token })).status).toBe(401);
    expect((await t.must('tickets:list', { workshopId }))[0]!.state).toBe('used');
  });

  it('a phone signed out by a new join code comes back with its ticket, as the same voter, and learns the new code', async () => {
    const ticket = tickets[2]!;
    const phone = await join({ ticket: ticket.code });
    expect(phone.code).toBe(code);
    expect((await vote(phone.token, ticketRound.items[3]!.id, ticketRound.id)).status).toBe(200);
    const renewed = await t.must('join:regenerate', { workshopId, revokeTokens: true });
    code = renewed.code;
    expect((await http('/p/state', { token: phone.token })).status).toBe(401);
    const back = await join({ ticket: ticket.code }, '127.0.0.75');
    expect(back.code).toBe(renewed.code);
    const state = await http<PhoneState>('/p/state', { token: back.token });
    expect(state.json.rounds.find((r) => r.id === ticketRound.id)?.myVotes).toEqual({ [ticketRound.items[3]!.id]: 1 });
    // Still one phone per ticket: a second one is refused while this one is signed in.
    expect(errorCode(await http('/p/join', { body: { ticket: ticket.code }, from: '127.0.0.76' }))).toBe('ticket_used');
    await t.must('join:admit', { workshopId });
  });

  it('ticket-only rounds refuse phones without a ticket, and count nothing for them', async () => {
    const byCode = await join({ code });
    await t.must('join:admit', { workshopId });
    const before = (await t.must('rounds:results', { roundId: ticketRound.id })).ballotTotal;
    const res = await vote(byCode.token, ticketRound.items[1]!.id, ticketRound.id);
    expect(res.status).toBe(403);
    expect(errorCode(res)).toBe('ticket_required');
    expect((await t.must('rounds:results', { roundId: ticketRound.id })).ballotTotal).toBe(before);
    // The open rounds that take everyone still do.
    expect((await vote(byCode.token)).status).toBe(200);
  });

  it('stay anonymous: the export ties no ticket and no name to an anonymous ballot', async () => {
    const holder = await join({ ticket: tickets[1]!.code, name: 'Hélène Lefèvre' });
    expect((await vote(holder.token, ticketRound.items[2]!.id, ticketRound.id)).status).toBe(200);
    const file = await t.must('workshops:export', { workshopId });
    const exported = file.rounds.find((r) => r.question === 'Which project gets the budget?')!;
    expect(exported.ticketOnly).toBe(true);
    expect(exported.ballots.every((b) => b.name === '')).toBe(true);
    expect(JSON.stringify(file)).not.toContain(tickets[1]!.code);
  });

  it('an unknown ticket or a malformed one changes nothing', async () => {
    const voters = t.count('voters');
    const unknown = await http('/p/join', { body: { ticket: 'ZZZZZ-ZZZZZ' } });
    expect(unknown.status).toBe(404);
    const malformed = await http('/p/join', { body: { ticket: 'O0O0O' } });
    expect(malformed.status).toBe(400);
    const both = await http('/p/join', { body: { code, ticket: tickets[2]!.code } });
    expect(both.status).toBe(400);
    expect(t.count('voters')).toBe(voters);
  });
});

describe('one round at a time on phones', () => {
  it('shows the round opened last, or the one on the projected screen; all of them only if the facilitator allows', async () => {
    const workshop = await t.must('workshops:create', {
      title: 'Focus',
      format: 'co-creation',
      date: '2026-03-12',
      language: 'en',
    });
    await t.must('topics:add', { workshopId: workshop.id, topic: { title: 'A' } });
    await t.must('topics:add', { workshopId: workshop.id, topic: { title: 'B' } });
    const open = async (question: string) =>
      t.must('rounds:open', {
        roundId: (await t.must('rounds:create', { workshopId: workshop.id, round: { question } })).id,
      });
    const first = await open('First?');
    const second = await open('Second?');
    const phone = await join({ code: (await t.must('join:get', { workshopId: workshop.id })).code });
    const state = async () => (await http<PhoneState>('/p/state', { token: phone.token })).json;

    expect(await state()).toMatchObject({ focusRoundId: second.id, allRounds: false });
    expect((await state()).rounds.map((r) => r.id)).toEqual([second.id]);
    // Every open round is named, so a phone can tell "closed" from "not the one in focus".
    expect((await state()).openRounds).toEqual([
      { id: first.id, question: 'First?' },
      { id: second.id, question: 'Second?' },
    ]);

    // The facilitator projects the first round's results: phones follow, and hear about it.
    const events = await openEvents(base, phone.token, 'query', '127.0.0.74');
    await t.must('projector:show', { workshopId: workshop.id, view: 'results', roundId: first.id });
    expect(await events.next()).toEqual({ type: 'rounds' });
    expect((await state()).rounds.map((r) => r.id)).toEqual([first.id]);

    // Allowed to switch: every open round, the focus named.
    await t.must('join:setAllRounds', { workshopId: workshop.id, allRounds: true });
    expect(await events.next()).toEqual({ type: 'rounds' });
    const all = await state();
    expect(all).toMatchObject({ focusRoundId: first.id, allRounds: true });
    expect(all.rounds.map((r) => r.id).sort()).toEqual([first.id, second.id].sort());
    events.close();

    // A vote on a round not in focus still counts (a phone may hold the earlier state).
    await t.must('join:setAllRounds', { workshopId: workshop.id, allRounds: false });
    expect((await vote(phone.token, second.items[0]!.id, second.id)).status).toBe(200);
  });
});

describe('static files on the participant port', () => {
  it('say "not found" for paths that climb out of the assets, never that the JSON is bad', async () => {
    for (const path of [
      '/assets/..%2F..%2Fpackage.json',
      '/assets/%2e%2e/index.html',
      '/assets/..%5c..%5cindex.html',
    ]) {
      const res = await http(path);
      expect(res.status, path).toBe(404);
      const { error } = res.json as PhoneErrorBody;
      expect(error.code, path).toBe('not_found');
      expect(error.message, path).not.toMatch(/JSON/);
    }
  });
});
