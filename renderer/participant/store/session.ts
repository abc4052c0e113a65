/**
 * Joining and staying joined: the token is kept per code (lib/session.ts), a reload rejoins
 * silently, a refused token (401: expired, or the facilitator started a new session) is
 * dropped and the phone joins again with the same name; the state is re-read whenever the
 * server says something changed, and retried with backoff while the network is away.
 */
import type { PhoneState } from '../../../shared/protocol.ts';
import { phoneI18n } from '../i18n.ts';
import { phoneApi } from '../lib/api.ts';
import { backoffMs, sleep } from '../lib/backoff.ts';
import { clearSession, codeFromPath, loadPending, loadSession, rememberName, saveSession } from '../lib/session.ts';
import { connectEvents, disconnectEvents } from './events.ts';
import { type PhoneStore, setRetrying, showNotice, usePhone } from './phoneStore.ts';
import { ackCount, resumePending } from './votes.ts';

export function start(): void {
  const code = codeFromPath(window.location.pathname);
  if (!code) {
    usePhone.setState({ phase: 'badCode', badCodeReason: 'unknown' });
    return;
  }
  const saved = loadSession(code);
  if (saved) {
    usePhone.setState({ code, token: saved.token, name: saved.name, phase: 'loading', pending: loadPending(code) });
    void refresh().then(() => {
      connectEvents();
      resumePending();
    });
  } else {
    usePhone.setState({ code, phase: 'join' });
  }
}

/** The participant asked to join (name optional). */
export async function join(name: string): Promise<void> {
  const { code } = usePhone.getState();
  if (!code) return;
  usePhone.setState({ phase: 'joining', joinError: null });
  const result = await phoneApi.join(code, name.trim());
  if (result.ok) {
    saveSession(code, { token: result.value.token, name: name.trim() });
    rememberName(name.trim());
    phoneI18n.followWorkshop(result.value.workshop.language);
    usePhone.setState({ token: result.value.token, name: name.trim(), phase: 'loading', needName: false });
    await refresh();
    connectEvents();
    return;
  }
  if (result.kind === 'refused' && (result.code === 'not_found' || result.code === 'invalid_input')) {
    usePhone.setState({ phase: 'badCode', badCodeReason: 'unknown' });
    return;
  }
  usePhone.setState({ phase: 'join', joinError: result.kind === 'network' ? 'network' : result.code });
}

/**
 * Gives this phone a name (a named round needs one), keeping its token and the votes it has
 * cast; rejoining instead would make a second voter with a fresh budget.
 */
export async function giveName(name: string): Promise<void> {
  const trimmed = name.trim();
  for (let attempt = 0; ; attempt++) {
    const { code, token } = usePhone.getState();
    if (!code || !token) return;
    const result = await phoneApi.rename(token, trimmed);
    if (result.ok) {
      saveSession(code, { token, name: trimmed });
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
 * After a 401: forget the token and join again with the same code and name. Shared, so a vote
 * and a state read refused at the same moment make one new join, not two.
 */
export function rejoin(): Promise<boolean> {
  rejoining ??= (async () => {
    const { code, name } = usePhone.getState();
    if (!code) return false;
    clearSession(code);
    usePhone.setState({ token: null });
    disconnectEvents();
    for (let attempt = 0; ; attempt++) {
      const result = await phoneApi.join(code, name);
      if (result.ok) {
        saveSession(code, { token: result.value.token, name });
        usePhone.setState({ token: result.value.token });
        connectEvents();
        return true;
      }
      if (result.kind === 'refused' && result.code !== 'rate_limited' && result.code !== 'internal') {
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

/** Rounds I was looking at that are no longer open: they closed. */
function endedRounds(before: PhoneState | null, after: PhoneState, ended: PhoneStore['ended']): PhoneStore['ended'] {
  const open = new Set(after.rounds.map((r) => r.id));
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
