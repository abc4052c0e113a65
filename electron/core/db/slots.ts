import type { Slot } from '../../../shared/schemas.ts';
import type { Db } from './open.ts';
import { cached } from './statements.ts';

interface SlotRow {
  id: string;
  workshop_id: string;
  start: string;
  end: string;
  label: string;
  kind: Slot['kind'];
}
const rowToSlot = (r: SlotRow): Slot => ({
  id: r.id,
  workshopId: r.workshop_id,
  start: r.start,
  end: r.end,
  label: r.label,
  kind: r.kind,
});

export const listSlots = (db: Db, workshopId: string): Slot[] =>
  (cached(db, 'SELECT * FROM slots WHERE workshop_id = ? ORDER BY start, end').all(workshopId) as SlotRow[]).map(
    rowToSlot,
  );

export function findSlot(db: Db, id: string): Slot | undefined {
  const row = cached(db, 'SELECT * FROM slots WHERE id = ?').get(id) as SlotRow | undefined;
  return row && rowToSlot(row);
}

export function insertSlot(db: Db, slot: Slot): void {
  cached(
    db,
    'INSERT INTO slots (id, workshop_id, start, end, label, kind) VALUES (@id, @workshopId, @start, @end, @label, @kind)',
  ).run(slot);
}

export function updateSlot(db: Db, slot: Slot): void {
  cached(db, 'UPDATE slots SET start = @start, end = @end, label = @label, kind = @kind WHERE id = @id').run(slot);
}

export function deleteSlot(db: Db, id: string): void {
  cached(db, 'DELETE FROM slots WHERE id = ?').run(id);
}

export function deleteSlotsOfWorkshop(db: Db, workshopId: string): void {
  cached(db, 'DELETE FROM slots WHERE workshop_id = ?').run(workshopId);
}
