/**
 * The server's push stream (/p/events): any round change re-reads the state (a grid change the
 * session grid too); "signed-out"
 * means the facilitator made a new join code, so the phone tries to rejoin (and asks for the
 * new code when that fails). EventSource reconnects by itself after a network drop; when the
 * server refused the stream (an old token), it is reopened after the state read has rejoined.
 */
import type { PhoneEvent } from '../../../shared/protocol.ts';
import { phoneApi } from '../lib/api.ts';
import { backoffMs } from '../lib/backoff.ts';
import { loadPhoneGrid } from './grid.ts';
import { setRetrying, usePhone } from './phoneStore.ts';
import { refresh, rejoin } from './session.ts';

// A stream blip shorter than this (the server restarting a connection) is not worth a banner.
const SHOW_DOWN_AFTER_MS = 4000;

let source: EventSource | null = null;
let downTimer: ReturnType<typeof setTimeout> | null = null;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
let failures = 0;

function clearTimers(): void {
  if (downTimer) clearTimeout(downTimer);
  if (retryTimer) clearTimeout(retryTimer);
  downTimer = null;
  retryTimer = null;
}

export function disconnectEvents(): void {
  clearTimers();
  source?.close();
  source = null;
  setRetrying('stream', false);
}

export function connectEvents(): void {
  const token = usePhone.getState().token;
  disconnectEvents();
  if (!token) return;
  const stream = new EventSource(phoneApi.eventsUrl(token));
  source = stream;
  let wasDown = false;

  stream.onopen = () => {
    failures = 0;
    if (downTimer) clearTimeout(downTimer);
    downTimer = null;
    setRetrying('stream', false);
    // Events may have been missed while the stream was down.
    if (wasDown) void refresh();
    wasDown = false;
  };
  stream.onmessage = (message) => {
    let event: PhoneEvent | null = null;
    try {
      event = JSON.parse(message.data) as PhoneEvent;
    } catch {
      return;
    }
    if (event.type === 'signed-out')
      void rejoin().then((ok) => {
        if (ok) void refresh();
      });
    else {
      void refresh();
      // The session grid was published, changed or taken down: read it again (the state says which).
      if (event.type === 'grid' && usePhone.getState().state?.gridPublished) void loadPhoneGrid();
    }
  };
  stream.onerror = () => {
    wasDown = true;
    downTimer ??= setTimeout(() => setRetrying('stream', true), SHOW_DOWN_AFTER_MS);
    if (stream.readyState !== EventSource.CLOSED) return;
    // Refused outright (old token, rate limit): read the state, which rejoins if needed, then reopen.
    retryTimer = setTimeout(() => {
      void refresh().then(() => {
        if (source === stream) connectEvents();
      });
    }, backoffMs(failures++));
  };
}

/** A phone that slept (screen off) may have missed events: catch up when it is looked at again. */
export function catchUpWhenVisible(): () => void {
  const onVisible = () => {
    if (document.visibilityState !== 'visible' || usePhone.getState().phase !== 'ready') return;
    void refresh();
    if (!source || source.readyState === EventSource.CLOSED) connectEvents();
  };
  document.addEventListener('visibilitychange', onVisible);
  return () => document.removeEventListener('visibilitychange', onVisible);
}
