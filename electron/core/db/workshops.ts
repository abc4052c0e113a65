/** Data access for workshops. Functions take the handle; no business rules here. */
import type { Workshop, WorkshopFields, WorkshopSummary } from '../../../shared/schemas.ts';
import type { Db } from './open.ts';
import { cached } from './statements.ts';

interface WorkshopRow {
  id: string;
  title: string;
  format: Workshop['format'];
  date: string;
  venue: string;
  territory: string;
  language: Workshop['language'];
  description: string;
  seed_key: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}
interface SummaryRow extends WorkshopRow {
  topic_count: number;
  participant_count: number;
  room_count: number;
}

export const rowToWorkshop = (r: WorkshopRow): Workshop => ({
  id: r.id,
  title: r.title,
  format: r.format,
  date: r.date,
  venue: r.venue,
  territory: r.territory,
  language: r.language,
  description: r.description,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const rowToSummary = (r: SummaryRow): WorkshopSummary => ({
  ...rowToWorkshop(r),
  topicCount: r.topic_count,
  participantCount: r.participant_count,
  roomCount: r.room_count,
  deletedAt: r.deleted_at,
});

const SUMMARY_SELECT = `
  SELECT w.*,
    (SELECT count(*) FROM topics t WHERE t.workshop_id = w.id AND t.deleted_at IS NULL) AS topic_count,
    (SELECT count(*) FROM participants p WHERE p.workshop_id = w.id) AS participant_count,
    (SELECT count(*) FROM rooms r WHERE r.workshop_id = w.id) AS room_count
  FROM workshops w`;

export function listWorkshops(db: Db, deleted: boolean): WorkshopSummary[] {
  const where = deleted ? 'w.deleted_at IS NOT NULL' : 'w.deleted_at IS NULL';
  const order = deleted ? 'w.deleted_at DESC' : 'w.date DESC, w.created_at DESC';
  return (cached(db, `${SUMMARY_SELECT} WHERE ${where} ORDER BY ${order}`).all() as SummaryRow[]).map(rowToSummary);
}

/** Includes deleted workshops: callers decide what a deleted one means for them. */
export function findWorkshop(db: Db, id: string): (Workshop & { deletedAt: string | null }) | undefined {
  const row = cached(db, 'SELECT * FROM workshops WHERE id = ?').get(id) as WorkshopRow | undefined;
  return row && { ...rowToWorkshop(row), deletedAt: row.deleted_at };
}

export function findWorkshopBySeedKey(db: Db, seedKey: string): Workshop | undefined {
  const row = cached(db, 'SELECT * FROM workshops WHERE seed_key = ?').get(seedKey) as WorkshopRow | undefined;
  return row && rowToWorkshop(row);
}

export function insertWorkshop(
  db: Db,
  w: WorkshopFields & { id: string; createdAt: string; seedKey?: string | null },
): void {
  cached(
    db,
    `INSERT INTO workshops (id, title, format, date, venue, territory, language, description, seed_key, created_at, updated_at)
     VALUES (@id, @title, @format, @date, @venue, @territory, @language, @description, @seedKey, @createdAt, @createdAt)`,
  ).run({ seedKey: null, ...w });
}

export function updateWorkshop(db: Db, w: Workshop): void {
  cached(
    db,
    `UPDATE workshops SET title = @title, format = @format, date = @date, venue = @venue, territory = @territory,
       language = @language, description = @description, updated_at = @updatedAt WHERE id = @id`,
  ).run(w);
}

export function setWorkshopDeleted(db: Db, id: string, deletedAt: string | null): void {
  cached(db, 'UPDATE workshops SET deleted_at = ? WHERE id = ?').run(deletedAt, id);
}
