/**
 * Where the app finds its own files: the repository in development, Electron's app path and
 * resources path once packaged — the same layout under two roots, never a guessed `../..`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  developmentLocations,
  electronNativeBinding,
  findRepositoryRoot,
  packagedLocations,
  readAppVersion,
} from '../../../electron/core/paths.ts';

const REPO = resolve(import.meta.dirname, '..', '..', '..');

describe('findRepositoryRoot', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'agora-locations-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds the folder whose package.json is Agora’s, from the sources and from the bundle', () => {
    expect(findRepositoryRoot(join(REPO, 'electron', 'core'))).toBe(REPO);
    expect(findRepositoryRoot(join(REPO, 'dist', 'electron'))).toBe(REPO);
    expect(findRepositoryRoot()).toBe(REPO);
  });

  it('skips other packages’ manifests on the way up', () => {
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'agora', version: '9.9.9' }));
    mkdirSync(join(root, 'node_modules', 'dep', 'lib'), { recursive: true });
    writeFileSync(join(root, 'node_modules', 'dep', 'package.json'), JSON.stringify({ name: 'dep' }));
    writeFileSync(join(root, 'node_modules', 'package.json'), '{ not json');
    expect(findRepositoryRoot(join(root, 'node_modules', 'dep', 'lib'))).toBe(root);
    expect(readAppVersion(root)).toBe('9.9.9');
  });

  it('says where it looked when there is no Agora above', () => {
    expect(() => findRepositoryRoot(root)).toThrow(/not found at or above/);
  });
});

describe('app locations', () => {
  it('in development: the repository’s build output and resources, and the Electron-ABI sqlite beside them', () => {
    const dev = developmentLocations('/src/agora');
    expect(dev).toEqual({
      appDir: '/src/agora',
      rendererDir: join('/src/agora', 'dist', 'renderer'),
      preload: join('/src/agora', 'dist', 'electron', 'preload.cjs'),
      resourcesDir: join('/src/agora', 'resources'),
      electronNativeBinding: join('/src/agora', '.cache', 'electron-native', 'better_sqlite3.node'),
    });
    expect(dev.electronNativeBinding).toBe(electronNativeBinding('/src/agora'));
  });

  it('packaged: the app inside app.asar, resources/ beside it, node_modules’ sqlite (rebuilt for Electron)', () => {
    // Linux and Windows layout; macOS has the same shape under Agora.app/Contents/Resources.
    const appPath = join('/opt/Agora/resources', 'app.asar');
    const packaged = packagedLocations({ appPath, resourcesPath: '/opt/Agora/resources' });
    expect(packaged).toEqual({
      appDir: appPath,
      rendererDir: join(appPath, 'dist', 'renderer'),
      preload: join(appPath, 'dist', 'electron', 'preload.cjs'),
      resourcesDir: join('/opt/Agora/resources', 'resources'),
    });
    expect(packaged.electronNativeBinding).toBeUndefined();
  });

  it('the default is this checkout, and its version is package.json’s', async () => {
    const dev = developmentLocations();
    expect(dev.appDir).toBe(REPO);
    const { default: pkg } = await import('../../../package.json', { with: { type: 'json' } });
    expect(readAppVersion(dev.appDir)).toBe(pkg.version);
  });
});
