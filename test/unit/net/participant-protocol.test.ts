/**
 * The participant protocol (shared/protocol.ts) against the real LAN server on loopback:
 * every error code with its HTTP status and body — and that it changed nothing — and the
 * flows phones rely on: join, vote, take back, score, propose a topic, hear about rounds,
 * be signed out.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/net/security.ts';
import type { Input } from '../../../shared/contract/index.ts';
import {
  JOIN_CODE_ALPHABET,
  type JoinResponse,
  PHONE_ERROR_STATUS,
  type PhoneBallot,
  type PhoneErrorBody,
  type PhoneErrorCode,
  type PhoneState,
} from '../../../shared/protocol.ts';
import type { Round } from '../../../shared/voting.ts';
import { openTestCore, sampleWorkshop, type TestCore, tempDir } from '../../helpers/core.ts';
import { openEvents, type PhoneRequestOptions, type PhoneResponse, phoneRequest } from '../../helpers/phone.ts';

// A built renderer of our own, so the test does not depend on `npm run build:renderer` having run.
const renderer = tempDir('agora-renderer-');
const PHONE_PAGE =
  '<!doctype html><html><head><title>Agora vote</title></head><body><div id="root"></div></body></html>';
mkdirSync(joinPath(renderer.dir, 'participant'), { recursive: true });
mkdirSync(joinPath(renderer.dir, 'assets'), { recursive: true });
writeFileSync(joinPath(renderer.dir, 'participant/index.html'), PHONE_PAGE);
writeFileSync(joinPath(renderer.dir, 'index.html'), '<!doctype html><title>FACILITATOR-INDEX</title>');
writeFileSync(joinPath(renderer.dir, 'assets/phone-abc123.js'), 'console.log("phone");');

// This suite sends hundreds of requests from 127.0.0.1; the limits have their own suite below.
const UNLIMITED = { perSecond: 100_000, burst: 100_000 };

let t: TestCore;
let base: string;
let workshopId: string;
/** The demo workshop's open dot round: budget 7, at most 3 per item, 20 topics. */
let dot: Round;
let other: { workshopId: string; round: Round };

beforeAll(async () => {
  t = await openTestCore({
    seedDemo: true,
    rendererDir: renderer.dir,
    lanLimits: { perAddress: UNLIMITED, perToken: UNLIMITED, joinsPerAddress: UNLIMITED },
    // Hundreds of phones join the demo (25 participants): the ceiling has its own suite.
    defaultMaxVoters: 10_000,
  });
  const lan = await t.must('lan:start', { host: '127.0.0.1', port: 0 });
  base = lan.baseUrl!;
  workshopId = (await t.must('workshops:list', {}))[0]!.id;
  dot = (await t.must('rounds:list', { workshopId })).find((r) => r.state === 'open')!;
  // This suite opens several rounds at once and reads each; one-round-at-a-time has its own tests.
  await t.must('join:setAllRounds', { workshopId, allRounds: true });
  const second = await t.must('workshops:create', sampleWorkshop);
  await t.must('topics:add', { workshopId: second.id, topic: { title: 'Elsewhere' } });
  const otherRound = await t.must('rounds:create', { workshopId: second.id, round: { question: 'Other?' } });
  other = { workshopId: second.id, round: await t.must('rounds:open', { roundId: otherRound.id }) };
});
afterAll(async () => {
  await t.close();
  renderer.cleanup();
});

// ---- helpers ------------------------------------------------------------------------------

const http = <T = unknown>(path: string, options?: PhoneRequestOptions) => phoneRequest<T>(base, path, options);
const code = async (id = workshopId) => (await t.must('join:get', { workshopId: id })).code;

async function join(name?: string, id = workshopId): Promise<string> {
  const res = await http<JoinResponse>('/p/join', {
    body: { code: await code(id), ...(name === undefined ? {} : { name }) },
  });
  expect(res.status, res.text).toBe(200);
  return res.json.token;
}

let requestCounter = 0;
const rid = () => `req-${++requestCounter}-${Math.random().toString(36).slice(2, 10)}`;

const vote = (token: string, body: Record<string, unknown>) =>
  http<PhoneBallot>('/p/votes', { token, body: { requestId: rid(), ...body } });
const dotVote = (token: string, roundId: string, itemId: string, delta: 1 | -1) =>
  vote(token, { roundId, itemId, delta });
const state = (token: string) => http<PhoneState>('/p/state', { token });

async function newRound(fields: Input<'rounds:create'>['round'], open = true, items = 3): Promise<Round> {
  const round = await t.must('rounds:create', {
    workshopId,
    round: fields,
    targets: { kind: 'topic', ids: dot.items.slice(0, items).map((i) => i.id) },
  });
  return open ? t.must('rounds:open', { roundId: round.id }) : round;
}

const TABLES = [
  'voters',
  'votes',
  'scores',
  'applied_requests',
  'topic_suggestions',
  'topics',
  'rounds',
  'join_codes',
] as const;

/** Everything a refused request must leave as it was: the tables, every round's results, the phone's view. */
async function snapshot(token?: string) {
  const tables = Object.fromEntries(
    TABLES.map((tb) => [tb, t.core.db.prepare(`SELECT * FROM ${tb} ORDER BY 1`).all()]),
  );
  const results = [];
  for (const w of await t.must('workshops:list', {}))
    for (const r of await t.must('rounds:list', { workshopId: w.id }))
      results.push(await t.must('rounds:results', { roundId: r.id }));
  return { tables, results, state: token ? (await state(token)).json : null };
}

function expectError(res: PhoneResponse, code: PhoneErrorCode): void {
  expect(res.status, res.text).toBe(PHONE_ERROR_STATUS[code]);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  expect(res.json).toEqual({ error: { code, message: expect.any(String) } });
  expect((res.json as PhoneErrorBody).error.message.length).toBeGreaterThan(5);
}

/** Sends a request that must be refused with `code`, and checks it changed nothing. */
async function refused(
  code: PhoneErrorCode,
  send: () => Promise<PhoneResponse>,
  token?: string,
): Promise<PhoneResponse> {
  const before = await snapshot(token);
  const res = await send();
  expectError(res, code);
  expect(await snapshot(token)).toEqual(before);
  return res;
}

