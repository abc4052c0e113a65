/**
 * The facilitator's search box over the topic wall. It runs on every keystroke over up to
 * ~300 topics, so the folded text of each topic is computed once and cached; a keystroke
 * then costs one folded query and a few `includes` per topic, with no per-topic allocation.
 */
import type { Theme, Topic } from '../schemas.ts';

/**
 * Letters that NFD does not split into base + accent, so stripping combining marks leaves
 * them as they are. Without this "lodz" would not find "Łódź" nor "oeuvre" find "œuvre".
 */
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
  // typographic apostrophes and quotes, as typed by word processors and phones
  '’': "'",
  '‘': "'",
  ʼ: "'",
};
const FOLDABLE = /[łđðøæœßıħþ’‘ʼ]/g;
const COMBINING_MARKS = /\p{M}/gu;

/**
 * Folds text for matching: lower case, accents removed (NFD then combining marks dropped),
 * the few letters NFD keeps whole folded by hand (ł→l, œ→oe, ß→ss …), curly apostrophes
 * made straight. "Métropole", "METROPOLE" and "metropole" all become "metropole"; "Łódź"
 * becomes "lodz"; "São Paulo" becomes "sao paulo".
 */
export function normaliseForSearch(text: string): string {
  // Lower case first: 'İ'.toLowerCase() is 'i' + a combining dot, which NFD-stripping then removes.
  const folded = text.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '');
  return folded.replace(FOLDABLE, (c) => FOLDS[c] ?? c);
}

export interface TopicFilter {
  /** Free text; every word must appear somewhere in the topic (in any field). */
  query: string;
  /** One smart-city axis, or null for all topics (with or without a theme). */
  theme: Theme | null;
}

/** What the filter reads: works for `Topic` and for lighter view models alike. */
export type SearchableTopic = Pick<Topic, 'title' | 'pitch' | 'proposer' | 'tags' | 'theme'>;

interface Folded {
  title: string;
  pitch: string;
  proposer: string;
  tags: readonly string[];
  text: string;
}

/**
 * Keyed by the topic object: the stores replace a topic object when it changes, and an
 * entry disappears with its topic. The source fields are kept and compared on each hit, so
 * a topic edited in place is still found correctly (comparing strings that did not change
 * is a pointer comparison in practice).
 */
const cache = new WeakMap<SearchableTopic, Folded>();

function foldedText(topic: SearchableTopic): string {
  const hit = cache.get(topic);
  if (
    hit !== undefined &&
    hit.title === topic.title &&
    hit.pitch === topic.pitch &&
    hit.proposer === topic.proposer &&
    hit.tags === topic.tags
  ) {
    return hit.text;
  }
  // '\n' between fields: query words never contain whitespace, so a word cannot match
  // across two fields ("economy" + "youth" does not make "myyouth").
  const text = normaliseForSearch(`${topic.title}\n${topic.pitch}\n${topic.proposer}\n${topic.tags.join('\n')}`);
  cache.set(topic, { title: topic.title, pitch: topic.pitch, proposer: topic.proposer, tags: topic.tags, text });
  return text;
}

/** The query's words, folded; an empty or blank query gives none. */
export function queryTerms(query: string): string[] {
  const folded = normaliseForSearch(query).trim();
  return folded === '' ? [] : folded.split(/\s+/);
}

/**
 * The topics matching the filter, in their original order (a new array; the input is never
 * changed). Matching is accent- and case-insensitive over title, pitch, proposer and tags;
 * with several words, a topic must contain all of them ("green lappeenranta").
 */
export function filterTopics<T extends SearchableTopic>(topics: readonly T[], filter: TopicFilter): T[] {
  const terms = queryTerms(filter.query);
  const { theme } = filter;
  if (terms.length === 0 && theme === null) return topics.slice();
  const result: T[] = [];
  for (const topic of topics) {
    if (theme !== null && topic.theme !== theme) continue;
    if (terms.length > 0) {
      const text = foldedText(topic);
      let all = true;
      for (const term of terms) {
        if (!text.includes(term)) {
          all = false;
          break;
        }
      }
      if (!all) continue;
    }
    result.push(topic);
  }
  return result;
}
