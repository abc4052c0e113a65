import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Criterion,
  checkRoundRules,
  type DotBallot,
  RoundFields,
  type RoundShape,
  suggestedBudget,
} from '../voting.ts';
import { applyDelta, type BallotRules, checkScores, perItemLimit, remaining, spent } from './ballot.ts';

const dot = (budget: number, maxPerItem: number): BallotRules => ({ method: 'dot', budget, maxPerItem });
const approval = (budget: number): BallotRules => ({ method: 'approval', budget, maxPerItem: 3 });

/** Applies deltas in order and fails the test on the first refusal. */
function cast(rules: BallotRules, steps: [string, 1 | -1][], from: DotBallot = {}): DotBallot {
  let ballot = from;
  for (const [itemId, delta] of steps) {
    const outcome = applyDelta(rules, ballot, itemId, delta);
    if (!outcome.ok) throw new Error(`${delta > 0 ? '+1' : '-1'} on ${itemId} refused: ${outcome.reason}`);
    ballot = outcome.ballot;
  }
  return ballot;
}

/** DotBallots are flat, so a shallow freeze catches any write. */
const freeze = <T extends object>(o: T): T => Object.freeze(o);

describe('applyDelta — dot voting', () => {
  const rules = dot(3, 2);

  it('adds dots until the budget is spent, then refuses', () => {
    const ballot = cast(rules, [
      ['a', 1],
      ['b', 1],
      ['a', 1],
    ]);
    expect(ballot).toEqual({ a: 2, b: 1 });
    expect(remaining(rules, ballot)).toBe(0);
    expect(applyDelta(rules, ballot, 'c', 1)).toEqual({ ok: false, reason: 'budget_exceeded' });
  });

  it('refuses a dot over the per-item maximum while budget is left', () => {
    const ballot = cast(rules, [
      ['a', 1],
      ['a', 1],
    ]);
    expect(remaining(rules, ballot)).toBe(1);
    expect(applyDelta(rules, ballot, 'a', 1)).toEqual({ ok: false, reason: 'item_limit' });
    expect(applyDelta(rules, ballot, 'b', 1)).toEqual({ ok: true, ballot: { a: 2, b: 1 } });
  });

  it('takes a dot back, and forgets the item when its last dot goes', () => {
    const ballot = cast(rules, [
      ['a', 1],
      ['a', 1],
      ['b', 1],
    ]);
    expect(applyDelta(rules, ballot, 'a', -1)).toEqual({ ok: true, ballot: { a: 1, b: 1 } });
    const withoutB = applyDelta(rules, ballot, 'b', -1);
    expect(withoutB).toEqual({ ok: true, ballot: { a: 2 } });
    // "items with 0 are left out": no { b: 0 } for the store or the phone to trip on
    expect(withoutB.ok && Object.keys(withoutB.ballot)).toEqual(['a']);
  });

  it('refuses to take back a dot that is not there', () => {
    expect(applyDelta(rules, {}, 'a', -1)).toEqual({ ok: false, reason: 'nothing_to_remove' });
    expect(applyDelta(rules, { b: 1 }, 'a', -1)).toEqual({ ok: false, reason: 'nothing_to_remove' });
  });

  it('never changes the ballot it was given', () => {
    const ballot = freeze({ a: 1 });
    const added = applyDelta(rules, ballot, 'a', 1);
    const removed = applyDelta(rules, ballot, 'a', -1);
    expect(ballot).toEqual({ a: 1 });
    expect(added.ok && added.ballot).not.toBe(ballot);
    expect(removed.ok && removed.ballot).toEqual({});
  });

  it("reads only the ballot's own items, whatever the id a phone sends", () => {
    expect(applyDelta(rules, {}, 'constructor', -1)).toEqual({ ok: false, reason: 'nothing_to_remove' });
    expect(applyDelta(rules, {}, 'constructor', 1)).toEqual({ ok: true, ballot: { constructor: 1 } });
    expect(applyDelta(rules, {}, 'toString', 1)).toEqual({ ok: true, ballot: { toString: 1 } });
  });

  it('lets a voter take dots back after the facilitator lowered the budget, and add none', () => {
    const lowered = dot(2, 2);
    const ballot = { a: 2, b: 1 }; // cast under a budget of 3
    expect(remaining(lowered, ballot)).toBe(0); // never negative on the phone
    expect(applyDelta(lowered, ballot, 'c', 1)).toEqual({ ok: false, reason: 'budget_exceeded' });
    expect(applyDelta(lowered, ballot, 'a', -1)).toEqual({ ok: true, ballot: { a: 1, b: 1 } });
  });
});

