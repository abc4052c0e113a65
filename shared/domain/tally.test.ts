import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Criterion, DotBallot, ManualCount, RoundResults, ScoreBallot, VoteMethod } from '../voting.ts';
import { type TallyInput, tally } from './tally.ts';

function roundOf(method: VoteMethod, titles: string[], criteria: Criterion[] = []): TallyInput['round'] {
  return {
    id: 'r1',
    method,
    state: 'open',
    criteria,
    items: titles.map((title, i) => ({ id: `i${i + 1}`, title, position: i + 1 })),
  };
}

const byId = (results: RoundResults) => Object.fromEntries(results.items.map((r) => [r.itemId, r]));
const view = (results: RoundResults) => results.items.map((r) => `${r.rank}${r.tied ? '=' : ''} ${r.title} ${r.total}`);

describe('tally — dot voting', () => {
  const round = roundOf('dot', ['Open data', 'Bus lanes', 'Young talent', 'Greentech']);

  it('adds phone dots, paper and hands per item, and ranks 1, 2, 2, 4', () => {
    const results = tally({
      round,
      dotBallots: [{ i1: 3, i2: 1 }, { i2: 2, i3: 1 }, { i3: 1 }, {}],
      manual: [
        { itemId: 'i1', source: 'paper', count: 2 },
        { itemId: 'i3', source: 'hands', count: 1 },
        { itemId: 'i4', source: 'paper', count: 1 },
        { itemId: 'i3', source: 'paper', count: 0 },
      ],
    });
    expect(view(results)).toEqual(['1 Open data 5', '2= Bus lanes 3', '2= Young talent 3', '4 Greentech 1']);
    expect(byId(results).i1).toMatchObject({ ballots: 3, paper: 2, hands: 0, total: 5 });
    expect(byId(results).i3).toMatchObject({ ballots: 2, paper: 0, hands: 1, total: 3 });
    expect(results).toMatchObject({
      roundId: 'r1',
      method: 'dot',
      state: 'open',
      voters: 3,
      ballotTotal: 8,
      manualTotal: 4,
    });
  });

  it('adds several counts typed for the same item and source', () => {
    const results = tally({
      round,
      manual: [
        { itemId: 'i2', source: 'hands', count: 4 },
        { itemId: 'i2', source: 'hands', count: 3 },
      ],
    });
    expect(byId(results).i2).toMatchObject({ hands: 7, total: 7, rank: 1, tied: false });
  });

  it('keeps the round order among tied items, and ties everything when nobody voted', () => {
    const results = tally({ round });
    expect(results.items.map((r) => r.title)).toEqual(['Open data', 'Bus lanes', 'Young talent', 'Greentech']);
    expect(results.items.every((r) => r.rank === 1 && r.tied && r.total === 0)).toBe(true);
    expect(results).toMatchObject({ voters: 0, ballotTotal: 0, manualTotal: 0 });
  });

  it('does not count dots on items that are not in the round (a topic removed from the vote)', () => {
    const results = tally({ round, dotBallots: [{ gone: 2 }, { gone: 1, i4: 1 }] });
    expect(results.ballotTotal).toBe(1);
    expect(results.voters).toBe(1);
    expect(results.items.map((r) => r.itemId)).toEqual(['i4', 'i1', 'i2', 'i3']);
  });

  it('counts approvals the same way', () => {
    const results = tally({ round: roundOf('approval', ['A', 'B']), dotBallots: [{ i2: 1 }, { i1: 1, i2: 1 }] });
    expect(view(results)).toEqual(['1 B 2', '2 A 1']);
    expect(results).toMatchObject({ method: 'approval', voters: 2, ballotTotal: 3 });
  });
});

