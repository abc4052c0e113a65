import { describe, expect, it } from 'vitest';
import type { Group, GroupBoard } from '../../../../shared/grouping.ts';
import { applyMove, boardView, groupDndId, LOOSE, topicDndId } from './boardModel.ts';
import { carried, dropOf, movePlace, placeOf, reorderPlace } from './dropTarget.ts';

const group = (id: string, topicIds: string[]): Group => ({
  id,
  workshopId: 'w',
  title: id,
  color: 'teal',
  position: 1,
  topicIds,
  createdAt: '',
  updatedAt: '',
});
const topics = ['t1', 't2', 't3', 't4', 't5', 't6', 't7'].map((id, i) => ({ id, seq: i + 1 }));
const board: GroupBoard = {
  workshopId: 'w',
  groups: [group('a', ['t1', 't2', 't3']), group('b', ['t4']), group('c', [])],
  merged: [],
  undo: null,
  redo: null,
};
const view = boardView(board, topics); // loose: t5 t6 t7
const T = topicDndId;
const G = groupDndId;

describe('dropOf: a topic', () => {
  it('within its group: to the place of the card it is over, as the sorted list shows', () => {
    expect(dropOf(view, T('t1'), T('t3'))).toEqual({ kind: 'move', topicIds: ['t1'], groupId: 'a', position: 3 });
    expect(dropOf(view, T('t3'), T('t1'))).toEqual({ kind: 'move', topicIds: ['t3'], groupId: 'a', position: 1 });
    // On itself, or on its own group: nothing changes.
    expect(dropOf(view, T('t2'), T('t2'))).toBeNull();
    expect(dropOf(view, T('t2'), G('a'))).toBeNull();
  });

  it('into another group: before the card it is over, after it when let go below its middle, at the end on the group', () => {
    expect(dropOf(view, T('t5'), T('t2'))).toEqual({ kind: 'move', topicIds: ['t5'], groupId: 'a', position: 2 });
    expect(dropOf(view, T('t5'), T('t2'), { after: true })).toEqual({
      kind: 'move',
      topicIds: ['t5'],
      groupId: 'a',
      position: 3,
    });
    // After the last card: the end, without a place.
    expect(dropOf(view, T('t1'), T('t4'), { after: true })).toEqual({ kind: 'move', topicIds: ['t1'], groupId: 'b' });
    expect(dropOf(view, T('t5'), G('c'))).toEqual({ kind: 'move', topicIds: ['t5'], groupId: 'c' });
    expect(dropOf(view, T('t5'), G('a'))).toEqual({ kind: 'move', topicIds: ['t5'], groupId: 'a' });
  });

  it('back to the loose topics: over the column or any loose card; a loose card stays loose', () => {
    expect(dropOf(view, T('t2'), LOOSE)).toEqual({ kind: 'move', topicIds: ['t2'], groupId: null });
    expect(dropOf(view, T('t2'), T('t6'))).toEqual({ kind: 'move', topicIds: ['t2'], groupId: null });
    expect(dropOf(view, T('t5'), T('t6'))).toBeNull();
    expect(dropOf(view, T('t5'), LOOSE)).toBeNull();
  });

  it('nowhere, or over something unknown: nothing', () => {
    expect(dropOf(view, T('t1'), null)).toBeNull();
    expect(dropOf(view, T('t1'), 'elsewhere')).toBeNull();
    expect(dropOf(view, T('gone'), G('a'))).toBeNull();
  });
});

describe('dropOf: a selection carried along', () => {
  const selected = new Set(['t6', 't2', 't5']);

  it('picking up a selected card carries every selected topic, in board order', () => {
    expect(carried(view, 't2', selected)).toEqual(['t5', 't6', 't2']);
    // A card outside the selection goes alone; so does a selection of one.
    expect(carried(view, 't1', selected)).toEqual(['t1']);
    expect(carried(view, 't2', new Set(['t2']))).toEqual(['t2']);
    expect(dropOf(view, T('t6'), T('t4'), { selected })).toEqual({
      kind: 'move',
      topicIds: ['t5', 't6', 't2'],
      groupId: 'b',
      position: 1,
    });
  });

  it('over one of the carried cards, nothing; into the group some already are in, placed among the others', () => {
    expect(dropOf(view, T('t6'), T('t2'), { selected })).toBeNull();
    expect(dropOf(view, T('t6'), T('t1'), { selected })).toEqual({
      kind: 'move',
      topicIds: ['t5', 't6', 't2'],
      groupId: 'a',
      position: 1,
    });
  });

  it('a drop that would leave the group as it is asks nothing', () => {
    const both = new Set(['t1', 't2']);
    // [t1 t2] before t3 is where they are already.
    expect(dropOf(view, T('t1'), T('t3'), { selected: both })).toBeNull();
    expect(dropOf(view, T('t1'), T('t3'), { selected: both, after: true })).toEqual({
      kind: 'move',
      topicIds: ['t1', 't2'],
      groupId: 'a',
    });
  });
});

describe('dropOf: a group', () => {
  it('takes the place of the group it is over, or of the group of the card it is over', () => {
    expect(dropOf(view, G('a'), G('c'))).toEqual({ kind: 'reorder', groupIds: ['b', 'c', 'a'] });
    expect(dropOf(view, G('c'), G('a'))).toEqual({ kind: 'reorder', groupIds: ['c', 'a', 'b'] });
    expect(dropOf(view, G('c'), T('t4'))).toEqual({ kind: 'reorder', groupIds: ['a', 'c', 'b'] });
    expect(dropOf(view, G('a'), G('a'))).toBeNull();
    expect(dropOf(view, G('a'), LOOSE)).toBeNull();
    expect(dropOf(view, G('a'), T('t5'))).toBeNull();
  });
});

describe('a drop applied gives the board the drop was seen to give', () => {
  it('for every card over every target, the moved card ends where dropOf said', () => {
    const ids = topics.map((t) => t.id);
    const targets = [...ids.map(T), G('a'), G('b'), G('c'), LOOSE];
    for (const id of ids)
      for (const over of targets)
        for (const after of [false, true]) {
          const drop = dropOf(view, T(id), over, { after });
          if (drop?.kind !== 'move') continue;
          const next = boardView(applyMove(board, drop.topicIds, drop.groupId, drop.position), topics);
          const place = placeOf(next, id);
          const expected = movePlace(view, drop);
          expect(place.containerId, `${id} over ${over}`).toBe(drop.groupId ?? LOOSE);
          if (drop.groupId !== null) {
            expect(place.position, `${id} over ${over}`).toBe(expected.position);
            expect(place.count).toBe(expected.count);
          }
        }
  });

  it('reorderPlace says where the group went', () => {
    expect(reorderPlace({ kind: 'reorder', groupIds: ['b', 'c', 'a'] }, 'a')).toBe(3);
  });
});