describe('applyDelta — approval voting', () => {
  const rules = approval(2);

  it('approves an item at most once, whatever maxPerItem says', () => {
    expect(perItemLimit(rules)).toBe(1);
    const ballot = cast(rules, [['a', 1]]);
    expect(applyDelta(rules, ballot, 'a', 1)).toEqual({ ok: false, reason: 'item_limit' });
  });

  it('approves as many items as the budget allows', () => {
    const ballot = cast(rules, [
      ['a', 1],
      ['b', 1],
    ]);
    expect(ballot).toEqual({ a: 1, b: 1 });
    expect(applyDelta(rules, ballot, 'c', 1)).toEqual({ ok: false, reason: 'budget_exceeded' });
    expect(cast(rules, [['a', -1]], ballot)).toEqual({ b: 1 });
  });
});

describe('remaining / spent / perItemLimit', () => {
  it('counts what is left to spend', () => {
    expect(spent({})).toBe(0);
    expect(spent({ a: 2, b: 3 })).toBe(5);
    expect(remaining(dot(7, 3), { a: 2, b: 3 })).toBe(2);
    expect(perItemLimit(dot(7, 3))).toBe(3);
  });
});

// ---- properties ---------------------------------------------------------------------------

const ITEMS = ['t1', 't2', 't3', 't4', 't5'];

/** Rules a facilitator can set up: checkRoundRules keeps maxPerItem ≤ budget for dot voting. */
const arbRules: fc.Arbitrary<BallotRules> = fc.oneof(
  fc.integer({ min: 1, max: 12 }).chain((budget) =>
    fc.record({
      method: fc.constant('dot' as const),
      budget: fc.constant(budget),
      maxPerItem: fc.integer({ min: 1, max: budget }),
    }),
  ),
  fc.record({
    method: fc.constant('approval' as const),
    budget: fc.integer({ min: 1, max: 12 }),
    maxPerItem: fc.integer({ min: 1, max: 12 }),
  }),
);
const arbStep = fc.tuple(fc.constantFrom(...ITEMS), fc.constantFrom(1 as const, -1 as const));

