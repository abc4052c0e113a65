/** Data access for voters (phones and named jurors) and join codes. */
import type { Db } from './open.ts';
import { cached } from './statements.ts';

export interface Voter {
  id: string;
  workshopId: string;
  kind: 'phone' | 'juror';
  name: string;
  generation: number;
  /** False while a phone that joined beyond the ceiling waits for the facilitator. */
  admitted: boolean;
  /** The printed ticket this phone joined with, if any. */
  ticketId: string | null;
}

interface VoterRow {
  id: string;
  workshop_id: string;
  kind: Voter['kind'];
  name: string;
  generation: number;
  admitted: number;
  ticket_id: string | null;
}
const VOTER_COLUMNS = 'id, workshop_id, kind, name, generation, admitted, ticket_id';
const rowToVoter = (r: VoterRow): Voter => ({
  id: r.id,
  workshopId: r.workshop_id,
  kind: r.kind,
  name: r.name,
  generation: r.generation,
  admitted: r.admitted === 1,
  ticketId: r.ticket_id,
});

export function insertVoter(
  db: Db,
  voter: Omit<Voter, 'admitted' | 'ticketId'> &
    Partial<Pick<Voter, 'admitted' | 'ticketId'>> & { tokenHash: string | null; createdAt: string },
): void {
  cached(
    db,
    `INSERT INTO voters (id, workshop_id, kind, token_hash, name, generation, admitted, ticket_id, created_at)
     VALUES (@id, @workshopId, @kind, @tokenHash, @name, @generation, @admitted, @ticketId, @createdAt)`,
  ).run({ ...voter, admitted: voter.admitted === false ? 0 : 1, ticketId: voter.ticketId ?? null });
}

export const findPhoneByTokenHash = (db: Db, tokenHash: string): Voter | undefined => {
  const row = cached(db, `SELECT ${VOTER_COLUMNS} FROM voters WHERE token_hash = ?`).get(tokenHash) as
    | VoterRow
    | undefined;
  return row && rowToVoter(row);
};

export const findVoter = (db: Db, voterId: string): Voter | undefined => {
  const row = cached(db, `SELECT ${VOTER_COLUMNS} FROM voters WHERE id = ?`).get(voterId) as VoterRow | undefined;
  return row && rowToVoter(row);
};

/** How many phones wait before this one (the queue is in join order). */
export const waitingAhead = (db: Db, voter: Pick<Voter, 'id' | 'workshopId' | 'generation'>): number =>
  (
    cached(
      db,
      `SELECT count(*) AS n FROM voters WHERE workshop_id = ? AND admitted = 0 AND generation = ?
         AND rowid < (SELECT rowid FROM voters WHERE id = ?)`,
    ).get(voter.workshopId, voter.generation, voter.id) as { n: number }
  ).n;

export const findVoterByTicket = (db: Db, ticketId: string): Voter | undefined => {
  const row = cached(db, `SELECT ${VOTER_COLUMNS} FROM voters WHERE ticket_id = ?`).get(ticketId) as
    | VoterRow
    | undefined;
  return row && rowToVoter(row);
};

/** A released ticket used on another phone: the same voter, a new token (the old phone is out). */
export function setVoterToken(db: Db, voterId: string, tokenHash: string, generation: number): void {
  cached(db, 'UPDATE voters SET token_hash = ?, generation = ?, admitted = 1 WHERE id = ?').run(
    tokenHash,
    generation,
    voterId,
  );
}

export const findVoterName = (db: Db, voterId: string): string | undefined =>
  (cached(db, 'SELECT name FROM voters WHERE id = ?').get(voterId) as { name: string } | undefined)?.name;

export function setVoterName(db: Db, voterId: string, name: string): void {
  cached(db, 'UPDATE voters SET name = ? WHERE id = ?').run(name, voterId);
}

export const findJuror = (db: Db, workshopId: string, name: string): Voter | undefined => {
  const row = cached(
    db,
    `SELECT ${VOTER_COLUMNS} FROM voters WHERE workshop_id = ? AND kind = 'juror' AND name = ?`,
  ).get(workshopId, name) as VoterRow | undefined;
  return row && rowToVoter(row);
};

