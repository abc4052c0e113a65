/**
 * Joining and staying joined: the token is kept per address (lib/session.ts: the join code, or a
 * printed ticket), a reload rejoins silently, a refused token (401: expired, or the facilitator
 * started a new session) is dropped and the phone joins again the same way with the same name;
 * the state is re-read whenever the server says something changed, and retried with backoff
 * while the network is away. A phone beyond the voter ceiling waits (the state says so) until the
 * facilitator lets it in; the 'admitted' event re-reads the state, and the ballot appears.
 */
import type { PhoneErrorCode, PhoneState } from '../../../shared/protocol.ts';
import { phoneI18n } from '../i18n.ts';
import { phoneApi } from '../lib/api.ts';
import { backoffMs, sleep } from '../lib/backoff.ts';
import {
  clearSession,
  codeFromPath,
  loadPending,
  loadSession,
  rememberName,
  saveSession,
  ticketFromPath,
  ticketKey,
} from '../lib/session.ts';
import { connectEvents, disconnectEvents } from './events.ts';
import { type PhoneStore, setRetrying, showNotice, usePhone } from './phoneStore.ts';
import { ackCount, resumePending } from './votes.ts';

export function start(): void {
  const ticket = ticketFromPath(window.location.pathname);
  const code = ticket ? null : codeFromPath(window.location.pathname);
  if (!code && !ticket) {
    // /t/ with something that cannot be a ticket asks for the ticket; anything else for the code.
    const onTicketPath = /\/t\//.test(window.location.pathname);
    usePhone.setState({ phase: onTicketPath ? 'badTicket' : 'badCode', badCodeReason: 'unknown' });
    return;
  }
  const sessionKey = ticket ? ticketKey(ticket) : (code as string);
  const saved = loadSession(sessionKey);
  if (saved) {
    usePhone.setState({
      code,
      ticket: saved.ticket ?? ticket,
      sessionKey,
      token: saved.token,
      name: saved.name,
      phase: 'loading',
      pending: loadPending(sessionKey),
    });
    void refresh().then(() => {
      connectEvents();
      resumePending();
    });
  } else {
    usePhone.setState({ code, ticket, sessionKey, phase: 'join' });
  }
}

/** How this phone joins: its ticket when it has one, else the join code of the address. */
function entry(s: Pick<PhoneStore, 'code' | 'ticket'>): { ticket: string } | { code: string } | null {
  if (s.ticket) return { ticket: s.ticket };
  return s.code ? { code: s.code } : null;
}

/** What the join form shows for a refused ticket or code: the error code, in plain words. */
function joinErrorOf(code: PhoneErrorCode, withTicket: boolean): string {
  if (withTicket && (code === 'not_found' || code === 'invalid_input')) return 'ticket_unknown';
  return code;
}

/**
 * The participant asked to join (name optional), with the address's code or ticket, or with a
 * ticket typed on the join form (`ticket`).
 */
export async function join(name: string, typedTicket: string | null = null): Promise<void> {
  const s = usePhone.getState();
  const how = typedTicket ? { ticket: typedTicket } : entry(s);
  if (!how || !s.sessionKey) return;
  usePhone.setState({ phase: 'joining', joinError: null });
  const result = await phoneApi.join(how, name.trim());
  const ticket = 'ticket' in how ? how.ticket : null;
  if (result.ok) {
    const session = { token: result.value.token, name: name.trim(), ...(ticket ? { ticket } : {}) };
    saveSession(s.sessionKey, session);
    // Joined with a ticket: the room's join address (/j/CODE) on this phone is the same voter,
    // not a second one with a fresh budget.
    if (ticket && result.value.code) saveSession(result.value.code, session);
    rememberName(name.trim());
    phoneI18n.followWorkshop(result.value.workshop.language);
    usePhone.setState({ token: result.value.token, name: name.trim(), ticket, phase: 'loading', needName: false });
    await refresh();
    connectEvents();
    return;
  }
  if (!ticket && result.kind === 'refused' && (result.code === 'not_found' || result.code === 'invalid_input')) {
    usePhone.setState({ phase: 'badCode', badCodeReason: 'unknown' });
    return;
  }
  usePhone.setState({
    phase: 'join',
    joinError: result.kind === 'network' ? 'network' : joinErrorOf(result.code, ticket !== null),
  });
}