describe('tally — scoring', () => {
  const criteria: Criterion[] = [
    { id: 'impact', label: 'Impact', weight: 2 },
    { id: 'feasibility', label: 'Feasibility', weight: 1 },
  ];
  const round = roundOf('scoring', ['Open data', 'Bus lanes', 'Young talent'], criteria);

  it('ranks by the weighted mean of the per-criterion means', () => {
    const results = tally({
      round,
      scoreBallots: [
        { i1: { impact: 5, feasibility: 2 }, i2: { impact: 3, feasibility: 3 } },
        { i1: { impact: 4, feasibility: 4 } },
      ],
    });
    // Open data: impact (5+4)/2 = 4.5, feasibility 3 → (4.5×2 + 3×1) / 3 = 4
    expect(byId(results).i1).toMatchObject({ total: 4, criteria: { impact: 4.5, feasibility: 3 }, scoredBy: 2 });
    expect(byId(results).i2).toMatchObject({ total: 3, criteria: { impact: 3, feasibility: 3 }, scoredBy: 1 });
    expect(view(results)).toEqual(['1 Open data 4', '2 Bus lanes 3', '3 Young talent 0']);
    expect(results.voters).toBe(2);
  });

  it('gives an item nobody scored a total of 0 and null criteria, ranked last', () => {
    const results = tally({ round, scoreBallots: [{ i2: { impact: 1, feasibility: 1 } }] });
    expect(byId(results).i3).toMatchObject({ total: 0, criteria: { impact: null, feasibility: null }, scoredBy: 0 });
    expect(results.items.at(-1)).toMatchObject({ rank: 2, tied: true });
    expect(byId(results).i2).toMatchObject({ total: 1, rank: 1, tied: false });
  });

  it('rounds means to 2 decimals, so equal-looking scores tie', () => {
    const results = tally({
      round: roundOf('scoring', ['A', 'B'], [{ id: 'q', label: 'Q', weight: 1 }]),
      scoreBallots: [
        { i1: { q: 1 }, i2: { q: 4 } },
        { i1: { q: 2 }, i2: { q: 3 } },
        { i1: { q: 2 }, i2: { q: 1 } },
      ],
    });
    // A: 5/3 = 1.67; B: 8/3 = 2.67
    expect(byId(results).i1?.total).toBe(1.67);
    expect(byId(results).i2?.criteria).toEqual({ q: 2.67 });
  });
});

// ---- properties ---------------------------------------------------------------------------

/** Checks what every result must satisfy, whatever the method: ranks, ties and order. */
function expectRanked(results: RoundResults, itemOrder: string[]): void {
  const items = results.items;
  expect(items.map((r) => r.itemId).sort()).toEqual([...itemOrder].sort());
  items.forEach((r, i) => {
    // competition rank: 1 + how many items are strictly ahead
    expect(r.rank).toBe(1 + items.filter((o) => o.total > r.total).length);
    expect(r.tied).toBe(items.some((o) => o !== r && o.total === r.total));
    const next = items[i + 1];
    if (!next) return;
    expect(next.total).toBeLessThanOrEqual(r.total);
    if (next.total === r.total) {
      expect(next.rank).toBe(r.rank);
      expect(itemOrder.indexOf(next.itemId)).toBeGreaterThan(itemOrder.indexOf(r.itemId));
    } else expect(next.rank).toBe(i + 2);
  });
  if (items.length > 0) expect(items[0]!.rank).toBe(1);
}

const arbItemCount = fc.integer({ min: 1, max: 8 });
const itemIds = (n: number) => Array.from({ length: n }, (_, i) => `i${i + 1}`);

