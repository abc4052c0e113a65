/**
 * The affinity board: groups of topics, merges of duplicates, and undo. Each write is one
 * transaction and one step of the workshop's undo history (images of what it changed, before
 * and after), and answers the whole board.
 */
import {
  GROUP_LIMITS,
  type GroupBoard,
  GroupFields,
  type UndoLabel,
  type UndoState,
} from '../../../shared/grouping.ts';
import { sessionIdOf } from '../../../shared/grid.ts';
import { DomainError } from '../../../shared/result.ts';
import {
  findGroupRow,
  type GroupRow,
  type GroupTopicRow,
  listGroupRows,
  listGroupTopicRows,
  listGroups,
  listMergedTopics,
  readTopicMergeRows,
  replaceBoard,
  type TopicMergeRow,
  writeTopicMergeRow,
} from '../db/groups.ts';
import { newId, now } from '../db/ids.ts';
import { listRoundRecords } from '../db/rounds.ts';
import { readTargetVotes, type TargetVotesImage, writeTargetVotes } from '../db/targetVotes.ts';
import { findTopic, listTopics } from '../db/topics.ts';
import { firstUndoneStep, lastDoneStep, recordUndoStep, setStepUndone, type UndoStepRow } from '../db/undoSteps.ts';
import type { Db } from '../db/open.ts';
import { suggestGroupsOffThread } from '../workers/suggestGroups.ts';
import { changeWriter } from './changes.ts';
import type { CoreContext, HandlersOf } from './context.ts';
import { requireWorkshop } from './guards.ts';
import { mergeTargetVotes, type RoundRule } from './mergeVotes.ts';

type Methods =
  | 'groups:board'
  | 'groups:create'
  | 'groups:update'
  | 'groups:remove'
  | 'groups:reorder'
  | 'groups:moveTopics'
  | 'groups:merge'
  | 'topics:merge'
  | 'groups:suggest'
  | 'groups:undo'
  | 'groups:redo';

/** What one step may change besides the board itself. */
interface Scope {
  /** Topics whose merge state changes. */
  topicIds?: string[];
  /** Targets whose round items, votes and counts change. */
  targetIds?: string[];
}

/** A picture of everything a step changes: undo puts one back. */
interface Image {
  groups: GroupRow[];
  members: GroupTopicRow[];
  topics: TopicMergeRow[];
  votes: TargetVotesImage | null;
}

interface StoredStep {
  label: UndoLabel;
  count: number;
  scope: Scope;
}

function capture(db: Db, workshopId: string, scope: Scope): Image {
  return {
    groups: listGroupRows(db, workshopId),
    members: listGroupTopicRows(db, workshopId),
    topics: readTopicMergeRows(db, scope.topicIds ?? []),
    votes: scope.targetIds ? readTargetVotes(db, workshopId, scope.targetIds) : null,
  };
}

function restore(db: Db, workshopId: string, scope: Scope, image: Image): void {
  replaceBoard(db, workshopId, image.groups, image.members);
  for (const row of image.topics) writeTopicMergeRow(db, row);
  if (scope.targetIds && image.votes) writeTargetVotes(db, workshopId, scope.targetIds, image.votes);
}

/** The board in memory: group rows, and each group's topic ids (hidden members kept in place). */
interface Board {
  rows: GroupRow[];
  members: Map<string, string[]>;
}

function loadBoard(db: Db, workshopId: string): Board {
  const members = new Map<string, string[]>();
  for (const m of listGroupTopicRows(db, workshopId)) {
    const list = members.get(m.group_id);
    if (list) list.push(m.topic_id);
    else members.set(m.group_id, [m.topic_id]);
  }
  return { rows: listGroupRows(db, workshopId), members };
}

function saveBoard(db: Db, workshopId: string, board: Board): void {
  let position = 0;
  const rows = board.rows.map((r) => (r.deleted_at ? r : { ...r, position: ++position }));
  const members: GroupTopicRow[] = [];
  for (const r of rows)
    if (!r.deleted_at)
      for (const [i, topic_id] of (board.members.get(r.id) ?? []).entries())
        members.push({ topic_id, group_id: r.id, position: i + 1 });
  replaceBoard(db, workshopId, rows, members);
}

const liveRows = (board: Board) => board.rows.filter((r) => !r.deleted_at);

function takeOut(board: Board, topicIds: ReadonlySet<string>): void {
  for (const [groupId, list] of board.members)
    board.members.set(
      groupId,
      list.filter((id) => !topicIds.has(id)),
    );
}

