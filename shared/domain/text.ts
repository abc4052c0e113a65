/**
 * Participant text is data: shown as typed, never markup. Two things make typed text lie
 * about itself: invisible characters (zero-width spaces, joiners, the BOM, soft hyphens) can
 * make a title that looks empty, and bidirectional controls (U+202E …) can reverse what
 * follows them. The first are refused where text is required (here); the second are shown
 * isolated by the screens (`unicode-bidi: isolate`), so they cannot spill into the text around.
 */

/** Unicode "format" characters (\p{Cf}): bidi controls, zero-width characters, BOM, soft hyphen. */
const INVISIBLE = /\p{Cf}/gu;

/** The text without its invisible characters and surrounding white space: what a reader sees. */
export const visibleText = (text: string): string => text.replace(INVISIBLE, '').trim();

/** True when something would show: not only spaces and invisible characters. */
export const hasVisibleText = (text: string): boolean => visibleText(text).length > 0;