describe('tally — dot and approval properties', () => {
  const arbCase = arbItemCount.chain((n) =>
    fc.record({
      n: fc.constant(n),
      method: fc.constantFrom('dot' as const, 'approval' as const),
      // small values so equal totals (ties) are common
      ballots: fc.array(fc.dictionary(fc.constantFrom(...itemIds(n)), fc.integer({ min: 1, max: 3 })), {
        maxLength: 12,
      }),
      manual: fc.array(
        fc.record({
          itemId: fc.constantFrom(...itemIds(n)),
          source: fc.constantFrom('paper' as const, 'hands' as const),
          count: fc.nat(6),
        }),
        { maxLength: 6 },
      ),
    }),
  );

  it('totals are ballots + paper + hands per item; ballotTotal, manualTotal and voters add up', () => {
    fc.assert(
      fc.property(arbCase, ({ n, method, ballots, manual }) => {
        const ids = itemIds(n);
        const results = tally({ round: roundOf(method, ids), dotBallots: ballots, manual });
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        const manualFor = (id: string, source: ManualCount['source']) =>
          sum(manual.filter((m) => m.itemId === id && m.source === source).map((m) => m.count));
        for (const id of ids) {
          const r = byId(results)[id]!;
          expect(r.ballots).toBe(sum(ballots.map((b: DotBallot) => b[id] ?? 0)));
          expect(r.paper).toBe(manualFor(id, 'paper'));
          expect(r.hands).toBe(manualFor(id, 'hands'));
          expect(r.total).toBe(r.ballots + r.paper + r.hands);
        }
        expect(sum(results.items.map((r) => r.ballots))).toBe(results.ballotTotal);
        expect(results.ballotTotal).toBe(sum(ballots.flatMap((b) => Object.values(b))));
        expect(results.manualTotal).toBe(sum(manual.map((m) => m.count)));
        expect(results.voters).toBe(ballots.filter((b) => Object.values(b).some((v) => v > 0)).length);
      }),
    );
  });

  it('dots summed beforehand (as the store does in SQL) give the same results as the ballots', () => {
    fc.assert(
      fc.property(arbCase, ({ n, method, ballots, manual }) => {
        const round = roundOf(method, itemIds(n));
        const perItem: Record<string, number> = {};
        for (const ballot of ballots)
          for (const [id, dots] of Object.entries(ballot)) perItem[id] = (perItem[id] ?? 0) + dots;
        const voters = ballots.filter((b) => Object.keys(b).length > 0).length;
        expect(tally({ round, dotTotals: { perItem, voters }, manual })).toEqual(
          tally({ round, dotBallots: ballots, manual }),
        );
      }),
    );
  });

  it('ranks are competition ranks (1, 2, 2, 4), equal totals tie, sorted by total then round order', () => {
    fc.assert(
      fc.property(arbCase, ({ n, method, ballots, manual }) => {
        const results = tally({ round: roundOf(method, itemIds(n)), dotBallots: ballots, manual });
        expectRanked(results, itemIds(n));
      }),
    );
  });
});

describe('tally — scoring properties', () => {
  const arbCase = fc
    .record({
      n: arbItemCount,
      criteria: fc.uniqueArray(
        fc.record({
          id: fc.constantFrom('impact', 'feasibility', 'cost', 'reach', 'urgency'),
          label: fc.constant('C'),
          weight: fc.constantFrom(0.1, 0.5, 1, 2, 3.3, 10),
        }),
        { minLength: 1, maxLength: 4, selector: (c) => c.id },
      ),
    })
    .chain(({ n, criteria }) => {
      const scores = fc.record(Object.fromEntries(criteria.map((c) => [c.id, fc.integer({ min: 1, max: 5 })])));
      // each juror scores some of the items, each fully (the core refuses partial scores)
      const ballot: fc.Arbitrary<ScoreBallot> = fc.dictionary(fc.constantFrom(...itemIds(n)), scores, { maxKeys: n });
      return fc.record({
        n: fc.constant(n),
        criteria: fc.constant(criteria),
        ballots: fc.array(ballot, { maxLength: 8 }),
      });
    });

  it('gives each scored item a weighted mean within 1–5, per-criterion means, and unscored items 0 and null', () => {
    fc.assert(
      fc.property(arbCase, ({ n, criteria, ballots }) => {
        const results = tally({ round: roundOf('scoring', itemIds(n), criteria), scoreBallots: ballots });
        for (const id of itemIds(n)) {
          const r = byId(results)[id]!;
          const scored = ballots.map((b) => b[id]).filter((s) => s !== undefined);
          expect(r.scoredBy).toBe(scored.length);
          if (scored.length === 0) {
            expect(r.total).toBe(0);
            for (const c of criteria) expect(r.criteria[c.id]).toBeNull();
            continue;
          }
          let weighted = 0;
          let weights = 0;
          for (const c of criteria) {
            const mean = scored.reduce((a, s) => a + s[c.id]!, 0) / scored.length;
            expect(r.criteria[c.id]).toBeCloseTo(mean, 2);
            weighted += c.weight * mean;
            weights += c.weight;
          }
          expect(r.total).toBeGreaterThanOrEqual(1);
          expect(r.total).toBeLessThanOrEqual(5);
          expect(Math.abs(r.total - weighted / weights)).toBeLessThanOrEqual(0.005 + 1e-9);
          expect(Math.round(r.total * 100)).toBeCloseTo(r.total * 100, 9); // 2 decimals, as printed
        }
        expect(results.voters).toBe(ballots.filter((b) => Object.keys(b).length > 0).length);
        expectRanked(results, itemIds(n));
      }),
    );
  });
});
