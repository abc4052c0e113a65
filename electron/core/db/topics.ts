import type { Topic } from '../../../shared/schemas.ts';
import type { Db } from './open.ts';
import { cached } from './statements.ts';

interface TopicRow {
  id: string;
  workshop_id: string;
  seq: number;
  title: string;
  pitch: string;
  proposer: string;
  theme: Topic['theme'];
  tags: string;
  status: Topic['status'];
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

const rowToTopic = (r: TopicRow): Topic => ({
  id: r.id,
  workshopId: r.workshop_id,
  seq: r.seq,
  title: r.title,
  pitch: r.pitch,
  proposer: r.proposer,
  theme: r.theme,
  tags: JSON.parse(r.tags) as string[],
  status: r.status,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const topicToRow = (t: Topic) => ({ ...t, tags: JSON.stringify(t.tags) });

export const listTopics = (db: Db, workshopId: string): Topic[] =>
  (
    cached(db, 'SELECT * FROM topics WHERE workshop_id = ? AND deleted_at IS NULL ORDER BY seq').all(
      workshopId,
    ) as TopicRow[]
  ).map(rowToTopic);

/** Topics removed from the wall that a vote round of the workshop still has among its items. */
export const listDeletedTopicsInRounds = (db: Db, workshopId: string): Topic[] =>
  (
    cached(
      db,
      // round_items_by_target answers "which rounds count this target" for each removed topic.
      `SELECT * FROM topics t WHERE t.workshop_id = ? AND t.deleted_at IS NOT NULL AND EXISTS (
         SELECT 1 FROM round_items ri JOIN rounds r ON r.id = ri.round_id
         WHERE ri.target_id = t.id AND r.target_kind = 'topic')
       ORDER BY t.seq`,
    ).all(workshopId) as TopicRow[]
  ).map(rowToTopic);

export function findTopic(db: Db, id: string): (Topic & { deletedAt: string | null }) | undefined {
  const row = cached(db, 'SELECT * FROM topics WHERE id = ?').get(id) as TopicRow | undefined;
  return row && { ...rowToTopic(row), deletedAt: row.deleted_at };
}

/** Deleted topics keep their number: "topic 12" means the same thing all day. */
export function nextTopicSeq(db: Db, workshopId: string): number {
  const row = cached(db, 'SELECT coalesce(max(seq), 0) + 1 AS next FROM topics WHERE workshop_id = ?').get(
    workshopId,
  ) as {
    next: number;
  };
  return row.next;
}

export function insertTopic(db: Db, t: Topic): void {
  cached(
    db,
    `INSERT INTO topics (id, workshop_id, seq, title, pitch, proposer, theme, tags, status, created_at, updated_at)
     VALUES (@id, @workshopId, @seq, @title, @pitch, @proposer, @theme, @tags, @status, @createdAt, @updatedAt)`,
  ).run(topicToRow(t));
}

export function updateTopic(db: Db, t: Topic): void {
  cached(
    db,
    `UPDATE topics SET title = @title, pitch = @pitch, proposer = @proposer, theme = @theme, tags = @tags,
       status = @status, updated_at = @updatedAt WHERE id = @id`,
  ).run(topicToRow(t));
}

export function setTopicDeleted(db: Db, id: string, deletedAt: string | null): void {
  cached(db, 'UPDATE topics SET deleted_at = ? WHERE id = ?').run(deletedAt, id);
}

/** The topic this one was merged into, if it was. */
export const findMergedInto = (db: Db, id: string): string | null =>
  (cached(db, 'SELECT merged_into FROM topics WHERE id = ?').get(id) as { merged_into: string | null } | undefined)
    ?.merged_into ?? null;
