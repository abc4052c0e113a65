/**
 * Vote rounds through the dispatcher, as the laptop's screens reach them: set up, open,
 * close, reveal, typed-in counts, jurors, the moderation queue, the projector, the export.
 * Phone votes go through the participant protocol (test/unit/net).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pruneAppliedRequests } from '../../../electron/core/db/ballots.ts';
import { createPhoneService } from '../../../electron/core/services/phones.ts';
import { openTestCore, sampleWorkshop, type TestCore } from '../../helpers/core.ts';

let t: TestCore;
let workshopId: string;
let topicIds: string[];

beforeEach(async () => {
  t = await openTestCore();
  workshopId = (await t.must('workshops:create', sampleWorkshop)).id;
  topicIds = [];
  for (const title of ['Talent', 'Greentech', 'Open data', 'Coworking', 'Fab labs', 'Mobility apps']) {
    topicIds.push((await t.must('topics:add', { workshopId, topic: { title } })).id);
  }
});
afterEach(async () => {
  await t.close();
});

const TABLES = ['rounds', 'round_items', 'votes', 'scores', 'manual_counts', 'voters', 'topic_suggestions', 'topics'];
const snapshot = () => Object.fromEntries(TABLES.map((name) => [name, t.count(name)]));

async function rejects(method: string, input: unknown, code: string) {
  const before = snapshot();
  const result = await t.raw(method, input);
  expect(result.ok, `${method} should fail`).toBe(false);
  if (!result.ok) expect(result.error.code).toBe(code);
  expect(snapshot()).toEqual(before);
  return result;
}

/** A phone that joined the workshop, voting through the same service the LAN server uses. */
async function phone(name = '') {
  const phones = createPhoneService({ db: t.core.db, emit: () => {} });
  const { code } = await t.must('join:get', { workshopId });
  const joined = await phones.join({ code, name });
  if (!joined.ok) throw new Error(joined.error.message);
  const voter = phones.authenticate(joined.value.token);
  if (!voter.ok) throw new Error(voter.error.message);
  let n = 0;
  return {
    dot: (roundId: string, itemId: string, delta: 1 | -1 = 1) =>
      phones.vote(voter.value, { roundId, itemId, delta, requestId: `request-${++n}-${name}` }),
    score: (roundId: string, itemId: string, scores: Record<string, number>) =>
      phones.vote(voter.value, { roundId, itemId, scores, requestId: `request-${++n}-${name}` }),
  };
}

