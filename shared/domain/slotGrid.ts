/**
 * A day's grid of time slots: sessions of a fixed length fill the day, separated by a gap
 * (people need a few minutes to change rooms), and never run into a break.
 *
 * Pure and synchronous: the core calls it inside the `slots:generate` transaction and the
 * renderer calls it to preview the grid while the organiser types.
 */
import type { z } from 'zod';
import { DomainError } from '../result.ts';
import type { SlotFields, SlotGridRequest } from '../schemas.ts';

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
 * - Breaks become slots of kind 'break' with their own label. A break without a label keeps
 *   '' (no English default): the UI shows "Break" in the workshop's language.
 * - Sessions get the label '' so the UI can number them ("Session 1", "Séance 1") in the
 *   workshop's language and keep the numbers right after a slot is removed.
 *
 * Accepts the schema's input type as well (gap and breaks optional), since the defaults are
 * the obvious ones. Throws `DomainError('invalid_input', …, 'breaks')` when a break is not
 * inside [start, end] or overlaps another one; breaks that touch (10:00–10:15, 10:15–10:30)
 * are allowed.
 */
export function generateSlotGrid(request: SlotGridRequest | z.input<typeof SlotGridRequest>): SlotFields[] {
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
    .map((b) => ({ start: timeToMinutes(b.start), end: timeToMinutes(b.end), label: (b.label ?? '').trim() }))
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
    slots.push({ start: minutesToTime(b.start), end: minutesToTime(b.end), label: b.label, kind: 'break' });
    cursor = b.end;
  }
  fill(cursor, dayEnd);
  return slots;
}
