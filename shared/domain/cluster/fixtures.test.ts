/**
 * Quality on hand-written workshop walls (test/fixtures/topics-multilingual): each title has
 * the group a facilitator would put it in. The groups are thematic ("cycling" holds "Cargo
 * bikes for local deliveries" and "Cycling for beginners"), so a lexical method cannot find
 * them all: what it suggests should be mostly right (precision), and find a fair share of
 * the pairs (recall). The floors sit ~0.05 under what was measured with the defaults
 * (test/bench/cluster.ts prints the figures), so a change that makes a language clearly
 * worse fails here.
 */
import { describe, expect, it } from 'vitest';
import en from '../../../test/fixtures/topics-multilingual/en.json';
import fr from '../../../test/fixtures/topics-multilingual/fr.json';
import mixed from '../../../test/fixtures/topics-multilingual/mixed.json';
import pl from '../../../test/fixtures/topics-multilingual/pl.json';
import ro from '../../../test/fixtures/topics-multilingual/ro.json';
import zh from '../../../test/fixtures/topics-multilingual/zh.json';
import { adjustedRandIndex, type LabelledTopic, pairwiseScores, scoreSuggestions } from './quality.ts';

/** Measured with the defaults: ARI fr 0.43, en 0.36, pl 0.38, ro 0.39, zh 0.32, mixed 0.76. */
const FLOORS: Record<string, { items: LabelledTopic[]; ari: number; precision: number }> = {
  fr: { items: fr, ari: 0.38, precision: 0.6 },
  en: { items: en, ari: 0.3, precision: 0.55 },
  pl: { items: pl, ari: 0.33, precision: 0.5 },
  ro: { items: ro, ari: 0.33, precision: 0.6 },
  zh: { items: zh, ari: 0.27, precision: 0.5 },
  mixed: { items: mixed, ari: 0.7, precision: 0.9 },
};

describe('quality on the fixtures', () => {
  for (const [language, { items, ari, precision }] of Object.entries(FLOORS))
    it(`${language}: adjusted Rand ≥ ${ari}, pairwise precision ≥ ${precision}`, () => {
      const score = scoreSuggestions(items);
      expect(score.ari).toBeGreaterThanOrEqual(ari);
      expect(score.precision).toBeGreaterThanOrEqual(precision);
      // Far better than the two trivial answers, which both score an ARI of 0.
      expect(score.groups).toBeGreaterThan(3);
    });

  it('the fixtures are what they say: 40–60 titles, several groups, every title with a group', () => {
    for (const { items } of Object.values(FLOORS)) {
      expect(items.length).toBeGreaterThanOrEqual(40);
      expect(items.length).toBeLessThanOrEqual(60);
      expect(new Set(items.map((t) => t.expected)).size).toBeGreaterThanOrEqual(8);
      for (const t of items) expect(t.title.trim()).not.toBe('');
    }
  });
});

describe('quality measures', () => {
  it('score a perfect answer 1 and the trivial answers 0 (ARI)', () => {
    const expected = ['a', 'a', 'b', 'b', 'c'];
    expect(adjustedRandIndex(['x', 'x', 'y', 'y', 'z'], expected)).toBe(1);
    expect(adjustedRandIndex(['1', '2', '3', '4', '5'], expected)).toBe(0);
    expect(adjustedRandIndex(['x', 'x', 'x', 'x', 'x'], expected)).toBe(0);
    expect(pairwiseScores(['x', 'x', 'y', 'y', 'z'], expected)).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('count pairs: one wrong member halves precision', () => {
    // predicted {0,1,2}: pairs 01 02 12, only 01 right; expected pairs 01 and 23.
    const s = pairwiseScores(['x', 'x', 'x', 'y'], ['a', 'a', 'b', 'b']);
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.recall).toBeCloseTo(1 / 2);
  });
});
