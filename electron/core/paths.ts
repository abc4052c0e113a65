import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * Where Agora keeps its data when nothing says otherwise: the same folder Electron's
 * app.getPath('userData') gives for an app named "Agora", so the window and the headless
 * host open the same store.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Agora');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Agora');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Agora');
}

/** An explicit option wins, then AGORA_DATA_DIR, then the platform default. */
export function resolveDataDir(option?: string, fallback: string = defaultDataDir()): string {
  return option || process.env.AGORA_DATA_DIR || fallback;
}

export const databaseFile = (dataDir: string): string => join(dataDir, 'agora.sqlite');

/**
 * The data folder, checked before anything opens it. A missing one is made only on a first
 * start (`serve`, `npm start`), which says so in one line; every other command stops with a
 * clear error instead, so a mistyped --data-dir never looks like a new, empty set of workshops.
 */
export function prepareDataDir(dir: string, mayCreate: boolean, say: (line: string) => void = console.log): string {
  if (existsSync(dir)) return dir;
  if (!mayCreate)
    throw new Error(`No Agora data folder at ${dir}: check --data-dir (or AGORA_DATA_DIR). Nothing was created.`);
  mkdirSync(dir, { recursive: true });
  say(`New data folder: ${dir}`);
  return dir;
}
export const backupsDir = (dataDir: string): string => join(dataDir, 'backups');

/**
 * Where Agora's own files are. The same layout in both cases, rooted differently:
 * - development: the repository (dist/ from the build, resources/ as checked in);
 * - packaged (electron-builder): package.json and dist/ inside app.asar at app.getAppPath(),
 *   resources/ copied beside it into process.resourcesPath (outside the archive, so any tool
 *   can open those files by path).
 * The Electron shell picks one from app.isPackaged; the browser host, the CLI and the tests
 * always run from the repository.
 */
export interface AppLocations {
  /** The folder holding the app's package.json: the repository, or app.asar. */
  appDir: string;
  /** The built renderer: index.html, present/, participant/, assets/. */
  rendererDir: string;
  /** The preload script of every window (CommonJS, as a sandboxed preload must be). */
  preload: string;
  /** Data files shipped with the app (fonts and the like): the repository's resources/. */
  resourcesDir: string;
  /**
   * better-sqlite3 built for Electron's ABI, for the Electron shell only (Node loads the copy
   * in node_modules). Absent in a packaged app, whose node_modules copy is rebuilt for Electron
   * when it is packaged.
   */
  electronNativeBinding?: string;
}

/** Inside the app (the repository, or app.asar): the build's output, as electron-builder.yml ships it. */
export const APP_LAYOUT = {
  rendererDir: ['dist', 'renderer'],
  preload: ['dist', 'electron', 'preload.cjs'],
} as const;

/** The folder under process.resourcesPath that the packaged app's resources/ is copied to. */
export const PACKAGED_RESOURCES = 'resources';

/** The second, Electron-ABI build of better-sqlite3 in development (scripts/electron-native.ts makes it). */
export const electronNativeDir = (root: string): string => join(root, '.cache', 'electron-native');
export const electronNativeBinding = (root: string): string => join(electronNativeDir(root), 'better_sqlite3.node');

/**
 * The repository's root: the nearest folder at or above `from` whose package.json is Agora's.
 * Works from the sources (electron/core/) and from the bundle (dist/electron/) alike.
 */
export function findRepositoryRoot(from: string = import.meta.dirname): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && isAgoraManifest(manifest)) return dir;
    if (dirname(dir) === dir) throw new Error(`Agora's repository was not found at or above ${from}.`);
  }
}

function isAgoraManifest(file: string): boolean {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown }).name === 'agora';
  } catch {
    return false;
  }
}

/** The app's files in a checkout of the repository. */
export function developmentLocations(root: string = findRepositoryRoot()): AppLocations {
  return {
    appDir: root,
    rendererDir: join(root, ...APP_LAYOUT.rendererDir),
    preload: join(root, ...APP_LAYOUT.preload),
    resourcesDir: join(root, 'resources'),
    electronNativeBinding: electronNativeBinding(root),
  };
}

/** The app's files in a packaged app, from Electron's app.getAppPath() and process.resourcesPath. */
export function packagedLocations(paths: { appPath: string; resourcesPath: string }): AppLocations {
  return {
    appDir: paths.appPath,
    rendererDir: join(paths.appPath, ...APP_LAYOUT.rendererDir),
    preload: join(paths.appPath, ...APP_LAYOUT.preload),
    resourcesDir: join(paths.resourcesPath, PACKAGED_RESOURCES),
  };
}

/** The version in the app's package.json (the repository's, or the one inside app.asar). */
export function readAppVersion(appDir: string): string {
  return (JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8')) as { version: string }).version;
}
