/**
 * A short name for a suggested group: its most telling shared words, spelled as the
 * participants wrote them most often ("Mobilité · Vélo"), which the facilitator can keep or
 * retype. Words are compared by a crude stem (the first five folded letters) so "Vélo" and
 * "vélos", or "mobility" and "mobilité" in a mixed-language group, count as one word.
 * Chinese and Japanese have no words to pick, only character pairs: a chosen pair is grown
 * into the longest run of characters the same titles share ("与式" → "参与式预算").
 */
import { UNSPACED, type WordToken } from './tokenize.ts';

const MAX_WORDS = 3;
const SEPARATOR = ' · ';
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const FALLBACK_LENGTH = 40;

/** "velos" → "velo", "mobilites" → "mobil", "公交" → "公交". */
function stemKey(term: string): string {
  if (UNSPACED.test(term) || PICTOGRAPH.test(term)) return term;
  const chars = Array.from(term);
  if (chars.length <= 5 && chars.length > 3 && chars[chars.length - 1] === 's') chars.pop();
  return chars.slice(0, 5).join('');
}

export interface LabelSource {
  /** The title as typed. */
  text: string;
  /** Its words from `tokenize`. */
  words: WordToken[];
}

interface Candidate {
  key: string;
  /** How many of the group's titles have it. */
  count: number;
  idf: number;
  surfaces: Map<string, number>;
  firstSeen: number;
  unspaced: boolean;
  /** Titles that have it (indices into the sources). */
  titles: number[];
  /** Σ over those titles of where it first comes (0 = first word, towards 1 = last). */
  positions: number;
}

const isUnspaced = (ch: string) => UNSPACED.test(ch);

/** The longest run of unspaced characters around `seed` that every one of `texts` contains. */
function growShared(seed: string, texts: readonly string[]): string {
  const first = texts[0]?.normalize('NFKC');
  if (first === undefined) return seed;
  const all = texts.map((t) => t.normalize('NFKC'));
  let best = seed;
  for (let grown = true; grown; ) {
    grown = false;
    for (let at = first.indexOf(best); at >= 0 && !grown; at = first.indexOf(best, at + 1)) {
      const before = first.slice(Math.max(0, at - 1), at);
      const after = first.slice(at + best.length, at + best.length + 1);
      for (const candidate of [before && before + best, after && best + after]) {
        if (!candidate || !isUnspaced(candidate.charAt(0)) || !isUnspaced(candidate.charAt(candidate.length - 1)))
          continue;
        if (all.every((t) => t.includes(candidate))) {
          best = candidate;
          grown = true;
          break;
        }
      }
    }
  }
  return best;
}

/** The spelling used most often; on a tie, the one met first (Map keeps insertion order). */
function mostUsed(surfaces: Map<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [surface, count] of surfaces)
    if (count > bestCount) {
      best = surface;
      bestCount = count;
    }
  return best;
}

/** Capitalised like a title when written all in lower case ("mobilité" → "Mobilité"; "eBike" stays). */
function capitalise(word: string): string {
  const first = word.charAt(0);
  return word === word.toLowerCase() ? first.toUpperCase() + word.slice(1) : word;
}

function sharesCharacter(a: string, b: string): boolean {
  for (const c of a) if (b.includes(c)) return true;
  return false;
}

/**
 * @param titles each member's title words (from `tokenize`), in the group's order
 * @param idf folded term → idf over the whole workshop, so a word every topic has ranks low
 * @param fallback shown when the titles have no words at all (only punctuation, say)
 */
export function groupLabel(titles: readonly LabelSource[], idf: ReadonlyMap<string, number>, fallback: string): string {
  const byKey = new Map<string, Candidate>();
  let order = 0;
  titles.forEach(({ words }, index) => {
    const seenHere = new Set<string>();
    words.forEach(({ term, surface }, at) => {
      const key = stemKey(term);
      let c = byKey.get(key);
      if (!c) {
        const unspaced = UNSPACED.test(term);
        c = { key, count: 0, idf: 0, surfaces: new Map(), firstSeen: order++, unspaced, titles: [], positions: 0 };
        byKey.set(key, c);
      }
      if (!seenHere.has(key)) {
        seenHere.add(key);
        c.count += 1;
        c.titles.push(index);
        c.positions += at / words.length;
      }
      // One Chinese character says less than a pair: rank pairs first.
      const weight = c.unspaced && Array.from(term).length === 1 ? 0.5 : 1;
      c.idf = Math.max(c.idf, (idf.get(term) ?? 1) * weight);
      c.surfaces.set(surface, (c.surfaces.get(surface) ?? 0) + 1);
    });
  });
  const ranked = [...byKey.values()].sort((p, q) => q.count * q.idf - p.count * p.idf || p.firstSeen - q.firstSeen);
  if (ranked.length === 0) {
    const text = fallback.trim();
    return text.length > FALLBACK_LENGTH ? `${text.slice(0, FALLBACK_LENGTH - 1)}…` : text;
  }

  // Shared words only (by at least two titles, and a quarter of a big group), unless no
  // word is shared: then the group met through n-grams or pitches, and its rarest title
  // word still says something.
  const minCount = titles.length < 2 ? 1 : Math.max(2, Math.ceil(titles.length / 4));
  const chosen: { word: string; position: number }[] = [];
  const unspacedChosen: string[] = [];
  const pick = (c: Candidate) => {
    let word = mostUsed(c.surfaces);
    if (c.unspaced) {
      word = growShared(
        word,
        c.titles.map((i) => titles[i]!.text),
      );
      // "公交" and "交车" from "公交车" are one word told twice.
      if (unspacedChosen.some((d) => sharesCharacter(word, d))) return;
      unspacedChosen.push(word);
    }
    chosen.push({ word, position: c.positions / c.count });
  };
  for (const c of ranked) {
    if (chosen.length === MAX_WORDS) break;
    if (c.count >= minCount) pick(c);
  }
  if (chosen.length === 0) pick(ranked[0]!);
  // In the order the titles say them: "Budget · participatif", not "Participatif · budget".
  // The sort is stable, so equal positions keep the ranking's order.
  return chosen
    .sort((a, b) => a.position - b.position)
    .map(({ word }, i) => (i === 0 ? capitalise(word) : word))
    .join(SEPARATOR);
}
