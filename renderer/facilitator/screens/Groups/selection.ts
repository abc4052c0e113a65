/**
 * What is selected on the board and what can be done with it. Topics or groups, never both: the
 * actions differ (a new group from topics, merging duplicates; merging two groups).
 *
 * - New group from selection: one topic or more (from anywhere; from one group it is a split, and
 *   the new group goes right after that group).
 * - Merge into…: two topics or more (one is kept, the others join it).
 * - Merge groups: exactly two groups.
 */
import { type BoardView, inBoardOrder, LOOSE } from './boardModel.ts';

export interface Selection {
  topics: ReadonlySet<string>;
  groups: ReadonlySet<string>;
}

export const EMPTY_SELECTION: Selection = { topics: new Set(), groups: new Set() };

function toggled(set: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(set);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

export function toggleTopic(selection: Selection, topicId: string): Selection {
  return { topics: toggled(selection.topics, topicId), groups: new Set() };
}

export function toggleGroup(selection: Selection, groupId: string): Selection {
  return { topics: new Set(), groups: toggled(selection.groups, groupId) };
}

/** Drops what is no longer on the board (merged, ungrouped, removed elsewhere); the same object when nothing went. */
export function pruneSelection(selection: Selection, view: BoardView): Selection {
  const topics = [...selection.topics].filter((id) => view.containerOf.has(id));
  const groupIds = new Set(view.groups.map((g) => g.id));
  const groups = [...selection.groups].filter((id) => groupIds.has(id));
  if (topics.length === selection.topics.size && groups.length === selection.groups.size) return selection;
  return { topics: new Set(topics), groups: new Set(groups) };
}

export interface SelectionActions {
  /** Topics selected, in board order. */
  topicIds: string[];
  /** Groups selected, in board order. */
  groupIds: string[];
  newGroup: boolean;
  /** When every selected topic is in one group: that group (the new one is a split of it). */
  splitFrom: string | null;
  mergeTopics: boolean;
  mergeGroups: boolean;
}

export function selectionActions(selection: Selection, view: BoardView): SelectionActions {
  const topicIds = inBoardOrder(view, selection.topics);
  const groupIds = view.groups.map((g) => g.id).filter((id) => selection.groups.has(id));
  const containers = new Set(topicIds.map((id) => view.containerOf.get(id)));
  const [only] = containers;
  const splitFrom = containers.size === 1 && only !== undefined && only !== LOOSE ? only : null;
  return {
    topicIds,
    groupIds,
    newGroup: topicIds.length >= 1,
    splitFrom,
    mergeTopics: topicIds.length >= 2,
    mergeGroups: groupIds.length === 2,
  };
}

/** Where a new group made from the selection goes (1-based): right after the group it splits, else at the end. */
export function newGroupPosition(view: BoardView, splitFrom: string | null): number | undefined {
  if (!splitFrom) return undefined;
  const index = view.groups.findIndex((g) => g.id === splitFrom);
  return index < 0 ? undefined : index + 2;
}
