/** The undo history of a workshop's board: one row per step, with JSON images before and after. */
import type { Db } from './open.ts';
import { cached } from './statements.ts';

export interface UndoStepRow {
  id: number;
  workshop_id: string;
  label: string;
  before: string;
  after: string;
  undone: number;
  created_at: string;
}

/** Records a new step; the steps that were undone (the redo branch) are dropped, and the oldest beyond `keep`. */
export function recordUndoStep(
  db: Db,
  step: Pick<UndoStepRow, 'workshop_id' | 'label' | 'before' | 'after' | 'created_at'>,
  keep: number,
): void {
  cached(db, 'DELETE FROM undo_steps WHERE workshop_id = ? AND undone = 1').run(step.workshop_id);
  cached(
    db,
    `INSERT INTO undo_steps (workshop_id, label, before, after, undone, created_at)
     VALUES (@workshop_id, @label, @before, @after, 0, @created_at)`,
  ).run(step);
  cached(
    db,
    `DELETE FROM undo_steps WHERE workshop_id = ? AND id NOT IN (
       SELECT id FROM undo_steps WHERE workshop_id = ? ORDER BY id DESC LIMIT ?)`,
  ).run(step.workshop_id, step.workshop_id, keep);
}

/** The step undo would take back: the newest one not undone. */
export const lastDoneStep = (db: Db, workshopId: string): UndoStepRow | undefined =>
  cached(db, 'SELECT * FROM undo_steps WHERE workshop_id = ? AND undone = 0 ORDER BY id DESC LIMIT 1').get(
    workshopId,
  ) as UndoStepRow | undefined;

/** The step redo would make again: the oldest one undone. */
export const firstUndoneStep = (db: Db, workshopId: string): UndoStepRow | undefined =>
  cached(db, 'SELECT * FROM undo_steps WHERE workshop_id = ? AND undone = 1 ORDER BY id LIMIT 1').get(workshopId) as
    | UndoStepRow
    | undefined;

export function setStepUndone(db: Db, id: number, undone: boolean): void {
  cached(db, 'UPDATE undo_steps SET undone = ? WHERE id = ?').run(undone ? 1 : 0, id);
}