const results = (roundId: string) => t.must('rounds:results', { roundId });
const ballotsOn = async (roundId: string, itemId: string) =>
  (await results(roundId)).items.find((i) => i.itemId === itemId)!.ballots;

// ---- joining --------------------------------------------------------------------------------

describe('joining', () => {
  it('gives a token and a state with the open round and the whole budget left', async () => {
    const res = await http<JoinResponse>('/p/join', { body: { code: await code(), name: 'Ana' } });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      token: expect.any(String),
      workshop: { title: 'Smart Economy Mini-BarCamp — Bordeaux 2013', language: 'en' },
      admitted: true,
      code: await code(),
    });
    const me = await state(res.json.token);
    expect(me.status).toBe(200);
    expect(me.headers['cache-control']).toBe('no-store');
    expect(me.json).toMatchObject({ name: 'Ana', admitted: true, waitingAhead: null, ticket: false });
    expect(me.json.workshop.title).toBe('Smart Economy Mini-BarCamp — Bordeaux 2013');
    const round = me.json.rounds.find((r) => r.id === dot.id)!;
    expect(round).toMatchObject({
      question: dot.question,
      method: 'dot',
      budget: 7,
      maxPerItem: 3,
      named: false,
      ticketOnly: false,
      myVotes: {},
      myScores: {},
      remaining: 7,
    });
    expect(round.items).toEqual(dot.items.map(({ id, title }) => ({ id, title })));
    expect(round.results?.items).toHaveLength(20);
    // Only open rounds of my own workshop.
    expect(me.json.rounds.map((r) => r.id)).not.toContain(other.round.id);
  });

  it('accepts the code as a person types it: lower case, with spaces', async () => {
    const res = await http<JoinResponse>('/p/join', { body: { code: ` ${(await code()).toLowerCase()} ` } });
    expect(res.status).toBe(200);
    expect((await state(res.json.token)).json.name).toBe('');
  });

  it('makes tokens of at least 128 random bits, a new one per join', async () => {
    const tokens = await Promise.all([join(), join(), join('Same name'), join('Same name')]);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('stores only a hash of the token, never the token itself', async () => {
    const token = await join('Hash check');
    await dotVote(token, dot.id, dot.items[0]!.id, 1);
    const row = t.core.db.prepare('SELECT * FROM voters WHERE name = ?').get('Hash check') as { token_hash: string };
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    // Not in the voters table, nor anywhere else in the store.
    const tables = t.core.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    for (const { name } of tables) {
      const dump = JSON.stringify(t.core.db.prepare(`SELECT * FROM "${name}"`).all());
      expect(dump.includes(token), name).toBe(false);
    }
  });

  it('never shows a phone the names of other participants', async () => {
    const secretName = 'Zelda Unshared-Name';
    const named = await newRound({ question: 'Jury pick?', named: true, budget: 3, maxPerItem: 1 });
    const zelda = await join(secretName);
    expect((await dotVote(zelda, named.id, named.items[0]!.id, 1)).status).toBe(200);
    expect((await dotVote(zelda, dot.id, dot.items[0]!.id, 1)).status).toBe(200);
    const someone = await join('Someone');
    const seen = await state(someone);
    expect(seen.status).toBe(200);
    expect(seen.json.rounds.find((r) => r.id === named.id)?.results?.voters).toBeGreaterThan(0);
    expect(seen.text).not.toContain('Zelda');
    await t.must('rounds:close', { roundId: named.id });
  });

  it('refuses a code that is not a join code (400), and an unknown one (404), creating no voter', async () => {
    const current = await code();
    for (const bad of ['ABC', 'ABCDEFG', 'ABCDE0', 'OOOOOO', 'ABC DE', 123456, null]) {
      const res = await refused('invalid_input', () => http('/p/join', { body: { code: bad } }));
      expect((res.json as PhoneErrorBody).error.message).toMatch(/code/);
    }
    await refused('invalid_input', () => http('/p/join', { body: { name: 'No code' } }));
    await refused('invalid_input', () => http('/p/join', { body: { code: current, name: 'x'.repeat(121) } }));
    const unknown = current === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
    expect(unknown).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    await refused('not_found', () => http('/p/join', { body: { code: unknown } }));
  });
});

// ---- dot votes --------------------------------------------------------------------------------

