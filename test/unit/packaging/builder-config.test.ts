/**
 * electron-builder.yml, read and validated by electron-builder itself: what goes into the
 * package (and where the app will look for it), asar with the native module outside it,
 * better-sqlite3 rebuilt by our hook (never by electron-builder's Node-ABI rebuild), one
 * target set per system, and icons that exist at the sizes they claim.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_LAYOUT, PACKAGED_RESOURCES } from '../../../electron/core/paths.ts';
import { ICON_SIZES } from '../../../scripts/icons.ts';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const require = createRequire(import.meta.url);

interface FileSet {
  from?: string;
  to?: string;
  filter?: string[];
}
interface Config {
  appId: string;
  productName: string;
  directories: { output: string; buildResources: string };
  files: FileSet[];
  extraResources: FileSet[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  nodeGypRebuild: boolean;
  buildDependenciesFromSource: boolean;
  afterPack: string;
  electronDist?: unknown;
  extraMetadata: { main: string };
  mac: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
  linux: { target: string[]; icon: string };
}

let config: Config;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
  scripts: Record<string, string>;
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(file);
  expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

beforeAll(async () => {
  // electron-builder's own loader and schema, so the test reads what the packager will read.
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
    getConfig: (dir: string, path: null, options: null) => Promise<Config>;
    validateConfiguration: (config: Config, logger: unknown) => Promise<void>;
  };
  const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
  config = await getConfig(ROOT, null, null);
  await validateConfiguration(config, new DebugLogger(false));
});

describe('electron-builder.yml', () => {
  it('names the app Agora, with one id', () => {
    expect(config.productName).toBe('Agora');
    expect(config.appId).toBe('org.agora.workshops');
  });

  it('packs the bundled shell, the built renderer and package.json — where AppLocations looks', () => {
    const patterns = config.files.flatMap((set) => set.filter ?? []);
    expect(patterns).toEqual(expect.arrayContaining(['dist/electron/**', 'dist/renderer/**', 'package.json']));
    expect(patterns).toContain(`${APP_LAYOUT.rendererDir.join('/')}/**`);
    expect(patterns).toContain(`${APP_LAYOUT.preload.slice(0, -1).join('/')}/**`);
    // The entry point is the bundle, in package.json and in the packaged metadata alike.
    expect(config.extraMetadata.main).toBe('dist/electron/main.mjs');
    expect(pkg.main).toBe(config.extraMetadata.main);
  });

  it('does not exclude node_modules: better-sqlite3 is a production dependency the bundle leaves out', () => {
    // Matched as electron-builder matches (its own minimatch, dot files included).
    const { minimatch } = createRequire(require.resolve('app-builder-lib'))('minimatch') as {
      minimatch: (path: string, pattern: string, options: { dot: boolean }) => boolean;
    };
    const excludes = config.files.flatMap((set) => set.filter ?? []).filter((p) => p.startsWith('!'));
    const excluded = (path: string) => excludes.some((p) => minimatch(path, p.slice(1), { dot: true }));
    for (const runtime of [
      'node_modules/better-sqlite3/package.json',
      'node_modules/better-sqlite3/lib/index.js',
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      'node_modules/bindings/bindings.js',
      'node_modules/fastify/fastify.js',
    ]) {
      expect(excluded(runtime), runtime).toBe(false);
    }
    // Only what better-sqlite3 was compiled from stays out.
    expect(excluded('node_modules/better-sqlite3/deps/sqlite3/sqlite3.c')).toBe(true);
    expect(excluded('node_modules/better-sqlite3/build/Release/obj/gen/sqlite3/sqlite3.c')).toBe(true);
    expect(Object.keys(pkg.dependencies)).toContain('better-sqlite3');
    expect(readFileSync(join(ROOT, 'scripts', 'build-electron.ts'), 'utf8')).toMatch(
      /external: \[[^\]]*'better-sqlite3'/,
    );
  });

  it('copies resources/ beside the archive, to the folder packagedLocations reads', () => {
    expect(config.extraResources).toEqual([
      { from: 'resources', to: PACKAGED_RESOURCES, filter: expect.arrayContaining(['**/*', '!icons/**']) },
    ]);
  });

  it('uses asar, with native modules unpacked beside it', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
  });

  it('never rebuilds natives itself (that targets Node’s ABI here): the afterPack hook builds them for Electron', async () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
    expect(config.buildDependenciesFromSource).toBe(false);
    expect(config.afterPack).toBe('./scripts/package-native.ts');
    const hook = (await import(join(ROOT, config.afterPack))) as { default: unknown };
    expect(typeof hook.default).toBe('function');
    // The Electron to package comes from `npm run package` (ELECTRON_DIST or the npm package's).
    expect(config.electronDist).toBeUndefined();
    expect(pkg.scripts.package).toBe('tsx scripts/package.ts');
  });

  it('builds NSIS on Windows, a dmg on macOS, AppImage and deb on Linux', () => {
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('has icons: a 1024 px PNG for macOS and Windows, a folder of sized PNGs for Linux, all from one SVG', () => {
    for (const icon of [config.mac.icon, config.win.icon]) {
      expect(pngSize(join(ROOT, icon))).toEqual({ width: 1024, height: 1024 });
    }
    const folder = join(ROOT, config.linux.icon);
    for (const size of ICON_SIZES) {
      expect(pngSize(join(folder, `${size}x${size}.png`))).toEqual({ width: size, height: size });
    }
    expect(existsSync(join(folder, 'icon.svg'))).toBe(true);
  });
});
