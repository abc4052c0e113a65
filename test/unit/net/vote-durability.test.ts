/**
 * The durability promise, for real. The server runs as its own process; 40 phones,
 * each from its own address, vote at once (+1, sometimes −1, two taps in flight per phone);
 * after 300 acknowledged votes the process is killed with SIGKILL while votes are in flight,
 * then restarted on the same data folder. Every acknowledged vote must be stored; a vote whose
 * answer was lost may or may not be; and once the phones resend what went unanswered, with the
 * same request ids, every vote is counted exactly once.
 *
 * Each phone votes as the phone page does: it sends a +1 only when its acknowledged dots plus
 * the +1s still in flight leave room (budget, per-item maximum), and a −1 only on a dot already
 * acknowledged and not already being taken back. So every vote in flight is valid whatever the
 * order or subset the server applies, and "acknowledged + some of the unacknowledged" can be
 * checked item by item.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { Agent } from 'node:http';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hashToken } from '../../../electron/core/services/phones.ts';
import type { JoinResponse, PhoneBallot, PhoneState } from '../../../shared/protocol.ts';
import { openTestCore, tempDir } from '../../helpers/core.ts';
import { phoneRequest } from '../../helpers/phone.ts';

const ROOT = join(import.meta.dirname, '../../..');
const CLI = join(ROOT, 'electron/cli.ts');
const scratch = tempDir('agora-durability-');
const servers: ChildProcess[] = [];
afterAll(() => {
  // Only if the test failed half-way: no server outlives it.
  for (const child of servers) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  scratch.cleanup();
});

const PHONES = 40;
const VOTES_PER_PHONE = 16;
/** Votes one phone has in flight at once (two quick taps). */
const LANES = 2;
const KILL_AFTER_ACKS = 300;

interface Server {
  child: ChildProcess;
  base: string;
  code: string;
  exited: Promise<number | null>;
}

/** `agora serve --lan` as its own process (node --import tsx, so SIGKILL reaches the server itself). */
function serve(): Promise<Server> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      CLI,
      'serve',
      '--data-dir',
      scratch.dir,
      '--port',
      '0',
      '--lan',
      '--lan-port',
      '0',
      '--lan-host',
      '127.0.0.1',
      // 40 phones in a demo of 25 participants: let them all in (the ceiling has its own tests).
      '--max-voters',
      '100',
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  servers.push(child);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const lines = out.split('\n').slice(0, -1); // complete lines only
      const line = lines.find((l) => l.startsWith('participants: '));
      if (!line) return;
      const url = new URL(line.slice('participants: '.length).trim());
      const code = /^\/j\/([A-Z0-9]{6})$/.exec(url.pathname)?.[1];
      if (code) resolve({ child, base: url.origin, code, exited });
      else reject(new Error(`unexpected participants line: ${line}`));
    });
    exited.then((code) => reject(new Error(`the server exited (${code}) before printing its address`)));
  });
}

interface Vote {
  requestId: string;
  itemId: string;
  delta: 1 | -1;
  /** The phone received a 200 answer. */
  acked: boolean;
  /** The server answered 200, but the answer never reached the phone. */
  lost?: boolean;
}

interface Phone {
  name: string;
  address: string;
  agent: Agent;
  token: string;
  votes: Vote[];
  /** Dots per item from acknowledged votes. */
  acked: Map<string, number>;
  /** Votes in flight, per item. */
  plusInFlight: Map<string, number>;
  minusInFlight: Map<string, number>;
  random: () => number;
  /** Woken when one of the phone's votes comes back. */
  waiters: (() => void)[];
}

