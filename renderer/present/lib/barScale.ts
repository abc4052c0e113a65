/**
 * Turns a round's results into bar widths: each item's phone, paper and hands counts as
 * percentages of the track, against the leading total (dot, approval) or the top score
 * (scoring), so the leader's bar fills the track and the others compare with it.
 */
import type { ItemResult, VoteMethod } from '../../../shared/voting.ts';
import { VOTE_LIMITS } from '../../../shared/voting.ts';

export interface BarSegments {
  ballots: number;
  paper: number;
  hands: number;
}

export function scaleOf(method: VoteMethod, items: readonly ItemResult[]): number {
  if (method === 'scoring') return VOTE_LIMITS.maxScore;
  return Math.max(1, ...items.map((item) => item.total));
}

export function segmentsOf(method: VoteMethod, item: ItemResult, scale: number): BarSegments {
  const percent = (n: number) => (scale > 0 ? Math.min(100, (n / scale) * 100) : 0);
  if (method === 'scoring') return { ballots: percent(item.total), paper: 0, hands: 0 };
  return { ballots: percent(item.ballots), paper: percent(item.paper), hands: percent(item.hands) };
}
