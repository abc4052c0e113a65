/** Vote rounds: set up, open and close, results, counts typed in from paper or hands, jurors. */
import { z } from 'zod';
import { Id, LIMITS, patchOf, requiredText } from '../schemas.ts';
import {
  ItemScores,
  ManualCount,
  type Round,
  RoundFields,
  type RoundResults,
  RoundShape,
  RoundTargets,
  VOTE_LIMITS,
} from '../voting.ts';
import { ByRound, ByWorkshop, method } from './define.ts';

export const votingMethods = {
  'rounds:list': method(ByWorkshop).returns<Round[]>(),
  'rounds:get': method(ByRound).returns<Round>(),
  /** A new round in draft, on the given targets (default: every current topic). */
  'rounds:create': method(
    z.object({ workshopId: Id, round: RoundFields, targets: RoundTargets.default({ kind: 'topic' }) }),
  ).returns<Round>(),
  /**
   * Question and result visibility change any time; method, budget, criteria and items only
   * while nobody has voted (`targetIds` replaces the items).
   */
  'rounds:update': method(
    z.object({
      roundId: Id,
      patch: patchOf(RoundShape),
      targetIds: z.array(Id).min(1).max(VOTE_LIMITS.items).optional(),
    }),
  ).returns<Round>(),
  /** draft → open, or closed → open again (reopen). */
  'rounds:open': method(ByRound).returns<Round>(),
  'rounds:close': method(ByRound).returns<Round>(),
  /** Shows (or hides again) the results of a round set to hide them. */
  'rounds:reveal': method(z.object({ roundId: Id, revealed: z.boolean().default(true) })).returns<Round>(),
  /** Only a round nobody voted in can be deleted; close the others. */
  'rounds:delete': method(ByRound).returns<{ roundId: string; workshopId: string }>(),
  /** Always the full results: the laptop sees them even while they are hidden from the room. */
  'rounds:results': method(ByRound).returns<RoundResults>(),
  /** Paper ballots or a show of hands for one item: replaces that source's count. */
  'rounds:setCount': method(ManualCount.extend({ roundId: Id })).returns<RoundResults>(),
  /** A named juror's scores for one item, typed in on the laptop (scoring rounds). */
  'rounds:score': method(
    z.object({
      roundId: Id,
      juror: requiredText(LIMITS.name, "the juror's name"),
      itemId: Id,
      scores: ItemScores,
    }),
  ).returns<RoundResults>(),
} as const;

/** Rounds created, edited, opened, closed or revealed. */
export const votingAreas = ['rounds'] as const;

export interface VotingEvents {
  /** A vote or a typed-in count changed a round's results (sent once per acknowledged vote). */
  'votes:changed': { workshopId: string; roundId: string };
}
