/**
 * Results of a round from its ballots and typed-in counts. Pure, so the same numbers reach
 * the laptop, the projector, the phones, the export and the tests.
 */
import type { CountSource, DotBallot, ItemResult, ManualCount, Round, RoundResults, ScoreBallot } from '../voting.ts';

export interface TallyInput {
  round: Pick<Round, 'id' | 'method' | 'state' | 'items' | 'criteria'>;
  /** One entry per ballot (device or named juror). */
  dotBallots?: readonly DotBallot[];
  /**
   * The same as `dotBallots`, already summed (the store does it in SQL for large rounds):
   * dots per item, and how many ballots hold at least one dot. Used instead of dotBallots.
   */
  dotTotals?: { perItem: Readonly<Record<string, number>>; voters: number };
  scoreBallots?: readonly ScoreBallot[];
  manual?: readonly ManualCount[];
}

/** Mean rounded to 2 decimals, so equal scores compare equal and print the same everywhere. */
const round2 = (n: number) => Math.round(n * 100) / 100;

export function tally({ round, dotBallots = [], dotTotals, scoreBallots = [], manual = [] }: TallyInput): RoundResults {
  const itemIds = new Set(round.items.map((i) => i.id));
  const manualOf = (itemId: string, source: CountSource) =>
    manual.filter((m) => m.itemId === itemId && m.source === source).reduce((sum, m) => sum + m.count, 0);

  let voters = 0;
  let ballotTotal = 0;
  const dots = new Map<string, number>();
  if (round.method === 'scoring') {
    voters = scoreBallots.filter((b) => Object.keys(b).some((id) => itemIds.has(id))).length;
  } else if (dotTotals) {
    voters = dotTotals.voters;
    for (const [itemId, n] of Object.entries(dotTotals.perItem)) {
      if (!itemIds.has(itemId) || n <= 0) continue;
      dots.set(itemId, n);
      ballotTotal += n;
    }
  } else {
    for (const ballot of dotBallots) {
      let cast = 0;
      for (const [itemId, n] of Object.entries(ballot)) {
        if (!itemIds.has(itemId) || n <= 0) continue;
        dots.set(itemId, (dots.get(itemId) ?? 0) + n);
        cast += n;
      }
      if (cast > 0) voters++;
      ballotTotal += cast;
    }
  }

  let manualTotal = 0;
  const unranked = round.items.map((item): Omit<ItemResult, 'rank' | 'tied'> => {
    const paper = manualOf(item.id, 'paper');
    const hands = manualOf(item.id, 'hands');
    manualTotal += paper + hands;
    if (round.method !== 'scoring') {
      const ballots = dots.get(item.id) ?? 0;
      return {
        itemId: item.id,
        title: item.title,
        ballots,
        paper,
        hands,
        total: ballots + paper + hands,
        criteria: {},
        scoredBy: 0,
      };
    }
    const scored = scoreBallots.map((b) => b[item.id]).filter((s): s is Readonly<Record<string, number>> => !!s);
    const criteria: Record<string, number | null> = {};
    let weighted = 0;
    let weights = 0;
    for (const c of round.criteria) {
      const values = scored.map((s) => s[c.id]).filter((v): v is number => typeof v === 'number');
      const mean = values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : null;
      criteria[c.id] = mean === null ? null : round2(mean);
      if (mean !== null) {
        weighted += mean * c.weight;
        weights += c.weight;
      }
    }
    const total = weights > 0 ? round2(weighted / weights) : 0;
    return {
      itemId: item.id,
      title: item.title,
      ballots: scored.length,
      paper,
      hands,
      total,
      criteria,
      scoredBy: scored.length,
    };
  });

  const order = new Map(round.items.map((item, i) => [item.id, i]));
  const sorted = [...unranked].sort(
    (a, b) => b.total - a.total || (order.get(a.itemId) ?? 0) - (order.get(b.itemId) ?? 0),
  );
  const countByTotal = new Map<number, number>();
  for (const r of sorted) countByTotal.set(r.total, (countByTotal.get(r.total) ?? 0) + 1);
  const items: ItemResult[] = sorted.map((r) => ({
    ...r,
    // competition ranking: an item's rank is 1 + the number of items strictly ahead of it
    rank: 1 + sorted.filter((o) => o.total > r.total).length,
    tied: (countByTotal.get(r.total) ?? 0) > 1,
  }));

  return { roundId: round.id, method: round.method, state: round.state, voters, ballotTotal, manualTotal, items };
}
