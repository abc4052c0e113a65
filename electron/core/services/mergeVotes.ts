/**
 * How votes follow a merge (topics into a topic, or a group into a group), round by round:
 *
 * - Dots and approvals: a voter's dots on the merged items are added, then capped at the
 *   round's per-item limit (approval: 1). A phone that voted for both duplicates is never
 *   counted twice beyond what one item allows; its other dots are untouched.
 * - Jury scores: a juror who scored the item kept keeps those scores; one who scored only a
 *   merged item has those scores moved over (the first merged item, in the order given).
 * - Counts typed in from paper or hands are added (capped at the counting limit): they are
 *   anonymous, so a person counted for both cannot be told apart — the facilitator may retype.
 * - A round that listed only a merged item now lists the kept one, at the same place.
 *
 * Pure: rows in, rows out. The caller writes the result and keeps both images for undo.
 */
import { VOTE_LIMITS, type VoteMethod } from '../../../shared/voting.ts';
import type { TargetVotesImage } from '../db/targetVotes.ts';

export interface RoundRule {
  method: VoteMethod;
  maxPerItem: number;
}

export function mergeTargetVotes(
  image: TargetVotesImage,
  rules: ReadonlyMap<string, RoundRule>,
  fromIds: readonly string[],
  intoId: string,
): TargetVotesImage {
  const merging = new Set([intoId, ...fromIds]);
  const order = (id: string) => (id === intoId ? -1 : fromIds.indexOf(id));
  const out: TargetVotesImage = { items: [], votes: [], scores: [], counts: [] };

  const roundIds = [...new Set(image.items.map((i) => i.round_id))];
  for (const roundId of roundIds) {
    const items = image.items.filter((i) => i.round_id === roundId && merging.has(i.target_id));
    const kept = items.find((i) => i.target_id === intoId);
    const position = kept ? kept.position : Math.min(...items.map((i) => i.position));
    out.items.push({ round_id: roundId, target_id: intoId, position });

    const rule = rules.get(roundId);
    const cap = rule?.method === 'approval' ? 1 : (rule?.maxPerItem ?? VOTE_LIMITS.budget);
    const dots = new Map<string, number>();
    for (const v of image.votes)
      if (v.round_id === roundId && merging.has(v.item_id)) dots.set(v.voter_id, (dots.get(v.voter_id) ?? 0) + v.dots);
    for (const [voter_id, total] of [...dots].sort(([a], [b]) => a.localeCompare(b)))
      out.votes.push({ round_id: roundId, item_id: intoId, voter_id, dots: Math.min(total, cap) });

    const scoresByVoter = new Map<string, TargetVotesImage['scores']>();
    const scored = image.scores
      .filter((s) => s.round_id === roundId && merging.has(s.item_id))
      .sort((a, b) => order(a.item_id) - order(b.item_id));
    for (const s of scored) {
      const mine = scoresByVoter.get(s.voter_id);
      // The first item (in merge order) a juror scored is the one whose scores stay.
      if (!mine) scoresByVoter.set(s.voter_id, [s]);
      else if (mine[0]?.item_id === s.item_id) mine.push(s);
    }
    for (const rows of scoresByVoter.values()) for (const s of rows) out.scores.push({ ...s, item_id: intoId });

    const counts = new Map<string, { count: number; updated_at: string }>();
    for (const c of image.counts) {
      if (c.round_id !== roundId || !merging.has(c.item_id)) continue;
      const sum = counts.get(c.source);
      counts.set(c.source, {
        count: Math.min(VOTE_LIMITS.manualCount, (sum?.count ?? 0) + c.count),
        updated_at: sum && sum.updated_at > c.updated_at ? sum.updated_at : c.updated_at,
      });
    }
    for (const [source, c] of counts) out.counts.push({ round_id: roundId, item_id: intoId, source, ...c });
  }
  return out;
}
