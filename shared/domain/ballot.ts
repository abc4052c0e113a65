/**
 * The rules of one participant's ballot, as pure functions: the core applies them inside the
 * vote's transaction, the phone page uses them to grey out a button before the tap.
 */
import type { Criterion, DotBallot, RoundShape } from '../voting.ts';

export type BallotRules = Pick<RoundShape, 'method' | 'budget' | 'maxPerItem'>;

export type DeltaOutcome =
  | { ok: true; ballot: DotBallot }
  | { ok: false; reason: 'budget_exceeded' | 'item_limit' | 'nothing_to_remove' };

/** How many dots (or approvals) one may put on a single item. */
export const perItemLimit = (rules: BallotRules): number => (rules.method === 'approval' ? 1 : rules.maxPerItem);

export const spent = (ballot: DotBallot): number => Object.values(ballot).reduce((sum, n) => sum + n, 0);

export const remaining = (rules: BallotRules, ballot: DotBallot): number => Math.max(0, rules.budget - spent(ballot));

/**
 * Adds (+1) or takes back (-1) one dot on an item. The ballot never goes over the budget or
 * the per-item limit, and never below zero; a refused change leaves it as it was.
 */
export function applyDelta(rules: BallotRules, ballot: DotBallot, itemId: string, delta: 1 | -1): DeltaOutcome {
  // own keys only: an id like "constructor" must not read Object.prototype
  const current = Object.hasOwn(ballot, itemId) ? (ballot[itemId] ?? 0) : 0;
  if (delta === -1) {
    if (current === 0) return { ok: false, reason: 'nothing_to_remove' };
    const { [itemId]: _removed, ...rest } = ballot;
    return { ok: true, ballot: current === 1 ? rest : { ...ballot, [itemId]: current - 1 } };
  }
  if (spent(ballot) + 1 > rules.budget) return { ok: false, reason: 'budget_exceeded' };
  if (current + 1 > perItemLimit(rules)) return { ok: false, reason: 'item_limit' };
  return { ok: true, ballot: { ...ballot, [itemId]: current + 1 } };
}

/**
 * Checks one juror's scores for an item: exactly the round's criteria, each an integer 1–5.
 * Returns a message for the first problem, or null.
 */
export function checkScores(criteria: readonly Criterion[], scores: Readonly<Record<string, number>>): string | null {
  const known = new Set(criteria.map((c) => c.id));
  for (const id of Object.keys(scores)) if (!known.has(id)) return `unknown criterion "${id}"`;
  for (const c of criteria) {
    const score = Object.hasOwn(scores, c.id) ? scores[c.id] : undefined; // a key may be "constructor"
    if (score === undefined) return `a score for "${c.label}" is missing`;
    if (!Number.isInteger(score) || score < 1 || score > 5) return `"${c.label}" must be scored 1 to 5`;
  }
  return null;
}
