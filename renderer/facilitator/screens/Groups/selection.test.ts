import { describe, expect, it } from 'vitest';
import type { Group, GroupBoard } from '../../../../shared/grouping.ts';
import { boardView } from './boardModel.ts';
import {
  EMPTY_SELECTION,
  newGroupPosition,
  pruneSelection,
  selectionActions,
  toggleGroup,
  toggleTopic,
} from './selection.ts';

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
const topics = ['t1', 't2', 't3', 't4', 't5'].map((id, i) => ({ id, seq: i + 1 }));
const board = (groups: Group[]): GroupBoard => ({ workshopId: 'w', groups, merged: [], undo: null, redo: null });
const view = boardView(board([group('a', ['t1', 't2']), group('b', ['t3'])]), topics); // loose: t4 t5

describe('selection', () => {
  it('toggles topics, or groups, never both at once', () => {
    let s = toggleTopic(EMPTY_SELECTION, 't1');
    s = toggleTopic(s, 't4');
    expect([...s.topics]).toEqual(['t1', 't4']);
    s = toggleTopic(s, 't1');
    expect([...s.topics]).toEqual(['t4']);
    s = toggleGroup(s, 'a');
    expect([...s.topics]).toEqual([]);
    expect([...s.groups]).toEqual(['a']);
    s = toggleTopic(s, 't2');
    expect([...s.groups]).toEqual([]);
  });

  it('drops what left the board, and is the same object when nothing did', () => {
    const s = toggleTopic(toggleTopic(EMPTY_SELECTION, 't1'), 'gone');
    const pruned = pruneSelection(s, view);
    expect([...pruned.topics]).toEqual(['t1']);
    expect(pruneSelection(pruned, view)).toBe(pruned);
    expect([...pruneSelection(toggleGroup(EMPTY_SELECTION, 'zz'), view).groups]).toEqual([]);
  });
});

describe('selectionActions', () => {
  const pick = (...ids: string[]) => ids.reduce(toggleTopic, EMPTY_SELECTION);

  it('one topic: a new group of it; two or more: a merge too', () => {
    expect(selectionActions(pick('t4'), view)).toMatchObject({ newGroup: true, mergeTopics: false, splitFrom: null });
    expect(selectionActions(pick('t5', 't1'), view)).toMatchObject({
      topicIds: ['t5', 't1'],
      newGroup: true,
      mergeTopics: true,
      splitFrom: null,
    });
    expect(selectionActions(EMPTY_SELECTION, view)).toMatchObject({ newGroup: false, mergeTopics: false });
  });

  it('topics all from one group: the new group is a split of it, placed right after it', () => {
    const actions = selectionActions(pick('t2', 't1'), view);
    expect(actions).toMatchObject({ topicIds: ['t1', 't2'], splitFrom: 'a' });
    expect(newGroupPosition(view, actions.splitFrom)).toBe(2);
    expect(newGroupPosition(view, 'b')).toBe(3);
    expect(newGroupPosition(view, null)).toBeUndefined();
  });

  it('two groups, and only two, can be merged', () => {
    const one = toggleGroup(EMPTY_SELECTION, 'b');
    expect(selectionActions(one, view)).toMatchObject({ mergeGroups: false, newGroup: false });
    expect(selectionActions(toggleGroup(one, 'a'), view)).toMatchObject({ groupIds: ['a', 'b'], mergeGroups: true });
  });
});
