/**
 * What a drop on the board asks of the core, from the ids dnd-kit gives (the card or group picked
 * up, and what it is over): topics into a group at a place or back to the loose ones
 * (`groups:moveTopics`), or a new order of the groups (`groups:reorder`) — or nothing, when the
 * drop leaves the board as it is.
 */
import { arrayMove, type BoardView, containerOfDnd, inBoardOrder, LOOSE, parseDndId, topicsOf } from './boardModel.ts';

export type Drop =
  | { kind: 'move'; topicIds: string[]; groupId: string | null; position?: number }
  | { kind: 'reorder'; groupIds: string[] };

export interface DropOptions {
  /** The topics selected on the board: picking up one of them carries them all. */
  selected?: ReadonlySet<string>;
  /** The card was let go below the middle of the card it is over (between two groups: after it). */
  after?: boolean;
}

/** The topics a drag of `topicId` carries: the whole selection when it is part of it, in board order. */
export function carried(view: BoardView, topicId: string, selected?: ReadonlySet<string>): string[] {
  if (!selected?.has(topicId) || selected.size < 2) return [topicId];
  return inBoardOrder(view, selected);
}

export function dropOf(
  view: BoardView,
  activeId: string | number,
  overId: string | number | null | undefined,
  options: DropOptions = {},
): Drop | null {
  const active = parseDndId(activeId);
  const over = parseDndId(overId);
  if (!active || !over) return null;

  if (active.kind === 'group') {
    const target = containerOfDnd(view, overId);
    if (target === null || target === LOOSE) return null;
    const ids = view.groups.map((g) => g.id);
    const from = ids.indexOf(active.id);
    const to = ids.indexOf(target);
    if (from < 0 || to < 0 || from === to) return null;
    return { kind: 'reorder', groupIds: arrayMove(ids, from, to) };
  }
  if (active.kind !== 'topic') return null;

  const source = view.containerOf.get(active.id);
  const target = containerOfDnd(view, overId);
  if (source === undefined || target === null) return null;
  const topicIds = carried(view, active.id, options.selected);
  const moving = new Set(topicIds);

  if (target === LOOSE) {
    if (topicIds.every((id) => view.containerOf.get(id) === LOOSE)) return null;
    return { kind: 'move', topicIds, groupId: null };
  }

  // On the group itself (its header, its empty space): at its end.
  if (over.kind !== 'topic') {
    if (topicIds.every((id) => view.containerOf.get(id) === target)) return null;
    return { kind: 'move', topicIds, groupId: target };
  }

  const list = topicsOf(view, target);
  // One card within its own group: the list reads as dnd-kit shows it while sorting.
  if (topicIds.length === 1 && source === target) {
    const from = list.indexOf(active.id);
    const to = list.indexOf(over.id);
    if (from < 0 || to < 0 || from === to) return null;
    return { kind: 'move', topicIds, groupId: target, position: to + 1 };
  }
  if (moving.has(over.id)) return null;
  const rest = list.filter((id) => !moving.has(id));
  const index = rest.indexOf(over.id) + (options.after ? 1 : 0);
  const unchanged =
    topicIds.every((id) => view.containerOf.get(id) === target) &&
    [...rest.slice(0, index), ...topicIds, ...rest.slice(index)].every((id, i) => list[i] === id);
  if (unchanged) return null;
  return index >= rest.length
    ? { kind: 'move', topicIds, groupId: target }
    : { kind: 'move', topicIds, groupId: target, position: index + 1 };
}

/** Where a topic now sits, for the screen reader: its container and place (1-based) among how many. */
export function placeOf(view: BoardView, topicId: string): { containerId: string; position: number; count: number } {
  const containerId = view.containerOf.get(topicId) ?? LOOSE;
  const list = topicsOf(view, containerId);
  return { containerId, position: list.indexOf(topicId) + 1, count: list.length };
}

/** Where a move puts its topics: the group (null: back to the loose ones), the first one's place and how many the group holds then. */
export function movePlace(
  view: BoardView,
  drop: Extract<Drop, { kind: 'move' }>,
): { groupId: string | null; position: number; count: number } {
  if (drop.groupId === null) return { groupId: null, position: 0, count: 0 };
  const moving = new Set(drop.topicIds);
  const rest = topicsOf(view, drop.groupId).filter((id) => !moving.has(id));
  const position = drop.position === undefined ? rest.length + 1 : Math.min(drop.position, rest.length + 1);
  return { groupId: drop.groupId, position, count: rest.length + drop.topicIds.length };
}

/** The place (1-based) a reorder gives a group. */
export const reorderPlace = (drop: Extract<Drop, { kind: 'reorder' }>, groupId: string): number =>
  drop.groupIds.indexOf(groupId) + 1;
