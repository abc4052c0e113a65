/**
 * Drafts kept on this computer (localStorage) so a reload, a crash or a closed window does not
 * lose what was being typed: the topic half written in the capture bar, a detail not saved
 * yet. One entry per workshop and form, removed once the draft is saved or added.
 * localStorage rather than sessionStorage: the desktop window's storage outlives a restart.
 */
const PREFIX = 'agora.draft.';

/** The stored value, if `isDraft` accepts it (an old or foreign shape is dropped). */
export function readDraft<T>(key: string, isDraft: (value: unknown) => value is T): T | null {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    if (raw === null) return null;
    const value: unknown = JSON.parse(raw);
    if (isDraft(value)) return value;
    localStorage.removeItem(PREFIX + key);
  } catch {
    // unavailable storage or a damaged entry: no draft
  }
  return null;
}

/** Keeps `value`, or forgets the draft when it is null. */
export function writeDraft(key: string, value: unknown): void {
  try {
    if (value === null) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // storage full or unavailable: the draft lives in the form only, as before
  }
}

/** A plain object whose listed keys all hold strings. */
export function hasStrings<K extends string>(value: unknown, keys: readonly K[]): value is Record<K, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    keys.every((k) => typeof (value as Record<string, unknown>)[k] === 'string')
  );
}
