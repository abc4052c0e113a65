/**
 * The affinity board through the dispatcher: groups, moves, merges with their votes, undo
 * across a restart, rounds on groups, and the workshop file carrying all of it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPhoneService } from '../../../electron/core/services/phones.ts';
import type { GroupBoard } from '../../../shared/grouping.ts';
import { openTestCore, sampleWorkshop, type TestCore } from '../../helpers/core.ts';

let t: TestCore;
let workshopId: string;
let topicIds: string[];

const TITLES = ['Talent', 'Greentech', 'Open data', 'Coworking', 'Fab labs', 'Mobility apps'];

beforeEach(async () => {
  t = await openTestCore();
  workshopId = (await t.must('workshops:create', sampleWorkshop)).id;
  topicIds = [];
  for (const title of TITLES) topicIds.push((await t.must('topics:add', { workshopId, topic: { title } })).id);
});
afterEach(async () => {
  await t.close();
});

const TABLES = ['groups', 'group_topics', 'undo_steps', 'topics', 'round_items', 'votes', 'manual_counts'];
const snapshot = () => Object.fromEntries(TABLES.map((name) => [name, t.count(name)]));

async function rejects(method: string, input: unknown, code: string, message?: RegExp) {
  const before = snapshot();
  const result = await t.raw(method, input);
  expect(result.ok, `${method} should fail`).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe(code);
    if (message) expect(result.error.message).toMatch(message);
  }
  expect(snapshot()).toEqual(before);
}

const titlesOf = (board: GroupBoard) =>
  board.groups.map((g) => [g.title, g.topicIds.map((id) => TITLES[topicIds.indexOf(id)])]);

async function phone(name: string) {
  const phones = createPhoneService({ db: t.core.db, emit: () => {} });
  const { code } = await t.must('join:get', { workshopId });
  const joined = await phones.join({ code, name });
  if (!joined.ok) throw new Error(joined.error.message);
  const voter = phones.authenticate(joined.value.token);
  if (!voter.ok) throw new Error(voter.error.message);
  let n = 0;
  return {
    dot: async (roundId: string, itemId: string) => {
      const result = await phones.vote(voter.value, { roundId, itemId, delta: 1, requestId: `request-${++n}-${name}` });
      if (!result.ok) throw new Error(result.error.message);
    },
  };
}

const totals = async (roundId: string) =>
  Object.fromEntries(
    (await t.must('rounds:results', { roundId })).items.map((i) => [
      TITLES[topicIds.indexOf(i.itemId)] ?? i.title,
      i.total,
    ]),
  );

describe('the board', () => {
  it('groups topics, renames, recolours, reorders, moves a topic to a place, and ungroups', async () => {
    const [talent, greentech, openData, coworking] = topicIds as [string, string, string, string];
    await t.must('groups:create', { workshopId, group: { title: 'People' }, topicIds: [talent, coworking] });
    let board = await t.must('groups:create', {
      workshopId,
      group: { title: 'Data', color: 'violet' },
      topicIds: [openData],
    });
    expect(titlesOf(board)).toEqual([
      ['People', ['Talent', 'Coworking']],
      ['Data', ['Open data']],
    ]);
    const [people, data] = board.groups as [GroupBoard['groups'][0], GroupBoard['groups'][0]];
    expect(data.color).toBe('violet');

    // A topic dropped at place 1 of People goes first; from a group to another it leaves the first.
    board = await t.must('groups:moveTopics', { workshopId, topicIds: [greentech], groupId: people.id, position: 1 });
    expect(titlesOf(board)[0]).toEqual(['People', ['Greentech', 'Talent', 'Coworking']]);
    board = await t.must('groups:moveTopics', { workshopId, topicIds: [talent], groupId: data.id });
    expect(titlesOf(board)).toEqual([
      ['People', ['Greentech', 'Coworking']],
      ['Data', ['Open data', 'Talent']],
    ]);
    board = await t.must('groups:update', { groupId: data.id, patch: { title: 'Open data & skills', color: 'amber' } });
    board = await t.must('groups:reorder', { workshopId, groupIds: [data.id, people.id] });
    expect(board.groups.map((g) => [g.title, g.color, g.position])).toEqual([
      ['Open data & skills', 'amber', 1],
      ['People', 'teal', 2],
    ]);
    board = await t.must('groups:remove', { groupId: people.id });
    expect(titlesOf(board)).toEqual([['Open data & skills', ['Open data', 'Talent']]]);
    // The topics of an ungrouped group are loose again, still on the wall.
    expect((await t.must('topics:list', { workshopId })).length).toBe(6);
    expect(board.undo).toMatchObject({ label: 'group-remove', count: 1 });
  });

  it('a split takes some topics of a group into a new one, placed where asked', async () => {
    const board0 = await t.must('groups:create', { workshopId, group: { title: 'All' }, topicIds });
    const all = board0.groups[0]?.id as string;
    const board = await t.must('groups:create', {
      workshopId,
      group: { title: 'Mobility', color: 'blue' },
      topicIds: [topicIds[5] as string, topicIds[1] as string],
      position: 1,
    });
    expect(titlesOf(board)).toEqual([
      ['Mobility', ['Mobility apps', 'Greentech']],
      ['All', ['Talent', 'Open data', 'Coworking', 'Fab labs']],
    ]);
    expect(board.groups[1]?.id).toBe(all);
  });

  it('refuses bad input with a clear message and writes nothing', async () => {
    const other = (await t.must('workshops:create', { ...sampleWorkshop, title: 'Other' })).id;
    const foreign = (await t.must('topics:add', { workshopId: other, topic: { title: 'Elsewhere' } })).id;
    const board = await t.must('groups:create', { workshopId, group: { title: 'Mine' } });
    const mine = board.groups[0]?.id as string;
    await rejects('groups:create', { workshopId, group: { title: '   ' } }, 'invalid_input');
    await rejects('groups:create', { workshopId, group: { title: 'x'.repeat(201) } }, 'invalid_input');
    await rejects('groups:create', { workshopId, group: { title: 'Ok', color: 'plaid' } }, 'invalid_input');
    await rejects(
      'groups:create',
      { workshopId, group: { title: 'Ok' }, topicIds: [foreign] },
      'not_found',
      /Elsewhere|wall/,
    );
    await rejects('groups:moveTopics', { workshopId: other, topicIds: [foreign], groupId: mine }, 'not_found');
    await rejects('groups:moveTopics', { workshopId, topicIds: [], groupId: mine }, 'invalid_input');
    await rejects('groups:reorder', { workshopId, groupIds: [] }, 'invalid_input', /every group/);
    await rejects('groups:merge', { fromGroupId: mine, intoGroupId: mine }, 'invalid_input', /itself/);
    await rejects('topics:merge', { fromTopicIds: [topicIds[0]], intoTopicId: topicIds[0] }, 'invalid_input');
    await rejects('topics:merge', { fromTopicIds: [foreign], intoTopicId: topicIds[0] }, 'not_found');
    await rejects('groups:redo', { workshopId }, 'conflict', /nothing to redo/);
  });
});

describe('suggestions', () => {
  it('suggests groups of alike free topics, leaves grouped ones alone, and changes nothing until accepted', async () => {
    const more = ['Open data portal', 'Open data standards for cities', 'Bike lanes', 'Protected bike lanes'];
    const ids: string[] = [];
    for (const title of more) ids.push((await t.must('topics:add', { workshopId, topic: { title } })).id);
    const before = snapshot();
    const { suggestions } = await t.must('groups:suggest', { workshopId, threshold: 0.2 });
    const named = suggestions.map((s) =>
      s.topicIds.map((id) => [...TITLES, ...more][[...topicIds, ...ids].indexOf(id)]).sort(),
    );
    expect(named).toContainEqual(['Open data', 'Open data portal', 'Open data standards for cities']);
    expect(named).toContainEqual(['Bike lanes', 'Protected bike lanes']);
    expect(snapshot()).toEqual(before);
    // Topics in a group are not suggested again; a threshold of 1 suggests nothing.
    await t.must('groups:create', {
      workshopId,
      group: { title: 'Bikes' },
      topicIds: [ids[2] as string, ids[3] as string],
    });
    const again = await t.must('groups:suggest', { workshopId, threshold: 0.2 });
    expect(again.suggestions.flatMap((s) => (s.groupId ? [] : s.topicIds))).not.toContain(ids[2]);
    expect((await t.must('groups:suggest', { workshopId, threshold: 1 })).suggestions).toEqual([]);
    await rejects('groups:suggest', { workshopId, threshold: 2 }, 'invalid_input');
  });
});

describe('undo', () => {
  it('takes back the last steps and makes them again, also after a restart, for more than 50 steps', async () => {
    const board = await t.must('groups:create', { workshopId, group: { title: 'A' } });
    const a = board.groups[0]?.id as string;
    const b = (await t.must('groups:create', { workshopId, group: { title: 'B' } })).groups[1]?.id as string;
    // 60 moves back and forth: the last 60 steps at least stay undoable.
    for (let i = 0; i < 60; i++)
      await t.must('groups:moveTopics', { workshopId, topicIds: [topicIds[i % 6] as string], groupId: i % 2 ? a : b });
    const before = titlesOf(await t.must('groups:board', { workshopId }));

    // A restart: the history is in the database.
    const dir = t.dir;
    await t.close();
    t = await openTestCore({}, dir);
    let undone = await t.must('groups:undo', { workshopId });
    expect(undone.redo).toMatchObject({ label: 'topics-move', count: 1 });
    expect(titlesOf(undone)).not.toEqual(before);
    const redone = await t.must('groups:redo', { workshopId });
    expect(titlesOf(redone)).toEqual(before);
    for (let i = 0; i < 60; i++) undone = await t.must('groups:undo', { workshopId });
    expect(titlesOf(undone)).toEqual([
      ['A', []],
      ['B', []],
    ]);
    // A new step drops what could have been redone.
    const after = await t.must('groups:update', { groupId: a, patch: { title: 'A2' } });
    expect(after.redo).toBeNull();
  });
});

describe('merges', () => {
  it('merge two topics: the kept one gets the votes, a phone that voted both is capped, and undo gives them back', async () => {
    const [talent, greentech, openData] = topicIds as [string, string, string];
    const round = await t.must('rounds:create', {
      workshopId,
      round: { question: 'Which?', budget: 5, maxPerItem: 3 },
    });
    await t.must('rounds:open', { roundId: round.id });
    const ana = await phone('Ana');
    const ben = await phone('Ben');
    for (const item of [talent, talent, greentech, greentech, openData]) await ana.dot(round.id, item);
    await ben.dot(round.id, greentech);
    await t.must('rounds:setCount', { roundId: round.id, itemId: talent, source: 'paper', count: 2 });
    await t.must('rounds:setCount', { roundId: round.id, itemId: greentech, source: 'paper', count: 3 });
    const beforeTotals = await totals(round.id);
    expect(beforeTotals).toMatchObject({ Talent: 4, Greentech: 6, 'Open data': 1 });
    await t.must('groups:create', { workshopId, group: { title: 'People' }, topicIds: [greentech] });

    const board = await t.must('topics:merge', { fromTopicIds: [greentech], intoTopicId: talent });
    // Ana: 2 + 2 dots capped at 3; Ben: 1 moved over; paper 2 + 3.
    const merged = await t.must('rounds:results', { roundId: round.id });
    expect(merged.items.map((i) => i.itemId)).not.toContain(greentech);
    expect(merged.items.find((i) => i.itemId === talent)).toMatchObject({ ballots: 4, paper: 5, total: 9 });
    expect(board.merged).toEqual([expect.objectContaining({ id: greentech, intoId: talent, title: 'Greentech' })]);
    // Off the wall and out of its group, but kept.
    expect((await t.must('topics:list', { workshopId })).map((x) => x.title)).not.toContain('Greentech');
    expect(board.groups[0]?.topicIds).toEqual([]);
    expect(await t.call('topics:restore', { topicId: greentech })).toMatchObject({ ok: false });

    const undone = await t.must('groups:undo', { workshopId });
    expect(await totals(round.id)).toEqual(beforeTotals);
    expect(undone.merged).toEqual([]);
    expect(titlesOf(undone)).toEqual([['People', ['Greentech']]]);
    expect((await t.must('topics:list', { workshopId })).length).toBe(6);

    // Redo, then a new vote on the kept topic: undo would lose it, so it is refused.
    await t.must('groups:redo', { workshopId });
    const cleo = await phone('Cleo');
    await cleo.dot(round.id, talent);
    await rejects('groups:undo', { workshopId }, 'conflict', /changed since/);
    expect((await totals(round.id)).Talent).toBe(10);
  });

  it('two groups become one, with a group round’s votes', async () => {
    const [talent, greentech, openData] = topicIds as [string, string, string];
    let board = await t.must('groups:create', { workshopId, group: { title: 'People' }, topicIds: [talent] });
    board = await t.must('groups:create', { workshopId, group: { title: 'Skills' }, topicIds: [greentech, openData] });
    const [people, skills] = board.groups.map((g) => g.id) as [string, string];
    const round = await t.must('rounds:create', {
      workshopId,
      round: { question: 'Which group?', method: 'approval', budget: 2 },
      targets: { kind: 'group' },
    });
    expect(round.items.map((i) => i.title)).toEqual(['People', 'Skills']);
    await t.must('rounds:open', { roundId: round.id });
    const ana = await phone('Ana');
    await ana.dot(round.id, people);
    await ana.dot(round.id, skills);

    board = await t.must('groups:merge', { fromGroupId: skills, intoGroupId: people });
    expect(titlesOf(board)).toEqual([['People', ['Talent', 'Greentech', 'Open data']]]);
    const results = await t.must('rounds:results', { roundId: round.id });
    // An approval counts once, however many merged groups the phone approved.
    expect(results.items.map((i) => [i.title, i.total])).toEqual([['People', 1]]);
    // A renamed group is renamed in the round too.
    await t.must('groups:update', { groupId: people, patch: { title: 'People & skills' } });
    expect((await t.must('rounds:get', { roundId: round.id })).items[0]?.title).toBe('People & skills');
  });
});

describe('a round on a mix', () => {
  it('counts every group and every loose topic as one item each, follows merges, and gives the grid its demand', async () => {
    const [talent, greentech, openData, coworking] = topicIds as [string, string, string, string];
    const board = await t.must('groups:create', {
      workshopId,
      group: { title: 'People' },
      topicIds: [talent, coworking],
    });
    const people = board.groups[0]?.id as string;
    const round = await t.must('rounds:create', {
      workshopId,
      round: { question: 'Which sessions?', budget: 5, maxPerItem: 2 },
      targets: { kind: 'session' },
    });
    expect(round.items.map((i) => i.title)).toEqual(['People', 'Greentech', 'Open data', 'Fab labs', 'Mobility apps']);
    await t.must('rounds:open', { roundId: round.id });
    const ana = await phone('Ana');
    await ana.dot(round.id, `group:${people}`);
    await ana.dot(round.id, `topic:${greentech}`);
    await ana.dot(round.id, `topic:${greentech}`);
    const ben = await phone('Ben');
    await ben.dot(round.id, `topic:${openData}`);

    // Greentech merged into Talent: its votes go to Talent's session, the People group (capped at 2).
    await t.must('topics:merge', { fromTopicIds: [greentech], intoTopicId: talent });
    const results = await t.must('rounds:results', { roundId: round.id });
    expect(results.items.map((i) => [i.title, i.total])).toEqual([
      ['People', 2],
      ['Open data', 1],
      ['Fab labs', 0],
      ['Mobility apps', 0],
    ]);
    // The grid reads its demand from the round's sessions directly.
    const grid = await t.must('grid:setRound', { workshopId, roundId: round.id });
    const demand = Object.fromEntries(grid.sessions.map((x) => [x.title, x.demand]));
    expect(demand).toMatchObject({ People: 1, 'Open data': 1, 'Fab labs': 0 });
    // Undo gives the mix its items and votes back.
    await t.must('groups:undo', { workshopId });
    const back = await t.must('rounds:results', { roundId: round.id });
    expect(back.items.find((i) => i.itemId === `topic:${greentech}`)?.total).toBe(2);
  });
});

describe('the workshop file', () => {
  it('carries groups, merged topics and group rounds through export and import', async () => {
    const [talent, greentech, openData] = topicIds as [string, string, string];
    await t.must('groups:create', {
      workshopId,
      group: { title: 'People', color: 'rose' },
      topicIds: [openData, talent],
    });
    await t.must('topics:merge', { fromTopicIds: [greentech], intoTopicId: talent });
    await t.must('rounds:create', {
      workshopId,
      round: { question: 'Which group?' },
      targets: { kind: 'group' },
    });
    await t.must('rounds:create', { workshopId, round: { question: 'Which session?' }, targets: { kind: 'session' } });
    const file = await t.must('workshops:export', { workshopId });
    const index = (title: string) => file.topics.findIndex((x) => x.title === title);
    expect(file.groups).toEqual([{ title: 'People', color: 'rose', topics: [index('Open data'), index('Talent')] }]);
    expect(file.topics[index('Greentech')]).toMatchObject({ mergedInto: index('Talent') });

    const copy = await t.must('workshops:import', { data: file });
    const board = await t.must('groups:board', { workshopId: copy.id });
    const topics = await t.must('topics:list', { workshopId: copy.id });
    const title = (id: string) => topics.find((x) => x.id === id)?.title;
    expect(board.groups.map((g) => [g.title, g.color, g.topicIds.map(title)])).toEqual([
      ['People', 'rose', ['Open data', 'Talent']],
    ]);
    expect(board.merged.map((m) => [m.title, title(m.intoId)])).toEqual([['Greentech', 'Talent']]);
    const rounds = await t.must('rounds:list', { workshopId: copy.id });
    expect(rounds.map((r) => [r.targetKind, r.items.map((i) => i.title)])).toEqual([
      ['group', ['People']],
      ['session', ['People', 'Coworking', 'Fab labs', 'Mobility apps']],
    ]);

    // A file whose group points past its topics is refused by name, and nothing is imported.
    const count = t.count('workshops');
    const bad = await t.raw('workshops:import', { data: { ...file, groups: [{ title: 'X', topics: [99] }] } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(t.count('workshops')).toBe(count);
  });
});
