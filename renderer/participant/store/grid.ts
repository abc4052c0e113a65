/**
 * The published session grid on this phone: read once the state says it is published, read again
 * on the server's 'grid' event (published, changed, taken down), and the phone's "I'll attend"
 * marks. A mark shows at once; it is sent with one request id and retried on the network until the
 * server answers with every mark of this phone (one session per slot: a mark in the same slot
 * moves), which then replaces what is shown.
 */
import { create } from 'zustand';
import type { PhoneGrid } from '../../../shared/protocol.ts';
import { phoneApi } from '../lib/api.ts';
import { backoffMs, sleep } from '../lib/backoff.ts';
import { withMark } from '../lib/programme.ts';
import { newRequestId } from '../lib/requestId.ts';
import { setRetrying, showNotice, usePhone } from './phoneStore.ts';
import { rejoin } from './session.ts';

interface PhoneGridStore {
  grid: PhoneGrid | null;
  /** Sessions whose mark is on its way to the server. */
  sending: Record<string, boolean>;
}

export const usePhoneGrid = create<PhoneGridStore>(() => ({ grid: null, sending: {} }));

const MAX_TRIES = 8;

let reading: Promise<void> | null = null;
let readAgain = false;

async function readGrid(): Promise<void> {
  for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
    const token = usePhone.getState().token;
    if (!token) return;
    const result = await phoneApi.grid(token);
    if (result.ok) {
      usePhoneGrid.setState({ grid: result.value });
      return;
    }
    if (result.kind === 'refused') {
      if (result.code === 'unauthorized' && (await rejoin())) continue;
      // Taken down (or not yet published): nothing to show.
      if (result.code === 'grid_not_published' || result.code === 'not_found' || result.code === 'workshop_closed') {
        usePhoneGrid.setState({ grid: null });
        return;
      }
      if (result.code !== 'rate_limited' && result.code !== 'internal') return;
    }
    await sleep(result.kind === 'refused' && result.retryAfterMs ? result.retryAfterMs : backoffMs(attempt));
  }
}

/** Reads /p/grid; calls during a read are folded into one more read after it. */
export function loadPhoneGrid(): Promise<void> {
  if (reading) {
    readAgain = true;
    return reading;
  }
  reading = (async () => {
    do {
      readAgain = false;
      await readGrid();
    } while (readAgain);
  })().finally(() => {
    reading = null;
  });
  return reading;
}

export function forgetPhoneGrid(): void {
  usePhoneGrid.setState({ grid: null, sending: {} });
}

/** "I'll attend" (or not any more) one session: shown at once, sent until the server answers. */
export async function markAttendance(sessionId: string, attending: boolean): Promise<void> {
  const before = usePhoneGrid.getState().grid;
  if (!before) return;
  usePhoneGrid.setState((s) => ({
    grid: s.grid ? { ...s.grid, attending: withMark(s.grid, sessionId, attending) } : s.grid,
    sending: { ...s.sending, [sessionId]: true },
  }));
  const requestId = newRequestId();
  const done = (attendingNow: string[] | null) =>
    usePhoneGrid.setState((s) => {
      const sending = { ...s.sending };
      delete sending[sessionId];
      return { sending, grid: s.grid && attendingNow ? { ...s.grid, attending: attendingNow } : s.grid };
    });
  for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
    const token = usePhone.getState().token;
    if (!token) break;
    const result = await phoneApi.attend(token, { sessionId, attending, requestId });
    if (result.ok) {
      setRetrying('votes', false);
      done(result.value.attending);
      return;
    }
    if (result.kind === 'network') {
      setRetrying('votes', true);
      await sleep(backoffMs(attempt));
      continue;
    }
    if (result.code === 'unauthorized' && (await rejoin())) continue;
    if (result.code === 'rate_limited') {
      await sleep(result.retryAfterMs ?? backoffMs(attempt));
      continue;
    }
    showNotice(result.code);
    break;
  }
  setRetrying('votes', false);
  // Not applied: show the server's marks again.
  done(before.attending);
  void loadPhoneGrid();
}
