/**
 * What a phone remembers per address, so a reload (or the phone waking up) rejoins silently: the
 * token, the name it gave, and the printed ticket it joined with, if any. Kept in localStorage
 * under the join code (/j/CODE) or the ticket (/t/TICKET), so joining another workshop on the
 * same phone does not sign out of the first. A ticket typed on a /j/ page replaces that page's
 * session: the phone votes as the ticket's voter from then on.
 */
import type { PendingVote } from '../store/phoneStore.ts';

export interface SavedSession {
  token: string;
  name: string;
  /** The ticket this phone joined with (10 characters, no dash), or undefined for the join code. */
  ticket?: string;
}

/** Where a session is kept: the join code, or "t." and the ticket for a /t/ address. */
export const ticketKey = (ticket: string) => `t.${ticket}`;

const key = (sessionKey: string) => `agora.phone.${sessionKey}`;

export function loadSession(sessionKey: string): SavedSession | null {
  try {
    const raw = localStorage.getItem(key(sessionKey));
    const parsed = raw ? (JSON.parse(raw) as Partial<SavedSession>) : null;
    if (!parsed || typeof parsed.token !== 'string') return null;
    const session: SavedSession = { token: parsed.token, name: typeof parsed.name === 'string' ? parsed.name : '' };
    const ticket = typeof parsed.ticket === 'string' ? cleanTicket(parsed.ticket) : null;
    if (ticket) session.ticket = ticket;
    return session;
  } catch {
    return null;
  }
}

export function saveSession(sessionKey: string, session: SavedSession): void {
  try {
    localStorage.setItem(key(sessionKey), JSON.stringify(session));
  } catch {
    // private browsing: the phone will simply join again after a reload
  }
}

export function clearSession(sessionKey: string): void {
  try {
    localStorage.removeItem(key(sessionKey));
  } catch {
    // nothing stored, nothing to clear
  }
}

const pendingKey = (sessionKey: string) => `agora.phone.${sessionKey}.pending`;

/**
 * Taps not yet acknowledged, kept for this tab: a reload while the Wi-Fi is down sends them
 * afterwards, with the same request ids, so none is lost and none counts twice.
 */
export function savePending(sessionKey: string, pending: readonly PendingVote[]): void {
  try {
    if (pending.length === 0) sessionStorage.removeItem(pendingKey(sessionKey));
    else sessionStorage.setItem(pendingKey(sessionKey), JSON.stringify(pending));
  } catch {
    // storage unavailable: the taps live in memory only, as before a reload
  }
}

export function loadPending(sessionKey: string): PendingVote[] {
  try {
    const parsed = JSON.parse(sessionStorage.getItem(pendingKey(sessionKey)) ?? '[]') as unknown;
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

/**
 * A ticket as printed, typed or scanned ("k7mq2-xr4pa", "K7MQ2 XR4PA") → "K7MQ2XR4PA"; null when it
 * cannot be one. The server has the exact alphabet; here only the shape, to avoid bundling zod.
 */
export function cleanTicket(text: string): string | null {
  const ticket = text.replace(/[\s-]/g, '').toUpperCase();
  return /^[A-Z0-9]{10}$/.test(ticket) ? ticket : null;
}

/** "K7MQ2XR4PA" as printed on the ticket: "K7MQ2-XR4PA". */
export const printedTicket = (ticket: string) => `${ticket.slice(0, 5)}-${ticket.slice(5)}`;

/** The ticket in a printed ticket's QR address: /t/K7MQ2XR4PA → "K7MQ2XR4PA"; null otherwise. */
export function ticketFromPath(pathname: string): string | null {
  const match = /\/t\/([^/?#]+)/.exec(pathname);
  if (!match?.[1]) return null;
  try {
    return cleanTicket(decodeURIComponent(match[1]));
  } catch {
    return null;
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