/**
 * A ticket typed on a phone that joined with the code (a ticket-only round asked for it): the
 * phone joins again with the ticket and votes as the ticket's voter from then on; the code's
 * session is replaced. Resolves to null when done, or the error code to show beside the field.
 */
export async function switchToTicket(ticket: string): Promise<string | null> {
  const s = usePhone.getState();
  if (!s.sessionKey) return 'unknown';
  for (let attempt = 0; attempt < 6; attempt++) {
    const result = await phoneApi.join({ ticket }, usePhone.getState().name);
    if (result.ok) {
      disconnectEvents();
      const { name } = usePhone.getState();
      saveSession(s.sessionKey, { token: result.value.token, name, ticket });
      usePhone.setState({ token: result.value.token, ticket, needName: false, confirmed: {}, pending: [] });
      await refresh();
      connectEvents();
      return null;
    }
    if (result.kind === 'refused' && result.code !== 'rate_limited' && result.code !== 'internal')
      return joinErrorOf(result.code, true);
    await sleep(result.kind === 'refused' && result.retryAfterMs ? result.retryAfterMs : backoffMs(attempt));
  }
  return 'network';
}

/**
 * Gives this phone a name (a named round needs one), keeping its token and the votes it has
 * cast; rejoining instead would make a second voter with a fresh budget.
 */
export async function giveName(name: string): Promise<void> {
  const trimmed = name.trim();
  for (let attempt = 0; ; attempt++) {
    const { sessionKey, token, ticket } = usePhone.getState();
    if (!sessionKey || !token) return;
    const result = await phoneApi.rename(token, trimmed);
    if (result.ok) {
      saveSession(sessionKey, { token, name: trimmed, ...(ticket ? { ticket } : {}) });
      rememberName(trimmed);
      usePhone.setState({ name: trimmed, needName: false });
      await refresh();
      return;
    }
    if (result.kind === 'refused' && result.code === 'unauthorized' && attempt === 0 && (await rejoin())) continue;
    if (result.kind === 'refused') {
      showNotice(result.code);
      return;
    }
    setRetrying('state', true);
    await sleep(backoffMs(attempt));
  }
}

// How often a phone on a closed workshop looks again (a restore, or the trash emptied).
const CLOSED_RECHECK_MS = 15_000;

let rejoining: Promise<boolean> | null = null;

/**
 * After a 401: forget the token and join again the same way (code or ticket) with the same name.
 * Shared, so a vote and a state read refused at the same moment make one new join, not two.
 */
export function rejoin(): Promise<boolean> {
  rejoining ??= (async () => {
    const s = usePhone.getState();
    const how = entry(s);
    const { sessionKey, name, ticket } = s;
    if (!how || !sessionKey) return false;
    clearSession(sessionKey);
    usePhone.setState({ token: null });
    disconnectEvents();
    for (let attempt = 0; ; attempt++) {
      const result = await phoneApi.join(how, name);
      if (result.ok) {
        saveSession(sessionKey, { token: result.value.token, name, ...(ticket ? { ticket } : {}) });
        usePhone.setState({ token: result.value.token });
        connectEvents();
        return true;
      }
      if (result.kind === 'refused' && result.code !== 'rate_limited' && result.code !== 'internal') {
        if (ticket) {
          // The facilitator released this phone's ticket and another phone took it, or it is gone.
          usePhone.setState({
            phase: result.code === 'ticket_used' ? 'ticketUsed' : 'badTicket',
            state: null,
            pending: [],
          });
          return false;
        }
        // The code is gone: the facilitator made a new one. Ask for it.
        usePhone.setState({ phase: 'badCode', badCodeReason: 'signed-out', state: null, pending: [] });
        return false;
      }
      setRetrying('state', true);
      await sleep(result.kind === 'refused' && result.retryAfterMs ? result.retryAfterMs : backoffMs(attempt));
    }
  })().finally(() => {
    rejoining = null;
  });
  return rejoining;
}

