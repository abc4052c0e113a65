import type { Participant } from '../../../shared/schemas.ts';
import type { Db } from './open.ts';
import { cached } from './statements.ts';

interface ParticipantRow {
  id: string;
  workshop_id: string;
  name: string;
  organisation: string;
  territory: string;
  role: string;
  org_type: Participant['orgType'];
  email: string;
  created_at: string;
}
const rowToParticipant = (r: ParticipantRow): Participant => ({
  id: r.id,
  workshopId: r.workshop_id,
  name: r.name,
  organisation: r.organisation,
  territory: r.territory,
  role: r.role,
  orgType: r.org_type,
  email: r.email,
});

export const listParticipants = (db: Db, workshopId: string): Participant[] =>
  (
    cached(db, 'SELECT * FROM participants WHERE workshop_id = ? ORDER BY name COLLATE NOCASE, created_at').all(
      workshopId,
    ) as ParticipantRow[]
  ).map(rowToParticipant);

export function findParticipant(db: Db, id: string): Participant | undefined {
  const row = cached(db, 'SELECT * FROM participants WHERE id = ?').get(id) as ParticipantRow | undefined;
  return row && rowToParticipant(row);
}

export function insertParticipant(db: Db, p: Participant, createdAt: string): void {
  cached(
    db,
    `INSERT INTO participants (id, workshop_id, name, organisation, territory, role, org_type, email, created_at)
     VALUES (@id, @workshopId, @name, @organisation, @territory, @role, @orgType, @email, @createdAt)`,
  ).run({ ...p, createdAt });
}

export function updateParticipant(db: Db, p: Participant): void {
  cached(
    db,
    `UPDATE participants SET name = @name, organisation = @organisation, territory = @territory, role = @role,
       org_type = @orgType, email = @email WHERE id = @id`,
  ).run(p);
}

export function deleteParticipant(db: Db, id: string): void {
  cached(db, 'DELETE FROM participants WHERE id = ?').run(id);
}

export const countParticipants = (db: Db, workshopId: string): number =>
  (cached(db, 'SELECT count(*) AS n FROM participants WHERE workshop_id = ?').get(workshopId) as { n: number }).n;
