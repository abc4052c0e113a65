/**
 * Turns a topic's text into the tokens the similarity is computed on: folded words (with the
 * spelling they were typed in, for labels), character n-grams of those words, and for
 * scripts written without spaces (Chinese, Japanese, Thai …) character unigrams and bigrams.
 *
 * Why n-grams: participants write "mobilité", "Mobilités", "mobility" and "mobilty" for the
 * same thing; whole words never match, their 3–4-grams mostly do. Why bigrams for Chinese:
 * there is no space to split on and a dictionary segmenter is a dependency we do not want;
 * adjacent-character pairs are the classic dictionary-free substitute.
 *
 * Pure and browser-safe: only `String.prototype.normalize` and Unicode regular expressions.
 */
import { isStopWord } from './stopWords.ts';

export interface WordToken {
  /** Folded form, the key the vectors use: "mobilite". */
  term: string;
  /** As typed (after NFKC): "Mobilité". Labels are built from these. */
  surface: string;
}

export interface Tokens {
  words: WordToken[];
  /** Character 3- and 4-grams of the words of spaced scripts, with `<` `>` word boundaries. */
  grams: string[];
}

/**
 * Combining marks that are accents on Latin, Greek or Cyrillic letters (and variation
 * selectors). Only these are stripped: the Japanese voicing mark (U+3099) is a combining
 * mark too, and removing it would turn が into か.
 */
const ACCENTS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\ufe00-\ufe0f]/g;

/** Letters that NFKD does not split into a base and an accent (ł, œ, ß …). */
const FOLDS: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
  ħ: 'h',
  þ: 'th',
};
const FOLDABLE = /[łđðøæœßıħþ]/g;

/**
 * Lower case, compatibility forms unified (full-width letters, ligatures, ① …), accents
 * removed: "Mobilité" → "mobilite", "Łódź" → "lodz", "Ștefan" and "Şţefan" → "stefan".
 * NFC at the end recomposes what NFKD split and is not an accent (Hangul, kana).
 */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFKD')
    .replace(ACCENTS, '')
    .replace(FOLDABLE, (c) => FOLDS[c] ?? c)
    .normalize('NFC');
}

/** A run of letters, digits and their marks, or one pictograph (an emoji is a token: 🚲 means bikes). */
const RUN = /[\p{L}\p{N}\p{M}]+|\p{Extended_Pictographic}/gu;
/** Scripts written without spaces between words, plus the marks that live inside them (ー 々). */
export const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー々〆]/u;
const MARK = /\p{M}/u;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const NUMERIC = /^\p{N}+$/u;

/** Splits a run where it passes between an unspaced script and any other (as in "5G基站"). */
function segments(run: string): { text: string; unspaced: boolean }[] {
  const out: { text: string; unspaced: boolean }[] = [];
  for (const ch of run) {
    const last = out[out.length - 1];
    // A combining mark belongs to the character before it, whatever its script.
    const unspaced = last && MARK.test(ch) ? last.unspaced : UNSPACED.test(ch);
    if (last && last.unspaced === unspaced) last.text += ch;
    else out.push({ text: ch, unspaced });
  }
  return out;
}

/** Grams start in the first four places of `<term>`: they cover the word's first 7 letters. */
const GRAM_STARTS = 4;

/**
 * 3- and 4-grams of the beginning of `<term>`. The beginning, because our languages inflect
 * and derive at the end of words and keep the stem at the start: "mobilité", "mobilités",
 * "mobility", "mobilitate" share their first grams, while "qualité" and "mobilité" share
 * only their ends, and whole-word grams made those look alike. Without the 3-gram of the
 * last two letters ("na>" of "wodna", "es>" of "bikes"), which is inflection too. Chosen on
 * the fixtures: both rules raised the quality of every language but Romanian (−0.02).
 */
export function charGrams(term: string): string[] {
  const chars = Array.from(`<${term}>`);
  const grams: string[] = [];
  for (let i = 0; i < GRAM_STARTS && i + 3 < chars.length; i++) grams.push(chars.slice(i, i + 3).join(''));
  for (let i = 0; i < GRAM_STARTS && i + 4 <= chars.length; i++) grams.push(chars.slice(i, i + 4).join(''));
  return grams;
}

/**
 * Unigrams and bigrams of a run of Chinese or Japanese. A function character (的, の …) ends
 * a run: "城市的交通" gives 城市 and 交通, not the noise pairs 市的 and 的交.
 */
function addUnspaced(text: string, words: WordToken[]): void {
  let piece: string[] = [];
  const flush = () => {
    piece.forEach((c, i) => {
      words.push({ term: fold(c), surface: c });
      const next = piece[i + 1];
      if (next !== undefined && !isStopWord(fold(c + next))) words.push({ term: fold(c + next), surface: c + next });
    });
    piece = [];
  };
  for (const c of text) {
    if (isStopWord(fold(c))) flush();
    else piece.push(c);
  }
  flush();
}

export interface TokenizeOptions {
  /** Character n-grams of the words (titles: yes; long pitches: words are enough). */
  grams?: boolean;
}

export function tokenize(text: string, options: TokenizeOptions = {}): Tokens {
  const words: WordToken[] = [];
  const grams: string[] = [];
  for (const match of text.normalize('NFKC').matchAll(RUN)) {
    for (const seg of segments(match[0])) {
      if (seg.unspaced) {
        addUnspaced(seg.text, words);
        continue;
      }
      const term = fold(seg.text);
      if (term === '') continue;
      const pictograph = PICTOGRAPH.test(term);
      // One letter is noise in spaced scripts (the "l" of "l'énergie", the "s" of "city's").
      if (!pictograph && Array.from(term).length < 2) continue;
      if (isStopWord(term)) continue;
      words.push({ term, surface: seg.text });
      if (options.grams !== false && !pictograph && !NUMERIC.test(term)) grams.push(...charGrams(term));
    }
  }
  return { words, grams };
}
