/**
 * "Suggest groups": which of the workshop's free topics look alike, as proposals the
 * facilitator accepts, edits or ignores. Offline and deterministic: same topics, same
 * threshold → same suggestions in the same order.
 *
 * Topics already in a group are never moved or regrouped. They still count for the
 * vocabulary (idf), and a free topic — or a cluster of free topics — that is closer to an
 * existing group than to anything else is suggested to join it: `{ groupId, topicIds }`.
 * That rule is: the average similarity between the free topics and the group's topics is
 * ≥ threshold and ≥ the free topics' own cohesion (a tight new cluster is not dissolved into
 * a looser match). A join may hold one topic; a new group always holds two or more.
 */
import { averageLinkage, similarityMatrix } from './cluster.ts';
import { groupLabel } from './label.ts';
import { DEFAULT_WEIGHTS, type SparseVector, vectorize, type Weights } from './vectorize.ts';

/**
 * Tuned on test/fixtures/topics-multilingual with DEFAULT_WEIGHTS (test/bench/cluster.ts
 * prints the sweep): the mean adjusted Rand index is flat (0.44) from 0.1 to 0.2 and falls
 * after, while pairwise precision climbs (0.53 at 0.1, 0.68 at 0.2, 0.74 at 0.3). At 0.2,
 * 57–98 % of the suggested pairs are right, depending on the language.
 */
export const DEFAULT_THRESHOLD = 0.2;

export interface SuggestInput {
  topics: { id: string; title: string; pitch?: string }[];
  /** 0..1: how alike topics must be to be grouped. 0 groups everything, 1 nothing. */
  threshold?: number;
  /** The facilitator's groups: their topics are left where they are (see the rule above). */
  existingGroups?: { id: string; topicIds: string[] }[];
  /** For tuning and tests; the default is what the facilitator gets. */
  weights?: Weights;
}

export interface Suggestion {
  /** In the order of `input.topics`. */
  topicIds: string[];
  /**
   * Up to three shared words, each as most titles spell it, in the order titles say them,
   * e.g. "Budget · participatif"; the first is capitalised when typed all in lower case.
   */
  label: string;
  /** Average pairwise cosine of the topics (with the group's topics, for a join), 0..1. */
  cohesion: number;
  /** Set when the topics are suggested to join this existing group rather than form a new one. */
  groupId?: string;
}

export interface SuggestOutput {
  /** Largest first, then most cohesive, then the one whose first topic comes first. */
  suggestions: Suggestion[];
  /** Time taken, for the status line and the bench. */
  ms?: number;
}

/** Σ of unit vectors as a dense map: dot products of sums give average linkages at once. */
function sumOf(vectors: readonly SparseVector[]): Map<number, number> {
  const sum = new Map<number, number>();
  for (const v of vectors)
    for (let k = 0; k < v.idx.length; k++) sum.set(v.idx[k]!, (sum.get(v.idx[k]!) ?? 0) + v.val[k]!);
  return sum;
}

function dot(a: Map<number, number>, b: Map<number, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let d = 0;
  for (const [id, x] of small) d += x * (large.get(id) ?? 0);
  return d;
}

/** Average cosine over the pairs of distinct members: (|Σv|² − Σ|v|²) / (m(m − 1)). */
function cohesionOf(vectors: readonly SparseVector[], sum: Map<number, number>): number {
  const m = vectors.length;
  if (m < 2) return 1;
  let self = 0;
  for (const v of vectors) for (const x of v.val) self += x * x;
  return clamp01((dot(sum, sum) - self) / (m * (m - 1)));
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

function effectiveThreshold(threshold: number | undefined): number {
  return threshold === undefined || Number.isNaN(threshold) ? DEFAULT_THRESHOLD : clamp01(threshold);
}

interface GroupInfo {
  id: string;
  members: number[];
  sum: Map<number, number>;
}

export function suggestGroups(input: SuggestInput): SuggestOutput {
  const started = performance.now();
  const threshold = effectiveThreshold(input.threshold);

  // A topic listed twice is one topic: the first occurrence counts.
  const topics: SuggestInput['topics'] = [];
  const indexOf = new Map<string, number>();
  for (const t of input.topics)
    if (!indexOf.has(t.id)) {
      indexOf.set(t.id, topics.length);
      topics.push(t);
    }

  // Existing groups, with only the topics we were given; a topic in two groups counts in the first.
  const grouped = new Set<number>();
  const groups: GroupInfo[] = [];
  for (const g of input.existingGroups ?? []) {
    const members: number[] = [];
    for (const id of g.topicIds) {
      const i = indexOf.get(id);
      if (i !== undefined && !grouped.has(i)) {
        grouped.add(i);
        members.push(i);
      }
    }
    if (members.length > 0) groups.push({ id: g.id, members, sum: new Map() });
  }

  const { vectors, titleWords, wordIdf } = vectorize(topics, input.weights ?? DEFAULT_WEIGHTS);
  for (const g of groups) g.sum = sumOf(g.members.map((i) => vectors[i]!));

  const free = topics.map((_, i) => i).filter((i) => !grouped.has(i));
  const clusters = averageLinkage(similarityMatrix(free.map((i) => vectors[i]!)), threshold).map((c) =>
    c.map((k) => free[k]!),
  );

  const suggestions: (Suggestion & { first: number })[] = [];
  for (const members of clusters) {
    const memberVectors = members.map((i) => vectors[i]!);
    const sum = sumOf(memberVectors);
    const cohesion = cohesionOf(memberVectors, sum);

    let join: GroupInfo | undefined;
    let link = -1;
    if (threshold < 1)
      for (const g of groups) {
        const s = dot(sum, g.sum) / (members.length * g.members.length);
        if (s > link) {
          link = s;
          join = g;
        }
      }
    const first = members[0]!;
    if (join && link >= threshold && (members.length === 1 || link >= cohesion)) {
      const labelled = [...join.members, ...members];
      suggestions.push({
        topicIds: members.map((i) => topics[i]!.id),
        label: groupLabel(
          labelled.map((i) => ({ text: topics[i]!.title, words: titleWords[i]! })),
          wordIdf,
          topics[first]!.title,
        ),
        cohesion: clamp01(link),
        groupId: join.id,
        first,
      });
    } else if (members.length >= 2) {
      suggestions.push({
        topicIds: members.map((i) => topics[i]!.id),
        label: groupLabel(
          members.map((i) => ({ text: topics[i]!.title, words: titleWords[i]! })),
          wordIdf,
          topics[first]!.title,
        ),
        cohesion,
        first,
      });
    }
  }

  suggestions.sort((a, b) => b.topicIds.length - a.topicIds.length || b.cohesion - a.cohesion || a.first - b.first);
  return {
    suggestions: suggestions.map(({ first: _, ...s }) => s),
    ms: performance.now() - started,
  };
}
