/**
 * The projected grid's pure part: which session is in which cell, each title's own type scale (a
 * few very long titles get smaller type rather than shrinking every cell), and which slot runs now
 * and which comes next by the clock. Tested beside it.
 */
import type { Grid } from '../../../shared/grid.ts';
import type { Slot } from '../../../shared/schemas.ts';

export const slotTimes = (slot: Pick<Slot, 'start' | 'end'>): string => `${slot.start}–${slot.end}`;

const toMinutes = (time: string): number => {
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) * 60 + Number(m);
};

/**
 * Each title's own scale: 1 for most, smaller for the few far longer than a typical one (half
 * as long again as three titles in four), never under 0.8.
 */
export function titleScales(titles: readonly string[]): Map<string, number> {
  const lengths = titles.map((t) => t.length).sort((a, b) => a - b);
  const long = 1.5 * Math.max(24, lengths[Math.floor((lengths.length - 1) * 0.75)] ?? 0);
  return new Map(titles.map((t) => [t, Math.max(0.8, Math.min(1, Math.sqrt(long / Math.max(1, t.length))))]));
}

export interface Placed {
  title: string;
  host: string;
}

/** The sessions of a grid by `room|slot`. */
export function placedByCell(grid: Pick<Grid, 'sessions'>): Map<string, Placed> {
  const map = new Map<string, Placed>();
  for (const s of grid.sessions)
    if (s.roomId && s.slotId) map.set(`${s.roomId}|${s.slotId}`, { title: s.title, host: s.hostName });
  return map;
}

export interface NowNext {
  /** The slot running now (any kind), or null between slots, before or after the day. */
  now: Slot | null;
  /** The next session slot after the current one (or after this minute). */
  next: Slot | null;
  /** Before the first slot of the day. */
  before: boolean;
  /** After the last slot of the day. */
  over: boolean;
}

/** Which slot runs at `minute` (minutes since midnight), and which session slot comes next. */
export function nowAndNext(slots: readonly Slot[], minute: number): NowNext {
  const sorted = [...slots].sort((a, b) => a.start.localeCompare(b.start));
  const now = sorted.find((s) => toMinutes(s.start) <= minute && minute < toMinutes(s.end)) ?? null;
  const after = now ? toMinutes(now.end) : minute;
  const next = sorted.find((s) => s.kind === 'session' && s !== now && toMinutes(s.start) >= after) ?? null;
  const first = sorted[0];
  const last = sorted.at(-1);
  return {
    now,
    next,
    before: !!first && minute < toMinutes(first.start),
    over: !!last && minute >= toMinutes(last.end),
  };
}
