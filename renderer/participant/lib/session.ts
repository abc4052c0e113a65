/**
 * What a phone remembers per join code, so a reload (or the phone waking up) rejoins silently:
 * the token and the name it gave. Kept in localStorage under the code, so joining another
 * workshop on the same phone does not sign out of the first.
 */
import type { PendingVote } from '../store/phoneStore.ts';

export interface SavedSession {
  token: string;
  name: string;
}

const key = (code: string) => `agora.phone.${code}`;

export function loadSession(code: string): SavedSession | null {
  try {
    const raw = localStorage.getItem(key(code));
    const parsed = raw ? (JSON.parse(raw) as Partial<SavedSession>) : null;
    return parsed && typeof parsed.token === 'string'
      ? { token: parsed.token, name: typeof parsed.name === 'string' ? parsed.name : '' }
      : null;
  } catch {
    return null;
  }
}

export function saveSession(code: string, session: SavedSession): void {
  try {
    localStorage.setItem(key(code), JSON.stringify(session));
  } catch {
    // private browsing: the phone will simply join again after a reload
  }
}

export function clearSession(code: string): void {
  try {
    localStorage.removeItem(key(code));
  } catch {
    // nothing stored, nothing to clear
  }
}

const pendingKey = (code: string) => `agora.phone.${code}.pending`;

/**
 * Taps not yet acknowledged, kept for this tab: a reload while the Wi-Fi is down sends them
 * afterwards, with the same request ids, so none is lost and none counts twice.
 */
export function savePending(code: string, pending: readonly PendingVote[]): void {
  try {
    if (pending.length === 0) sessionStorage.removeItem(pendingKey(code));
    else sessionStorage.setItem(pendingKey(code), JSON.stringify(pending));
  } catch {
    // storage unavailable: the taps live in memory only, as before a reload
  }
}

export function loadPending(code: string): PendingVote[] {
  try {
    const parsed = JSON.parse(sessionStorage.getItem(pendingKey(code)) ?? '[]') as unknown;
    return Array.isArray(parsed)
      ? parsed.filter(
          (v): v is PendingVote =>
            typeof v?.requestId === 'string' && typeof v.roundId === 'string' && typeof v.itemId === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

/** The join code in the address: /j/K7PQ2M → "K7PQ2M"; null when it is not a plausible code. */
export function codeFromPath(pathname: string): string | null {
  const match = /\/j\/([^/?#]+)/.exec(pathname);
  const code = match?.[1] ? decodeURIComponent(match[1]).trim().toUpperCase() : '';
  // The server has the exact alphabet (shared/protocol.ts); here only the shape, to avoid bundling zod.
  return /^[A-Z0-9]{6}$/.test(code) ? code : null;
}

const NAME_KEY = 'agora.phone.name';

/** The name this phone last joined with, offered again when it joins with a new code. */
export function lastName(): string {
  try {
    return localStorage.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberName(name: string): void {
  try {
    if (name) localStorage.setItem(NAME_KEY, name);
  } catch {
    // not fatal: the name field will just start empty
  }
}