describe('applyDelta — properties', () => {
  it('any sequence of taps keeps the ballot within the budget and the per-item limit, never negative', () => {
    fc.assert(
      fc.property(arbRules, fc.array(arbStep, { maxLength: 80 }), (rules, steps) => {
        let ballot: DotBallot = {};
        for (const [itemId, delta] of steps) {
          const outcome = applyDelta(rules, ballot, itemId, delta);
          if (outcome.ok) ballot = outcome.ballot;
          expect(spent(ballot)).toBeLessThanOrEqual(rules.budget);
          expect(remaining(rules, ballot)).toBe(rules.budget - spent(ballot));
          for (const n of Object.values(ballot)) {
            expect(Number.isInteger(n)).toBe(true);
            expect(n).toBeGreaterThanOrEqual(1); // 0 is left out, never stored
            expect(n).toBeLessThanOrEqual(perItemLimit(rules));
          }
          if (rules.method === 'approval') expect(Object.values(ballot).every((n) => n === 1)).toBe(true);
        }
      }),
    );
  });

  it('accepts exactly the taps the rules allow, changes only that item by one, and refuses the rest with the right reason', () => {
    // Without this, a function that refused everything would pass the invariants above.
    fc.assert(
      fc.property(arbRules, fc.array(arbStep, { maxLength: 80 }), (rules, steps) => {
        let ballot: DotBallot = {};
        for (const [itemId, delta] of steps) {
          const before = freeze({ ...ballot });
          const current = before[itemId] ?? 0;
          const outcome = applyDelta(rules, before, itemId, delta);
          const expected =
            delta === -1
              ? current === 0
                ? 'nothing_to_remove'
                : null
              : spent(before) >= rules.budget
                ? 'budget_exceeded'
                : current >= perItemLimit(rules)
                  ? 'item_limit'
                  : null;
          if (expected) {
            expect(outcome).toEqual({ ok: false, reason: expected });
            continue; // the caller keeps `before`; the frozen input proves it was not touched
          }
          expect(outcome.ok).toBe(true);
          if (!outcome.ok) return;
          const { [itemId]: _was, ...othersBefore } = before;
          const { [itemId]: now, ...othersAfter } = outcome.ballot;
          expect(othersAfter).toEqual(othersBefore);
          expect(now ?? 0).toBe(current + delta);
          ballot = outcome.ballot;
        }
      }),
    );
  });

  it('adding dots and then removing the same dots restores the exact previous ballot', () => {
    fc.assert(
      fc.property(
        arbRules,
        fc.array(arbStep, { maxLength: 40 }),
        fc.array(fc.constantFrom(...ITEMS), { maxLength: 20 }),
        fc.boolean(),
        (rules, setup, adds, reverse) => {
          let before: DotBallot = {};
          for (const [itemId, delta] of setup) {
            const o = applyDelta(rules, before, itemId, delta);
            if (o.ok) before = o.ballot;
          }
          let ballot = before;
          const added: string[] = [];
          for (const itemId of adds) {
            const o = applyDelta(rules, ballot, itemId, 1);
            if (o.ok) {
              ballot = o.ballot;
              added.push(itemId);
            }
          }
          for (const itemId of reverse ? [...added].reverse() : added) ballot = cast(rules, [[itemId, -1]], ballot);
          expect(ballot).toEqual(before);
          expect(Object.keys(ballot).sort()).toEqual(Object.keys(before).sort());
        },
      ),
    );
  });
});

// ---- scores --------------------------------------------------------------------------------

const criteria: Criterion[] = [
  { id: 'impact', label: 'Impact', weight: 2 },
  { id: 'feasibility', label: 'Feasibility', weight: 1 },
];

describe('checkScores', () => {
  it('accepts a score 1–5 for every criterion', () => {
    expect(checkScores(criteria, { impact: 5, feasibility: 1 })).toBeNull();
  });

  it('names the criterion that is missing, unknown or out of range', () => {
    expect(checkScores(criteria, { impact: 4 })).toBe('a score for "Feasibility" is missing');
    expect(checkScores(criteria, { impact: 4, feasibility: 3, cost: 2 })).toBe('unknown criterion "cost"');
    for (const bad of [0, 6, 2.5, -1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(checkScores(criteria, { impact: bad, feasibility: 3 })).toBe('"Impact" must be scored 1 to 5');
  });

  it('reports a missing score even for a criterion keyed like an Object property', () => {
    // found by the property below: "constructor" is a valid key and read Object.prototype's
    const odd: Criterion[] = [{ id: 'constructor', label: 'Builder', weight: 1 }];
    expect(checkScores(odd, {})).toBe('a score for "Builder" is missing');
    expect(checkScores(odd, { constructor: 4 })).toBeNull();
  });

  it('accepts every complete set of integer scores and refuses any single bad one', () => {
    const arbCriteria = fc
      .uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,24}$/), { minLength: 1, maxLength: 8 })
      .map((ids): Criterion[] => ids.map((id) => ({ id, label: `Label ${id}`, weight: 1 })));
    fc.assert(
      fc.property(
        arbCriteria.chain((cs) =>
          fc.tuple(
            fc.constant(cs),
            fc.array(fc.integer({ min: 1, max: 5 }), { minLength: cs.length, maxLength: cs.length }),
            fc.nat(cs.length - 1),
            fc.oneof(
              fc.integer({ min: -10, max: 0 }),
              fc.integer({ min: 6, max: 100 }),
              fc.double({ min: 1.01, max: 4.99 }),
            ),
          ),
        ),
        ([cs, values, which, bad]) => {
          const scores = Object.fromEntries(cs.map((c, i) => [c.id, values[i]!]));
          expect(checkScores(cs, scores)).toBeNull();
          const c = cs[which]!;
          const valid = Number.isInteger(bad) && bad >= 1 && bad <= 5; // a double may land on 2.0
          expect(checkScores(cs, { ...scores, [c.id]: bad }) === null).toBe(valid);
          const { [c.id]: _dropped, ...missing } = scores;
          expect(checkScores(cs, missing)).toBe(`a score for "${c.label}" is missing`);
        },
      ),
    );
  });
});