describe('dot voting', () => {
  it('+1 and −1 update my ballot, my remaining dots and the results', async () => {
    const token = await join();
    const [a, b] = dot.items;
    const before = await ballotsOn(dot.id, a!.id);
    let res = await dotVote(token, dot.id, a!.id, 1);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ roundId: dot.id, myVotes: { [a!.id]: 1 }, myScores: {}, remaining: 6 });
    res = await dotVote(token, dot.id, a!.id, 1);
    expect(res.json).toMatchObject({ myVotes: { [a!.id]: 2 }, remaining: 5 });
    res = await dotVote(token, dot.id, b!.id, 1);
    expect(res.json).toMatchObject({ myVotes: { [a!.id]: 2, [b!.id]: 1 }, remaining: 4 });
    res = await dotVote(token, dot.id, a!.id, -1);
    expect(res.json).toMatchObject({ myVotes: { [a!.id]: 1, [b!.id]: 1 }, remaining: 5 });
    res = await dotVote(token, dot.id, b!.id, -1);
    expect(res.json).toMatchObject({ myVotes: { [a!.id]: 1 }, remaining: 6 });

    const mine = (await state(token)).json.rounds.find((r) => r.id === dot.id)!;
    expect(mine.myVotes).toEqual({ [a!.id]: 1 });
    expect(mine.remaining).toBe(6);
    expect(await ballotsOn(dot.id, a!.id)).toBe(before + 1);
  });

  it('refuses the 8th dot (budget 7) and the 4th on one item (at most 3): 409 budget_exceeded', async () => {
    const token = await join();
    const items = dot.items.slice(0, 3).map((i) => i.id);
    for (const itemId of items)
      for (let n = 0; n < 2; n++) expect((await dotVote(token, dot.id, itemId, 1)).status).toBe(200);
    expect((await dotVote(token, dot.id, items[0]!, 1)).json).toMatchObject({ remaining: 0 });
    const overBudget = await refused('budget_exceeded', () => dotVote(token, dot.id, dot.items[5]!.id, 1), token);
    expect((overBudget.json as PhoneErrorBody).error.message).toMatch(/7/);

    const fresh = await join();
    for (let n = 0; n < 3; n++) expect((await dotVote(fresh, dot.id, items[0]!, 1)).status).toBe(200);
    const overItem = await refused('budget_exceeded', () => dotVote(fresh, dot.id, items[0]!, 1), fresh);
    expect((overItem.json as PhoneErrorBody).error.message).toMatch(/3 per item/);
  });

  it('the totals phones see follow every vote, typed-in count and renamed topic', async () => {
    const watcher = await join();
    const voter = await join();
    const item = dot.items[8]!;
    const seen = async () =>
      (await state(watcher)).json.rounds
        .find((r) => r.id === dot.id)!
        .results!.items.find((i) => i.itemId === item.id)!;
    const start = await seen();
    await dotVote(voter, dot.id, item.id, 1);
    expect(await seen()).toMatchObject({ ballots: start.ballots + 1, total: start.total + 1 });
    await t.must('rounds:setCount', { roundId: dot.id, itemId: item.id, source: 'paper', count: 5 });
    expect(await seen()).toMatchObject({ ballots: start.ballots + 1, paper: 5, total: start.total + 6 });
    await dotVote(voter, dot.id, item.id, -1);
    expect(await seen()).toMatchObject({ ballots: start.ballots, total: start.total + 5 });
    await t.must('topics:update', { topicId: item.id, patch: { title: 'Renamed on the wall' } });
    expect((await seen()).title).toBe('Renamed on the wall');
    await t.must('rounds:setCount', { roundId: dot.id, itemId: item.id, source: 'paper', count: 0 });
    expect(await seen()).toMatchObject({ ballots: start.ballots, paper: 0, total: start.total });
  });

  it('never overspends, even when one phone sends many votes at once', async () => {
    const token = await join();
    const before = (await results(dot.id)).ballotTotal;
    const answers = await Promise.all(dot.items.slice(0, 10).map((item) => dotVote(token, dot.id, item.id, 1)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(7);
    for (const a of answers.filter((a) => a.status !== 200)) expectError(a, 'budget_exceeded');
    const mine = (await state(token)).json.rounds.find((r) => r.id === dot.id)!;
    expect(Object.values(mine.myVotes).reduce((a, b) => a + b, 0)).toBe(7);
    expect(mine.remaining).toBe(0);
    expect((await results(dot.id)).ballotTotal).toBe(before + 7);
  });

  it('refuses a −1 where I have no dot: 409 nothing_to_remove', async () => {
    const token = await join();
    await refused('nothing_to_remove', () => dotVote(token, dot.id, dot.items[0]!.id, -1), token);
    // Another phone's dots on the item are not mine to take back.
    const other = await join();
    await dotVote(other, dot.id, dot.items[1]!.id, 1);
    await refused('nothing_to_remove', () => dotVote(token, dot.id, dot.items[1]!.id, -1), token);
  });

  it('approval: one mark per item, at most `budget` items: 409 budget_exceeded', async () => {
    const approval = await newRound({ question: 'Which can you attend?', method: 'approval', budget: 2 }, true, 3);
    const token = await join();
    const [a, b, c] = approval.items.map((i) => i.id);
    const mine = (await state(token)).json.rounds.find((r) => r.id === approval.id)!;
    expect(mine).toMatchObject({ method: 'approval', budget: 2, maxPerItem: 1, remaining: 2 });
    expect((await dotVote(token, approval.id, a!, 1)).status).toBe(200);
    await refused('budget_exceeded', () => dotVote(token, approval.id, a!, 1), token);
    expect((await dotVote(token, approval.id, b!, 1)).json).toMatchObject({ remaining: 0 });
    await refused('budget_exceeded', () => dotVote(token, approval.id, c!, 1), token);
    // Taking one back frees it.
    expect((await dotVote(token, approval.id, a!, -1)).status).toBe(200);
    expect((await dotVote(token, approval.id, c!, 1)).json).toMatchObject({ myVotes: { [b!]: 1, [c!]: 1 } });
    await t.must('rounds:close', { roundId: approval.id });
  });
});

// ---- scoring ----------------------------------------------------------------------------------

describe('scoring', () => {
  it('takes 1–5 scores per criterion and the results give the weighted mean', async () => {
    const scoring = await newRound(
      {
        question: 'Jury: rate the projects',
        method: 'scoring',
        criteria: [
          { id: 'impact', label: 'Impact', weight: 3 },
          { id: 'feasibility', label: 'Feasibility', weight: 1 },
        ],
      },
      true,
      2,
    );
    const [a, b] = scoring.items.map((i) => i.id);
    const one = await join('Juror one');
    const two = await join('Juror two');
    const mine = (await state(one)).json.rounds.find((r) => r.id === scoring.id)!;
    expect(mine).toMatchObject({
      method: 'scoring',
      budget: 0,
      remaining: 0,
      criteria: [
        { id: 'impact', label: 'Impact' },
        { id: 'feasibility', label: 'Feasibility' },
      ],
    });

    let res = await vote(one, { roundId: scoring.id, itemId: a, scores: { impact: 5, feasibility: 1 } });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      roundId: scoring.id,
      myVotes: {},
      myScores: { [a!]: { impact: 5, feasibility: 1 } },
      remaining: 0,
    });
    res = await vote(two, { roundId: scoring.id, itemId: a, scores: { impact: 3, feasibility: 3 } });
    expect(res.status).toBe(200);
    let item = (await results(scoring.id)).items.find((i) => i.itemId === a)!;
    // Means 4 and 2, weighted 3:1 → (4×3 + 2×1) / 4.
    expect(item).toMatchObject({ criteria: { impact: 4, feasibility: 2 }, total: 3.5, scoredBy: 2, rank: 1 });
    expect((await results(scoring.id)).items.find((i) => i.itemId === b)).toMatchObject({ total: 0, scoredBy: 0 });

    // Scoring again replaces my scores; it does not add a juror.
    res = await vote(one, { roundId: scoring.id, itemId: a, scores: { impact: 1, feasibility: 1 } });
    expect(res.json.myScores).toEqual({ [a!]: { impact: 1, feasibility: 1 } });
    item = (await results(scoring.id)).items.find((i) => i.itemId === a)!;
    expect(item).toMatchObject({ criteria: { impact: 2, feasibility: 2 }, total: 2, scoredBy: 2 });
    expect((await state(one)).json.rounds.find((r) => r.id === scoring.id)?.myScores).toEqual({
      [a!]: { impact: 1, feasibility: 1 },
    });

    // 400: dots on a scoring round, and scores that do not fit its criteria.
    const roundId = scoring.id;
    await refused('invalid_input', () => dotVote(one, roundId, b!, 1), one);
    for (const scores of [
      { impact: 5 },
      { impact: 5, feasibility: 2, cost: 3 },
      { impact: 6, feasibility: 2 },
      { impact: 0, feasibility: 2 },
      { impact: 2.5, feasibility: 2 },
      { impact: '5', feasibility: 2 },
      {},
    ])
      await refused('invalid_input', () => vote(one, { roundId, itemId: b, scores }), one);
    // 400: scores on a dot round.
    await refused(
      'invalid_input',
      () => vote(one, { roundId: dot.id, itemId: dot.items[0]!.id, scores: { impact: 3 } }),
      one,
    );
    await t.must('rounds:close', { roundId });
  });
});