describe('rounds', () => {
  it('a new round votes on every current topic, in capture order, and starts as a draft', async () => {
    await t.must('topics:remove', { topicId: topicIds[5] as string });
    const round = await t.must('rounds:create', {
      workshopId,
      round: { question: 'Which first?', budget: 2, maxPerItem: 1 },
    });
    expect(round).toMatchObject({
      state: 'draft',
      method: 'dot',
      budget: 2,
      maxPerItem: 1,
      named: false,
      hideResults: false,
    });
    expect(round.items.map((i) => i.title)).toEqual(['Talent', 'Greentech', 'Open data', 'Coworking', 'Fab labs']);
    expect(round.items.map((i) => i.position)).toEqual([1, 2, 3, 4, 5]);
  });

  it('can vote on a chosen subset; unknown or foreign targets are refused', async () => {
    const round = await t.must('rounds:create', {
      workshopId,
      round: { question: 'Shortlist', method: 'approval', budget: 1 },
      targets: { kind: 'topic', ids: [topicIds[2] as string, topicIds[0] as string] },
    });
    expect(round.items.map((i) => i.title)).toEqual(['Open data', 'Talent']);
    expect(round.maxPerItem).toBe(1);
    const other = await t.must('workshops:create', { ...sampleWorkshop, title: 'Other' });
    const foreign = await t.must('topics:add', { workshopId: other.id, topic: { title: 'Elsewhere' } });
    await rejects(
      'rounds:create',
      { workshopId, round: { question: 'x' }, targets: { ids: [foreign.id] } },
      'not_found',
    );
  });

  it('refuses rounds that break the rules, and a workshop without topics', async () => {
    await rejects('rounds:create', { workshopId, round: { question: '' } }, 'invalid_input');
    await rejects('rounds:create', { workshopId, round: { question: 'x', budget: 2, maxPerItem: 3 } }, 'invalid_input');
    await rejects('rounds:create', { workshopId, round: { question: 'x', method: 'scoring' } }, 'invalid_input');
    await rejects('rounds:create', { workshopId, round: { question: 'x', budget: 0 } }, 'invalid_input');
    await rejects('rounds:create', { workshopId, round: { question: 'x', method: 'ranked' } }, 'invalid_input');
    const empty = await t.must('workshops:create', { ...sampleWorkshop, title: 'Empty' });
    const result = await rejects('rounds:create', { workshopId: empty.id, round: { question: 'x' } }, 'invalid_input');
    expect(!result.ok && result.error.message).toMatch(/capture topics first/);
  });

  it('goes draft → open → closed → open again; closing a draft is refused', async () => {
    const round = await t.must('rounds:create', { workshopId, round: { question: 'Which first?' } });
    await rejects('rounds:close', { roundId: round.id }, 'conflict');
    const opened = await t.must('rounds:open', { roundId: round.id });
    expect(opened.state).toBe('open');
    expect(opened.openedAt).not.toBeNull();
    const closed = await t.must('rounds:close', { roundId: round.id });
    expect(closed).toMatchObject({ state: 'closed' });
    expect(closed.closedAt).not.toBeNull();
    const reopened = await t.must('rounds:open', { roundId: round.id });
    expect(reopened).toMatchObject({ state: 'open', closedAt: null, openedAt: opened.openedAt });
  });

  it('the rules freeze once someone voted; the question and visibility still change', async () => {
    const round = await t.must('rounds:create', { workshopId, round: { question: 'Which?', budget: 3 } });
    await t.must('rounds:update', { roundId: round.id, patch: { budget: 4 }, targetIds: topicIds.slice(0, 4) });
    await t.must('rounds:open', { roundId: round.id });
    const ana = await phone('Ana');
    expect((await ana.dot(round.id, topicIds[0] as string)).ok).toBe(true);
    await rejects('rounds:update', { roundId: round.id, patch: { budget: 9 } }, 'conflict');
    await rejects('rounds:update', { roundId: round.id, patch: {}, targetIds: [topicIds[0]] }, 'conflict');
    await rejects('rounds:delete', { roundId: round.id }, 'conflict');
    const renamed = await t.must('rounds:update', {
      roundId: round.id,
      patch: { question: 'Which now?', hideResults: true },
    });
    expect(renamed).toMatchObject({ question: 'Which now?', hideResults: true, budget: 4 });
    expect(renamed.items).toHaveLength(4);
  });

  it('typed-in counts freeze the rules too, and are kept when a draft’s items are reordered', async () => {
    const round = await t.must('rounds:create', { workshopId, round: { question: 'Which?', budget: 3 } });
    const [a, b, c] = topicIds as [string, string, string];
    await t.must('rounds:update', { roundId: round.id, patch: {}, targetIds: [a, b, c] });
    // reordering before anything is counted keeps the items (and would keep their counts)
    const reordered = await t.must('rounds:update', { roundId: round.id, patch: {}, targetIds: [c, a, b] });
    expect(reordered.items.map((i) => i.id)).toEqual([c, a, b]);
    await t.must('rounds:setCount', { roundId: round.id, itemId: a, source: 'hands', count: 3 });
    await rejects('rounds:update', { roundId: round.id, patch: {}, targetIds: [a, b] }, 'conflict');
    await rejects('rounds:update', { roundId: round.id, patch: { budget: 1 } }, 'conflict');
    await rejects('rounds:delete', { roundId: round.id }, 'conflict');
    expect((await t.must('rounds:results', { roundId: round.id })).manualTotal).toBe(3);
  });

  it('a draft nobody voted in can be deleted', async () => {
    const round = await t.must('rounds:create', { workshopId, round: { question: 'Which?' } });
    await t.must('rounds:delete', { roundId: round.id });
    expect(t.count('rounds')).toBe(0);
    expect(t.count('round_items')).toBe(0);
    await rejects('rounds:get', { roundId: round.id }, 'not_found');
  });

  it('hidden results are revealed, and hidden again, per round', async () => {
    const round = await t.must('rounds:create', { workshopId, round: { question: 'Which?', hideResults: true } });
    expect(round.revealed).toBe(false);
    expect((await t.must('rounds:reveal', { roundId: round.id })).revealed).toBe(true);
    expect((await t.must('rounds:reveal', { roundId: round.id, revealed: false })).revealed).toBe(false);
  });
});

