/**
 * The board as the screen lays it out, from the core's GroupBoard and the wall's topics: the loose
 * topics (on the wall, in no group), each group's topics in order, and which container holds each
 * topic. Also the ids dnd-kit works with ("topic:<id>", "group:<id>", "loose"), and the board a
 * move or a reorder will give — the core's own rules, applied at once while the core answers.
 */
import {
  GROUP_COLORS,
  type Group,
  type GroupBoard,
  type GroupColor,
  type MergedTopic,
} from '../../../../shared/grouping.ts';

/** The container of the topics in no group. */
export const LOOSE = 'loose';

export interface BoardTopic {
  id: string;
  seq: number;
  pending?: boolean;
}

export interface BoardView {
  /** Topics on the wall and in no group, by number. */
  loose: string[];
  groups: Group[];
  /** topic id → group id, or LOOSE. */
  containerOf: ReadonlyMap<string, string>;
  /** kept topic id → the topics merged into it. */
  mergedInto: ReadonlyMap<string, MergedTopic[]>;
}

const NO_MERGED: MergedTopic[] = [];
export const noMerged = (): MergedTopic[] => NO_MERGED;

/**
 * Groups keep only the topics the wall shows (a pending card is not in the core yet); the loose
 * ones are every other shown topic, by number.
 */
export function boardView(board: GroupBoard | null, topics: readonly BoardTopic[]): BoardView {
  const shown = topics.filter((t) => !t.pending);
  const known = new Set(shown.map((t) => t.id));
  const containerOf = new Map<string, string>();
  const groups = (board?.groups ?? []).map((g) => {
    const topicIds = g.topicIds.filter((id) => known.has(id) && !containerOf.has(id));
    for (const id of topicIds) containerOf.set(id, g.id);
    return topicIds.length === g.topicIds.length ? g : { ...g, topicIds };
  });
  const loose = [...shown]
    .sort((a, b) => a.seq - b.seq)
    .map((t) => t.id)
    .filter((id) => !containerOf.has(id));
  for (const id of loose) containerOf.set(id, LOOSE);
  const mergedInto = new Map<string, MergedTopic[]>();
  for (const m of [...(board?.merged ?? [])].sort((a, b) => a.seq - b.seq)) {
    const list = mergedInto.get(m.intoId);
    if (list) list.push(m);
    else mergedInto.set(m.intoId, [m]);
  }
  return { loose, groups, containerOf, mergedInto };
}

/** The topics of a container, in order. */
export function topicsOf(view: BoardView, containerId: string): string[] {
  if (containerId === LOOSE) return view.loose;
  return view.groups.find((g) => g.id === containerId)?.topicIds ?? [];
}

/** Topics in board order: loose first, then group by group. */
export function inBoardOrder(view: BoardView, topicIds: Iterable<string>): string[] {
  const wanted = new Set(topicIds);
  return [...view.loose, ...view.groups.flatMap((g) => g.topicIds)].filter((id) => wanted.has(id));
}

// ---------- dnd-kit ids ----------

export type DndRef = { kind: 'topic'; id: string } | { kind: 'group'; id: string } | { kind: 'loose' };

export const topicDndId = (id: string): string => `topic:${id}`;
export const groupDndId = (id: string): string => `group:${id}`;

export function parseDndId(dndId: string | number | null | undefined): DndRef | null {
  if (typeof dndId !== 'string') return null;
  if (dndId === LOOSE) return { kind: 'loose' };
  if (dndId.startsWith('topic:')) return { kind: 'topic', id: dndId.slice(6) };
  if (dndId.startsWith('group:')) return { kind: 'group', id: dndId.slice(6) };
  return null;
}

/** The container a dnd id stands for or sits in: a group's id, LOOSE, or null. */
export function containerOfDnd(view: BoardView, dndId: string | number | null | undefined): string | null {
  const ref = parseDndId(dndId);
  if (!ref) return null;
  if (ref.kind === 'loose') return LOOSE;
  if (ref.kind === 'group') return view.groups.some((g) => g.id === ref.id) ? ref.id : null;
  return view.containerOf.get(ref.id) ?? null;
}

// ---------- the core's rules, applied ahead of its answer ----------

/**
 * What `groups:moveTopics` does (electron/core/services/groups.ts): the topics leave wherever they
 * are, then go in before the topic shown at `position` of the group (1-based), or at its end.
 */
export function applyMove(
  board: GroupBoard,
  topicIds: readonly string[],
  groupId: string | null,
  position?: number,
): GroupBoard {
  const moving = new Set(topicIds);
  const groups = board.groups.map((g) => {
    const rest = g.topicIds.filter((id) => !moving.has(id));
    if (g.id !== groupId) return rest.length === g.topicIds.length ? g : { ...g, topicIds: rest };
    const before = position === undefined ? undefined : rest[position - 1];
    const at = before === undefined ? rest.length : rest.indexOf(before);
    return { ...g, topicIds: [...rest.slice(0, at), ...topicIds, ...rest.slice(at)] };
  });
  return { ...board, groups };
}

/** What `groups:reorder` does: the groups in the order given, numbered from 1. */
export function applyReorder(board: GroupBoard, groupIds: readonly string[]): GroupBoard {
  const byId = new Map(board.groups.map((g) => [g.id, g]));
  const groups = groupIds.flatMap((id, i) => {
    const g = byId.get(id);
    return g ? [{ ...g, position: i + 1 }] : [];
  });
  return { ...board, groups };
}

export function arrayMove<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [item] = out.splice(from, 1);
  if (item !== undefined) out.splice(to, 0, item);
  return out;
}

/** A colour for a new group: the first no group has yet, else round the palette again. */
export function nextColor(groups: readonly Pick<Group, 'color'>[]): GroupColor {
  const used = new Set(groups.map((g) => g.color));
  return GROUP_COLORS.find((c) => !used.has(c)) ?? GROUP_COLORS[groups.length % GROUP_COLORS.length] ?? 'teal';
}
