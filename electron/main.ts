/**
 * The Electron shell: app lifecycle, the window, IPC wiring. Every behaviour lives in the
 * core (electron/core) and the renderer; this file only connects them, so it stays thin.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { IPC_CALL, IPC_EVENT } from '../shared/bridge.ts';
import { type Core, createCore } from './core/app.ts';
import { isOwnPage } from './core/net/security.ts';
import {
  type AppLocations,
  developmentLocations,
  findRepositoryRoot,
  packagedLocations,
  resolveDataDir,
} from './core/paths.ts';
import { projectorWindowHandler } from './projectorWindow.ts';

// The app's files: inside the package (app.asar, and resources/ beside it) once packaged;
// otherwise the repository this bundle (dist/electron/main.mjs) was built in.
const LOCATIONS: AppLocations = app.isPackaged
  ? packagedLocations({ appPath: app.getAppPath(), resourcesPath: process.resourcesPath })
  : developmentLocations(findRepositoryRoot(import.meta.dirname));
const RENDERER_INDEX = join(LOCATIONS.rendererDir, 'index.html');
const PRESENT_INDEX = join(LOCATIONS.rendererDir, 'present', 'index.html');
const PRELOAD = LOCATIONS.preload;
// better-sqlite3 for Electron's ABI: in development a second build (npm start makes it), as the
// one in node_modules is Node's; a packaged app's node_modules copy is Electron's already.
const ELECTRON_NATIVE = LOCATIONS.electronNativeBinding;

let core: Core | null = null;

function dataDirFromArgs(): string | undefined {
  const flag = process.argv.find((a) => a.startsWith('--data-dir='));
  return flag?.slice('--data-dir='.length);
}

const WEB_PREFERENCES = {
  preload: PRELOAD,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  webSecurity: true,
  // The spellchecker may fetch dictionaries from Google's servers; Agora stays offline.
  spellcheck: false,
};

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: 'Agora',
    show: false,
    // The isolation settings spelled out where the window is made, so electronegativity (which
    // cannot follow a constant in TypeScript) checks them; the values are WEB_PREFERENCES' own.
    webPreferences: { ...WEB_PREFERENCES, contextIsolation: true, sandbox: true, nodeIntegration: false },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadFile(RENDERER_INDEX);
  return window;
}

/** No navigation away from our files, no new windows but the projected screen, no permission prompts. */
function lockDown(): void {
  const openProjector = projectorWindowHandler(PRESENT_INDEX, WEB_PREFERENCES);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(openProjector);
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
}

async function start(): Promise<void> {
  await app.whenReady();
  lockDown();
  core = await createCore({
    dataDir: resolveDataDir(dataDirFromArgs(), app.getPath('userData')),
    transport: 'electron',
    locations: LOCATIONS,
    nativeBinding: ELECTRON_NATIVE && existsSync(ELECTRON_NATIVE) ? ELECTRON_NATIVE : undefined,
  });
  const ready = core;
  ipcMain.handle(IPC_CALL, (event, method: unknown, input: unknown, origin: unknown) => {
    // Only our own pages (the window, the projected screen) may call the core.
    if (!isOwnPage(event.senderFrame?.url, LOCATIONS.rendererDir)) {
      return { ok: false, error: { code: 'unauthorized', message: 'Calls are accepted from Agora windows only.' } };
    }
    return ready.dispatch(String(method), input, { origin: typeof origin === 'string' ? origin : undefined });
  });
  ready.subscribe((event) => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(IPC_EVENT, event);
  });
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

let closing = false;
app.on('before-quit', (event) => {
  if (!core || closing) return;
  // Close the store (final backup, WAL checkpoint) before the process ends.
  event.preventDefault();
  closing = true;
  core.close().finally(() => app.quit());
});

// One Agora at a time: a second launch brings the first window forward instead (the data
// folder's own lock also refuses a second host, e.g. `agora serve`, on the same store).
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  start().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`Agora could not start: ${message}`);
    dialog.showErrorBox('Agora could not start', message);
    app.exit(1);
  });
}
