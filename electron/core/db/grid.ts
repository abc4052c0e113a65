/**
 * Data access for the session grid: sessions and their places, the grid's settings,
 * unavailable rooms, slots and cells, phones' attendance marks, and the ballots that give
 * demand. No business rules here.
 */
import type { SessionSubject } from '../../../shared/grid.ts';
import type { Db } from './open.ts';
import { cached } from './statements.ts';

export interface SessionRow {
  id: number;
  workshop_id: string;
  subject_kind: SessionSubject;
  subject_id: string;
  room_id: string | null;
  slot_id: string | null;
  locked: number;
  host_participant_id: string | null;
  updated_at: string;
}

export const listSessionRows = (db: Db, workshopId: string): SessionRow[] =>
  cached(db, 'SELECT * FROM sessions WHERE workshop_id = ? ORDER BY id').all(workshopId) as SessionRow[];

export const findSessionRow = (db: Db, workshopId: string, kind: SessionSubject, subjectId: string) =>
  cached(db, 'SELECT * FROM sessions WHERE workshop_id = ? AND subject_kind = ? AND subject_id = ?').get(
    workshopId,
    kind,
    subjectId,
  ) as SessionRow | undefined;

/** The session's row, made (off the grid, unlocked, no host chosen) when it has none yet. */
export function ensureSessionRow(db: Db, workshopId: string, kind: SessionSubject, subjectId: string, at: string) {
  cached(
    db,
    `INSERT INTO sessions (workshop_id, subject_kind, subject_id, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (workshop_id, subject_kind, subject_id) DO NOTHING`,
  ).run(workshopId, kind, subjectId, at);
  return findSessionRow(db, workshopId, kind, subjectId) as SessionRow;
}

export function setSessionPlace(db: Db, id: number, roomId: string | null, slotId: string | null, at: string): void {
  cached(db, 'UPDATE sessions SET room_id = ?, slot_id = ?, updated_at = ? WHERE id = ?').run(roomId, slotId, at, id);
}

export function setSessionLocked(db: Db, id: number, locked: boolean, at: string): void {
  cached(db, 'UPDATE sessions SET locked = ?, updated_at = ? WHERE id = ?').run(locked ? 1 : 0, at, id);
}

export function setSessionHost(db: Db, id: number, participantId: string | null, at: string): void {
  cached(db, 'UPDATE sessions SET host_participant_id = ?, updated_at = ? WHERE id = ?').run(participantId, at, id);
}

/** Takes every unlocked session of the workshop off the grid (before an auto-schedule writes its own). */
export function clearUnlockedPlaces(db: Db, workshopId: string, at: string): void {
  cached(
    db,
    `UPDATE sessions SET room_id = NULL, slot_id = NULL, updated_at = ?
     WHERE workshop_id = ? AND locked = 0 AND (room_id IS NOT NULL OR slot_id IS NOT NULL)`,
  ).run(at, workshopId);
}

/**
 * Takes off the grid (and unlocks) the sessions that are no longer candidates: a topic removed,
 * merged or put in a group, a group ungrouped. Their cells are free again; hosts stay.
 */
export function releaseStaleSessions(db: Db, workshopId: string, at: string): number {
  return cached(
    db,
    `UPDATE sessions SET room_id = NULL, slot_id = NULL, locked = 0, updated_at = @at
     WHERE workshop_id = @workshopId AND (room_id IS NOT NULL OR slot_id IS NOT NULL OR locked = 1) AND (
       (subject_kind = 'topic' AND NOT EXISTS (
          SELECT 1 FROM topics t WHERE t.id = sessions.subject_id AND t.workshop_id = @workshopId
            AND t.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM group_topics gt WHERE gt.topic_id = t.id)))
       OR (subject_kind = 'group' AND NOT EXISTS (
          SELECT 1 FROM groups g WHERE g.id = sessions.subject_id AND g.workshop_id = @workshopId
            AND g.deleted_at IS NULL)))`,
  ).run({ workshopId, at }).changes;
}

/** Inserts a whole row (the workshop file's import). */
export function insertSessionRow(db: Db, row: Omit<SessionRow, 'id'>): void {
  cached(
    db,
    `INSERT INTO sessions (workshop_id, subject_kind, subject_id, room_id, slot_id, locked, host_participant_id, updated_at)
     VALUES (@workshop_id, @subject_kind, @subject_id, @room_id, @slot_id, @locked, @host_participant_id, @updated_at)`,
  ).run(row);
}

// ---- settings ------------------------------------------------------------------------------

export interface GridSettingsRow {
  workshop_id: string;
  scheduling_round_id: string | null;
  published_at: string | null;
  explanations: string;
  updated_at: string;
}

export const findGridSettings = (db: Db, workshopId: string): GridSettingsRow | undefined =>
  cached(db, 'SELECT * FROM grid_settings WHERE workshop_id = ?').get(workshopId) as GridSettingsRow | undefined;