// ---- rounds the phone cannot vote in -------------------------------------------------------------

describe('where a vote cannot go', () => {
  it('409 round_closed on a draft round and on a closed one, for +1 and −1', async () => {
    const token = await join();
    const draft = await newRound({ question: 'Not yet' }, false);
    await refused('round_closed', () => dotVote(token, draft.id, draft.items[0]!.id, 1), token);
    const closing = await newRound({ question: 'Soon closed' });
    expect((await dotVote(token, closing.id, closing.items[0]!.id, 1)).status).toBe(200);
    await t.must('rounds:close', { roundId: closing.id });
    await refused('round_closed', () => dotVote(token, closing.id, closing.items[0]!.id, 1), token);
    await refused('round_closed', () => dotVote(token, closing.id, closing.items[0]!.id, -1), token);
    expect((await results(closing.id)).ballotTotal).toBe(1);
    expect((await state(token)).json.rounds.map((r) => r.id)).not.toContain(closing.id);
  });

  it('404 not_found for an unknown round, an item not in the round, and another workshop’s round', async () => {
    const token = await join();
    const outside = dot.items[10]!.id; // a topic of this workshop, but not in a 3-item round
    const small = await newRound({ question: 'Three items' });
    await refused('not_found', () => dotVote(token, 'no-such-round', dot.items[0]!.id, 1), token);
    await refused('not_found', () => dotVote(token, small.id, outside, 1), token);
    await refused('not_found', () => dotVote(token, dot.id, 'no-such-item', 1), token);
    await refused('not_found', () => dotVote(token, other.round.id, other.round.items[0]!.id, 1), token);
    await t.must('rounds:close', { roundId: small.id });
  });

  it('hides the totals from phones until the facilitator reveals them, and tells them when', async () => {
    const secret = await newRound({ question: 'Sealed vote', hideResults: true });
    const token = await join();
    expect((await dotVote(token, secret.id, secret.items[0]!.id, 1)).status).toBe(200);
    const sealed = await state(token);
    expect(sealed.json.rounds.find((r) => r.id === secret.id)).toMatchObject({
      results: null,
      myVotes: { [secret.items[0]!.id]: 1 },
    });
    const events = await openEvents(base, token);
    try {
      await t.must('rounds:reveal', { roundId: secret.id });
      expect(await events.next()).toEqual({ type: 'rounds' });
      const shown = (await state(token)).json.rounds.find((r) => r.id === secret.id)!;
      expect(shown.results?.voters).toBe(1);
      expect(shown.results?.items.find((i) => i.itemId === secret.items[0]!.id)?.ballots).toBe(1);
    } finally {
      events.close();
    }
    await t.must('rounds:close', { roundId: secret.id });
  });

  it('409 name_required in a named round when I joined without a name (blank counts as none)', async () => {
    const named = await newRound({ question: 'Jury vote', named: true, budget: 2, maxPerItem: 1 });
    const anonymous = await join();
    const blank = await join('   ');
    expect((await state(anonymous)).json.rounds.find((r) => r.id === named.id)?.named).toBe(true);
    await refused('name_required', () => dotVote(anonymous, named.id, named.items[0]!.id, 1), anonymous);
    await refused('name_required', () => dotVote(blank, named.id, named.items[0]!.id, 1), blank);
    const juror = await join('Juror Jo');
    expect((await dotVote(juror, named.id, named.items[0]!.id, 1)).status).toBe(200);
    await t.must('rounds:close', { roundId: named.id });
  });

  it('POST /p/name names the phone in place: same token, its earlier votes kept, no second budget', async () => {
    const named = await newRound({ question: 'Jury vote, named later', named: true, budget: 2, maxPerItem: 1 });
    const token = await join();
    const before = await dotVote(token, dot.id, dot.items[0]!.id, 1);
    expect(before.status).toBe(200);
    await refused('name_required', () => dotVote(token, named.id, named.items[0]!.id, 1), token);
    await refused('invalid_input', () => http('/p/name', { token, body: { name: '  ' } }), token);
    await refused('unauthorized', () => http('/p/name', { body: { name: 'Zoé' } }));
    const renamed = await http<{ name: string }>('/p/name', { token, body: { name: '  Zoé  ' } });
    expect(renamed).toMatchObject({ status: 200, json: { name: 'Zoé' } });
    expect((await dotVote(token, named.id, named.items[0]!.id, 1)).status).toBe(200);
    const mine = (await state(token)).json;
    expect(mine.name).toBe('Zoé');
    expect(mine.rounds.find((r) => r.id === dot.id)?.myVotes).toEqual({ [dot.items[0]!.id]: 1 });
    expect((await dotVote(token, dot.id, dot.items[0]!.id, -1)).status).toBe(200);
    // a name is given once: it went with the named ballot already cast
    await refused('name_already_set', () => http('/p/name', { token, body: { name: 'Someone else' } }), token);
    expect((await http('/p/name', { token, body: { name: 'Zoé' } })).status).toBe(200);
    await t.must('rounds:close', { roundId: named.id });
  });
});

