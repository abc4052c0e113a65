/**
 * The Groups screen shows a drop before the core answers (renderer/facilitator/screens/Groups/
 * boardModel.ts applyMove / applyReorder, dropTarget.ts dropOf). Here, through the dispatcher,
 * random drops on a real board: the board shown ahead must be the board the core then answers,
 * or the card would jump when the answer comes.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyMove,
  applyReorder,
  boardView,
  groupDndId,
  LOOSE,
  topicDndId,
} from '../../../renderer/facilitator/screens/Groups/boardModel.ts';
import { dropOf } from '../../../renderer/facilitator/screens/Groups/dropTarget.ts';
import type { GroupBoard } from '../../../shared/grouping.ts';
import { openTestCore, sampleWorkshop, type TestCore } from '../../helpers/core.ts';

let t: TestCore;
let workshopId: string;
let topics: { id: string; seq: number }[];

beforeAll(async () => {
  t = await openTestCore();
  workshopId = (await t.must('workshops:create', sampleWorkshop)).id;
  topics = [];
  for (let i = 1; i <= 9; i++) topics.push(await t.must('topics:add', { workshopId, topic: { title: `Topic ${i}` } }));
  await t.must('groups:create', { workshopId, group: { title: 'A' }, topicIds: topics.slice(0, 3).map((x) => x.id) });
  await t.must('groups:create', { workshopId, group: { title: 'B' }, topicIds: topics.slice(3, 5).map((x) => x.id) });
  await t.must('groups:create', { workshopId, group: { title: 'C' } });
});
afterAll(async () => {
  await t.close();
});

const shape = (board: GroupBoard) => board.groups.map((g) => [g.id, g.topicIds]);

describe('a drop shown ahead of the core', () => {
  it('is the board the core answers, for random drops of cards, selections and groups', async () => {
    const made = { move: 0, reorder: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.nat(8),
        fc.nat(12),
        fc.boolean(),
        fc.subarray([0, 1, 2, 3, 4, 5, 6, 7, 8]),
        fc.boolean(),
        async (card, target, after, selected, moveGroup) => {
          const board = await t.must('groups:board', { workshopId });
          const view = boardView(board, topics);
          const targets = [...topics.map((x) => topicDndId(x.id)), ...board.groups.map((g) => groupDndId(g.id)), LOOSE];
          const active = moveGroup
            ? groupDndId(board.groups[card % board.groups.length]?.id ?? '')
            : topicDndId(topics[card]?.id ?? '');
          const drop = dropOf(view, active, targets[target % targets.length], {
            after,
            selected: new Set(selected.map((i) => topics[i]?.id ?? '')),
          });
          if (!drop) return;
          made[drop.kind]++;
          if (drop.kind === 'move') {
            const shown = applyMove(board, drop.topicIds, drop.groupId, drop.position);
            const answered = await t.must('groups:moveTopics', {
              workshopId,
              topicIds: drop.topicIds,
              groupId: drop.groupId,
              ...(drop.position === undefined ? {} : { position: drop.position }),
            });
            expect(shape(shown)).toEqual(shape(answered));
          } else {
            const shown = applyReorder(board, drop.groupIds);
            const answered = await t.must('groups:reorder', { workshopId, groupIds: drop.groupIds });
            expect(shown.groups.map((g) => [g.id, g.position])).toEqual(answered.groups.map((g) => [g.id, g.position]));
          }
        },
      ),
      { numRuns: 300 },
    );
    // The property was checked on real drops, not only on drops that change nothing.
    expect(made.move).toBeGreaterThan(30);
    expect(made.reorder).toBeGreaterThan(5);
  });
});
