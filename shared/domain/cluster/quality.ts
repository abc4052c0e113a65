/**
 * How close a clustering is to the one a facilitator would make, for the tests and the bench.
 * Both take one label per item (its cluster, or its expected group); an item alone in its
 * cluster simply has a label nobody else has.
 *
 * Pairwise scores read well ("of the pairs we put together, 80 % belong together"); the
 * adjusted Rand index corrects for chance, so putting everything apart or together scores ~0.
 */
import { type SuggestInput, suggestGroups } from './suggest.ts';

export interface PairwiseScores {
  precision: number;
  recall: number;
  f1: number;
}

const pairs = (k: number) => (k * (k - 1)) / 2;

/** Counts of each label, and of each (predicted, expected) pair of labels. */
function contingency(predicted: readonly string[], expected: readonly string[]) {
  if (predicted.length !== expected.length) throw new Error('one label per item, on both sides');
  const cells = new Map<string, number>();
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  predicted.forEach((p, i) => {
    const e = expected[i]!;
    // A separator no label contains: JSON of the pair.
    const cell = JSON.stringify([p, e]);
    cells.set(cell, (cells.get(cell) ?? 0) + 1);
    rows.set(p, (rows.get(p) ?? 0) + 1);
    cols.set(e, (cols.get(e) ?? 0) + 1);
  });
  const sum = (m: Map<string, number>) => [...m.values()].reduce((s, k) => s + pairs(k), 0);
  return { together: sum(cells), predictedPairs: sum(rows), expectedPairs: sum(cols), n: predicted.length };
}

/** Over pairs of items: precision = pairs grouped that should be / pairs grouped; recall = … / pairs that should be. */
export function pairwiseScores(predicted: readonly string[], expected: readonly string[]): PairwiseScores {
  const { together, predictedPairs, expectedPairs } = contingency(predicted, expected);
  // No pair on a side is perfect on that side: nothing claimed, nothing missed.
  const precision = predictedPairs === 0 ? 1 : together / predictedPairs;
  const recall = expectedPairs === 0 ? 1 : together / expectedPairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Hubert & Arabie's adjusted Rand index: 1 for the same partition, ~0 for chance. */
export function adjustedRandIndex(predicted: readonly string[], expected: readonly string[]): number {
  const { together, predictedPairs, expectedPairs, n } = contingency(predicted, expected);
  if (n < 2) return 1;
  const chance = (predictedPairs * expectedPairs) / pairs(n);
  const max = (predictedPairs + expectedPairs) / 2;
  if (max === chance) return 1;
  return (together - chance) / (max - chance);
}

/** A fixture topic: its text and the group a facilitator put it in. */
export interface LabelledTopic {
  title: string;
  pitch?: string;
  expected: string;
}

export interface FixtureScore extends PairwiseScores {
  ari: number;
  /** Suggested groups of two or more. */
  groups: number;
}

/** Runs `suggestGroups` on labelled topics and scores its groups against the expected ones. */
export function scoreSuggestions(
  items: readonly LabelledTopic[],
  options: Pick<SuggestInput, 'threshold' | 'weights'> = {},
): FixtureScore {
  const topics = items.map((t, i) => ({ id: String(i), title: t.title, pitch: t.pitch }));
  const { suggestions } = suggestGroups({ topics, ...options });
  // Topics left out of every suggestion stand alone: each gets a label of its own.
  const predicted = topics.map((t) => `alone ${t.id}`);
  suggestions.forEach((s, k) => {
    for (const id of s.topicIds) predicted[Number(id)] = `group ${k}`;
  });
  const expected = items.map((t) => t.expected);
  return {
    ...pairwiseScores(predicted, expected),
    ari: adjustedRandIndex(predicted, expected),
    groups: suggestions.length,
  };
}