// ---- malformed requests ------------------------------------------------------------------------

describe('400 invalid_input', () => {
  it('refuses bad JSON, wrong types, a delta of 2, a missing or short request id, unknown fields', async () => {
    const token = await join();
    const itemId = dot.items[0]!.id;
    const ok = { roundId: dot.id, itemId, delta: 1, requestId: 'abcdefgh-1' };
    const json = { 'content-type': 'application/json' };
    await refused('invalid_input', () => http('/p/votes', { token, rawBody: '{"roundId": ', headers: json }), token);
    await refused('invalid_input', () => http('/p/votes', { token, rawBody: '', headers: json }), token);
    await refused(
      'invalid_input',
      () => http('/p/votes', { token, rawBody: 'delta=1', headers: { 'content-type': 'text/plain' } }),
      token,
    );
    for (const body of [
      { ...ok, delta: 2 },
      { ...ok, delta: 0 },
      { ...ok, delta: '1' },
      { ...ok, roundId: 42 },
      { ...ok, itemId: null },
      { ...ok, requestId: 12345678 },
      { ...ok, requestId: 'short' },
      { ...ok, requestId: 'x'.repeat(65) },
      { roundId: dot.id, itemId, delta: 1 },
      { ...ok, extra: true },
      { ...ok, scores: { impact: 3 } },
      [],
      'vote',
      null,
    ])
      await refused('invalid_input', () => http('/p/votes', { token, body }), token);
    for (const body of [
      { title: '', requestId: 'abcdefgh-2' },
      { title: 'No request id' },
      { title: 'x'.repeat(201), requestId: 'abcdefgh-3' },
    ])
      await refused('invalid_input', () => http('/p/topics', { token, body }), token);
    await refused('invalid_input', () => http('/p/join', { rawBody: '{code:', headers: json }));
    // The well-formed vote goes through: the refusals were about the request, not the phone.
    expect((await http('/p/votes', { token, body: ok })).status).toBe(200);
  });
});

describe('401 unauthorized', () => {
  it('refuses every phone route without a token, with an unknown one, or with the token elsewhere', async () => {
    const token = await join();
    const body = { roundId: dot.id, itemId: dot.items[0]!.id, delta: 1, requestId: rid() };
    const topic = { title: 'Sneaky', requestId: rid() };
    for (const auth of [undefined, 'not-a-token', `${token}x`, '']) {
      await refused('unauthorized', () => http('/p/state', { token: auth }));
      await refused('unauthorized', () => http('/p/votes', { token: auth, body }));
      await refused('unauthorized', () => http('/p/topics', { token: auth, body: topic }));
      expectError(await http('/p/events', { token: auth }), 'unauthorized');
    }
    await refused('unauthorized', () => http('/p/state', { headers: { authorization: `Basic ${token}` } }));
    // Only the event stream takes ?token= (EventSource cannot set headers).
    await refused('unauthorized', () => http(`/p/state?token=${token}`));
    await refused('unauthorized', () => http(`/p/votes?token=${token}`, { body }));
    expectError(await http('/p/events?token=nope'), 'unauthorized');
    expect((await state(token)).status).toBe(200);
  });
});

describe('404 not_found routes', () => {
  it('has no facilitator route on the LAN port, whatever the path', async () => {
    // Even with a phone's token: it opens the phone routes, nothing else.
    const token = await join();
    for (const [method, path] of [
      ['POST', '/api/call/workshops:list'],
      ['POST', '/api/call/workshops:export'],
      ['GET', '/api/events'],
      ['POST', '/%61pi/call/workshops:list'],
      ['GET', '/index.html'],
      ['GET', '/present/'],
      ['GET', '/participant/index.html'],
      ['GET', '/p/nothing'],
      ['POST', '/p/state'],
      ['GET', '/p/votes'],
      ['GET', '/assets/../index.html'],
      ['GET', '/assets/missing.js'],
    ] as const) {
      const res = await http(path, {
        method,
        token,
        ...(method === 'POST' ? { body: { workshopId } } : {}),
      });
      expectError(res, 'not_found');
      expect(res.text).not.toContain('FACILITATOR-INDEX');
      expect(res.text).not.toContain('Smart Economy');
    }
    // The root only points people to the join address; it is not the facilitator's page.
    const root = await http('/');
    expect(root.status).toBe(200);
    expect(root.headers['content-type']).toMatch(/^text\/plain/);
    expect(root.text).not.toContain('FACILITATOR-INDEX');
    expect(root.text).toMatch(/\/j\/CODE/);
  });
});

describe('413 payload_too_large', () => {
  it('refuses a body over 16 KB, on every route that takes one', async () => {
    const token = await join();
    const big = 'x'.repeat(17 * 1024);
    await refused(
      'payload_too_large',
      () => http('/p/topics', { token, body: { title: 'Big', pitch: big, requestId: rid() } }),
      token,
    );
    await refused(
      'payload_too_large',
      () =>
        http('/p/votes', {
          token,
          body: { roundId: dot.id, itemId: dot.items[0]!.id, delta: 1, requestId: rid(), pad: big },
        }),
      token,
    );
    await refused('payload_too_large', () => http('/p/join', { body: { code: 'ABCDEF', name: big } }));
    // Just under the limit is parsed (and refused for what it says, not for its size).
    const under = await http('/p/topics', {
      token,
      body: { title: 'Big', pitch: 'x'.repeat(15 * 1024), requestId: rid() },
    });
    expectError(under, 'invalid_input');
  });
});

// ---- idempotency ----------------------------------------------------------------------------

