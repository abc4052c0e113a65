/** Data access for the affinity board: groups, their topics, merged topics. No business rules here. */
import type { Group, GroupColor, MergedTopic } from '../../../shared/grouping.ts';
import type { Db } from './open.ts';
import { cached } from './statements.ts';

export interface GroupRow {
  id: string;
  workshop_id: string;
  title: string;
  color: string;
  position: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}
export interface GroupTopicRow {
  topic_id: string;
  group_id: string;
  position: number;
}

/** Every group row of the workshop, ungrouped ones included (what undo images hold). */
export const listGroupRows = (db: Db, workshopId: string): GroupRow[] =>
  cached(db, 'SELECT * FROM groups WHERE workshop_id = ? ORDER BY deleted_at IS NOT NULL, position, id').all(
    workshopId,
  ) as GroupRow[];

export const listGroupTopicRows = (db: Db, workshopId: string): GroupTopicRow[] =>
  cached(
    db,
    `SELECT gt.* FROM group_topics gt JOIN groups g ON g.id = gt.group_id
     WHERE g.workshop_id = ? ORDER BY gt.group_id, gt.position`,
  ).all(workshopId) as GroupTopicRow[];

/** Groups with their current topics (a topic removed from the wall or merged is left out, its place kept). */
export function listGroups(db: Db, workshopId: string): Group[] {
  const members = cached(
    db,
    `SELECT gt.group_id, gt.topic_id FROM group_topics gt
     JOIN groups g ON g.id = gt.group_id JOIN topics t ON t.id = gt.topic_id
     WHERE g.workshop_id = ? AND t.deleted_at IS NULL ORDER BY gt.group_id, gt.position`,
  ).all(workshopId) as { group_id: string; topic_id: string }[];
  const byGroup = new Map<string, string[]>();
  for (const m of members) {
    const list = byGroup.get(m.group_id);
    if (list) list.push(m.topic_id);
    else byGroup.set(m.group_id, [m.topic_id]);
  }
  return listGroupRows(db, workshopId)
    .filter((r) => r.deleted_at === null)
    .map((r) => ({
      id: r.id,
      workshopId: r.workshop_id,
      title: r.title,
      color: r.color as GroupColor,
      position: r.position,
      topicIds: byGroup.get(r.id) ?? [],
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }));
}

export const findGroupRow = (db: Db, id: string): GroupRow | undefined =>
  cached(db, 'SELECT * FROM groups WHERE id = ?').get(id) as GroupRow | undefined;

export function insertGroup(db: Db, row: GroupRow): void {
  cached(
    db,
    `INSERT INTO groups (id, workshop_id, title, color, position, created_at, updated_at, deleted_at)
     VALUES (@id, @workshop_id, @title, @color, @position, @created_at, @updated_at, @deleted_at)`,
  ).run(row);
}

export function insertGroupTopic(db: Db, row: GroupTopicRow): void {
  cached(db, 'INSERT INTO group_topics (topic_id, group_id, position) VALUES (@topic_id, @group_id, @position)').run(
    row,
  );
}

/** Replaces the whole board of a workshop: what undo and the grouping writers use. */
export function replaceBoard(
  db: Db,
  workshopId: string,
  groups: readonly GroupRow[],
  members: readonly GroupTopicRow[],
): void {
  // Deleting the groups cascades to their group_topics rows.
  cached(db, 'DELETE FROM groups WHERE workshop_id = ?').run(workshopId);
  for (const g of groups) insertGroup(db, g);
  for (const m of members) insertGroupTopic(db, m);
}

/** Topics merged into others, in capture order. */
export const listMergedTopics = (db: Db, workshopId: string): MergedTopic[] =>
  cached(
    db,
    `SELECT id, merged_into AS intoId, seq, title, pitch, proposer FROM topics
     WHERE workshop_id = ? AND merged_into IS NOT NULL ORDER BY seq`,
  ).all(workshopId) as MergedTopic[];

export interface TopicMergeRow {
  id: string;
  deleted_at: string | null;
  merged_into: string | null;
}

export const readTopicMergeRows = (db: Db, ids: readonly string[]): TopicMergeRow[] =>
  ids.map(
    (id) =>
      (cached(db, 'SELECT id, deleted_at, merged_into FROM topics WHERE id = ?').get(id) as
        | TopicMergeRow
        | undefined) ?? {
        id,
        deleted_at: null,
        merged_into: null,
      },
  );

export function writeTopicMergeRow(db: Db, row: TopicMergeRow): void {
  cached(db, 'UPDATE topics SET deleted_at = @deleted_at, merged_into = @merged_into WHERE id = @id').run(row);
}