/** The ticket-holder's way back after 'ticketUsed': join with the address's code, without the ticket. */
export async function joinWithoutTicket(): Promise<void> {
  const { code, sessionKey, name } = usePhone.getState();
  if (!code || !sessionKey) return;
  clearSession(sessionKey);
  usePhone.setState({ ticket: null, token: null, phase: 'join', joinError: null });
  await join(name);
}

/**
 * Rounds I was looking at that are no longer open: they closed. A round that only left the
 * focus (the facilitator projects another) is still among `openRounds`, and is not "closed".
 */
function endedRounds(before: PhoneState | null, after: PhoneState, ended: PhoneStore['ended']): PhoneStore['ended'] {
  const open = new Set(after.openRounds.map((r) => r.id));
  const still = ended.filter((r) => !open.has(r.id));
  for (const round of before?.rounds ?? [])
    if (!open.has(round.id) && !still.some((r) => r.id === round.id))
      still.push({ id: round.id, question: round.question });
  return still;
}

function applyState(next: PhoneState, acksBefore: number): void {
  const s = usePhone.getState();
  // A vote answered while this read was under way is newer than what the read says about my ballot.
  const keepConfirmed = ackCount() !== acksBefore;
  const confirmed: PhoneStore['confirmed'] = {};
  for (const round of next.rounds) {
    const waiting = s.pending.some((p) => p.roundId === round.id);
    const known = s.confirmed[round.id];
    confirmed[round.id] =
      known && (waiting || keepConfirmed)
        ? known
        : { roundId: round.id, myVotes: round.myVotes, myScores: round.myScores, remaining: round.remaining };
  }
  const open = new Set(next.rounds.map((r) => r.id));
  const scoreDrafts = Object.fromEntries(Object.entries(s.scoreDrafts).filter(([id]) => open.has(id)));
  phoneI18n.followWorkshop(next.workshop.language);
  usePhone.setState({
    state: next,
    name: next.name,
    phase: 'ready',
    confirmed,
    scoreDrafts,
    ended: s.phase === 'ready' ? endedRounds(s.state, next, s.ended) : s.ended,
  });
}

async function readState(): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const token = usePhone.getState().token;
    if (!token) return;
    const acksBefore = ackCount();
    const result = await phoneApi.state(token);
    if (result.ok) {
      setRetrying('state', false);
      applyState(result.value, acksBefore);
      return;
    }
    if (result.kind === 'refused' && result.code === 'unauthorized') {
      if (!(await rejoin())) return;
      continue;
    }
    if (result.kind === 'refused' && result.code === 'workshop_closed') {
      // Keep the token: if the facilitator restores the workshop, this phone votes as itself again.
      usePhone.setState({ phase: 'closed', state: null, pending: [] });
      setRetrying('state', false);
      setTimeout(() => void refresh(), CLOSED_RECHECK_MS);
      return;
    }
    if (result.kind === 'refused' && result.code !== 'rate_limited' && result.code !== 'internal') {
      showNotice(result.code);
      return;
    }
    setRetrying('state', result.kind === 'network');
    await sleep(result.kind === 'refused' && result.retryAfterMs ? result.retryAfterMs : backoffMs(attempt));
  }
}

let reading: Promise<void> | null = null;
let readAgain = false;

/** Re-reads /p/state; calls during a read are folded into one more read after it. */
export function refresh(): Promise<void> {
  if (reading) {
    readAgain = true;
    return reading;
  }
  reading = (async () => {
    do {
      readAgain = false;
      await readState();
    } while (readAgain);
  })().finally(() => {
    reading = null;
  });
  return reading;
}

/** Goes to another code typed by the participant (the one on the screen changed). */
export function goToCode(code: string): void {
  const clean = code
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
  window.location.assign(`/j/${encodeURIComponent(clean)}`);
}

/** Goes to a ticket typed by the participant (the one in the address did not work). */
export function goToTicket(ticket: string): void {
  window.location.assign(`/t/${encodeURIComponent(ticket)}`);
}
