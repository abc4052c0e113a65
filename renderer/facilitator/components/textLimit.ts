/**
 * Length limits said out loud. A field never cuts what is typed or pasted (an input's
 * maxLength drops the rest of a paste without a word); instead it counts as the core counts
 * (`z.string().trim().max(n)`: UTF-16 units, spaces at both ends not counted), shows the count
 * as the limit comes near, and says by how much it is over, so the form can refuse to save.
 */

export interface LengthCheck {
  /** What the core will count. */
  length: number;
  limit: number;
  /** Characters beyond the limit; 0 when it fits. */
  over: number;
  /** Show the counter: from 80% of the limit (and always when over). */
  near: boolean;
}

/** From this share of the limit on, the counter shows. */
export const NEAR_LIMIT = 0.8;

export function checkLength(text: string, limit: number): LengthCheck {
  const length = text.trim().length;
  const over = Math.max(0, length - limit);
  return { length, limit, over, near: over > 0 || length >= Math.ceil(limit * NEAR_LIMIT) };
}

/**
 * The text cut to `limit` (as the core counts), at the last word break within the last fifth
 * when there is one, never inside a surrogate pair, with no dangling spaces or punctuation
 * at the end. For the explicit "keep the first N characters" a facilitator may choose.
 */
export function shortenTo(text: string, limit: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= limit) return trimmed;
  let cut = trimmed.slice(0, limit);
  // Do not leave half of an emoji or of any astral character.
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  const atBreak = trimmed[cut.length] === undefined || /\s/.test(trimmed[cut.length] ?? '');
  if (!atBreak) {
    const space = cut.search(/\s\S*$/);
    if (space >= Math.floor(limit * NEAR_LIMIT)) cut = cut.slice(0, space);
  }
  return cut.replace(/[\s,;:–—-]+$/u, '');
}
