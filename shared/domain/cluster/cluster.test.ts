import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageLinkage, cosine, Similarities, similarityMatrix } from './cluster.ts';
import { type SparseVector, vectorize } from './vectorize.ts';

const vectorsOf = (...titles: string[]) => vectorize(titles.map((title) => ({ title }))).vectors;

describe('similarity', () => {
  it('is 1 for the same title, 0 for nothing shared, and symmetric', () => {
    const [a, b, c, d] = vectorsOf('Pistes cyclables', 'Pistes cyclables', 'Qualité de l’eau', 'Pistes cyclables');
    expect(cosine(a!, b!)).toBeCloseTo(1, 5);
    expect(cosine(a!, c!)).toBe(0);
    expect(cosine(a!, c!)).toBe(cosine(c!, a!));
    expect(cosine(a!, d!)).toBeCloseTo(1, 5);
  });

  it('sees accents, capitals and plurals as near the same word, and other words as far', () => {
    const [a, b, c, d] = vectorsOf(
      'Mobilité douce',
      'MOBILITÉS douces',
      'Soft mobility',
      'Budget participatif',
      // the corpus needs these so idf is not flat
      'Fréquence des bus',
      'Qualité de l’eau',
    );
    const close = cosine(a!, b!);
    expect(close).toBeGreaterThan(0.5);
    expect(cosine(a!, c!)).toBeGreaterThan(0.1);
    expect(cosine(a!, c!)).toBeLessThan(close);
    expect(cosine(a!, d!)).toBe(0);
  });

  it('fills the matrix with the same cosines as pair by pair', () => {
    const vectors = vectorsOf(
      'Vélo en ville',
      'Stationnement vélo',
      'Pistes cyclables',
      'Bus de nuit',
      'Vélos-cargos',
      'Ligne de bus',
    );
    const sim = similarityMatrix(vectors);
    for (let i = 0; i < vectors.length; i++)
      for (let j = 0; j < i; j++) expect(sim.get(i, j)).toBeCloseTo(cosine(vectors[i]!, vectors[j]!), 6);
  });
});

/** The textbook O(n³) loop: merge the most similar pair while it is ≥ threshold. */
function naiveAverageLinkage(vectors: readonly SparseVector[], threshold: number): number[][] {
  let clusters = vectors.map((_, i) => [i]);
  const link = (a: number[], b: number[]) => {
    let s = 0;
    for (const i of a) for (const j of b) s += cosine(vectors[i]!, vectors[j]!);
    return s / (a.length * b.length);
  };
  for (;;) {
    let best: [number, number] | null = null;
    let bestSim = Number.NEGATIVE_INFINITY;
    for (let a = 0; a < clusters.length; a++)
      for (let b = a + 1; b < clusters.length; b++) {
        const s = link(clusters[a]!, clusters[b]!);
        if (s > bestSim) {
          bestSim = s;
          best = [a, b];
        }
      }
    if (!best || bestSim < threshold) break;
    const [a, b] = best;
    const merged = [...clusters[a]!, ...clusters[b]!].sort((p, q) => p - q);
    clusters = clusters.filter((_, k) => k !== a && k !== b).concat([merged]);
  }
  return clusters;
}

const canonical = (clusters: number[][]) => clusters.map((c) => c.join(',')).sort();

/** Random sparse unit vectors over a small vocabulary, so pairs share terms. */
const arbitraryVectors = fc
  .array(
    fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.double({ min: 0.05, max: 1, noNaN: true })), {
      maxLength: 5,
    }),
    {
      maxLength: 14,
    },
  )
  .map((docs) =>
    docs.map((entries): SparseVector => {
      const byId = new Map(entries);
      const ids = [...byId.keys()].sort((a, b) => a - b);
      const norm = Math.sqrt(ids.reduce((s, id) => s + byId.get(id)! ** 2, 0)) || 1;
      return { idx: Int32Array.from(ids), val: Float32Array.from(ids, (id) => byId.get(id)! / norm) };
    }),
  );

describe('averageLinkage', () => {
  it('finds the same clusters as the naive loop (the chain only changes the order of merges)', () => {
    fc.assert(
      fc.property(arbitraryVectors, fc.double({ min: 0.05, max: 0.95, noNaN: true }), (vectors, threshold) => {
        const fast = averageLinkage(similarityMatrix(vectors), threshold);
        // Float32 storage against float64 here: skip draws where a link sits on the threshold.
        const naive = naiveAverageLinkage(vectors, threshold);
        const nearEdge = naiveAverageLinkage(vectors, threshold - 1e-4).length !== naive.length;
        if (!nearEdge) expect(canonical(fast)).toEqual(canonical(naive));
      }),
      { numRuns: 300 },
    );
  });

  it('puts everything in one cluster at 0 and nothing together at 1', () => {
    const vectors = vectorsOf('Vélo', 'Vélo', 'Bus', '🙂');
    expect(averageLinkage(similarityMatrix(vectors), 0)).toEqual([[0, 1, 2, 3]]);
    expect(averageLinkage(similarityMatrix(vectors), 1)).toEqual([[0], [1], [2], [3]]);
  });

  it('copes with no and one item', () => {
    expect(averageLinkage(new Similarities(0), 0.3)).toEqual([]);
    expect(averageLinkage(new Similarities(1), 0.3)).toEqual([[0]]);
  });
});
