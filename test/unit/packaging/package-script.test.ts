/**
 * `npm run package` and its afterPack hook, the parts that decide without Electron: which
 * Electron it packages (or the one-line reason it cannot), what the .deb needs, where the
 * packaged app's native module sits, and whether a binary carries the right ABI.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { moduleAbi, withoutNodeHeaders } from '../../../scripts/electron-native.ts';
import { electronBinaryIn, findElectronDist, missingMetadata } from '../../../scripts/package.ts';
import { packagedExecutable, unpackedBinary } from '../../../scripts/package-native.ts';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

describe('the Electron to package', () => {
  let root: string;
  const electronIn = (dir: string) => {
    const binary = electronBinaryIn(dir, 'linux');
    mkdirSync(dirname(binary), { recursive: true });
    writeFileSync(binary, '#!/bin/sh\n');
    chmodSync(binary, 0o755);
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'agora-package-'));
    mkdirSync(join(root, 'electron'));
    writeFileSync(join(root, 'electron', 'package.json'), '{"version":"42.0.0"}');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is ELECTRON_DIST when it holds an Electron for this system, and only it', () => {
    electronIn(join(root, 'mine'));
    const fetch = () => expect.unreachable('no download when ELECTRON_DIST is set');
    const electronPackage = join(root, 'electron');
    expect(
      findElectronDist({ env: { ELECTRON_DIST: join(root, 'mine') }, electronPackage, platform: 'linux', fetch }),
    ).toEqual({ dir: join(root, 'mine') });
    expect(
      findElectronDist({ env: { ELECTRON_DIST: join(root, 'empty') }, electronPackage, platform: 'linux', fetch }),
    ).toEqual({ reason: `ELECTRON_DIST (${join(root, 'empty')}) holds no Electron for linux` });
  });

  it('is otherwise the electron package’s own binary, fetched once when missing', () => {
    const electronPackage = join(root, 'electron');
    let fetched = 0;
    const offline = () => fetched++;
    expect(findElectronDist({ env: {}, electronPackage, platform: 'linux', fetch: offline })).toEqual({
      reason: 'the Electron binary could not be downloaded (offline?)',
    });
    expect(fetched).toBe(1);
    const online = () => electronIn(join(electronPackage, 'dist'));
    expect(findElectronDist({ env: {}, electronPackage, platform: 'linux', fetch: online })).toEqual({
      dir: join(electronPackage, 'dist'),
    });
    // Already there: no second download.
    expect(findElectronDist({ env: {}, electronPackage, platform: 'linux', fetch: offline })).toEqual({
      dir: join(electronPackage, 'dist'),
    });
    expect(fetched).toBe(1);
    expect(
      findElectronDist({ env: {}, electronPackage: join(root, 'none'), platform: 'linux', fetch: offline }),
    ).toEqual({ reason: 'the electron package is not installed' });
  });

  it('knows where each system keeps the Electron binary', () => {
    expect(electronBinaryIn('/e', 'linux')).toBe(join('/e', 'electron'));
    expect(electronBinaryIn('/e', 'win32')).toBe(join('/e', 'electron.exe'));
    expect(electronBinaryIn('/e', 'darwin')).toBe(join('/e', 'Electron.app', 'Contents', 'MacOS', 'Electron'));
  });
});

describe('what electron-builder would refuse', () => {
  it('asks for a homepage and a maintainer with an email before building a .deb', () => {
    expect(missingMetadata({}, 'linux')).toMatch(/homepage.*author/);
    expect(missingMetadata({ homepage: 'https://example.org', author: 'Ann' }, 'linux')).not.toBeNull();
    expect(missingMetadata({ homepage: 'https://example.org', author: 'Ann <ann@example.org>' }, 'linux')).toBeNull();
    expect(
      missingMetadata({ homepage: 'https://example.org', author: { email: 'ann@example.org' } }, 'linux'),
    ).toBeNull();
    expect(missingMetadata({}, 'darwin')).toBeNull();
    expect(missingMetadata({}, 'win32')).toBeNull();
  });
});

describe('better-sqlite3 in the package', () => {
  it('sits unpacked beside app.asar, where the hook replaces it', () => {
    expect(unpackedBinary('/opt/Agora/resources')).toBe(
      join(
        '/opt/Agora/resources',
        'app.asar.unpacked',
        'node_modules',
        'better-sqlite3',
        'build',
        'Release',
        'better_sqlite3.node',
      ),
    );
  });

  it('is loaded by the packaged executable of each system', () => {
    const names = { productFilename: 'Agora', linuxExecutableName: 'agora' };
    expect(packagedExecutable('/out', 'linux', names)).toBe(join('/out', 'agora'));
    expect(packagedExecutable('/out', 'win32', names)).toBe(join('/out', 'Agora.exe'));
    expect(packagedExecutable('/out', 'darwin', names)).toBe(join('/out', 'Agora.app', 'Contents', 'MacOS', 'Agora'));
  });

  it('reads the ABI a binary was built for (node_modules’ copy is Node’s)', () => {
    const binary = readFileSync(
      join(ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'),
    );
    expect(moduleAbi(binary)).toBe(Number(process.versions.modules));
    expect(moduleAbi(Buffer.from('no entry point here'))).toBeNull();
  });

  it('builds without npm’s nodedir, which would point node-gyp at Node’s headers', () => {
    const env = withoutNodeHeaders({ PATH: '/bin', npm_config_nodedir: '/usr', NPM_CONFIG_NODEDIR: '/usr' });
    expect(env).toEqual({ PATH: '/bin' });
  });
});
