/** Data access for vote rounds and their items. No business rules here. */
import type { Criterion, Round, RoundState, TargetKind, VoteMethod } from '../../../shared/voting.ts';
import type { Db } from './open.ts';
import { cached } from './statements.ts';

interface RoundRow {
  id: string;
  workshop_id: string;
  question: string;
  method: VoteMethod;
  target_kind: TargetKind;
  budget: number;
  max_per_item: number;
  criteria: string;
  named: number;
  hide_results: number;
  ticket_only: number;
  revealed: number;
  state: RoundState;
  opened_at: string | null;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A round without its items' titles: what the vote path needs, read in one statement. */
export type RoundRecord = Omit<Round, 'items'>;

const rowToRound = (r: RoundRow): RoundRecord => ({
  id: r.id,
  workshopId: r.workshop_id,
  question: r.question,
  method: r.method,
  targetKind: r.target_kind,
  budget: r.budget,
  maxPerItem: r.max_per_item,
  criteria: JSON.parse(r.criteria) as Criterion[],
  named: r.named === 1,
  hideResults: r.hide_results === 1,
  ticketOnly: r.ticket_only === 1,
  revealed: r.revealed === 1,
  state: r.state,
  openedAt: r.opened_at,
  closedAt: r.closed_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const roundToRow = (r: RoundRecord) => ({
  id: r.id,
  workshopId: r.workshopId,
  question: r.question,
  method: r.method,
  targetKind: r.targetKind,
  budget: r.budget,
  maxPerItem: r.maxPerItem,
  criteria: JSON.stringify(r.criteria),
  named: r.named ? 1 : 0,
  hideResults: r.hideResults ? 1 : 0,
  ticketOnly: r.ticketOnly ? 1 : 0,
  revealed: r.revealed ? 1 : 0,
  state: r.state,
  openedAt: r.openedAt,
  closedAt: r.closedAt,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

export const findRound = (db: Db, id: string): RoundRecord | undefined => {
  const row = cached(db, 'SELECT * FROM rounds WHERE id = ?').get(id) as RoundRow | undefined;
  return row && rowToRound(row);
};

export const listRoundRecords = (db: Db, workshopId: string): RoundRecord[] =>
  (
    cached(db, 'SELECT * FROM rounds WHERE workshop_id = ? ORDER BY created_at, rowid').all(workshopId) as RoundRow[]
  ).map(rowToRound);

export const listOpenRoundRecords = (db: Db, workshopId: string): RoundRecord[] =>
  (
    cached(db, "SELECT * FROM rounds WHERE workshop_id = ? AND state = 'open' ORDER BY created_at, rowid").all(
      workshopId,
    ) as RoundRow[]
  ).map(rowToRound);

export function insertRound(db: Db, round: RoundRecord): void {
  cached(
    db,
    `INSERT INTO rounds (id, workshop_id, question, method, target_kind, budget, max_per_item, criteria, named,
       hide_results, ticket_only, revealed, state, opened_at, closed_at, created_at, updated_at)
     VALUES (@id, @workshopId, @question, @method, @targetKind, @budget, @maxPerItem, @criteria, @named,
       @hideResults, @ticketOnly, @revealed, @state, @openedAt, @closedAt, @createdAt, @updatedAt)`,
  ).run(roundToRow(round));
}

export function updateRound(db: Db, round: RoundRecord): void {
  cached(
    db,
    `UPDATE rounds SET question = @question, method = @method, budget = @budget, max_per_item = @maxPerItem,
       criteria = @criteria, named = @named, hide_results = @hideResults, ticket_only = @ticketOnly,
       revealed = @revealed, state = @state,
       opened_at = @openedAt, closed_at = @closedAt, updated_at = @updatedAt WHERE id = @id`,
  ).run(roundToRow(round));
}

export function deleteRound(db: Db, id: string): void {
  cached(db, 'DELETE FROM rounds WHERE id = ?').run(id);
}

/** The round's target ids in display order. */
export const listItemIds = (db: Db, roundId: string): string[] =>
  (
    cached(db, 'SELECT target_id FROM round_items WHERE round_id = ? ORDER BY position').all(roundId) as {
      target_id: string;
    }[]
  ).map((r) => r.target_id);

export const hasItem = (db: Db, roundId: string, itemId: string): boolean =>
  cached(db, 'SELECT 1 FROM round_items WHERE round_id = ? AND target_id = ?').get(roundId, itemId) !== undefined;

/**
 * Sets the round's items to these targets, in this order. Kept items are updated in place:
 * deleting them would cascade to what was counted for them.
 */
export function replaceItems(db: Db, roundId: string, targetIds: readonly string[]): void {
  const keep = new Set(targetIds);
  const remove = cached(db, 'DELETE FROM round_items WHERE round_id = ? AND target_id = ?');
  for (const id of listItemIds(db, roundId)) if (!keep.has(id)) remove.run(roundId, id);
  const upsert = cached(
    db,
    `INSERT INTO round_items (round_id, target_id, position) VALUES (?, ?, ?)
     ON CONFLICT (round_id, target_id) DO UPDATE SET position = excluded.position`,
  );
  for (const [i, id] of targetIds.entries()) upsert.run(roundId, id, i + 1);
}
