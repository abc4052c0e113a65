/** Data access for ballots (dots and scores), typed-in counts and the phone request log. */
import type { CountSource, DotBallot, ManualCount, ScoreBallot } from '../../../shared/voting.ts';
import type { Db } from './open.ts';
import { cached } from './statements.ts';

export function readDotBallot(db: Db, roundId: string, voterId: string): Record<string, number> {
  const rows = cached(db, 'SELECT item_id, dots FROM votes WHERE round_id = ? AND voter_id = ?').all(
    roundId,
    voterId,
  ) as { item_id: string; dots: number }[];
  return Object.fromEntries(rows.map((r) => [r.item_id, r.dots]));
}

export function setDots(db: Db, roundId: string, voterId: string, itemId: string, dots: number): void {
  if (dots <= 0) {
    cached(db, 'DELETE FROM votes WHERE round_id = ? AND voter_id = ? AND item_id = ?').run(roundId, voterId, itemId);
    return;
  }
  cached(
    db,
    `INSERT INTO votes (round_id, item_id, voter_id, dots) VALUES (?, ?, ?, ?)
     ON CONFLICT (round_id, voter_id, item_id) DO UPDATE SET dots = excluded.dots`,
  ).run(roundId, itemId, voterId, dots);
}

export function readScoreBallot(db: Db, roundId: string, voterId: string): Record<string, Record<string, number>> {
  const rows = cached(db, 'SELECT item_id, criterion_id, score FROM scores WHERE round_id = ? AND voter_id = ?').all(
    roundId,
    voterId,
  ) as { item_id: string; criterion_id: string; score: number }[];
  const ballot: Record<string, Record<string, number>> = {};
  for (const r of rows) ballot[r.item_id] = { ...ballot[r.item_id], [r.criterion_id]: r.score };
  return ballot;
}

/** Replaces one voter's scores for one item. */
export function setScores(
  db: Db,
  roundId: string,
  voterId: string,
  itemId: string,
  scores: Readonly<Record<string, number>>,
): void {
  cached(db, 'DELETE FROM scores WHERE round_id = ? AND voter_id = ? AND item_id = ?').run(roundId, voterId, itemId);
  const insert = cached(
    db,
    'INSERT INTO scores (round_id, item_id, voter_id, criterion_id, score) VALUES (?, ?, ?, ?, ?)',
  );
  for (const [criterionId, score] of Object.entries(scores)) insert.run(roundId, itemId, voterId, criterionId, score);
}

/** Every dot ballot of a round, keyed by voter. */
export function allDotBallots(db: Db, roundId: string): Map<string, Record<string, number>> {
  const rows = cached(db, 'SELECT voter_id, item_id, dots FROM votes WHERE round_id = ?').all(roundId) as {
    voter_id: string;
    item_id: string;
    dots: number;
  }[];
  const ballots = new Map<string, Record<string, number>>();
  for (const r of rows) {
    const ballot = ballots.get(r.voter_id) ?? {};
    ballot[r.item_id] = r.dots;
    ballots.set(r.voter_id, ballot);
  }
  return ballots;
}

/** Dots per item and the number of voters with at least one dot, summed by SQLite. */
export function dotTotals(db: Db, roundId: string): { perItem: Record<string, number>; voters: number } {
  const rows = cached(db, 'SELECT item_id, sum(dots) AS dots FROM votes WHERE round_id = ? GROUP BY item_id').all(
    roundId,
  ) as { item_id: string; dots: number }[];
  const { voters } = cached(db, 'SELECT count(DISTINCT voter_id) AS voters FROM votes WHERE round_id = ?').get(
    roundId,
  ) as { voters: number };
  return { perItem: Object.fromEntries(rows.map((r) => [r.item_id, r.dots])), voters };
}

export function allScoreBallots(db: Db, roundId: string): Map<string, Record<string, Record<string, number>>> {
  const rows = cached(db, 'SELECT voter_id, item_id, criterion_id, score FROM scores WHERE round_id = ?').all(
    roundId,
  ) as { voter_id: string; item_id: string; criterion_id: string; score: number }[];
  const ballots = new Map<string, Record<string, Record<string, number>>>();
  for (const r of rows) {
    const ballot = ballots.get(r.voter_id) ?? {};
    ballot[r.item_id] = { ...ballot[r.item_id], [r.criterion_id]: r.score };
    ballots.set(r.voter_id, ballot);
  }
  return ballots;
}

/** Whether anything was counted in the round: phone or juror ballots, or typed-in counts. */
export const hasBallots = (db: Db, roundId: string): boolean =>
  cached(
    db,
    `SELECT 1 FROM votes WHERE round_id = @roundId UNION ALL SELECT 1 FROM scores WHERE round_id = @roundId
     UNION ALL SELECT 1 FROM manual_counts WHERE round_id = @roundId AND count > 0 LIMIT 1`,
  ).get({ roundId }) !== undefined;

/** In the round's item order, paper before hands: an export lists them the same way every time. */
export const listManualCounts = (db: Db, roundId: string): ManualCount[] =>
  cached(
    db,
    `SELECT mc.item_id AS itemId, mc.source, mc.count FROM manual_counts mc
     JOIN round_items ri ON ri.round_id = mc.round_id AND ri.target_id = mc.item_id
     WHERE mc.round_id = ? AND mc.count > 0 ORDER BY ri.position, mc.source DESC`,
  ).all(roundId) as ManualCount[];

export function setManualCount(
  db: Db,
  roundId: string,
  itemId: string,
  source: CountSource,
  count: number,
  at: string,
): void {
  cached(
    db,
    `INSERT INTO manual_counts (round_id, item_id, source, count, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (round_id, item_id, source) DO UPDATE SET count = excluded.count, updated_at = excluded.updated_at`,
  ).run(roundId, itemId, source, count, at);
}

// ---- the phone request log (idempotency) ---------------------------------------------

export const findAppliedRequest = (db: Db, voterId: string, requestId: string): string | undefined =>
  (
    cached(db, 'SELECT response FROM applied_requests WHERE voter_id = ? AND request_id = ?').get(voterId, requestId) as
      | { response: string }
      | undefined
  )?.response;

export function recordAppliedRequest(db: Db, voterId: string, requestId: string, response: string, at: string): void {
  cached(db, 'INSERT INTO applied_requests (voter_id, request_id, response, created_at) VALUES (?, ?, ?, ?)').run(
    voterId,
    requestId,
    response,
    at,
  );
}

/**
 * Forgets request ids no phone will retry: a vote's once its round has been closed for `keepMs`
 * (or is gone), a proposed topic's or an attendance mark's once it is that old. ~385 bytes a vote otherwise stay forever.
 * Returns how many entries went.
 */
export function pruneAppliedRequests(db: Db, now: Date, keepMs = 24 * 60 * 60 * 1000): number {
  const cutoff = new Date(now.getTime() - keepMs).toISOString();
  return cached(
    db,
    `DELETE FROM applied_requests WHERE
       ((request_id LIKE 'topic:%' OR request_id LIKE 'attend:%') AND created_at < @cutoff)
       OR (request_id LIKE 'vote:%' AND NOT EXISTS (
         SELECT 1 FROM rounds r WHERE r.id = json_extract(applied_requests.response, '$.roundId')
           AND (r.state != 'closed' OR r.closed_at >= @cutoff)))`,
  ).run({ cutoff }).changes;
}

export type { DotBallot, ScoreBallot };