describe('idempotency: a request id is applied once', () => {
  it('request ids are per route: a topic sent with an id already used for a vote is a new request', async () => {
    const token = await join();
    const requestId = rid();
    expect(
      (await http('/p/votes', { token, body: { roundId: dot.id, itemId: dot.items[5]!.id, delta: 1, requestId } }))
        .status,
    ).toBe(200);
    const topic = await http<{ suggestionId: string }>('/p/topics', {
      token,
      body: { title: 'Same id, other route', requestId },
    });
    expect(topic.status).toBe(200);
    expect(topic.json.suggestionId).toEqual(expect.any(String));
    const titles = (await t.must('suggestions:list', { workshopId })).map((x) => x.title);
    expect(titles).toContain('Same id, other route');
    expect((await dotVote(token, dot.id, dot.items[5]!.id, -1)).status).toBe(200);
  });

  it('a retry of the same vote gets the same answer and adds nothing', async () => {
    const token = await join();
    const itemId = dot.items[3]!.id;
    const before = await ballotsOn(dot.id, itemId);
    const body = { roundId: dot.id, itemId, delta: 1, requestId: rid() };
    const first = await http('/p/votes', { token, body });
    const again = await http('/p/votes', { token, body });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.json).toEqual(first.json);
    expect(await ballotsOn(dot.id, itemId)).toBe(before + 1);
    // A later vote moves on; replaying the old id still answers as it did then, changing nothing.
    expect((await dotVote(token, dot.id, itemId, 1)).json).toMatchObject({ myVotes: { [itemId]: 2 } });
    const replay = await http('/p/votes', { token, body });
    expect(replay.json).toEqual(first.json);
    expect(await ballotsOn(dot.id, itemId)).toBe(before + 2);
  });

  it('the same vote sent concurrently is applied once', async () => {
    const token = await join();
    const itemId = dot.items[4]!.id;
    const before = await ballotsOn(dot.id, itemId);
    const body = { roundId: dot.id, itemId, delta: 1, requestId: rid() };
    const answers = await Promise.all(Array.from({ length: 8 }, () => http('/p/votes', { token, body })));
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect(a.json).toEqual({ roundId: dot.id, myVotes: { [itemId]: 1 }, myScores: {}, remaining: 6 });
    }
    expect(await ballotsOn(dot.id, itemId)).toBe(before + 1);
    // The id is per phone: another phone may use the same one.
    const other = await join();
    expect((await http('/p/votes', { token: other, body })).json).toMatchObject({ myVotes: { [itemId]: 1 } });
    expect(await ballotsOn(dot.id, itemId)).toBe(before + 2);
  });

  it('a refused vote is not remembered: the same id goes through once it can', async () => {
    const token = await join();
    const itemId = dot.items[5]!.id;
    const takeBack = { roundId: dot.id, itemId, delta: -1, requestId: rid() };
    expectError(await http('/p/votes', { token, body: takeBack }), 'nothing_to_remove');
    await dotVote(token, dot.id, itemId, 1);
    expect((await http('/p/votes', { token, body: takeBack })).json).toMatchObject({ myVotes: {}, remaining: 7 });
  });

  it('a proposed topic sent twice (and concurrently) is one suggestion', async () => {
    const token = await join('Idem Potent');
    const body = { title: 'Shared workspaces in the Chartrons', requestId: rid() };
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => http('/p/topics', { token, body })));
    const again = await http('/p/topics', { token, body });
    for (const r of [a, b, c, again]) expect(r!.json).toEqual(a!.json);
    const mine = (await t.must('suggestions:list', { workshopId })).filter((s) => s.title === body.title);
    expect(mine).toHaveLength(1);
  });
});

// ---- topics and participant text ---------------------------------------------------------------

describe('topics proposed from phones', () => {
  it('land in the moderation queue as pending; accepting makes a topic with the phone’s name', async () => {
    const token = await join('Maya Okafor');
    const res = await http('/p/topics', {
      token,
      body: { title: '  Micro-grants for student start-ups ', pitch: 'Seed money, no paperwork.', requestId: rid() },
    });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ suggestionId: expect.any(String), state: 'pending' });
    const { suggestionId } = res.json as { suggestionId: string };
    const topicsBefore = (await t.must('topics:list', { workshopId })).length;
    const pending = (await t.must('suggestions:list', { workshopId })).find((s) => s.id === suggestionId);
    expect(pending).toMatchObject({
      title: 'Micro-grants for student start-ups',
      pitch: 'Seed money, no paperwork.',
      proposer: 'Maya Okafor',
      state: 'pending',
      topicId: null,
    });
    // Nothing reaches the wall before the facilitator accepts it.
    expect((await t.must('topics:list', { workshopId })).length).toBe(topicsBefore);
    const topic = await t.must('suggestions:accept', { suggestionId });
    expect(topic).toMatchObject({ title: 'Micro-grants for student start-ups', proposer: 'Maya Okafor' });
    expect((await t.must('topics:list', { workshopId })).map((t) => t.id)).toContain(topic.id);
    expect((await t.must('suggestions:list', { workshopId })).find((s) => s.id === suggestionId)).toMatchObject({
      state: 'accepted',
      topicId: topic.id,
    });
  });

  it('keeps participant text verbatim, as data: markup in a name or a title is not interpreted', async () => {
    const markup = '<img src=x onerror=alert(1)>';
    const joined = await http<JoinResponse>('/p/join', { body: { code: await code(), name: markup } });
    const token = joined.json.token;
    const me = await state(token);
    expect(me.headers['content-type']).toMatch(/^application\/json/);
    expect(me.headers['x-content-type-options']).toBe('nosniff');
    expect(me.json.name).toBe(markup);
    const res = await http<{ suggestionId: string }>('/p/topics', {
      token,
      body: { title: markup, pitch: `<script>alert("x")</script> & "quotes"`, requestId: rid() },
    });
    const suggestion = (await t.must('suggestions:list', { workshopId })).find((s) => s.id === res.json.suggestionId)!;
    expect(suggestion).toMatchObject({
      title: markup,
      pitch: `<script>alert("x")</script> & "quotes"`,
      proposer: markup,
    });
    const topic = await t.must('suggestions:accept', { suggestionId: suggestion.id });
    expect(topic).toMatchObject({ title: markup, proposer: markup });
  });
});