// ---- round rules ---------------------------------------------------------------------------

const round = (fields: Partial<RoundShape>): RoundShape => ({
  question: 'Which topics should we discuss?',
  method: 'dot',
  budget: 3,
  maxPerItem: 3,
  criteria: [],
  named: false,
  hideResults: false,
  ticketOnly: false,
  ...fields,
});

describe('checkRoundRules', () => {
  it('refuses a dot round whose per-item maximum exceeds the budget', () => {
    expect(checkRoundRules(round({ budget: 3, maxPerItem: 4 }))).toEqual({
      path: 'maxPerItem',
      message: 'the maximum per item cannot exceed the budget',
    });
    expect(checkRoundRules(round({ budget: 3, maxPerItem: 3 }))).toBeNull();
    expect(checkRoundRules(round({ budget: 7, maxPerItem: 1 }))).toBeNull();
  });

  it('ignores maxPerItem for approval rounds (one approval per item)', () => {
    expect(checkRoundRules(round({ method: 'approval', budget: 2, maxPerItem: 3 }))).toBeNull();
  });

  it('needs at least one criterion, with unique keys, for a scoring round', () => {
    expect(checkRoundRules(round({ method: 'scoring' }))?.path).toBe('criteria');
    expect(checkRoundRules(round({ method: 'scoring', criteria }))).toBeNull();
    const twice = [...criteria, { id: 'impact', label: 'Impact again', weight: 1 }];
    expect(checkRoundRules(round({ method: 'scoring', criteria: twice }))).toEqual({
      path: 'criteria',
      message: 'two criteria have the same key',
    });
  });

  it('is what the round schema reports, at the field it names', () => {
    const parsed = RoundFields.safeParse({ question: 'Q', budget: 2, maxPerItem: 5 });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path)).toEqual([['maxPerItem']]);
    // defaults (budget 3, maxPerItem 3) make a valid dot round
    expect(RoundFields.parse({ question: 'Q' })).toMatchObject({ method: 'dot', budget: 3, maxPerItem: 3 });
  });
});

describe('suggestedBudget', () => {
  it('suggests about a third of the items', () => {
    expect(suggestedBudget(20)).toBe(7);
    expect(suggestedBudget(9)).toBe(3);
    expect(suggestedBudget(10)).toBe(3);
    expect(suggestedBudget(11)).toBe(4);
  });

  it('suggests at least 1 and at most the budget limit', () => {
    expect(suggestedBudget(0)).toBe(1);
    expect(suggestedBudget(1)).toBe(1);
    expect(suggestedBudget(600)).toBe(100);
    fc.assert(
      fc.property(fc.nat(2000), (n) => {
        const b = suggestedBudget(n);
        expect(Number.isInteger(b)).toBe(true);
        expect(b).toBeGreaterThanOrEqual(1);
        expect(b).toBeLessThanOrEqual(100);
        if (n >= 3 && n <= 300) expect(Math.abs(b - n / 3)).toBeLessThanOrEqual(0.5);
      }),
    );
  });
});
