import type { AgoraApi, EventListener } from './contract/index.ts';

/** What the Electron preload exposes on `window.agora` (electron/preload.ts builds it). */
export interface PreloadBridge {
  api: AgoraApi;
  /** Subscribes to push events; returns the unsubscribe function. */
  onEvent(listener: EventListener): () => void;
}

/** IPC channel names, shared by main and preload so a typo cannot split them. */
export const IPC_CALL = 'agora:call';
export const IPC_EVENT = 'agora:event';
