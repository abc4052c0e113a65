/**
 * TF-IDF vectors of topics, sparse and L2-normalised, so that a dot product is a cosine.
 *
 * A topic's vector is built from three parts, each normalised on its own and then weighted:
 * the title's words, the title's character n-grams, and the pitch's words. Normalising the
 * parts separately keeps the weights meaningful — a title has ten times more n-grams than
 * words, and a pitch can be 300 words against a title's 5; without it n-grams and long pitches
 * would drown the title words whatever the weights say. Title and pitch words share their
 * term ids, so a word in one topic's title matches the same word in another's pitch.
 *
 * tf is sublinear (1 + ln tf): a word said three times in a pitch is not three times the topic.
 * idf is smoothed (ln((1 + N) / (1 + df)) + 1), so a word every topic has still counts a little.
 */
import { tokenize, type WordToken } from './tokenize.ts';

export interface SparseVector {
  /** Term ids, ascending. */
  idx: Int32Array;
  val: Float32Array;
}

export interface Weights {
  /** The title's words. */
  words: number;
  /** The title's character 3–4-grams (what lets "mobility" meet "mobilité"). */
  grams: number;
  /** The pitch's words: context, weaker than what the proposer chose as the title. */
  pitch: number;
  /**
   * Factor for terms only one topic has. They can never match another topic, yet at full
   * idf they dominate a short title's norm and push every cosine of that topic down: a
   * title with one shared word out of five scored ~0.15. (sklearn's min_df = 2 is the same
   * idea with a factor of 0.) Not 0: on a small wall most terms are unique, and a title whose
   * only shared piece is incidental ("obi" of "robinet" and "mobilité") would match fully.
   */
  unique: number;
}

/**
 * Tuned on test/fixtures/topics-multilingual (fixtures.test.ts, test/bench/cluster.ts). The
 * n-grams weigh most because they hold each word's stem (see `charGrams`) and so match
 * plurals, accents, typos and cognates across languages as well as whole words do; words
 * still count for Chinese, whose tokens are all words.
 */
export const DEFAULT_WEIGHTS: Weights = { words: 1, grams: 3, pitch: 0.5, unique: 0.1 };

export interface TopicText {
  title: string;
  pitch?: string;
}

export interface Vectorized {
  vectors: SparseVector[];
  /** Each topic's title words as typed, in order: what labels are made of. */
  titleWords: WordToken[][];
  /** idf of each word term (folded form → idf); n-grams are not needed outside this module. */
  wordIdf: Map<string, number>;
}

/** Term → id, counting in how many documents each term appears. */
class Vocabulary {
  readonly ids = new Map<string, number>();
  readonly df: number[] = [];

  /** Counts of this document's terms by id; df is raised once per document and term. */
  count(terms: Iterable<string>, into: Map<number, number>, seen: Set<number>): void {
    for (const term of terms) {
      let id = this.ids.get(term);
      if (id === undefined) {
        id = this.df.length;
        this.ids.set(term, id);
        this.df.push(0);
      }
      into.set(id, (into.get(id) ?? 0) + 1);
      if (!seen.has(id)) {
        seen.add(id);
        this.df[id]! += 1;
      }
    }
  }
}

interface Counts {
  title: Map<number, number>;
  pitch: Map<number, number>;
  grams: Map<number, number>;
}

/** Adds `weight` × the normalised tf-idf of `tf` into `out`. */
function addPart(out: Map<number, number>, tf: Map<number, number>, idf: (id: number) => number, weight: number) {
  if (weight <= 0 || tf.size === 0) return;
  let norm = 0;
  const part: [number, number][] = [];
  for (const [id, n] of tf) {
    const w = (1 + Math.log(n)) * idf(id);
    part.push([id, w]);
    norm += w * w;
  }
  if (norm === 0) return;
  const scale = weight / Math.sqrt(norm);
  for (const [id, w] of part) out.set(id, (out.get(id) ?? 0) + w * scale);
}

function toSparse(entries: Map<number, number>): SparseVector {
  const ids = [...entries.keys()].sort((a, b) => a - b);
  let norm = 0;
  for (const id of ids) norm += entries.get(id)! ** 2;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  const idx = Int32Array.from(ids);
  const val = Float32Array.from(ids, (id) => entries.get(id)! * scale);
  return { idx, val };
}

export function vectorize(topics: readonly TopicText[], weights: Weights = DEFAULT_WEIGHTS): Vectorized {
  const words = new Vocabulary();
  const grams = new Vocabulary();
  const titleWords: WordToken[][] = [];
  const counts: Counts[] = topics.map((topic) => {
    const title = tokenize(topic.title);
    const pitch = topic.pitch ? tokenize(topic.pitch, { grams: false }) : { words: [], grams: [] };
    titleWords.push(title.words);
    const c: Counts = { title: new Map(), pitch: new Map(), grams: new Map() };
    const seenWords = new Set<number>();
    words.count(
      title.words.map((w) => w.term),
      c.title,
      seenWords,
    );
    words.count(
      pitch.words.map((w) => w.term),
      c.pitch,
      seenWords,
    );
    grams.count(title.grams, c.grams, new Set());
    return c;
  });

  const n = topics.length;
  const idfOf = (df: number) => Math.log((1 + n) / (1 + df)) + 1;
  const weightOf = (df: number) => idfOf(df) * (df === 1 ? weights.unique : 1);
  const wordWeight = (id: number) => weightOf(words.df[id]!);
  const gramWeight = (id: number) => weightOf(grams.df[id - words.df.length]!);
  // Gram ids come after the word ids in one index space.
  const offset = words.df.length;

  const vectors = counts.map((c) => {
    const entries = new Map<number, number>();
    addPart(entries, c.title, wordWeight, weights.words);
    addPart(entries, c.pitch, wordWeight, weights.pitch);
    const shifted = new Map<number, number>();
    for (const [id, k] of c.grams) shifted.set(id + offset, k);
    addPart(entries, shifted, gramWeight, weights.grams);
    return toSparse(entries);
  });

  const idfByTerm = new Map<string, number>();
  for (const [term, id] of words.ids) idfByTerm.set(term, idfOf(words.df[id]!));
  return { vectors, titleWords, wordIdf: idfByTerm };
}
