/**
 * What a facilitator types in a time field → 'HH:MM' (24-hour clock, as `TimeOfDay` stores it).
 *
 * Accepts the ways people write times in the languages Agora speaks: "9:00", "09:00", "17.30",
 * French "9h", "9h30", "9 h 30", and bare digits "9", "17", "900", "0900". Pure, no locale:
 * a native <input type="time"> would show the machine's 12-hour clock to a French facilitator.
 */

const SEPARATED = /^(\d{1,2})\s*([:.hH])\s*(\d{2})?$/;
const DIGITS = /^\d{1,4}$/;

/** Normalises `text` to 'HH:MM', or null when it is not a time of day (00:00–23:59). */
export function parseTimeInput(text: string): string | null {
  const input = text.trim();
  let hours: number;
  let minutes: number;
  const separated = SEPARATED.exec(input);
  if (separated) {
    // "9h" needs no minutes; "9:" or "9." is unfinished.
    if (separated[3] === undefined && (separated[2] ?? '').toLowerCase() !== 'h') return null;
    hours = Number(separated[1]);
    minutes = Number(separated[3] ?? '0');
  } else if (DIGITS.test(input)) {
    // "9", "17": hours; "930", "0930", "1730": hours then two digits of minutes.
    const split = input.length <= 2 ? input.length : input.length - 2;
    hours = Number(input.slice(0, split));
    minutes = Number(input.slice(split) || '0');
  } else {
    return null;
  }
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** True when `text` is already exactly 'HH:MM' and a real time: nothing left to normalise. */
export function isCompleteTime(text: string): boolean {
  return /^\d{2}:\d{2}$/.test(text) && parseTimeInput(text) === text;
}

/**
 * `time` moved by `direction` steps of `step` minutes, snapped to the step grid and kept within
 * the day (00:00 to the last step, 23:55 for 5 minutes). Null when `time` is not 'HH:MM'.
 */
export function stepTime(time: string, direction: 1 | -1, step = 5): string | null {
  const parsed = parseTimeInput(time);
  if (parsed === null) return null;
  const current = Number(parsed.slice(0, 2)) * 60 + Number(parsed.slice(3));
  const snapped = direction > 0 ? Math.floor(current / step) * step + step : Math.ceil(current / step) * step - step;
  const last = Math.floor((24 * 60 - 1) / step) * step;
  const next = Math.min(last, Math.max(0, snapped));
  return `${String(Math.floor(next / 60)).padStart(2, '0')}:${String(next % 60).padStart(2, '0')}`;
}