/** Inserts before the topic now shown at `position` among the visible ones, or at the end. */
function insertAt(
  list: string[],
  visible: ReadonlySet<string>,
  topicIds: readonly string[],
  position?: number,
): string[] {
  const shown = list.filter((id) => visible.has(id));
  const before = position === undefined ? undefined : shown[position - 1];
  const at = before === undefined ? list.length : list.indexOf(before);
  return [...list.slice(0, at), ...topicIds, ...list.slice(at)];
}

export function groupHandlers({ db, emit }: CoreContext): HandlersOf<Methods> {
  const writes = changeWriter({ emit });

  const undoState = (workshopId: string): UndoState => {
    const stepOf = (row: UndoStepRow | undefined) => {
      if (!row) return null;
      const { label, count } = JSON.parse(row.label) as StoredStep;
      return { label, count, at: row.created_at };
    };
    return { undo: stepOf(lastDoneStep(db, workshopId)), redo: stepOf(firstUndoneStep(db, workshopId)) };
  };

  const board = (workshopId: string): GroupBoard => ({
    workshopId,
    groups: listGroups(db, workshopId),
    merged: listMergedTopics(db, workshopId),
    ...undoState(workshopId),
  });

  /** Runs one step in a transaction and records it for undo; a refused step writes nothing. */
  const step = (workshopId: string, label: UndoLabel, count: number, scope: Scope, change: () => void): GroupBoard => {
    db.transaction(() => {
      const before = capture(db, workshopId, scope);
      change();
      const after = capture(db, workshopId, scope);
      const stored: StoredStep = { label, count, scope };
      recordUndoStep(
        db,
        {
          workshop_id: workshopId,
          label: JSON.stringify(stored),
          before: JSON.stringify(before),
          after: JSON.stringify(after),
          created_at: now(),
        },
        GROUP_LIMITS.undoSteps,
      );
    }).immediate();
    return board(workshopId);
  };

  const requireGroup = (groupId: string): GroupRow => {
    const row = findGroupRow(db, groupId);
    if (!row || row.deleted_at) throw new DomainError('not_found', `No group with id ${groupId}.`, 'groupId');
    requireWorkshop(db, row.workshop_id);
    return row;
  };

  /** Current topics of one workshop (not removed, not merged), de-duplicated, in the given order. */
  const requireTopics = (workshopId: string, topicIds: readonly string[], field = 'topicIds'): string[] => {
    const unique = [...new Set(topicIds)];
    for (const id of unique) {
      const topic = findTopic(db, id);
      if (!topic || topic.deletedAt || topic.workshopId !== workshopId)
        throw new DomainError('not_found', `No topic with id ${id} on this workshop's wall.`, field);
    }
    return unique;
  };

  const visibleTopics = (workshopId: string): Set<string> =>
    new Set(
      (
        db.prepare('SELECT id FROM topics WHERE workshop_id = ? AND deleted_at IS NULL').all(workshopId) as {
          id: string;
        }[]
      ).map((r) => r.id),
    );

  const roundRules = (workshopId: string): Map<string, RoundRule> =>
    new Map(listRoundRecords(db, workshopId).map((r) => [r.id, { method: r.method, maxPerItem: r.maxPerItem }]));

  /** Moves every vote, score and count of `fromIds` onto `intoId` in the workshop's rounds. */
  const mergeVotes = (workshopId: string, fromIds: readonly string[], intoId: string) => {
    const ids = [intoId, ...fromIds];
    const merged = mergeTargetVotes(readTargetVotes(db, workshopId, ids), roundRules(workshopId), fromIds, intoId);
    writeTargetVotes(db, workshopId, ids, merged);
  };

  return {
    'groups:board': ({ workshopId }) => {
      requireWorkshop(db, workshopId);
      return board(workshopId);
    },

    'groups:create': writes(['groups'], ({ workshopId, group, topicIds, position }) => {
      requireWorkshop(db, workshopId);
      const fields = GroupFields.parse(group);
      const moving = requireTopics(workshopId, topicIds);
      return step(workshopId, 'group-create', Math.max(1, moving.length), {}, () => {
        const current = loadBoard(db, workshopId);
        if (liveRows(current).length >= GROUP_LIMITS.groups)
          throw new DomainError('invalid_input', `A workshop holds at most ${GROUP_LIMITS.groups} groups.`);
        const at = now();
        const row: GroupRow = {
          id: newId(),
          workshop_id: workshopId,
          title: fields.title,
          color: fields.color,
          position: 0,
          created_at: at,
          updated_at: at,
          deleted_at: null,
        };
        const live = liveRows(current);
        const index = position === undefined ? live.length : Math.min(position - 1, live.length);
        const anchor = live[index];
        current.rows.splice(anchor ? current.rows.indexOf(anchor) : current.rows.length, 0, row);
        takeOut(current, new Set(moving));
        current.members.set(row.id, moving);
        saveBoard(db, workshopId, current);
      });
    }),

    'groups:update': writes(['groups'], ({ groupId, patch }) => {
      const row = requireGroup(groupId);
      const fields = GroupFields.parse({ title: patch.title ?? row.title, color: patch.color ?? row.color });
      return step(row.workshop_id, 'group-update', 1, {}, () => {
        const current = loadBoard(db, row.workshop_id);
        current.rows = current.rows.map((r) => (r.id === groupId ? { ...r, ...fields, updated_at: now() } : r));
        saveBoard(db, row.workshop_id, current);
      });
    }),

    'groups:remove': writes(['groups'], ({ groupId }) => {
      const row = requireGroup(groupId);
      return step(row.workshop_id, 'group-remove', 1, {}, () => {
        const current = loadBoard(db, row.workshop_id);
        const at = now();
        current.rows = current.rows.map((r) => (r.id === groupId ? { ...r, deleted_at: at, updated_at: at } : r));
        current.members.delete(groupId);
        saveBoard(db, row.workshop_id, current);
      });
    }),

    'groups:reorder': writes(['groups'], ({ workshopId, groupIds }) => {
      requireWorkshop(db, workshopId);
      const current = loadBoard(db, workshopId);
      const live = liveRows(current);
      const order = [...new Set(groupIds)];
      if (order.length !== live.length || live.some((r) => !order.includes(r.id)))
        throw new DomainError('invalid_input', 'Give every group of the board once, in the new order.', 'groupIds');
      return step(workshopId, 'group-reorder', live.length, {}, () => {
        const byId = new Map(live.map((r) => [r.id, r]));
        current.rows = [...order.map((id) => byId.get(id) as GroupRow), ...current.rows.filter((r) => r.deleted_at)];
        saveBoard(db, workshopId, current);
      });
    }),

    'groups:moveTopics': writes(['groups'], ({ workshopId, topicIds, groupId, position }) => {
      requireWorkshop(db, workshopId);
      const moving = requireTopics(workshopId, topicIds);
      if (groupId !== null && requireGroup(groupId).workshop_id !== workshopId)
        throw new DomainError('not_found', `No group with id ${groupId} in this workshop.`, 'groupId');
      return step(workshopId, 'topics-move', moving.length, {}, () => {
        const current = loadBoard(db, workshopId);
        takeOut(current, new Set(moving));
        if (groupId !== null)
          current.members.set(
            groupId,
            insertAt(current.members.get(groupId) ?? [], visibleTopics(workshopId), moving, position),
          );
        saveBoard(db, workshopId, current);
      });
    }),

    'groups:merge': writes(['groups', 'rounds'], ({ fromGroupId, intoGroupId }) => {
      if (fromGroupId === intoGroupId)
        throw new DomainError('invalid_input', 'A group cannot be merged into itself.', 'intoGroupId');
      const from = requireGroup(fromGroupId);
      const into = requireGroup(intoGroupId);
      if (from.workshop_id !== into.workshop_id)
        throw new DomainError('invalid_input', 'Both groups must belong to the same workshop.', 'intoGroupId');
      const workshopId = into.workshop_id;
      // Rounds on groups count the group's id; rounds on a mix its session id.
      const [intoSession, fromSession] = [sessionIdOf('group', intoGroupId), sessionIdOf('group', fromGroupId)];
      const targetIds = [intoGroupId, fromGroupId, intoSession, fromSession];
      return step(workshopId, 'group-merge', 2, { targetIds }, () => {
        const current = loadBoard(db, workshopId);
        const at = now();
        current.members.set(intoGroupId, [
          ...(current.members.get(intoGroupId) ?? []),
          ...(current.members.get(fromGroupId) ?? []),
        ]);
        current.members.delete(fromGroupId);
        current.rows = current.rows.map((r) =>
          r.id === fromGroupId
            ? { ...r, deleted_at: at, updated_at: at }
            : r.id === intoGroupId
              ? { ...r, updated_at: at }
              : r,
        );
        saveBoard(db, workshopId, current);
        mergeVotes(workshopId, [fromGroupId], intoGroupId);
        mergeVotes(workshopId, [fromSession], intoSession);
      });
    }),

    'topics:merge': writes(['groups', 'topics', 'rounds'], ({ fromTopicIds, intoTopicId }) => {
      const into = findTopic(db, intoTopicId);
      if (!into || into.deletedAt)
        throw new DomainError('not_found', `No topic with id ${intoTopicId}.`, 'intoTopicId');
      const workshopId = into.workshopId;
      requireWorkshop(db, workshopId);
      const from = requireTopics(workshopId, fromTopicIds, 'fromTopicIds').filter((id) => id !== intoTopicId);
      if (from.length === 0)
        throw new DomainError(
          'invalid_input',
          'Choose at least one other topic to merge into this one.',
          'fromTopicIds',
        );
      // In rounds on a mix, a merged topic's votes go to the session now holding the kept topic:
      // its group, or the topic itself when it is in none.
      const intoGroup = listGroups(db, workshopId).find((g) => g.topicIds.includes(intoTopicId));
      const intoSession = intoGroup ? sessionIdOf('group', intoGroup.id) : sessionIdOf('topic', intoTopicId);
      const fromSessions = from.map((id) => sessionIdOf('topic', id));
      const scope = { topicIds: from, targetIds: [intoTopicId, ...from, intoSession, ...fromSessions] };
      return step(workshopId, 'topics-merge', from.length + 1, scope, () => {
        const at = now();
        for (const id of from) writeTopicMergeRow(db, { id, deleted_at: at, merged_into: intoTopicId });
        // Topics merged earlier into one of these now point at the topic kept.
        db.prepare(`UPDATE topics SET merged_into = ? WHERE merged_into IN (${from.map(() => '?').join(',')})`).run(
          intoTopicId,
          ...from,
        );
        const current = loadBoard(db, workshopId);
        takeOut(current, new Set(from));
        saveBoard(db, workshopId, current);
        mergeVotes(workshopId, from, intoTopicId);
        mergeVotes(workshopId, fromSessions, intoSession);
      });
    }),

    'groups:suggest': ({ workshopId, threshold }) => {
      requireWorkshop(db, workshopId);
      const topics = listTopics(db, workshopId).map(({ id, title, pitch }) => ({ id, title, pitch }));
      const existingGroups = listGroups(db, workshopId).map(({ id, topicIds }) => ({ id, topicIds }));
      // In a worker thread: 1,000 topics take a few hundred milliseconds the phones must not wait for.
      return suggestGroupsOffThread({ topics, existingGroups, ...(threshold === undefined ? {} : { threshold }) });
    },

    'groups:undo': writes(['groups', 'topics', 'rounds'], ({ workshopId }) => {
      requireWorkshop(db, workshopId);
      db.transaction(() => {
        const row = lastDoneStep(db, workshopId);
        if (!row) throw new DomainError('conflict', 'There is nothing to undo on this board.');
        travel(row, 'after', 'before');
        setStepUndone(db, row.id, true);
      }).immediate();
      return board(workshopId);
    }),

    'groups:redo': writes(['groups', 'topics', 'rounds'], ({ workshopId }) => {
      requireWorkshop(db, workshopId);
      db.transaction(() => {
        const row = firstUndoneStep(db, workshopId);
        if (!row) throw new DomainError('conflict', 'There is nothing to redo on this board.');
        travel(row, 'before', 'after');
        setStepUndone(db, row.id, false);
      }).immediate();
      return board(workshopId);
    }),
  };

  /**
   * Puts the `to` image back, only if the present still equals the `from` image: a vote cast or
   * a topic moved by another way since would otherwise be lost without a word.
   */
  function travel(row: UndoStepRow, from: 'before' | 'after', to: 'before' | 'after'): void {
    const { scope } = JSON.parse(row.label) as StoredStep;
    const present = JSON.stringify(capture(db, row.workshop_id, scope));
    if (present !== row[from])
      throw new DomainError(
        'conflict',
        from === 'after'
          ? 'This step cannot be undone: what it changed has changed since (a vote, a removed topic). Nothing was changed.'
          : 'This step cannot be made again: the board has changed since. Nothing was changed.',
      );
    restore(db, row.workshop_id, scope, JSON.parse(row[to]) as Image);
  }
}
