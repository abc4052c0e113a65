/**
 * Everything the workshop's rounds hold about some targets — their items, dots, scores and
 * counts — read as plain rows and written back whole. Merging topics or groups rewrites these
 * rows; the undo history keeps images of them.
 */
import type { Db } from './open.ts';
import { cached } from './statements.ts';

export interface TargetVotesImage {
  items: { round_id: string; target_id: string; position: number }[];
  votes: { round_id: string; item_id: string; voter_id: string; dots: number }[];
  scores: { round_id: string; item_id: string; voter_id: string; criterion_id: string; score: number }[];
  counts: { round_id: string; item_id: string; source: string; count: number; updated_at: string }[];
}

const inWorkshopRounds = 'round_id IN (SELECT id FROM rounds WHERE workshop_id = ?)';

export function readTargetVotes(db: Db, workshopId: string, targetIds: readonly string[]): TargetVotesImage {
  const image: TargetVotesImage = { items: [], votes: [], scores: [], counts: [] };
  for (const id of targetIds) {
    image.items.push(
      ...(cached(db, `SELECT * FROM round_items WHERE target_id = ? AND ${inWorkshopRounds} ORDER BY round_id`).all(
        id,
        workshopId,
      ) as TargetVotesImage['items']),
    );
    image.votes.push(
      ...(cached(db, `SELECT * FROM votes WHERE item_id = ? AND ${inWorkshopRounds} ORDER BY round_id, voter_id`).all(
        id,
        workshopId,
      ) as TargetVotesImage['votes']),
    );
    image.scores.push(
      ...(cached(
        db,
        `SELECT * FROM scores WHERE item_id = ? AND ${inWorkshopRounds} ORDER BY round_id, voter_id, criterion_id`,
      ).all(id, workshopId) as TargetVotesImage['scores']),
    );
    image.counts.push(
      ...(cached(
        db,
        `SELECT * FROM manual_counts WHERE item_id = ? AND ${inWorkshopRounds} ORDER BY round_id, source`,
      ).all(id, workshopId) as TargetVotesImage['counts']),
    );
  }
  return image;
}

/** Makes the rounds hold exactly `image` for these targets (what undo puts back). */
export function writeTargetVotes(
  db: Db,
  workshopId: string,
  targetIds: readonly string[],
  image: TargetVotesImage,
): void {
  // Deleting an item cascades to its votes, scores and counts.
  const remove = cached(db, `DELETE FROM round_items WHERE target_id = ? AND ${inWorkshopRounds}`);
  for (const id of targetIds) remove.run(id, workshopId);
  const item = cached(
    db,
    'INSERT INTO round_items (round_id, target_id, position) VALUES (@round_id, @target_id, @position)',
  );
  for (const row of image.items) item.run(row);
  const vote = cached(
    db,
    'INSERT INTO votes (round_id, item_id, voter_id, dots) VALUES (@round_id, @item_id, @voter_id, @dots)',
  );
  for (const row of image.votes) vote.run(row);
  const score = cached(
    db,
    `INSERT INTO scores (round_id, item_id, voter_id, criterion_id, score)
     VALUES (@round_id, @item_id, @voter_id, @criterion_id, @score)`,
  );
  for (const row of image.scores) score.run(row);
  const count = cached(
    db,
    `INSERT INTO manual_counts (round_id, item_id, source, count, updated_at)
     VALUES (@round_id, @item_id, @source, @count, @updated_at)`,
  );
  for (const row of image.counts) count.run(row);
}
