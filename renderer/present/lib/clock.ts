/**
 * 754 s → "12:34", 45 s → "00:45"; an hour or more → "1:02:03". Always two digits of minutes, so
 * the huge digits keep their width from 10:00 to 09:59 instead of shifting. Seconds are rounded
 * up: 00:00 shows only at the end.
 */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}
