import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairCounts, SessionPairs } from './figures.ts';

/** Sessions over a few voters and slots, and a random sequence of placements to apply. */
const pairsCase = fc
  .record({
    voterCount: fc.integer({ min: 1, max: 8 }),
    T: fc.integer({ min: 2, max: 4 }),
    sessions: fc.array(fc.uniqueArray(fc.nat(7), { maxLength: 5 }), { minLength: 2, maxLength: 8 }),
    steps: fc.array(fc.record({ s: fc.nat(7), t: fc.integer({ min: -1, max: 3 }) }), { maxLength: 30 }),
  })
  .map((c) => ({
    ...c,
    voters: c.sessions.map((v) => Int32Array.from(v.filter((x) => x < c.voterCount).sort((a, b) => a - b))),
  }));

const shared = (a: Int32Array, b: Int32Array) => a.filter((v) => b.includes(v)).length;

describe('SessionPairs — the search’s incremental pairs', () => {
  it('judges every move, swap and replacement as a recount does, with or without the shortcut', () => {
    fc.assert(
      fc.property(pairsCase, ({ voterCount, T, voters, steps }) => {
        const pairs = new SessionPairs(voters, voterCount, T);
        const recount = new PairCounts(voterCount, T);
        const n = voters.length;
        const slotOf = () => Array.from(pairs.slotOf);
        const keptWith = (where: number[]) => {
          const fresh = new PairCounts(voterCount, T);
          where.forEach((t, s) => {
            if (t >= 0) fresh.add(voters[s]!, t);
          });
          return fresh.kept;
        };
        for (const step of steps) {
          const s = step.s % n;
          const t = step.t % T;
          // Apply the step (a move, or out of the grid) to both.
          if (pairs.slotOf[s]! >= 0) {
            recount.remove(voters[s]!, pairs.slotOf[s]!);
            pairs.remove(s);
          }
          if (t >= 0) {
            pairs.add(s, t);
            recount.add(voters[s]!, t);
          }
          expect(pairs.kept).toBe(recount.kept);
          expect(pairs.placedPairs).toBe(recount.placedPairs);

          const now = slotOf();
          const kept = keptWith(now);
          for (let a = 0; a < n; a++) {
            for (let slot = 0; slot < T; slot++) {
              if (now[a] === slot) continue;
              const moved = [...now];
              moved[a] = slot;
              const expected = keptWith(moved) - kept;
              const loss = now[a]! >= 0 ? pairs.lossOut(a) : 0;
              expect(pairs.gainIn(a, slot) - loss).toBe(expected);
            }
            for (let b = 0; b < n; b++) {
              if (a === b || now[b]! < 0) continue;
              const k = shared(voters[a]!, voters[b]!);
              if (now[a]! >= 0 && now[a] !== now[b]) {
                const swapped = [...now];
                swapped[a] = now[b]!;
                swapped[b] = now[a]!;
                const expected = keptWith(swapped) - kept;
                expect(pairs.deltaOfSwap(a, b, k)).toBe(expected);
                // The shortcut never says less than the truth when it skips the walk.
                expect(pairs.deltaOfSwap(a, b, k, Number.POSITIVE_INFINITY)).toBeGreaterThanOrEqual(expected);
              }
              if (now[a]! < 0) {
                const replaced = [...now];
                replaced[a] = now[b]!;
                replaced[b] = -1;
                const expected = keptWith(replaced) - kept;
                expect(pairs.deltaOfReplace(b, a, k)).toBe(expected);
                expect(pairs.deltaOfReplace(b, a, k, Number.POSITIVE_INFINITY)).toBeGreaterThanOrEqual(expected);
              }
            }
          }
        }
      }),
      { numRuns: 80 },
    );
  });
});
