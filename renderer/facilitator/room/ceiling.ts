/** The voter ceiling field's rule, pure: what it accepts before the core checks again. */

/** A whole number from 1 to `max` (spaces around allowed), or null when the text is not one. */
export function parseCeiling(text: string, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= 1 && n <= max ? n : null;
}