// ---- events -------------------------------------------------------------------------------------

describe('/p/events', () => {
  it('tells phones when the facilitator opens or closes a round, not on every vote', async () => {
    // two phones: one stream each (a second stream of one phone replaces its first, tested below)
    const byQuery = await openEvents(base, await join(), 'query');
    const token = await join();
    const byHeader = await openEvents(base, token, 'header');
    const elsewhere = await openEvents(base, await join('Far away', other.workshopId), 'header');
    try {
      expect(byQuery.status).toBe(200);
      expect(byQuery.headers['content-type']).toMatch(/^text\/event-stream/);
      expect(byHeader.status).toBe(200);
      const draft = await newRound({ question: 'Next vote' }, false);
      await t.must('rounds:open', { roundId: draft.id });
      expect(await byQuery.next()).toEqual({ type: 'rounds' });
      expect(await byHeader.next()).toEqual({ type: 'rounds' });
      expect((await dotVote(token, draft.id, draft.items[0]!.id, 1)).status).toBe(200);
      await t.must('rounds:close', { roundId: draft.id });
      expect(await byQuery.next()).toEqual({ type: 'rounds' });
      expect(await byHeader.next()).toEqual({ type: 'rounds' });
      // The vote in between sent nothing.
      expect(byQuery.received).toEqual([{ type: 'rounds' }, { type: 'rounds' }]);

      // A phone of another workshop hears only about its own rounds.
      await t.must('rounds:create', { workshopId: other.workshopId, round: { question: 'There?' } });
      expect(await elsewhere.next()).toEqual({ type: 'rounds' });
      expect(elsewhere.received).toHaveLength(1);
    } finally {
      for (const s of [byQuery, byHeader, elsewhere]) s.close();
    }
  });

  it('keeps one stream a phone: reconnecting ends the old stream instead of piling them up', async () => {
    const token = await join();
    const first = await openEvents(base, token, 'header');
    const second = await openEvents(base, token, 'query');
    try {
      await first.ended;
      const draft = await newRound({ question: 'Still listening?' }, false);
      await t.must('rounds:open', { roundId: draft.id });
      expect(await second.next()).toEqual({ type: 'rounds' });
      await t.must('rounds:close', { roundId: draft.id });
    } finally {
      first.close();
      second.close();
    }
  });
});

