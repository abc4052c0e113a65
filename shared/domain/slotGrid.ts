/**
 * A day's grid of time slots: sessions of a fixed length fill the day, separated by a gap
 * (people need a few minutes to change rooms), and never run into a break.
 *
 * Pure and synchronous: the core calls it inside the `slots:generate` transaction and the
 * renderer calls it to preview the grid while the organiser types.
 */
import { DomainError } from '../result.ts';
import type { SlotFields, SlotKind } from '../schemas.ts';

/** The kinds a fixed slot of the grid can have: sessions fill the time around them. */
export type FixedSlotKind = Exclude<SlotKind, 'session'>;

/**
 * A grid request whose fixed slots may be plenaries (an opening, the topic market, a closing:
 * the whole room together) as well as breaks (`SlotGridRequest` carries the kind); a fixed
 * slot without a kind is a break.
 */
export interface GridRequest {
  start: string;
  end: string;
  sessionMinutes: number;
  gapMinutes?: number | undefined;
  breaks?: readonly { start: string; end: string; label?: string | undefined; kind?: FixedSlotKind }[] | undefined;
}

const MINUTES_PER_DAY = 24 * 60;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** 'HH:MM' (24-hour clock, as `TimeOfDay` accepts it) → minutes since midnight. */
export function timeToMinutes(time: string): number {
  const match = TIME.exec(time);
  if (!match) throw new DomainError('invalid_input', `"${time}" is not a time as HH:MM`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Minutes since midnight → 'HH:MM'. Only times within one day exist in a grid. */
export function minutesToTime(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes >= MINUTES_PER_DAY) {
    throw new DomainError('invalid_input', `${minutes} minutes is not a time within one day`);
  }
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

/**
 * Builds the slots of one day, sorted by start.
 *
 * - Sessions start at `start`, and again right after each break: the break itself is the
 *   changeover, so no gap is added after it. Between two sessions there is `gapMinutes`.
 * - A session that would not end by the next break (or by `end`) is not created. Shortening
 *   it would give one group less time than the others, and letting it overlap a break would
 *   eat into lunch; the organiser sees the unused minutes in the preview and can move a
 *   break or change the session length instead.
 * - Breaks become slots of kind 'break' with their own label (or 'plenary' when they say so:
 *   a plenary is laid out like a break, sessions around it). A break without a label keeps
 *   '' (no English default): the UI shows "Break" in the workshop's language.
 * - Sessions get the label '' so the UI can number them ("Session 1", "Séance 1") in the
 *   workshop's language and keep the numbers right after a slot is removed.
 *
 * Accepts the schema's input type as well (gap and breaks optional), since the defaults are
 * the obvious ones (`SlotGridRequest` and its input both fit `GridRequest`). Throws
 * `DomainError('invalid_input', …, 'breaks')` when a break is not
 * inside [start, end] or overlaps another one; breaks that touch (10:00–10:15, 10:15–10:30)
 * are allowed.
 */
export function generateSlotGrid(request: GridRequest): SlotFields[] {
  const dayStart = timeToMinutes(request.start);
  const dayEnd = timeToMinutes(request.end);
  const session = request.sessionMinutes;
  const gap = request.gapMinutes ?? 0;
  if (dayEnd <= dayStart) {
    throw new DomainError('invalid_input', 'the day must end after it starts', 'end');
  }
  // Checked here too because the demo loader and tests call this without the schema, and a
  // zero-length session would never advance the clock.
  if (!Number.isInteger(session) || session < 1) {
    throw new DomainError(
      'invalid_input',
      'a session must last a whole number of minutes, at least 1',
      'sessionMinutes',
    );
  }
  if (!Number.isInteger(gap) || gap < 0) {
    throw new DomainError('invalid_input', 'the gap must be a whole number of minutes, 0 or more', 'gapMinutes');
  }

  const breaks = (request.breaks ?? [])
    .map((b) => ({
      start: timeToMinutes(b.start),
      end: timeToMinutes(b.end),
      label: (b.label ?? '').trim(),
      kind: (b.kind === 'plenary' ? 'plenary' : 'break') as FixedSlotKind,
    }))
    .sort((a, b) => a.start - b.start);
  let previousEnd = dayStart;
  for (const b of breaks) {
    const span = `${minutesToTime(b.start)}–${minutesToTime(b.end)}`;
    if (b.end <= b.start) {
      throw new DomainError('invalid_input', `the break ${span} must end after it starts`, 'breaks');
    }
    if (b.start < dayStart || b.end > dayEnd) {
      throw new DomainError(
        'invalid_input',
        `the break ${span} is outside the day (${request.start}–${request.end})`,
        'breaks',
      );
    }
    if (b.start < previousEnd) {
      throw new DomainError('invalid_input', `the break ${span} overlaps another break`, 'breaks');
    }
    previousEnd = b.end;
  }

  const slots: SlotFields[] = [];
  const fill = (from: number, until: number): void => {
    for (let t = from; t + session <= until; t += session + gap) {
      slots.push({ start: minutesToTime(t), end: minutesToTime(t + session), label: '', kind: 'session' });
    }
  };
  let cursor = dayStart;
  for (const b of breaks) {
    fill(cursor, b.start);
    slots.push({ start: minutesToTime(b.start), end: minutesToTime(b.end), label: b.label, kind: b.kind });
    cursor = b.end;
  }
  fill(cursor, dayEnd);
  return slots;
}

interface TimedSlot {
  start: string;
  end: string;
  kind: SlotKind;
  label: string;
}

/** The form's fields read back from a day: what `generateSlotGrid` would need to make it. */
export interface GridDraft {
  start: string;
  end: string;
  /** null when the day has no session to read it from. */
  sessionMinutes: number | null;
  /** null when no two sessions follow each other to read it from. */
  gapMinutes: number | null;
  breaks: { start: string; end: string; label: string; kind: FixedSlotKind }[];
}

export interface ReadBack {
  grid: GridDraft;
  /**
   * Whether generating `grid` (with its nulls filled) gives the day back slot for slot. False
   * when the day was edited by hand (sessions of several lengths, uneven gaps, a session cut
   * short, overlapping slots, more fixed slots than a grid takes): replacing it then changes it.
   */
  exact: boolean;
}

/** The value seen most often; the first seen among equals. */
function mostCommon(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  let best: number | null = null;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (best === null || n > (counts.get(best) ?? 0)) best = v;
  }
  return best;
}

/** A grid request takes at most this many breaks (`SlotGridRequest`). */
export const MAX_FIXED_SLOTS = 10;

/**
 * Reads a day's slots back into the generator's fields, so the form starts from the day as
 * it is rather than from defaults: the first start and last end, the most common session
 * length and gap between two sessions in a row, and every break and plenary as a fixed slot.
 * Returns null for a day without slots.
 */
export function readBackGrid(
  day: readonly TimedSlot[],
  defaults = { sessionMinutes: 45, gapMinutes: 15 },
): ReadBack | null {
  if (day.length === 0) return null;
  const slots = [...day].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
  const start = slots[0]?.start ?? '00:00';
  const end =
    slots
      .map((s) => s.end)
      .sort()
      .at(-1) ?? start;
  const lengths: number[] = [];
  const gaps: number[] = [];
  let previous: TimedSlot | null = null;
  for (const slot of slots) {
    if (slot.kind === 'session') {
      lengths.push(timeToMinutes(slot.end) - timeToMinutes(slot.start));
      if (previous?.kind === 'session') {
        const gap = timeToMinutes(slot.start) - timeToMinutes(previous.end);
        if (gap >= 0) gaps.push(gap);
      }
    }
    previous = slot;
  }
  const fixed = slots.filter((s) => s.kind !== 'session');
  const grid: GridDraft = {
    start,
    end,
    sessionMinutes: mostCommon(lengths),
    gapMinutes: mostCommon(gaps),
    breaks: fixed.slice(0, MAX_FIXED_SLOTS).map((s) => ({
      start: s.start,
      end: s.end,
      label: s.label,
      kind: s.kind === 'plenary' ? 'plenary' : 'break',
    })),
  };
  let exact = fixed.length <= MAX_FIXED_SLOTS && start < end;
  if (exact) {
    try {
      const again = generateSlotGrid({
        ...grid,
        sessionMinutes: grid.sessionMinutes ?? defaults.sessionMinutes,
        gapMinutes: grid.gapMinutes ?? defaults.gapMinutes,
      });
      const same = (a: TimedSlot, b: TimedSlot) =>
        a.start === b.start && a.end === b.end && a.kind === b.kind && (a.kind === 'session' || a.label === b.label);
      exact = again.length === slots.length && again.every((slot, i) => same(slot, slots[i] as TimedSlot));
    } catch {
      exact = false;
    }
  }
  return { grid, exact };
}

export interface Overlap<T extends { start: string; end: string }> {
  /** The slot that would be added. */
  added: { start: string; end: string; kind: SlotKind; label: string };
  /** The slot of the day it runs into. */
  existing: T;
}

/**
 * The slots of `added` that would run into a slot of `day`, each with the first one it meets
 * (slots that only touch, 10:00–10:45 then 10:45–11:30, do not overlap). Adding a grid to a
 * day must find none: two slots at the same time would give one room two sessions at once.
 */
export function findOverlaps<T extends { start: string; end: string }>(
  day: readonly T[],
  added: readonly { start: string; end: string; kind: SlotKind; label: string }[],
): Overlap<T>[] {
  const overlaps: Overlap<T>[] = [];
  const existing = [...day].sort((a, b) => a.start.localeCompare(b.start));
  for (const slot of added) {
    const s = timeToMinutes(slot.start);
    const e = timeToMinutes(slot.end);
    const hit = existing.find((x) => timeToMinutes(x.start) < e && s < timeToMinutes(x.end));
    if (hit) overlaps.push({ added: slot, existing: hit });
  }
  return overlaps;
}
