/**
 * `npm run package`: Agora's installers for this computer's system, in dist/packages/
 * (electron-builder.yml: NSIS on Windows, dmg on macOS, AppImage and deb on Linux).
 *
 *   npm run package              the installers
 *   npm run package -- --dir     only the unpacked app (quicker; to look inside)
 *
 * Needs an Electron of the installed version for this system: ELECTRON_DIST (an unpacked
 * Electron folder), else the electron package's own binary, downloaded once as `npm start`
 * does. Where none can be had it says so in one line and exits 1, before building anything.
 * electron-builder then fetches its own tools (NSIS, AppImage, fpm…) and the afterPack hook
 * builds better-sqlite3 for Electron (scripts/package-native.ts), so a first run needs the
 * network.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build as viteBuild } from 'vite';
import { findRepositoryRoot } from '../electron/core/paths.ts';
import { buildElectron } from './build-electron.ts';

const ROOT = findRepositoryRoot(import.meta.dirname);

/** The Electron binary inside an unpacked Electron folder, per system. */
export function electronBinaryIn(dir: string, platform: NodeJS.Platform): string {
  if (platform === 'darwin') return join(dir, 'Electron.app', 'Contents', 'MacOS', 'Electron');
  return join(dir, platform === 'win32' ? 'electron.exe' : 'electron');
}

export type ElectronDist = { dir: string } | { reason: string };

/**
 * The unpacked Electron to package: ELECTRON_DIST when set (and only it), else the electron
 * package's dist/, fetching the binary once when it is not there yet.
 */
export function findElectronDist(options: {
  env: NodeJS.ProcessEnv;
  electronPackage: string;
  platform: NodeJS.Platform;
  fetch: () => unknown;
}): ElectronDist {
  const { env, electronPackage, platform } = options;
  if (env.ELECTRON_DIST) {
    return existsSync(electronBinaryIn(env.ELECTRON_DIST, platform))
      ? { dir: env.ELECTRON_DIST }
      : { reason: `ELECTRON_DIST (${env.ELECTRON_DIST}) holds no Electron for ${platform}` };
  }
  if (!existsSync(join(electronPackage, 'package.json'))) return { reason: 'the electron package is not installed' };
  const dist = join(electronPackage, 'dist');
  if (!existsSync(electronBinaryIn(dist, platform))) options.fetch();
  return existsSync(electronBinaryIn(dist, platform))
    ? { dir: dist }
    : { reason: 'the Electron binary could not be downloaded (offline?)' };
}

/** What electron-builder will refuse for lack of it, said before any building starts. */
export function missingMetadata(
  pkg: { homepage?: string; author?: string | { email?: string } },
  platform: NodeJS.Platform,
): string | null {
  if (platform !== 'linux') return null;
  const email = typeof pkg.author === 'string' ? /<[^>]+@[^>]+>/.test(pkg.author) : Boolean(pkg.author?.email);
  if (pkg.homepage && email) return null;
  return 'the .deb needs a homepage and a maintainer: set "homepage" and "author" (with an email) in package.json';
}

async function main(args: string[]): Promise<number> {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    homepage?: string;
    author?: string | { email?: string };
  };
  const electronPackage = join(ROOT, 'node_modules', 'electron');
  const electronVersion = existsSync(join(electronPackage, 'package.json'))
    ? (JSON.parse(readFileSync(join(electronPackage, 'package.json'), 'utf8')) as { version: string }).version
    : '?';
  const electron = findElectronDist({
    env: process.env,
    electronPackage,
    platform: process.platform,
    // Quietly: offline it fails in a second, and the one line below says so.
    fetch: () =>
      spawnSync(process.execPath, [join(electronPackage, 'install.js')], { stdio: 'ignore', timeout: 180_000 }),
  });
  if ('reason' in electron) {
    console.error(
      `Cannot package Agora: ${electron.reason}; set ELECTRON_DIST to an unpacked Electron ${electronVersion} for ${process.platform}-${process.arch}.`,
    );
    return 1;
  }
  const onlyDir = args.includes('--dir');
  const metadata = onlyDir ? null : missingMetadata(pkg, process.platform);
  if (metadata) {
    console.error(`Cannot package Agora: ${metadata}.`);
    return 1;
  }
  console.log(`Electron: ${electron.dir}`);

  console.log('Building the interface and the shell…');
  await viteBuild({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  await buildElectron();

  const { build, Platform } = await import('electron-builder');
  const files = await build({
    projectDir: ROOT,
    targets: Platform.current().createTarget(onlyDir ? 'dir' : null),
    config: { electronDist: electron.dir },
    publish: 'never',
  });
  console.log(`Packaged: ${files.length ? files.join(', ') : join(ROOT, 'dist', 'packages')}`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`Packaging failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      process.exit(1);
    },
  );
}