describe('results', () => {
  it('add paper and show-of-hands counts to phone votes, visibly, with ties shown as ties', async () => {
    const round = await t.must('rounds:create', {
      workshopId,
      round: { question: 'Which?', budget: 3, maxPerItem: 2 },
    });
    await t.must('rounds:open', { roundId: round.id });
    const [talent, greentech, openData] = topicIds as [string, string, string];
    const ana = await phone('Ana');
    const ben = await phone('Ben');
    await ana.dot(round.id, talent);
    await ana.dot(round.id, talent);
    await ben.dot(round.id, greentech);
    await t.must('rounds:setCount', { roundId: round.id, itemId: greentech, source: 'paper', count: 1 });
    const results = await t.must('rounds:setCount', { roundId: round.id, itemId: openData, source: 'hands', count: 2 });

    expect(results.voters).toBe(2);
    expect(results.ballotTotal).toBe(3);
    expect(results.manualTotal).toBe(3);
    const byTitle = Object.fromEntries(results.items.map((i) => [i.title, i]));
    expect(byTitle.Talent).toMatchObject({ ballots: 2, paper: 0, hands: 0, total: 2, rank: 1, tied: true });
    expect(byTitle.Greentech).toMatchObject({ ballots: 1, paper: 1, hands: 0, total: 2, rank: 1, tied: true });
    expect(byTitle['Open data']).toMatchObject({ ballots: 0, paper: 0, hands: 2, total: 2, rank: 1, tied: true });
    expect(byTitle.Coworking).toMatchObject({ total: 0, rank: 4, tied: true });
    // a count replaces the previous one from the same source
    const corrected = await t.must('rounds:setCount', {
      roundId: round.id,
      itemId: openData,
      source: 'hands',
      count: 0,
    });
    expect(corrected.items.find((i) => i.itemId === openData)?.total).toBe(0);
    await rejects(
      'rounds:setCount',
      { roundId: round.id, itemId: openData, source: 'post-it', count: 1 },
      'invalid_input',
    );
    await rejects(
      'rounds:setCount',
      { roundId: round.id, itemId: openData, source: 'paper', count: -1 },
      'invalid_input',
    );
    await rejects('rounds:setCount', { roundId: round.id, itemId: 'nope', source: 'paper', count: 1 }, 'not_found');
  });

  it('jury scoring: weighted mean per criterion from phones and jurors typed in on the laptop', async () => {
    const round = await t.must('rounds:create', {
      workshopId,
      round: {
        question: 'Pitch to the jury',
        method: 'scoring',
        named: true,
        criteria: [
          { id: 'impact', label: 'Impact', weight: 2 },
          { id: 'feasibility', label: 'Feasibility', weight: 1 },
        ],
      },
      targets: { ids: topicIds.slice(0, 2) },
    });
    await t.must('rounds:open', { roundId: round.id });
    const [talent, greentech] = topicIds as [string, string];
    const anonymous = await phone('');
    expect(await anonymous.score(round.id, talent, { impact: 5, feasibility: 5 })).toMatchObject({
      ok: false,
      error: { code: 'name_required' },
    });
    const mayor = await phone('Mayor');
    expect((await mayor.score(round.id, talent, { impact: 5, feasibility: 2 })).ok).toBe(true);
    await t.must('rounds:score', {
      roundId: round.id,
      juror: 'Chamber of commerce',
      itemId: talent,
      scores: { impact: 3, feasibility: 4 },
    });
    const results = await t.must('rounds:score', {
      roundId: round.id,
      juror: 'Chamber of commerce',
      itemId: greentech,
      scores: { impact: 4, feasibility: 4 },
    });
    const first = results.items.find((i) => i.itemId === talent);
    expect(first?.criteria).toEqual({ impact: 4, feasibility: 3 });
    // (4 × 2 + 3 × 1) / 3
    expect(first?.total).toBeCloseTo(3.67, 2);
    expect(first?.scoredBy).toBe(2);
    expect(results.voters).toBe(2);
    expect(results.items[0]?.itemId).toBe(greentech); // 4.0 beats 3.67
    await rejects(
      'rounds:score',
      { roundId: round.id, juror: 'X', itemId: talent, scores: { impact: 6, feasibility: 1 } },
      'invalid_input',
    );
    await rejects(
      'rounds:score',
      { roundId: round.id, juror: 'X', itemId: talent, scores: { impact: 3 } },
      'invalid_input',
    );
    await rejects('rounds:setCount', { roundId: round.id, itemId: talent, source: 'paper', count: 1 }, 'conflict');
  });
});

