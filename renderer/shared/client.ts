/**
 * The renderer's one client, whatever carries it: Electron IPC (the preload's `window.agora`)
 * or the browser host's HTTP routes on 127.0.0.1 with the per-launch secret.
 */

import { newClientId, ORIGIN_HEADER, type PreloadBridge } from '../../shared/bridge.ts';
import type { AgoraEvent, EventListener } from '../../shared/contract/index.ts';
import { type AgoraApi, METHODS, type Method } from '../../shared/contract/index.ts';
import type { Result } from '../../shared/result.ts';

export interface AgoraClient {
  api: AgoraApi;
  /** This window's id; change events caused by its own calls carry it as `origin`. */
  clientId: string;
  /** Subscribes to push events; returns the unsubscribe function. */
  onEvent(listener: EventListener): () => void;
  transport: 'electron' | 'browser-host';
}

declare global {
  interface Window {
    agora?: PreloadBridge;
  }
}

const TOKEN_KEY = 'agora.hostToken';

/** The host opens us at `/?token=…`; keep the secret for reloads, then take it out of the address bar. */
function readHostToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpClient(): AgoraClient {
  const token = readHostToken();
  const clientId = newClientId();
  const call = async (method: Method, input: unknown): Promise<Result<unknown>> => {
    try {
      const response = await fetch(`/api/call/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, [ORIGIN_HEADER]: clientId },
        body: JSON.stringify(input ?? {}),
      });
      const body = (await response.json()) as Result<unknown> | { error: { code: string; message: string } };
      if ('ok' in body) return body;
      return {
        ok: false,
        error: { code: response.status === 401 ? 'unauthorized' : 'internal', message: body.error.message },
      };
    } catch (error) {
      return { ok: false, error: { code: 'internal', message: `The Agora host did not answer: ${String(error)}` } };
    }
  };
  const api = Object.fromEntries(METHODS.map((m) => [m, (input: unknown) => call(m, input)])) as unknown as AgoraApi;

  const listeners = new Set<EventListener>();
  let source: EventSource | null = null;
  const connect = () => {
    source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (message) => {
      const event = JSON.parse(message.data) as AgoraEvent;
      for (const listener of listeners) listener(event);
    };
  };
  return {
    api,
    clientId,
    transport: 'browser-host',
    onEvent(listener) {
      listeners.add(listener);
      if (!source) connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
  };
}

let client: AgoraClient | null = null;

export function getClient(): AgoraClient {
  if (!client) {
    client = window.agora
      ? { api: window.agora.api, clientId: window.agora.clientId, onEvent: window.agora.onEvent, transport: 'electron' }
      : httpClient();
  }
  return client;
}
