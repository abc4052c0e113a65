import { describe, expect, it } from 'vitest';
import type { Group, GroupBoard } from '../../../../shared/grouping.ts';
import {
  applyMove,
  applyReorder,
  boardView,
  containerOfDnd,
  groupDndId,
  inBoardOrder,
  LOOSE,
  nextColor,
  parseDndId,
  topicDndId,
} from './boardModel.ts';

const group = (id: string, topicIds: string[], position = 1): Group => ({
  id,
  workshopId: 'w',
  title: id.toUpperCase(),
  color: 'teal',
  position,
  topicIds,
  createdAt: '',
  updatedAt: '',
});

const board = (groups: Group[], merged: GroupBoard['merged'] = []): GroupBoard => ({
  workshopId: 'w',
  groups,
  merged,
  undo: null,
  redo: null,
});

const topics = ['t1', 't2', 't3', 't4', 't5', 't6'].map((id, i) => ({ id, seq: i + 1 }));

describe('boardView', () => {
  it('lists the loose topics by number and says which container holds each topic', () => {
    const view = boardView(board([group('a', ['t4', 't2']), group('b', ['t6'], 2)]), [...topics].reverse());
    expect(view.loose).toEqual(['t1', 't3', 't5']);
    expect(view.containerOf.get('t2')).toBe('a');
    expect(view.containerOf.get('t6')).toBe('b');
    expect(view.containerOf.get('t3')).toBe(LOOSE);
    expect(inBoardOrder(view, ['t6', 't1', 't2', 't4'])).toEqual(['t1', 't4', 't2', 't6']);
  });

  it('leaves out pending cards and topics the wall does not show, keeping the group object when nothing is left out', () => {
    const a = group('a', ['t1', 'gone']);
    const b = group('b', ['t2'], 2);
    const view = boardView(board([a, b]), [...topics, { id: 'p', seq: 7, pending: true }]);
    expect(view.groups[0]?.topicIds).toEqual(['t1']);
    expect(view.groups[1]).toBe(b);
    expect(view.loose).not.toContain('p');
    expect(view.containerOf.has('gone')).toBe(false);
  });

  it('gathers the merged topics under the one kept, by number', () => {
    const merged = [
      { id: 'm2', intoId: 't1', seq: 9, title: 'Nine', pitch: '', proposer: 'B' },
      { id: 'm1', intoId: 't1', seq: 8, title: 'Eight', pitch: '', proposer: 'A' },
    ];
    const view = boardView(board([], merged), topics);
    expect(view.mergedInto.get('t1')?.map((m) => m.id)).toEqual(['m1', 'm2']);
  });

  it('with no board yet, every topic is loose', () => {
    expect(boardView(null, topics).loose).toHaveLength(6);
  });
});

describe('dnd ids', () => {
  it('round-trip and point at their container', () => {
    const view = boardView(board([group('a', ['t1'])]), topics);
    expect(parseDndId(topicDndId('t1'))).toEqual({ kind: 'topic', id: 't1' });
    expect(parseDndId(groupDndId('a'))).toEqual({ kind: 'group', id: 'a' });
    expect(parseDndId(LOOSE)).toEqual({ kind: 'loose' });
    expect(parseDndId('other')).toBeNull();
    expect(parseDndId(null)).toBeNull();
    expect(containerOfDnd(view, topicDndId('t1'))).toBe('a');
    expect(containerOfDnd(view, topicDndId('t2'))).toBe(LOOSE);
    expect(containerOfDnd(view, groupDndId('a'))).toBe('a');
    expect(containerOfDnd(view, groupDndId('gone'))).toBeNull();
  });
});

describe('applyMove and applyReorder (the core’s rules, ahead of its answer)', () => {
  const b = board([group('a', ['t1', 't2', 't3']), group('b', ['t4'], 2)]);

  it('inserts before the topic at the place given, after taking the topics out of where they were', () => {
    expect(applyMove(b, ['t4'], 'a', 2).groups.map((g) => g.topicIds)).toEqual([['t1', 't4', 't2', 't3'], []]);
    // Within one group: the place is in the list without the moved topic (arrayMove's index + 1).
    expect(applyMove(b, ['t1'], 'a', 3).groups[0]?.topicIds).toEqual(['t2', 't3', 't1']);
    expect(applyMove(b, ['t3'], 'a', 1).groups[0]?.topicIds).toEqual(['t3', 't1', 't2']);
    // No place, or past the end: at the end.
    expect(applyMove(b, ['t5', 't6'], 'b').groups[1]?.topicIds).toEqual(['t4', 't5', 't6']);
    expect(applyMove(b, ['t5'], 'b', 9).groups[1]?.topicIds).toEqual(['t4', 't5']);
    // Back to the loose ones.
    expect(applyMove(b, ['t2', 't4'], null).groups.map((g) => g.topicIds)).toEqual([['t1', 't3'], []]);
  });

  it('keeps untouched groups as they were (the same objects)', () => {
    const after = applyMove(b, ['t2'], 'a', 1);
    expect(after.groups[1]).toBe(b.groups[1]);
  });

  it('orders the groups and numbers them from 1', () => {
    expect(applyReorder(b, ['b', 'a']).groups.map((g) => [g.id, g.position])).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
  });
});

describe('nextColor', () => {
  it('offers the first colour no group has, then goes round again', () => {
    expect(nextColor([])).toBe('teal');
    expect(nextColor([{ color: 'teal' }, { color: 'violet' }])).toBe('blue');
    const all = ['teal', 'blue', 'violet', 'rose', 'amber', 'green', 'slate', 'orange'] as const;
    expect(nextColor(all.map((color) => ({ color })))).toBe('teal');
    expect(nextColor([...all, 'teal' as const].map((color) => ({ color })))).toBe('blue');
  });
});
