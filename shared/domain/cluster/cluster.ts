/**
 * Average-linkage agglomerative clustering of unit vectors, cut at a similarity threshold.
 *
 * Cost, for n topics: the similarity matrix once, O(n²) memory (a packed lower triangle of
 * float32: 2 MB for 1,000 topics, 8 MB for 2,000), filled through an inverted index so only
 * pairs that share a term cost anything; then the nearest-neighbour chain algorithm, O(n²)
 * time, with Lance–Williams updates of the matrix in place. The naive "find the best pair,
 * merge, repeat" is O(n³) and takes seconds from a few hundred topics.
 *
 * Why the chain gives the same clusters as the naive loop: average linkage is reducible
 * (merging two clusters never brings the result closer to a third than the closer of the
 * two was), so every pair of reciprocal nearest neighbours is a merge the naive loop would
 * also make, whatever the order they are found in.
 */
import type { SparseVector } from './vectorize.ts';

/** Dot product of two sparse vectors: their cosine, as both are unit (or zero) vectors. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.idx.length && j < b.idx.length) {
    const x = a.idx[i]!;
    const y = b.idx[j]!;
    if (x === y) dot += a.val[i++]! * b.val[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

/** Symmetric similarities, stored as the lower triangle: row i holds (i, 0) … (i, i − 1). */
export class Similarities {
  readonly data: Float32Array;
  constructor(readonly n: number) {
    this.data = new Float32Array((n * (n - 1)) / 2);
  }
  private at(i: number, j: number): number {
    return i > j ? (i * (i - 1)) / 2 + j : (j * (j - 1)) / 2 + i;
  }
  get(i: number, j: number): number {
    return this.data[this.at(i, j)]!;
  }
  set(i: number, j: number, value: number): void {
    this.data[this.at(i, j)] = value;
  }
}

/**
 * All pairwise cosines. Row by row, each topic's terms walk the postings of the topics
 * before it (an inverted index built as we go), so the work is the number of (pair, shared
 * term) combinations rather than n² full dot products.
 */
export function similarityMatrix(vectors: readonly SparseVector[]): Similarities {
  const n = vectors.length;
  const sim = new Similarities(n);
  const postingDocs: number[][] = [];
  const postingVals: number[][] = [];
  // Accumulate in float64: a float32 sum of many small products drifts.
  const row = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = vectors[i]!;
    for (let k = 0; k < v.idx.length; k++) {
      const term = v.idx[k]!;
      const weight = v.val[k]!;
      let docs = postingDocs[term];
      let vals = postingVals[term];
      if (docs === undefined || vals === undefined) {
        docs = postingDocs[term] = [];
        vals = postingVals[term] = [];
      }
      for (let m = 0; m < docs.length; m++) row[docs[m]!]! += weight * vals[m]!;
      docs.push(i);
      vals.push(weight);
    }
    const base = (i * (i - 1)) / 2;
    for (let j = 0; j < i; j++) {
      // Rounding can put two identical titles at 1.0000001.
      sim.data[base + j] = Math.min(1, row[j]!);
      row[j] = 0;
    }
  }
  return sim;
}

/**
 * Clusters (lists of indices, ascending; singletons included) whose average pairwise
 * similarity between any two merged parts was ≥ threshold. threshold ≤ 0 merges everything
 * into one cluster; threshold ≥ 1 merges nothing (even identical titles: 1 means "never").
 * `sim` is overwritten (Lance–Williams updates in place).
 */
export function averageLinkage(sim: Similarities, threshold: number): number[][] {
  const n = sim.n;
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  if (n < 2 || threshold >= 1) return members;
  const theta = Math.max(0, threshold);

  // Clusters that may still merge, as a dense list with positions for O(1) removal.
  const live = Int32Array.from({ length: n }, (_, i) => i);
  const position = Int32Array.from({ length: n }, (_, i) => i);
  let liveCount = n;
  const remove = (c: number) => {
    const p = position[c]!;
    const last = live[--liveCount]!;
    live[p] = last;
    position[last] = p;
  };
  const absorbed = new Uint8Array(n);

  const chain: number[] = [];
  while (liveCount > 0) {
    if (chain.length === 0) chain.push(live[0]!);
    const x = chain[chain.length - 1]!;
    const prev = chain.length >= 2 ? chain[chain.length - 2]! : -1;

    // x's nearest live neighbour; on a tie the chain's previous element wins (that is what
    // keeps the chain from cycling), then the lowest index (determinism).
    let best = -1;
    let bestSim = Number.NEGATIVE_INFINITY;
    for (let p = 0; p < liveCount; p++) {
      const y = live[p]!;
      if (y === x) continue;
      const s = sim.get(x, y);
      if (s > bestSim || (s === bestSim && best !== prev && (y === prev || y < best))) {
        best = y;
        bestSim = s;
      }
    }

    if (best === -1 || bestSim < theta) {
      // Nothing is close enough to x, and by reducibility nothing ever will be: x is final.
      remove(x);
      chain.pop();
      continue;
    }
    if (best !== prev) {
      chain.push(best);
      continue;
    }

    // x and prev are each other's nearest neighbours: merge them into the lower index.
    chain.length -= 2;
    const a = Math.min(x, prev);
    const b = Math.max(x, prev);
    const na = members[a]!.length;
    const nb = members[b]!.length;
    remove(b);
    absorbed[b] = 1;
    for (let p = 0; p < liveCount; p++) {
      const k = live[p]!;
      if (k === a) continue;
      sim.set(k, a, (na * sim.get(k, a) + nb * sim.get(k, b)) / (na + nb));
    }
    members[a] = members[a]!.concat(members[b]!);
  }

  const clusters: number[][] = [];
  for (let c = 0; c < n; c++) if (!absorbed[c]) clusters.push(members[c]!.sort((p, q) => p - q));
  return clusters;
}
