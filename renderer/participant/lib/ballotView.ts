/**
 * My ballot in a round as the screen shows it: the server's last word (the latest vote answer,
 * else the state) plus my taps still on their way, folded with the same rules the server
 * applies (shared/domain/ballot.ts). Pure, so it is tested on its own.
 */
import { applyDelta, type BallotRules, remaining } from '../../../shared/domain/ballot.ts';
import type { PhoneBallot, PhoneRound } from '../../../shared/protocol.ts';
import type { PendingVote } from '../store/phoneStore.ts';

export const rulesOf = (round: PhoneRound): BallotRules => ({
  method: round.method,
  budget: round.budget,
  maxPerItem: round.maxPerItem,
});

export function displayedBallot(
  round: PhoneRound,
  confirmed: PhoneBallot | undefined,
  pending: readonly PendingVote[],
) {
  let myVotes: Record<string, number> = { ...(confirmed?.myVotes ?? round.myVotes) };
  const myScores: Record<string, Record<string, number>> = { ...(confirmed?.myScores ?? round.myScores) };
  for (const vote of pending) {
    if (vote.roundId !== round.id) continue;
    if (vote.delta) {
      const outcome = applyDelta(rulesOf(round), myVotes, vote.itemId, vote.delta);
      if (outcome.ok) myVotes = { ...outcome.ballot };
    } else if (vote.scores) {
      myScores[vote.itemId] = vote.scores;
    }
  }
  return { myVotes, myScores, remaining: round.method === 'scoring' ? 0 : remaining(rulesOf(round), myVotes) };
}
