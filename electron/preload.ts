/**
 * The preload: the only bridge between the sandboxed renderer and the core. It exposes one
 * function per contract method and an event subscription — functions only, no ipcRenderer.
 * esbuild bundles it into one CommonJS file (a sandboxed preload cannot load other files).
 */
import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import { IPC_CALL, IPC_EVENT, newClientId, type PreloadBridge } from '../shared/bridge.ts';
import type { AgoraEvent, EventListener } from '../shared/contract/index.ts';
import { type AgoraApi, METHODS } from '../shared/contract/index.ts';

const clientId = newClientId();
const api = Object.fromEntries(
  METHODS.map((method) => [method, (input: unknown) => ipcRenderer.invoke(IPC_CALL, method, input, clientId)]),
) as AgoraApi;

const bridge = {
  api,
  clientId,
  onEvent(listener: EventListener) {
    const forward = (_event: IpcRendererEvent, payload: AgoraEvent) => listener(payload);
    ipcRenderer.on(IPC_EVENT, forward);
    return () => {
      ipcRenderer.off(IPC_EVENT, forward);
    };
  },
} satisfies PreloadBridge;

contextBridge.exposeInMainWorld('agora', bridge);