describe('/j/<CODE>', () => {
  it('serves the phone page with a Content-Security-Policy', async () => {
    const res = await http(`/j/${await code()}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.text).toBe(PHONE_PAGE);
    const asset = await http('/assets/phone-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
  });
});

// ---- the facilitator's switches -------------------------------------------------------------------

describe('a workshop in the trash', () => {
  it('takes no votes or topics from its phones until it is restored (409: the token stays good)', async () => {
    const w = await t.must('workshops:create', { ...sampleWorkshop, title: 'Soon in the trash' });
    await t.must('topics:add', { workshopId: w.id, topic: { title: 'T' } });
    const r = await t.must('rounds:open', {
      roundId: (await t.must('rounds:create', { workshopId: w.id, round: { question: 'Q?' } })).id,
    });
    const token = await join('Trashed', w.id);
    await t.must('workshops:delete', { workshopId: w.id });
    await refused('workshop_closed', () => state(token));
    await refused('workshop_closed', () => dotVote(token, r.id, r.items[0]!.id, 1));
    await refused('workshop_closed', () =>
      http('/p/topics', { token, body: { title: 'Still here?', requestId: rid() } }),
    );
    await refused('workshop_closed', () => http('/p/name', { token, body: { name: 'Trashed again' } }));
    await t.must('workshops:restore', { workshopId: w.id });
    expect((await dotVote(token, r.id, r.items[0]!.id, 1)).status).toBe(200);
  });
});

describe('a new join code', () => {
  it('without revokeTokens: joined phones keep voting, the old code no longer joins', async () => {
    const oldCode = await code();
    const token = await join('Before');
    const fresh = await t.must('join:regenerate', { workshopId, revokeTokens: false });
    expect(fresh.code).not.toBe(oldCode);
    expect((await state(token)).status).toBe(200);
    expect((await dotVote(token, dot.id, dot.items[6]!.id, 1)).status).toBe(200);
    await refused('not_found', () => http('/p/join', { body: { code: oldCode } }));
    expect((await http('/p/join', { body: { code: fresh.code } })).status).toBe(200);
  });

  it('with revokeTokens: old tokens are refused and their event streams get signed-out', async () => {
    const oldCode = await code();
    const token = await join('Revoked');
    const itemId = dot.items[7]!.id;
    expect((await dotVote(token, dot.id, itemId, 1)).status).toBe(200);
    const stream = await openEvents(base, token);
    const elsewhere = await openEvents(base, await join('Other workshop', other.workshopId));
    const fresh = await t.must('join:regenerate', { workshopId, revokeTokens: true });
    expect(await stream.next()).toEqual({ type: 'signed-out' });
    await stream.ended;
    await refused('unauthorized', () => state(token));
    await refused('unauthorized', () => dotVote(token, dot.id, itemId, 1));
    await refused('unauthorized', () => http('/p/topics', { token, body: { title: 'Late', requestId: rid() } }));
    expectError(await http(`/p/events?token=${token}`), 'unauthorized');
    await refused('not_found', () => http('/p/join', { body: { code: oldCode } }));
    // The votes it cast stay; it joins again with the new code as a new phone.
    expect((await results(dot.id)).items.find((i) => i.itemId === itemId)!.ballots).toBeGreaterThan(0);
    const again = await http<JoinResponse>('/p/join', { body: { code: fresh.code, name: 'Revoked' } });
    expect(again.status).toBe(200);
    expect((await state(again.json.token)).json.rounds.find((r) => r.id === dot.id)?.remaining).toBe(7);
    // Another workshop's phones are not signed out: their stream still carries its news.
    await t.must('rounds:create', { workshopId: other.workshopId, round: { question: 'Still listening?' } });
    expect(await elsewhere.next()).toEqual({ type: 'rounds' });
    expect(elsewhere.received).toEqual([{ type: 'rounds' }]);
    elsewhere.close();
  });
});

describe('lan:advertise', () => {
  it('gives phones the chosen address, and refuses one the computer does not have', async () => {
    const status = await t.must('lan:advertise', { address: '127.0.0.1' });
    expect(status.addresses[0]?.address).toBe('127.0.0.1');
    expect((await t.must('join:get', { workshopId })).url).toBe(`${status.baseUrl}/j/${await code()}`);
    const refused = await t.call('lan:advertise', { address: '10.99.99.99' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not_found', field: 'address' } });
  });
});

describe('lan:start and lan:stop in quick succession', () => {
  it('leave exactly one server, and a stop right after a start stops it', async () => {
    const quick = await openTestCore({ seedDemo: false }, tempDir('agora-quick-').dir);
    try {
      const [one, two] = await Promise.all([
        quick.must('lan:start', { host: '127.0.0.1', port: 0 }),
        quick.must('lan:start', { host: '127.0.0.1', port: 0 }),
      ]);
      expect(two.port).toBe(one.port);
      const starting = quick.call('lan:start', { host: '127.0.0.1', port: 0 });
      const stopping = quick.must('lan:stop', {});
      await starting;
      expect((await stopping).running).toBe(false);
      await expect(fetch(`${one.baseUrl}/p/state`)).rejects.toThrow();
    } finally {
      await quick.close();
    }
  });
});

describe('lan:stop', () => {
  it('closes the port and ends the event streams', async () => {
    const token = await join();
    const stream = await openEvents(base, token);
    const stopped = await t.must('lan:stop', {});
    expect(stopped).toMatchObject({ running: false, port: null, baseUrl: null });
    await stream.ended;
    await expect(http('/p/state', { token, agent: false })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect((await t.must('join:get', { workshopId })).url).toBeNull();
  });
});

// ---- rate limits, with limits small enough to reach at once ---------------------------------------

describe('429 rate_limited', () => {
  const limited = tempDir('agora-limits-');
  let core: TestCore;
  let url: string;
  let joinCode: string;
  let roundId: string;
  let itemId: string;
  const SLOW = 0.001; // per second: no refill during the test

  beforeAll(async () => {
    core = await openTestCore(
      {
        seedDemo: true,
        rendererDir: joinPath(limited.dir, 'not-built'),
        lanLimits: {
          perAddress: { perSecond: SLOW, burst: 12 },
          perToken: { perSecond: SLOW, burst: 4 },
          joinsPerAddress: { perSecond: SLOW, burst: 3 },
        },
      },
      limited.dir,
    );
    url = (await core.must('lan:start', { host: '127.0.0.1', port: 0 })).baseUrl!;
    const id = (await core.must('workshops:list', {}))[0]!.id;
    joinCode = (await core.must('join:get', { workshopId: id })).code;
    const round = (await core.must('rounds:list', { workshopId: id }))[0]!;
    roundId = round.id;
    itemId = round.items[0]!.id;
  });
  afterAll(async () => {
    await core.close();
    limited.cleanup();
  });

  const from =
    (address: string) =>
    (path: string, options: PhoneRequestOptions = {}) =>
      phoneRequest(url, path, { ...options, from: address });
  const total = async () => (await core.must('rounds:results', { roundId })).ballotTotal;

  it('limits each token, with Retry-After, and the refused vote is not counted', async () => {
    const phone = from('127.0.0.21');
    const { token } = (await phone('/p/join', { body: { code: joinCode } })).json as JoinResponse;
    for (let n = 0; n < 3; n++)
      expect((await phone('/p/votes', { token, body: { roundId, itemId, delta: 1, requestId: rid() } })).status).toBe(
        200,
      );
    expect((await phone('/p/state', { token })).status).toBe(200); // the 4th request of the burst
    const before = await total();
    const res = await phone('/p/votes', { token, body: { roundId, itemId, delta: -1, requestId: rid() } });
    expectError(res, 'rate_limited');
    expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(await total()).toBe(before);
    expect(core.count('applied_requests')).toBe(3);
    // Another phone on the same address still has its own allowance.
    const { token: second } = (await phone('/p/join', { body: { code: joinCode } })).json as JoinResponse;
    expect((await phone('/p/state', { token: second })).status).toBe(200);
  });

  it('limits joins per address, with Retry-After, creating no voter', async () => {
    const phone = from('127.0.0.22');
    for (let n = 0; n < 3; n++) expect((await phone('/p/join', { body: { code: joinCode } })).status).toBe(200);
    const voters = core.count('voters');
    const res = await phone('/p/join', { body: { code: joinCode } });
    expectError(res, 'rate_limited');
    expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(core.count('voters')).toBe(voters);
    // Another device joins.
    expect((await from('127.0.0.23')('/p/join', { body: { code: joinCode } })).status).toBe(200);
  });

  it('limits each address across tokens and routes, with Retry-After', async () => {
    const phone = from('127.0.0.24');
    const tokens: string[] = [];
    for (let n = 0; n < 3; n++)
      tokens.push(((await phone('/p/join', { body: { code: joinCode } })).json as JoinResponse).token);
    // 3 joins + 9 more requests use up the address's 12; each token stays under its own 4.
    for (const token of tokens)
      for (let n = 0; n < 3; n++) expect((await phone('/p/state', { token })).status).toBe(200);
    const before = await total();
    const vote = await phone('/p/votes', { token: tokens[0], body: { roundId, itemId, delta: 1, requestId: rid() } });
    expectError(vote, 'rate_limited');
    expect(Number(vote.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(await total()).toBe(before);
    expectError(await phone('/j/ABCDEF'), 'rate_limited');
    expectError(await phone('/p/state'), 'rate_limited');
    // Other addresses are served.
    expect((await from('127.0.0.25')('/p/state', { token: tokens[1] })).status).toBe(200);
  });

  it('answers 503 for the phone page when the renderer is not built', async () => {
    const res = await from('127.0.0.26')(`/j/${joinCode}`);
    expect(res.status).toBe(503);
    expect(res.text).toMatch(/build:renderer/);
  });
});
