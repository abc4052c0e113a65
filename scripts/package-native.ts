/**
 * electron-builder's afterPack hook (electron-builder.yml): better-sqlite3 for the packaged
 * Electron. The copy electron-builder took from node_modules is built for Node (the tests and
 * the browser host use it, and it stays so); this builds the module again for the packaged
 * Electron's version and architecture with @electron/rebuild, in a copy under
 * .cache/electron-package/, and puts the result where the packaged app loads it from
 * (app.asar.unpacked). The result must carry Electron's ABI (a node-gyp pointed at Node's
 * headers — npm's `nodedir` setting, for one — silently builds Node's instead, so that setting
 * is left out of the build and the binary's ABI is read back); when the package runs on this
 * machine, the packaged Electron then loads the module once, as Node.
 *
 * Native code is built on the system it runs on: a Linux package on Linux, and so on.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AfterPackContext } from 'electron-builder';
import { findRepositoryRoot } from '../electron/core/paths.ts';
import { installedElectronAbi, moduleAbi, withoutNodeHeaders } from './electron-native.ts';

const ROOT = findRepositoryRoot(import.meta.dirname);
const MODULE = 'better-sqlite3';
const BINARY = ['build', 'Release', 'better_sqlite3.node'];
// electron-builder's Arch enum, by value (builder-util's `Arch`).
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'] as const;

/** Where the packaged app loads better-sqlite3's binary from: unpacked beside app.asar. */
export function unpackedBinary(resourcesDir: string): string {
  return join(resourcesDir, 'app.asar.unpacked', 'node_modules', MODULE, ...BINARY);
}

/** The packaged Electron executable, to load the module with (ELECTRON_RUN_AS_NODE). */
export function packagedExecutable(
  appOutDir: string,
  platform: string,
  names: { productFilename: string; linuxExecutableName: string },
): string {
  if (platform === 'darwin' || platform === 'mas') {
    return join(appOutDir, `${names.productFilename}.app`, 'Contents', 'MacOS', names.productFilename);
  }
  if (platform === 'win32') return join(appOutDir, `${names.productFilename}.exe`);
  return join(appOutDir, names.linuxExecutableName);
}

/** Electron's ABI, for the version being packaged (the installed one). */
function electronAbi(electronVersion: string): number {
  const installed = (
    JSON.parse(readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }
  ).version;
  if (installed !== electronVersion) {
    throw new Error(`Packaging Electron ${electronVersion}, but ${installed} is installed: package the installed one.`);
  }
  return installedElectronAbi();
}

/** Builds better-sqlite3 for one Electron version and architecture; returns the binary. */
async function buildForElectron(electronVersion: string, arch: string): Promise<string> {
  const work = join(ROOT, '.cache', 'electron-package', `${process.platform}-${arch}-electron-${electronVersion}`);
  const source = join(ROOT, 'node_modules', MODULE);
  const version = (JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')) as { version: string }).version;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'node_modules'), { recursive: true });
  // A one-dependency project, so the rebuild never touches the repository's node_modules.
  writeFileSync(
    join(work, 'package.json'),
    `${JSON.stringify({ name: 'agora-native', private: true, dependencies: { [MODULE]: version } }, null, 2)}\n`,
  );
  cpSync(source, join(work, 'node_modules', MODULE), {
    recursive: true,
    filter: (path) => !path.startsWith(join(source, 'build')),
  });
  const { rebuild } = await import('@electron/rebuild');
  // node-gyp runs as a child process and reads npm's settings from the environment.
  const saved = process.env;
  process.env = withoutNodeHeaders(saved);
  try {
    await rebuild({
      buildPath: work,
      projectRootPath: work,
      electronVersion,
      arch,
      onlyModules: [MODULE],
      force: true,
    });
  } finally {
    process.env = saved;
  }
  const built = join(work, 'node_modules', MODULE, ...BINARY);
  if (!existsSync(built)) throw new Error(`@electron/rebuild did not produce ${built}`);
  const abi = moduleAbi(readFileSync(built));
  const expected = electronAbi(electronVersion);
  if (abi !== expected) {
    throw new Error(`${MODULE} was built for ABI ${abi ?? 'unknown'}, Electron ${electronVersion} needs ${expected}.`);
  }
  return built;
}

export default async function afterPack(context: AfterPackContext): Promise<void> {
  const platform = context.electronPlatformName === 'mas' ? 'darwin' : context.electronPlatformName;
  const arch = ARCH_NAMES[context.arch];
  // A universal macOS app is merged from the x64 and arm64 ones, each already done.
  if (arch === 'universal') return;
  if (platform !== process.platform) {
    throw new Error(`${MODULE} is built on the system it runs on: package for ${platform} on ${platform}.`);
  }
  const packager = context.packager;
  const electronVersion = packager.info.framework.version;
  const target = unpackedBinary(packager.getResourcesDir(context.appOutDir));
  if (!existsSync(target)) {
    throw new Error(`${target} is missing: better-sqlite3 must be a dependency and *.node in asarUnpack.`);
  }

  console.log(`  • better-sqlite3 for Electron ${electronVersion} (${platform}-${arch})`);
  const built = await buildForElectron(electronVersion, arch);
  rmSync(target); // a fresh file, never through a hard link into node_modules
  copyFileSync(built, target);

  if (arch !== process.arch) return; // cannot run another architecture's Electron here
  const executable = packagedExecutable(context.appOutDir, platform, {
    productFilename: packager.appInfo.productFilename,
    linuxExecutableName: (packager as unknown as { executableName?: string }).executableName ?? 'agora',
  });
  const check = spawnSync(executable, ['-e', `process.dlopen({ exports: {} }, ${JSON.stringify(target)})`], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (check.status !== 0) {
    throw new Error(
      `The packaged Electron cannot load ${target}: ${(check.stderr || check.error?.message || '').trim()}`,
    );
  }
}