describe('join codes and the moderation queue', () => {
  it('a workshop keeps its code until regenerated; regenerating with revoke signs phones out', async () => {
    const first = await t.must('join:get', { workshopId });
    expect(first.code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect((await t.must('join:get', { workshopId })).code).toBe(first.code);
    expect(first.url).toBeNull(); // the participant server is off
    await phone('Ana');
    expect((await t.must('join:get', { workshopId })).joined).toBe(1);
    const kept = await t.must('join:regenerate', { workshopId });
    expect(kept.code).not.toBe(first.code);
    expect(kept.joined).toBe(1);
    const revoked = await t.must('join:regenerate', { workshopId, revokeTokens: true });
    expect(revoked.joined).toBe(0);
  });

  it('accepting a phone’s proposal creates the topic (retouched), once; rejecting keeps it out', async () => {
    const phones = createPhoneService({ db: t.core.db, emit: () => {} });
    const { code } = await t.must('join:get', { workshopId });
    const joined = await phones.join({ code, name: 'Léa' });
    const voter = joined.ok ? phones.authenticate(joined.value.token) : null;
    if (!voter?.ok) throw new Error('join failed');
    await phones.suggestTopic(voter.value, { title: 'Night buses', pitch: 'After 1 am', requestId: 'suggest-0001' });
    await phones.suggestTopic(voter.value, { title: 'Spam', requestId: 'suggest-0002' });
    const [night, spam] = await t.must('suggestions:list', { workshopId });
    expect(night).toMatchObject({ title: 'Night buses', proposer: 'Léa', state: 'pending' });
    const topic = await t.must('suggestions:accept', {
      suggestionId: night?.id as string,
      patch: { title: 'Night buses for students' },
    });
    expect(topic).toMatchObject({ title: 'Night buses for students', pitch: 'After 1 am', proposer: 'Léa', seq: 7 });
    await rejects('suggestions:accept', { suggestionId: night?.id }, 'conflict');
    await t.must('suggestions:reject', { suggestionId: spam?.id as string });
    const titles = (await t.must('topics:list', { workshopId })).map((x) => x.title);
    expect(titles).toContain('Night buses for students');
    expect(titles).not.toContain('Spam');
    expect((await t.must('suggestions:list', { workshopId })).map((s) => s.state)).toEqual(['accepted', 'rejected']);
  });

  it('decides several proposals at once: accept as topics, reject, or merge into an existing topic; all or nothing', async () => {
    const phones = createPhoneService({ db: t.core.db, emit: () => {} });
    const { code } = await t.must('join:get', { workshopId });
    const joined = await phones.join({ code, name: 'Léa' });
    const voter = joined.ok ? phones.authenticate(joined.value.token) : null;
    if (!voter?.ok) throw new Error('join failed');
    const titles = ['Night buses', 'Late buses', 'More buses at night', 'Bike lanes', 'Spam', 'Ads'];
    for (const [i, title] of titles.entries())
      await phones.suggestTopic(voter.value, { title, requestId: `suggest-000${i}` });
    const byTitle = Object.fromEntries((await t.must('suggestions:list', { workshopId })).map((s) => [s.title, s.id]));
    const ids = (...names: string[]) => names.map((n) => byTitle[n] as string);

    const accepted = await t.must('suggestions:decide', {
      decision: 'accept',
      suggestionIds: ids('Night buses', 'Bike lanes'),
    });
    expect(accepted.topics.map((x) => [x.title, x.proposer, x.seq])).toEqual([
      ['Night buses', 'Léa', 7],
      ['Bike lanes', 'Léa', 8],
    ]);
    const night = accepted.topics[0]?.id as string;
    const merged = await t.must('suggestions:decide', {
      decision: 'merge',
      suggestionIds: ids('Late buses', 'More buses at night'),
      intoTopicId: night,
    });
    expect(merged.suggestions.map((s) => [s.state, s.topicId])).toEqual([
      ['merged', night],
      ['merged', night],
    ]);
    // One already decided in the batch: nothing of the batch is decided.
    await rejects('suggestions:decide', { decision: 'reject', suggestionIds: ids('Spam', 'Bike lanes') }, 'conflict');
    await rejects(
      'suggestions:decide',
      { decision: 'merge', suggestionIds: ids('Spam'), intoTopicId: 'no-such-topic' },
      'not_found',
    );
    await t.must('suggestions:decide', { decision: 'reject', suggestionIds: ids('Spam', 'Ads') });
    const wall = (await t.must('topics:list', { workshopId })).map((x) => x.title);
    expect(wall.filter((x) => /bus|Bike|Spam|Ads/.test(x))).toEqual(['Night buses', 'Bike lanes']);
  });
});

describe('the phones’ request log', () => {
  it('forgets a vote’s request id once its round has been closed a day, and a proposal’s after a day', async () => {
    const open = await t.must('rounds:open', {
      roundId: (await t.must('rounds:create', { workshopId, round: { question: 'Open?' } })).id,
    });
    const closed = await t.must('rounds:open', {
      roundId: (await t.must('rounds:create', { workshopId, round: { question: 'Closed?' } })).id,
    });
    const ana = await phone('Ana');
    expect((await ana.dot(open.id, topicIds[0]!)).ok).toBe(true);
    expect((await ana.dot(closed.id, topicIds[0]!)).ok).toBe(true);
    await t.must('rounds:close', { roundId: closed.id });
    expect(t.count('applied_requests')).toBe(2);

    // An hour later nothing goes: a phone may still be retrying.
    const hour = 60 * 60 * 1000;
    expect(pruneAppliedRequests(t.core.db, new Date(Date.now() + hour))).toBe(0);
    // A day after the close, the closed round's entry goes; the open round's stays, votes stay.
    expect(pruneAppliedRequests(t.core.db, new Date(Date.now() + 25 * hour))).toBe(1);
    expect(t.count('applied_requests')).toBe(1);
    expect((await t.must('rounds:results', { roundId: closed.id })).ballotTotal).toBe(1);
  });
});

describe('projector', () => {
  it('shows a view, defaults results to the open round, and times a countdown', async () => {
    const round = await t.must('rounds:create', { workshopId, round: { question: 'Which?' } });
    await t.must('rounds:open', { roundId: round.id });
    const events: unknown[] = [];
    t.core.subscribe((e) => e.name === 'projector:changed' && events.push(e.payload));
    const results = await t.must('projector:show', { workshopId, view: 'results' });
    expect(results).toMatchObject({ view: 'results', roundId: round.id, workshopId });
    const before = Date.now();
    const countdown = await t.must('projector:show', { workshopId, view: 'countdown', seconds: 90 });
    const endsIn = new Date(countdown.endsAt as string).getTime() - before;
    expect(endsIn).toBeGreaterThanOrEqual(89_000);
    expect(endsIn).toBeLessThanOrEqual(91_000);
    expect(countdown.version).toBe(results.version + 1);
    expect(events).toHaveLength(2);
    expect(await t.must('projector:get', {})).toEqual(countdown);
    await rejects('projector:show', { workshopId, view: 'countdown' }, 'invalid_input');
    await rejects('projector:show', { workshopId, view: 'disco' }, 'invalid_input');
  });
});

describe('export and import', () => {
  it('carry rounds with their ballots, counts and totals; imported phones cannot vote', async () => {
    const round = await t.must('rounds:create', { workshopId, round: { question: 'Which?', budget: 3 } });
    await t.must('rounds:open', { roundId: round.id });
    const ana = await phone('Ana');
    await ana.dot(round.id, topicIds[1] as string);
    await ana.dot(round.id, topicIds[1] as string);
    await t.must('rounds:setCount', { roundId: round.id, itemId: topicIds[2] as string, source: 'paper', count: 4 });
    const file = await t.must('workshops:export', { workshopId });
    const [exported] = file.rounds;
    expect(exported).toMatchObject({ question: 'Which?', state: 'open', voters: 1 });
    // an anonymous round: the phone's name stays on the phone, not in the file
    expect(exported?.ballots).toEqual([{ voter: 'voter-1', kind: 'phone', name: '', dots: { 1: 2 }, scores: {} }]);
    expect(exported?.counts).toEqual([{ item: 2, source: 'paper', count: 4 }]);
    expect(exported?.results?.slice(0, 2)).toMatchObject([
      { title: 'Open data', total: 4, rank: 1 },
      { title: 'Greentech', ballots: 2, total: 2, rank: 2 },
    ]);
    expect(JSON.stringify(file)).not.toMatch(/token/i);

    const copy = await t.must('workshops:import', { data: file });
    const [imported] = await t.must('rounds:list', { workshopId: copy.id });
    const results = await t.must('rounds:results', { roundId: imported?.id as string });
    expect(
      results.items.map(({ title, ballots, paper, total, rank }) => ({ title, ballots, paper, total, rank })),
    ).toEqual(
      exported?.results?.map(({ title, ballots, paper, total, rank }) => ({ title, ballots, paper, total, rank })),
    );
  });

  it('a phone named in a jury round cannot be traced to its ballot in an anonymous round', async () => {
    const secret = await t.must('rounds:create', {
      workshopId,
      round: { question: 'Secret', budget: 2, maxPerItem: 1 },
    });
    const jury = await t.must('rounds:create', {
      workshopId,
      round: { question: 'Jury', method: 'approval', budget: 1, named: true },
    });
    await t.must('rounds:open', { roundId: secret.id });
    await t.must('rounds:open', { roundId: jury.id });
    const alice = await phone('Alice');
    const bob = await phone('Bob');
    await alice.dot(jury.id, topicIds[0] as string);
    await bob.dot(secret.id, topicIds[1] as string);
    await alice.dot(secret.id, topicIds[2] as string);
    const file = await t.must('workshops:export', { workshopId });
    const [secretOut, juryOut] = file.rounds;
    expect(juryOut?.ballots).toEqual([expect.objectContaining({ voter: 'voter-1', name: 'Alice' })]);
    // in the secret round nobody has a name, and its pseudonyms are its own (voter-1, voter-2 in
    // an order unrelated to the jury's), so "voter-1 = Alice" says nothing about the secret ballots
    expect(secretOut?.ballots.map((b) => b.name)).toEqual(['', '']);
    expect(secretOut?.ballots.map((b) => b.voter).sort()).toEqual(['voter-1', 'voter-2']);
    expect(secretOut?.ballots.map((b) => JSON.stringify(b.dots)).sort()).toEqual(['{"1":1}', '{"2":1}']);
    // and the round trip keeps the two rounds' voters apart
    const copy = await t.must('workshops:import', { data: file });
    const rounds = await t.must('rounds:list', { workshopId: copy.id });
    const voters = await Promise.all(
      rounds.map(async (r) => (await t.must('rounds:results', { roundId: r.id })).voters),
    );
    expect(voters).toEqual([2, 1]);
  });

  it('a topic removed from the wall keeps its votes through export and import', async () => {
    const round = await t.must('rounds:create', { workshopId, round: { question: 'Which?', budget: 3 } });
    await t.must('rounds:open', { roundId: round.id });
    const ana = await phone('Ana');
    await ana.dot(round.id, topicIds[3] as string);
    await t.must('rounds:setCount', { roundId: round.id, itemId: topicIds[3] as string, source: 'paper', count: 4 });
    await t.must('topics:remove', { topicId: topicIds[3] as string });
    const file = await t.must('workshops:export', { workshopId });
    expect(file.topics.filter((topic) => topic.deleted).map((topic) => topic.title)).toEqual(['Coworking']);
    const copy = await t.must('workshops:import', { data: file });
    expect((await t.must('topics:list', { workshopId: copy.id })).map((topic) => topic.title)).not.toContain(
      'Coworking',
    );
    const [imported] = await t.must('rounds:list', { workshopId: copy.id });
    const results = await t.must('rounds:results', { roundId: imported?.id as string });
    expect(results.items[0]).toMatchObject({ title: 'Coworking', ballots: 1, paper: 4, total: 5, rank: 1 });
  });

  it('refuses a file whose round breaks the rules, and writes nothing', async () => {
    const file = await t.must('workshops:export', { workshopId });
    const bad = {
      ...file,
      rounds: [
        { question: 'Bad', method: 'dot', budget: 1, maxPerItem: 3, targetKind: 'topic', state: 'open', items: [] },
      ],
    };
    await rejects('workshops:import', { data: bad }, 'invalid_input');
  });

  it('the demo workshop comes with an open dot-voting round on its topics', async () => {
    const demo = await openTestCore({ seedDemo: true });
    try {
      const [w] = await demo.must('workshops:list', {});
      const [round] = await demo.must('rounds:list', { workshopId: w?.id as string });
      expect(round).toMatchObject({ state: 'open', method: 'dot' });
      expect(round?.items).toHaveLength(w?.topicCount as number);
      expect(round?.budget).toBe(Math.round((w?.topicCount as number) / 3));
    } finally {
      await demo.close();
    }
  });
});