/** A small seeded generator, so a failing run can be replayed with the same choices. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const get = (m: Map<string, number>, k: string) => m.get(k) ?? 0;
const bump = (m: Map<string, number>, k: string, by: number) => m.set(k, get(m, k) + by);
const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

/** Dots per item after applying `votes` once each, leaving out items at 0. */
function effects(votes: readonly Vote[]): Record<string, number> {
  const dots = new Map<string, number>();
  for (const v of votes) bump(dots, v.itemId, v.delta);
  return Object.fromEntries([...dots].filter(([, n]) => n !== 0).sort(([a], [b]) => a.localeCompare(b)));
}
const sorted = (ballot: Record<string, number>) =>
  Object.fromEntries(Object.entries(ballot).sort(([a], [b]) => a.localeCompare(b)));

it('keeps every acknowledged vote through a SIGKILL, and counts each resent vote once', async () => {
  const startedAt = performance.now();
  const first = await serve();
  const phones: Phone[] = Array.from({ length: PHONES }, (_, i) => ({
    name: `phone-${String(i + 1).padStart(2, '0')}`,
    // Its own source address: the server limits requests per address, as per phone on the Wi-Fi.
    address: `127.0.0.${10 + i}`,
    agent: new Agent({ keepAlive: true }),
    token: '',
    votes: [],
    acked: new Map(),
    plusInFlight: new Map(),
    minusInFlight: new Map(),
    random: mulberry32(i + 1),
    waiters: [],
  }));
  const send = <T>(server: Server, phone: Phone, path: string, body?: unknown) =>
    phoneRequest<T>(server.base, path, {
      body,
      token: phone.token || undefined,
      from: phone.address,
      agent: phone.agent,
    });

  await Promise.all(
    phones.map(async (p) => {
      const res = await send<JoinResponse>(first, p, '/p/join', { code: first.code, name: p.name });
      expect(res.status, res.text).toBe(200);
      p.token = res.json.token;
    }),
  );
  const seen = await send<PhoneState>(first, phones[0]!, '/p/state');
  expect(seen.json.rounds).toHaveLength(1);
  const round = seen.json.rounds[0]!;
  expect(round).toMatchObject({ method: 'dot', budget: 7, maxPerItem: 3 });
  const items = round.items.map((i) => i.id);

  /** The next vote the phone may send without risking a refusal, whatever happens to those in flight. */
  function nextVote(p: Phone): Vote | null {
    const spentOrPending = sum(p.acked) + sum(p.plusInFlight);
    const canAdd = items.filter(
      (id) => spentOrPending < round.budget && get(p.acked, id) + get(p.plusInFlight, id) < round.maxPerItem,
    );
    const canRemove = items.filter((id) => get(p.acked, id) - get(p.minusInFlight, id) > 0);
    const remove = canRemove.length > 0 && (canAdd.length === 0 || p.random() < 0.25);
    const choices = remove ? canRemove : canAdd;
    if (choices.length === 0) return null;
    const itemId = choices[Math.floor(p.random() * choices.length)]!;
    return {
      requestId: `${p.name}-${p.votes.length + 1}-${p.random().toString(36).slice(2, 10)}`,
      itemId,
      delta: remove ? -1 : 1,
      acked: false,
    };
  }

  let acks = 0;
  let killed = false;
  let cutOff = 0;
  let answersLost = 0;
  const refusals: string[] = [];

  async function tap(p: Phone): Promise<void> {
    while (!killed && p.votes.length < VOTES_PER_PHONE) {
      const vote = nextVote(p);
      if (!vote) {
        // Every vote the phone may still send depends on an answer in flight: wait for one.
        await new Promise<void>((wake) => p.waiters.push(wake));
        continue;
      }
      p.votes.push(vote);
      const pending = vote.delta === 1 ? p.plusInFlight : p.minusInFlight;
      bump(pending, vote.itemId, 1);
      // Half the phones lose the answer to their 3rd vote (the Wi-Fi dropped it): the server
      // stored the vote, the phone cannot know, and keeps it as "in flight" until it can resend.
      const answerLost = p.votes.length === 3 && phones.indexOf(p) % 2 === 0;
      let stillPending = answerLost;
      try {
        const res = await send<PhoneBallot>(first, p, '/p/votes', {
          roundId: round.id,
          itemId: vote.itemId,
          delta: vote.delta,
          requestId: vote.requestId,
        });
        if (res.status !== 200) {
          refusals.push(`${p.name} ${vote.delta} on ${vote.itemId}: ${res.status} ${res.text}`);
          return;
        }
        if (answerLost) {
          vote.lost = true;
          answersLost++;
          continue;
        }
        vote.acked = true;
        bump(p.acked, vote.itemId, vote.delta);
        if (++acks === KILL_AFTER_ACKS) {
          first.child.kill('SIGKILL');
          killed = true;
        }
      } catch {
        stillPending = true;
        cutOff++;
        return; // the server died before answering: the phone does not know whether the vote counted
      } finally {
        if (!stillPending) bump(pending, vote.itemId, -1);
        for (const wake of p.waiters.splice(0)) wake();
      }
    }
  }
  await Promise.all(phones.flatMap((p) => Array.from({ length: LANES }, () => tap(p))));
  await first.exited;
  expect(first.child.signalCode).toBe('SIGKILL');
  expect(refusals).toEqual([]);
  // Answers already on their way when the server died still count: the phone got them.
  expect(acks).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
  expect(answersLost).toBeGreaterThan(0);
  const unacked = phones.flatMap((p) => p.votes.filter((v) => !v.acked));
  // The kill caught votes in flight (otherwise this test would prove nothing about them).
  expect(cutOff).toBeGreaterThan(0);
  expect(unacked.length).toBe(answersLost + cutOff);

  /** Each phone's stored ballot and the request ids the store says it applied, read from the data folder. */
  async function readStore() {
    const core = await openTestCore({ backupOnStart: false }, scratch.dir);
    try {
      const stored = new Map<Phone, { ballot: Record<string, number>; applied: Set<string> }>();
      for (const p of phones) {
        const voter = core.core.db.prepare('SELECT id FROM voters WHERE token_hash = ?').get(hashToken(p.token)) as
          | { id: string }
          | undefined;
        expect(voter, p.name).toBeDefined();
        const rows = core.core.db
          .prepare('SELECT item_id, dots FROM votes WHERE round_id = ? AND voter_id = ?')
          .all(round.id, voter!.id) as { item_id: string; dots: number }[];
        const applied = core.core.db
          .prepare('SELECT request_id FROM applied_requests WHERE voter_id = ?')
          .all(voter!.id) as {
          request_id: string;
        }[];
        stored.set(p, {
          ballot: sorted(Object.fromEntries(rows.map((r) => [r.item_id, r.dots]))),
          // the log keys a vote's request id as "vote:<id>" (ids are per route)
          applied: new Set(applied.map((r) => r.request_id.replace(/^vote:/, ''))),
        });
      }
      const results = await core.must('rounds:results', { roundId: round.id });
      const workshopId = (await core.must('rounds:get', { roundId: round.id })).workshopId;
      const exported = await core.must('workshops:export', { workshopId });
      return { stored, results, exported };
    } finally {
      await core.close();
    }
  }

  // ---- after the crash: acknowledged votes all there, unacknowledged ones at most once ----
  const afterCrash = await readStore();
  let landedUnanswered = 0;
  for (const p of phones) {
    const { ballot, applied } = afterCrash.stored.get(p)!;
    const acked = p.votes.filter((v) => v.acked);
    const unanswered = p.votes.filter((v) => !v.acked);
    // Item by item: acknowledged dots, plus at most the unanswered +1s, minus at most the unanswered −1s.
    const ackedDots = effects(acked);
    for (const itemId of items) {
      const floor = (ackedDots[itemId] ?? 0) - unanswered.filter((v) => v.itemId === itemId && v.delta === -1).length;
      const ceiling = (ackedDots[itemId] ?? 0) + unanswered.filter((v) => v.itemId === itemId && v.delta === 1).length;
      expect(ballot[itemId] ?? 0, `${p.name} ${itemId}`).toBeGreaterThanOrEqual(floor);
      expect(ballot[itemId] ?? 0, `${p.name} ${itemId}`).toBeLessThanOrEqual(ceiling);
    }
    // Exactly: the store logged every acknowledged request, no request never sent, and the
    // ballot is the effect of the logged requests, each once.
    for (const v of acked) expect(applied.has(v.requestId), `${p.name} acked ${v.requestId}`).toBe(true);
    const sent = new Set(p.votes.map((v) => v.requestId));
    for (const id of applied) expect(sent.has(id), `${p.name} logged ${id}`).toBe(true);
    expect(ballot, p.name).toEqual(effects(p.votes.filter((v) => applied.has(v.requestId))));
    landedUnanswered += unanswered.filter((v) => applied.has(v.requestId)).length;
  }
  // The votes whose answer was lost had been stored: the resend below must not count them again.
  for (const p of phones)
    for (const v of p.votes.filter((v) => v.lost))
      expect(afterCrash.stored.get(p)!.applied.has(v.requestId), `${p.name} lost ${v.requestId}`).toBe(true);
  const storedTotal = [...afterCrash.stored.values()].reduce((n, s) => n + sum(new Map(Object.entries(s.ballot))), 0);
  expect(afterCrash.results.ballotTotal).toBe(storedTotal);

  // ---- restart, and the phones resend every unanswered vote with its request id ----
  const second = await serve();
  expect(second.code).toBe(first.code);
  for (const p of phones) {
    p.agent.destroy();
    p.agent = new Agent({ keepAlive: true });
  }
  const resent = await Promise.all(
    unacked.map((v) => {
      const p = phones.find((q) => q.votes.includes(v))!;
      return send<PhoneBallot>(second, p, '/p/votes', {
        roundId: round.id,
        itemId: v.itemId,
        delta: v.delta,
        requestId: v.requestId,
      });
    }),
  );
  for (const res of resent) expect(res.status, res.text).toBe(200);
  for (const p of phones) p.agent.destroy();
  second.child.kill('SIGTERM');
  expect(await second.exited).toBe(0);

  // ---- every vote sent, counted exactly once ----
  const final = await readStore();
  let expectedTotal = 0;
  for (const p of phones) {
    const { ballot, applied } = final.stored.get(p)!;
    expect(ballot, p.name).toEqual(effects(p.votes));
    expect([...applied].sort(), p.name).toEqual(p.votes.map((v) => v.requestId).sort());
    expectedTotal += sum(new Map(Object.entries(ballot)));
  }
  expect(final.results.ballotTotal).toBe(expectedTotal);
  // The export shows the same ballots (anonymous: under pseudonyms, not names), items by index.
  const exportedRound = final.exported.rounds.find((r) => r.state === 'open' && r.method === 'dot')!;
  const exportedBallots = exportedRound.ballots.map((b) => {
    expect(b.name).toBe('');
    return JSON.stringify(
      sorted(Object.fromEntries(Object.entries(b.dots).map(([index, n]) => [items[Number(index)]!, n]))),
    );
  });
  const expectedBallots = phones
    .map((p) => effects(p.votes))
    .filter((ballot) => Object.keys(ballot).length > 0)
    .map((ballot) => JSON.stringify(ballot));
  expect(exportedBallots.sort()).toEqual(expectedBallots.sort());

  console.info(
    `[durability] ${acks} acknowledged, ${unacked.length} unanswered (${answersLost} answers lost, ${cutOff} cut off by the kill; ${landedUnanswered} of them had been stored), ` +
      `${phones.reduce((n, p) => n + p.votes.length, 0)} votes in all; ${Math.round(performance.now() - startedAt)} ms`,
  );
}, 60_000);
