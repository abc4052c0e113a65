/** Locale-aware formatting with Intl, keyed by the UI language (not the OS locale). */

/**
 * The Intl locale for a UI language. English uses British conventions ("23 May 2013",
 * 24-hour clock): Agora's users are European and international city teams.
 */
export function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : language;
}

/** A calendar date stored as YYYY-MM-DD, shown as e.g. "14 May 2013" / "14 mai 2013". */
export function formatDate(isoDate: string, language: string, style: 'long' | 'medium' | 'full' = 'long'): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  // UTC on both sides so the day never shifts with the machine's time zone
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: style, timeZone: 'UTC' }).format(date);
}

/** Minutes between two HH:MM times of the same day. */
export function minutesBetween(start: string, end: string): number {
  return toMinutes(end) - toMinutes(start);
}

export function toMinutes(time: string): number {
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** HH:MM as the language writes it ("2:30 PM" / "14:30"). */
export function formatTime(time: string, language: string): string {
  const minutes = toMinutes(time);
  const date = new Date(Date.UTC(2000, 0, 1, Math.floor(minutes / 60), minutes % 60));
  return new Intl.DateTimeFormat(intlLocale(language), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    date,
  );
}

export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
