/** Data access for voters (phones and named jurors) and join codes. */
import type { Db } from './open.ts';
import { cached } from './statements.ts';

export interface Voter {
  id: string;
  workshopId: string;
  kind: 'phone' | 'juror';
  name: string;
  generation: number;
}

interface VoterRow {
  id: string;
  workshop_id: string;
  kind: Voter['kind'];
  name: string;
  generation: number;
}
const rowToVoter = (r: VoterRow): Voter => ({
  id: r.id,
  workshopId: r.workshop_id,
  kind: r.kind,
  name: r.name,
  generation: r.generation,
});

export function insertVoter(db: Db, voter: Voter & { tokenHash: string | null; createdAt: string }): void {
  cached(
    db,
    `INSERT INTO voters (id, workshop_id, kind, token_hash, name, generation, created_at)
     VALUES (@id, @workshopId, @kind, @tokenHash, @name, @generation, @createdAt)`,
  ).run(voter);
}

export const findPhoneByTokenHash = (db: Db, tokenHash: string): Voter | undefined => {
  const row = cached(db, 'SELECT id, workshop_id, kind, name, generation FROM voters WHERE token_hash = ?').get(
    tokenHash,
  ) as VoterRow | undefined;
  return row && rowToVoter(row);
};

export const findVoterName = (db: Db, voterId: string): string | undefined =>
  (cached(db, 'SELECT name FROM voters WHERE id = ?').get(voterId) as { name: string } | undefined)?.name;

export function setVoterName(db: Db, voterId: string, name: string): void {
  cached(db, 'UPDATE voters SET name = ? WHERE id = ?').run(name, voterId);
}

export const findJuror = (db: Db, workshopId: string, name: string): Voter | undefined => {
  const row = cached(
    db,
    "SELECT id, workshop_id, kind, name, generation FROM voters WHERE workshop_id = ? AND kind = 'juror' AND name = ?",
  ).get(workshopId, name) as VoterRow | undefined;
  return row && rowToVoter(row);
};

export const countPhones = (db: Db, workshopId: string, generation: number): number =>
  (
    cached(db, "SELECT count(*) AS n FROM voters WHERE workshop_id = ? AND kind = 'phone' AND generation = ?").get(
      workshopId,
      generation,
    ) as { n: number }
  ).n;

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
}

export const findJoinCode = (db: Db, workshopId: string): JoinCodeRecord | undefined =>
  cached(db, 'SELECT workshop_id AS workshopId, code, generation FROM join_codes WHERE workshop_id = ?').get(
    workshopId,
  ) as JoinCodeRecord | undefined;

export const findJoinCodeByCode = (db: Db, code: string): JoinCodeRecord | undefined =>
  cached(db, 'SELECT workshop_id AS workshopId, code, generation FROM join_codes WHERE code = ?').get(code) as
    | JoinCodeRecord
    | undefined;

export function upsertJoinCode(db: Db, record: JoinCodeRecord, at: string): void {
  cached(
    db,
    `INSERT INTO join_codes (workshop_id, code, generation, updated_at) VALUES (@workshopId, @code, @generation, @at)
     ON CONFLICT (workshop_id) DO UPDATE SET code = excluded.code, generation = excluded.generation,
       updated_at = excluded.updated_at`,
  ).run({ ...record, at });
}
