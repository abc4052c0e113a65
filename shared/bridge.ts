import type { AgoraApi, EventListener } from './contract/index.ts';

/** What the Electron preload exposes on `window.agora` (electron/preload.ts builds it). */
export interface PreloadBridge {
  api: AgoraApi;
  /** This window's id: sent with every call, echoed in the change events the call causes. */
  clientId: string;
  /** Subscribes to push events; returns the unsubscribe function. */
  onEvent(listener: EventListener): () => void;
}

/** A window's client id: 128 random bits, base64url (no secure context needed, unlike randomUUID). */
export function newClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The HTTP header the browser host reads the client id from. */
export const ORIGIN_HEADER = 'x-agora-origin';

/** IPC channel names, shared by main and preload so a typo cannot split them. */
export const IPC_CALL = 'agora:call';
export const IPC_EVENT = 'agora:event';