export function saveGridSettings(db: Db, row: GridSettingsRow): void {
  cached(
    db,
    `INSERT INTO grid_settings (workshop_id, scheduling_round_id, published_at, explanations, updated_at)
     VALUES (@workshop_id, @scheduling_round_id, @published_at, @explanations, @updated_at)
     ON CONFLICT (workshop_id) DO UPDATE SET scheduling_round_id = excluded.scheduling_round_id,
       published_at = excluded.published_at, explanations = excluded.explanations, updated_at = excluded.updated_at`,
  ).run(row);
}

/** When the workshop's grid was published, or null (the phones' hot read). */
export const gridPublishedAt = (db: Db, workshopId: string): string | null =>
  (
    cached(db, 'SELECT published_at FROM grid_settings WHERE workshop_id = ?').get(workshopId) as
      | { published_at: string | null }
      | undefined
  )?.published_at ?? null;

// ---- unavailable rooms, slots, cells -----------------------------------------------------

export interface UnavailableRow {
  room_id: string | null;
  slot_id: string | null;
}

export const listUnavailable = (db: Db, workshopId: string): UnavailableRow[] =>
  cached(db, 'SELECT room_id, slot_id FROM grid_unavailable WHERE workshop_id = ? ORDER BY id').all(
    workshopId,
  ) as UnavailableRow[];

/** Marks a room, a slot or a cell out of use (or back in use); says whether anything changed. */
export function setUnavailable(
  db: Db,
  workshopId: string,
  roomId: string | null,
  slotId: string | null,
  unavailable: boolean,
): boolean {
  if (unavailable)
    return (
      cached(
        db,
        `INSERT INTO grid_unavailable (workshop_id, room_id, slot_id) VALUES (?, ?, ?)
         ON CONFLICT DO NOTHING`,
      ).run(workshopId, roomId, slotId).changes > 0
    );
  return (
    cached(db, `DELETE FROM grid_unavailable WHERE workshop_id = ? AND room_id IS ? AND slot_id IS ?`).run(
      workshopId,
      roomId,
      slotId,
    ).changes > 0
  );
}

// ---- attendance ---------------------------------------------------------------------------

/** Marks per session row of the workshop. */
export function countAttendance(db: Db, workshopId: string): Map<number, number> {
  const rows = cached(
    db,
    `SELECT a.session_id AS id, count(*) AS n FROM attendance a JOIN sessions s ON s.id = a.session_id
     WHERE s.workshop_id = ? GROUP BY a.session_id`,
  ).all(workshopId) as { id: number; n: number }[];
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** The session rows this phone marked. */
export const listVoterAttendance = (db: Db, voterId: string): SessionRow[] =>
  cached(
    db,
    `SELECT s.* FROM attendance a JOIN sessions s ON s.id = a.session_id WHERE a.voter_id = ? ORDER BY s.id`,
  ).all(voterId) as SessionRow[];

export function setAttendance(db: Db, voterId: string, sessionRowId: number, attending: boolean, at: string): void {
  if (attending)
    cached(db, 'INSERT INTO attendance (voter_id, session_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(
      voterId,
      sessionRowId,
      at,
    );
  else cached(db, 'DELETE FROM attendance WHERE voter_id = ? AND session_id = ?').run(voterId, sessionRowId);
}

// ---- what gives demand ----------------------------------------------------------------------

/** Who put at least one dot on, or scored, each item of a round (phones and jurors alike). */
export const listBallotPairs = (db: Db, roundId: string): { item_id: string; voter_id: string }[] =>
  cached(
    db,
    `SELECT item_id, voter_id FROM votes WHERE round_id = @roundId AND dots > 0
     UNION SELECT item_id, voter_id FROM scores WHERE round_id = @roundId
     ORDER BY voter_id, item_id`,
  ).all({ roundId }) as { item_id: string; voter_id: string }[];

/** The items one voter put a dot on or scored in a round. */
export const listVoterItems = (db: Db, roundId: string, voterId: string): string[] =>
  (
    cached(
      db,
      `SELECT item_id FROM votes WHERE round_id = @roundId AND voter_id = @voterId AND dots > 0
       UNION SELECT item_id FROM scores WHERE round_id = @roundId AND voter_id = @voterId`,
    ).all({ roundId, voterId }) as { item_id: string }[]
  ).map((r) => r.item_id);

/** Paper ballots and raised hands per item, both sources summed. */
export function manualCountsByItem(db: Db, roundId: string): Map<string, number> {
  const rows = cached(db, 'SELECT item_id, sum(count) AS n FROM manual_counts WHERE round_id = ? GROUP BY item_id').all(
    roundId,
  ) as { item_id: string; n: number }[];
  return new Map(rows.map((r) => [r.item_id, r.n]));
}

/** Live topics in no group, in capture order: the topic candidates. */
export const listFreeTopics = (db: Db, workshopId: string): { id: string; title: string; proposer: string }[] =>
  cached(
    db,
    `SELECT id, title, proposer FROM topics t WHERE workshop_id = ? AND deleted_at IS NULL
     AND NOT EXISTS (SELECT 1 FROM group_topics gt WHERE gt.topic_id = t.id) ORDER BY seq`,
  ).all(workshopId) as { id: string; title: string; proposer: string }[];
