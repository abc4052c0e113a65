/**
 * How to lay out N topic cards on one projected screen with the largest type that fits:
 * tries every column count, and for each the biggest font at which the titles (up to three
 * lines) and the proposer fit in a card. Pure, so it is easy to reason about and to test.
 */
export interface WallLayout {
  columns: number;
  rows: number;
  /** Title size in CSS pixels; the number and proposer scale from it. */
  fontPx: number;
  /** How many title lines a card shows before an ellipsis. */
  titleLines: number;
  /** Cards shown; when fewer than the topics, the last cell says how many more there are. */
  shown: number;
  gapPx: number;
}

const MAX_COLUMNS = 8;
// A typical title must fit in this many lines for a layout to be chosen…
const MAX_TITLE_LINES = 3;
// …and a card shows up to this many when it has the room, so a long title keeps its end.
const MAX_SHOWN_LINES = 4;
// Inter's average glyph is a little over half its size; a bit more keeps titles from clipping.
const CHAR_WIDTH = 0.56;
const LINE_HEIGHT = 1.18;
// Card padding top + bottom, and the proposer's line with its gap, in title-font units.
const CARD_CHROME = 1.1 + 1.05;
// The number column beside the title, plus left and right padding.
const CARD_SIDE = 2.6 + 1.1;

/** A long title, not the longest: one outlier gets an ellipsis rather than shrinking every card. */
export function typicalLength(titles: readonly string[]): number {
  if (titles.length === 0) return 0;
  const sorted = titles.map((t) => t.length).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))] ?? 0;
}

function titleLinesFor(length: number, cardWidth: number, font: number): number {
  const perLine = (cardWidth - CARD_SIDE * font) / (CHAR_WIDTH * font);
  if (perLine < 6) return Number.POSITIVE_INFINITY;
  return Math.max(1, Math.ceil(length / perLine));
}

function fits(font: number, cardWidth: number, cardHeight: number, length: number): boolean {
  const lines = titleLinesFor(length, cardWidth, font);
  // A typical title must show whole; only the rare longer ones get an ellipsis.
  if (lines > MAX_TITLE_LINES) return false;
  return font * (CARD_CHROME + LINE_HEIGHT * lines) <= cardHeight;
}

export function wallLayout(count: number, width: number, height: number, titleLength: number): WallLayout {
  const gap = Math.round(Math.max(8, height * 0.014));
  const maxFont = Math.max(16, height * 0.05);
  // Relative to the screen, not in CSS pixels: a 720p projector fills the same wall as a 1080p one.
  const minFont = Math.max(10, height * 0.02);
  let best: WallLayout | null = null;
  const cards = Math.max(1, count);

  for (let columns = 1; columns <= Math.min(MAX_COLUMNS, cards); columns++) {
    const rows = Math.ceil(cards / columns);
    const cardWidth = (width - (columns - 1) * gap) / columns;
    const cardHeight = (height - (rows - 1) * gap) / rows;
    // Binary search on the font size: `fits` only gets harder as the font grows.
    let low = 0;
    let high = maxFont;
    for (let step = 0; step < 18; step++) {
      const mid = (low + high) / 2;
      if (fits(mid, cardWidth, cardHeight, titleLength)) low = mid;
      else high = mid;
    }
    const fontPx = Math.floor(low);
    if (!best || fontPx > best.fontPx) {
      const room = Math.floor((cardHeight - fontPx * CARD_CHROME) / (fontPx * LINE_HEIGHT));
      best = {
        columns,
        rows,
        fontPx,
        titleLines: Math.max(1, Math.min(MAX_SHOWN_LINES, room)),
        shown: count,
        gapPx: gap,
      };
    }
  }

  const layout = best ?? { columns: 1, rows: 1, fontPx: maxFont, titleLines: 1, shown: count, gapPx: gap };
  if (layout.fontPx >= minFont) return layout;

  // Too many to read at once: keep a legible size and say how many more there are.
  const fontPx = Math.ceil(minFont);
  const cardHeight = fontPx * (CARD_CHROME + LINE_HEIGHT * 2);
  const rows = Math.max(1, Math.floor((height + gap) / (cardHeight + gap)));
  const columns = Math.min(MAX_COLUMNS, Math.max(1, Math.floor((width + gap) / (fontPx * 16 + gap))));
  const cells = rows * columns;
  return { columns, rows, fontPx, titleLines: 2, shown: count > cells ? cells - 1 : count, gapPx: gap };
}
