/**
 * `npm start`: builds what is missing, then opens Agora in its Electron window — or, where
 * Electron cannot run (no binary could be downloaded, no display), says so in one line and
 * starts the browser host: the same core and renderer on 127.0.0.1, opened in a Chromium
 * app window when one is found, otherwise the address is printed.
 *
 *   npm start -- [--data-dir DIR] [--port N] [--browser]
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build as viteBuild } from 'vite';
import { createCore } from '../electron/core/app.ts';
import { startHost } from '../electron/core/net/host.ts';
import { prepareDataDir, resolveDataDir } from '../electron/core/paths.ts';
import { buildElectron } from './build-electron.ts';
import { ensureElectronNative } from './electron-native.ts';
import { findChromium } from './system/chromium.ts';

const ROOT = resolve(import.meta.dirname, '..');
const RENDERER_DIST = join(ROOT, 'dist', 'renderer');

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    browser: { type: 'boolean' },
  },
});

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

async function buildRendererIfStale(): Promise<void> {
  const built = join(RENDERER_DIST, 'index.html');
  const sources = Math.max(newestMtime(join(ROOT, 'renderer')), newestMtime(join(ROOT, 'shared')));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  console.log('Building the interface…');
  await viteBuild({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
}

/** The Electron binary, downloading it on first launch (electron ≥ 42 has no postinstall). */
function electronBinary(): { path: string } | { reason: string } {
  const pkg = join(ROOT, 'node_modules', 'electron');
  if (!existsSync(pkg)) return { reason: 'the electron package is not installed' };
  const binary = () => {
    const pathFile = join(pkg, 'path.txt');
    const path = existsSync(pathFile) ? join(pkg, 'dist', readFileSync(pathFile, 'utf8')) : '';
    return path && existsSync(path) ? path : null;
  };
  if (!binary()) {
    console.log('Fetching the Electron binary (first launch only)…');
    spawnSync(process.execPath, [join(pkg, 'install.js')], { stdio: 'ignore', timeout: 180_000 });
  }
  const path = binary();
  return path ? { path } : { reason: 'its binary could not be downloaded (offline?)' };
}

function hasDisplay(): boolean {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function startElectron(binary: string, dataDir: string | undefined): Promise<number> {
  await buildElectron();
  const nativeBinding = ensureElectronNative(binary);
  if (!nativeBinding)
    console.warn('Could not prepare better-sqlite3 for Electron; the window may fail to open its store.');
  const args = [join(ROOT, 'dist', 'electron', 'main.mjs'), ...(dataDir ? [`--data-dir=${dataDir}`] : [])];
  const child = spawn(binary, args, { stdio: 'inherit' });
  return new Promise((done) => child.on('exit', (code) => done(code ?? 0)));
}

async function startBrowserHost(reason: string): Promise<number> {
  console.log(`Electron cannot run here (${reason}); starting the browser host instead.`);
  // npm start is a first start: it may make the folder, and says so.
  const dataDir = prepareDataDir(resolveDataDir(values['data-dir']), true);
  const core = await createCore({ dataDir, transport: 'browser-host' });
  const host = await startHost({ core, port: Number(values.port ?? 0), staticDir: RENDERER_DIST });
  console.log(`facilitator: ${host.facilitatorUrl}`);
  console.log(`data: ${dataDir}`);

  const stop = async () => {
    await host.close();
    await core.close();
  };
  const chromium = hasDisplay() ? findChromium()?.path : null;
  if (!chromium) {
    console.log('Open the address above in a browser. Stop with Ctrl+C.');
    await new Promise<void>((done) => {
      process.once('SIGINT', done);
      process.once('SIGTERM', done);
    });
    await stop();
    return 0;
  }
  const window = spawn(
    chromium,
    [
      `--app=${host.facilitatorUrl}`,
      `--user-data-dir=${join(dataDir, 'chromium-profile')}`,
      '--window-size=1360,860',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Chromium refuses to run as root with its sandbox, and then shows a yellow "unsupported
      // command-line flag: --no-sandbox" bar over the app; --test-type is what hides that bar
      // (Chromium's bad-flags prompt is skipped for it). Only as root, with the dedicated profile.
      ...(process.getuid?.() === 0 ? ['--no-sandbox', '--test-type'] : []),
    ],
    { stdio: 'ignore' },
  );
  // Closing the app window ends Agora, as closing the Electron window would.
  await new Promise<void>((done) => {
    window.on('exit', () => done());
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  window.kill();
  await stop();
  return 0;
}

async function main(): Promise<number> {
  await buildRendererIfStale();
  if (values.browser) return startBrowserHost('--browser was given');
  if (!hasDisplay()) return startBrowserHost('no display');
  const electron = electronBinary();
  if ('reason' in electron) return startBrowserHost(electron.reason);
  return startElectron(electron.path, values['data-dir']);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Agora could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