/** Phones let in under the current join code. */
export const countPhones = (db: Db, workshopId: string, generation: number): number =>
  (
    cached(
      db,
      "SELECT count(*) AS n FROM voters WHERE workshop_id = ? AND kind = 'phone' AND generation = ? AND admitted = 1",
    ).get(workshopId, generation) as { n: number }
  ).n;

/** Phones waiting beyond the ceiling under the current join code. */
export const countWaiting = (db: Db, workshopId: string, generation: number): number =>
  (
    cached(db, 'SELECT count(*) AS n FROM voters WHERE workshop_id = ? AND admitted = 0 AND generation = ?').get(
      workshopId,
      generation,
    ) as { n: number }
  ).n;

/** Lets in up to `limit` waiting phones, first come first served; returns their ids. */
export const admitWaiting = (db: Db, workshopId: string, generation: number, limit: number): string[] =>
  (
    cached(
      db,
      `UPDATE voters SET admitted = 1 WHERE id IN (
         SELECT id FROM voters WHERE workshop_id = ? AND admitted = 0 AND generation = ? ORDER BY rowid LIMIT ?)
       RETURNING id`,
    ).all(workshopId, generation, limit) as { id: string }[]
  ).map((r) => r.id);

export const voterKinds = (db: Db, ids: readonly string[]): Map<string, Pick<Voter, 'kind' | 'name'>> => {
  const voters = new Map<string, Pick<Voter, 'kind' | 'name'>>();
  const statement = cached(db, 'SELECT kind, name FROM voters WHERE id = ?');
  for (const id of ids) {
    const row = statement.get(id) as Pick<Voter, 'kind' | 'name'> | undefined;
    if (row) voters.set(id, row);
  }
  return voters;
};

// ---- join codes ----------------------------------------------------------------

export interface JoinCodeRecord {
  workshopId: string;
  code: string;
  generation: number;
  /** The ceiling the facilitator set; null: it follows the participant list. */
  maxVoters: number | null;
  /** Phones may switch between open rounds (otherwise they show one). */
  allRounds: boolean;
}

const JOIN_COLUMNS = 'workshop_id AS workshopId, code, generation, max_voters AS maxVoters, all_rounds AS allRounds';
const rowToJoinCode = (row: (Omit<JoinCodeRecord, 'allRounds'> & { allRounds: number }) | undefined) =>
  row && { ...row, allRounds: row.allRounds === 1 };

export const findJoinCode = (db: Db, workshopId: string): JoinCodeRecord | undefined =>
  rowToJoinCode(cached(db, `SELECT ${JOIN_COLUMNS} FROM join_codes WHERE workshop_id = ?`).get(workshopId) as never);

export const findJoinCodeByCode = (db: Db, code: string): JoinCodeRecord | undefined =>
  rowToJoinCode(cached(db, `SELECT ${JOIN_COLUMNS} FROM join_codes WHERE code = ?`).get(code) as never);

export function setAllRounds(db: Db, workshopId: string, allRounds: boolean, at: string): void {
  cached(db, 'UPDATE join_codes SET all_rounds = ?, updated_at = ? WHERE workshop_id = ?').run(
    allRounds ? 1 : 0,
    at,
    workshopId,
  );
}

export function setMaxVoters(db: Db, workshopId: string, maxVoters: number | null, at: string): void {
  cached(db, 'UPDATE join_codes SET max_voters = ?, updated_at = ? WHERE workshop_id = ?').run(
    maxVoters,
    at,
    workshopId,
  );
}

export function upsertJoinCode(db: Db, record: Omit<JoinCodeRecord, 'maxVoters' | 'allRounds'>, at: string): void {
  cached(
    db,
    `INSERT INTO join_codes (workshop_id, code, generation, updated_at) VALUES (@workshopId, @code, @generation, @at)
     ON CONFLICT (workshop_id) DO UPDATE SET code = excluded.code, generation = excluded.generation,
       updated_at = excluded.updated_at`,
  ).run({ ...record, at });
}
