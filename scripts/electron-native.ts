/**
 * better-sqlite3 for Electron's ABI, kept apart from the Node build in node_modules (the
 * tests and the browser host use that one). Flipping one binary between the two ABIs is a
 * known trap; instead we build a second copy in .cache/electron-native and the shell
 * passes it to better-sqlite3 with the `nativeBinding` option.
 *
 * Runs only where Electron itself runs (it needs Electron's headers or a prebuilt binary
 * from the network), so on a normal machine on first launch.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { electronNativeBinding, electronNativeDir, findRepositoryRoot } from '../electron/core/paths.ts';

const ROOT = findRepositoryRoot(import.meta.dirname);
const CACHE = electronNativeDir(ROOT);
// The same file the shell looks for (electron/main.ts, through developmentLocations).
export const ELECTRON_NATIVE_BINDING = electronNativeBinding(ROOT);

/** The ABI a native module was built for, from its `node_register_module_v<ABI>` entry point. */
export function moduleAbi(binary: Buffer): number | null {
  const match = /node_register_module_v(\d+)/.exec(binary.toString('latin1'));
  return match ? Number(match[1]) : null;
}

/** The installed Electron's ABI (NODE_MODULE_VERSION), as the electron package records it. */
export function installedElectronAbi(): number {
  return Number(readFileSync(join(ROOT, 'node_modules', 'electron', 'abi_version'), 'utf8').trim());
}

/**
 * The environment without npm's `nodedir`: with it (npm exports it to scripts when it is set,
 * as on machines with Debian's Node headers), node-gyp compiles against Node's headers whatever
 * target it is given, and silently builds Node's ABI.
 */
export function withoutNodeHeaders(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => key.toLowerCase() !== 'npm_config_nodedir'));
}

export function ensureElectronNative(_electronBinary: string): string | null {
  const electronVersion = (
    JSON.parse(readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }
  ).version;
  const stamp = join(CACHE, `electron-${electronVersion}`);
  if (existsSync(ELECTRON_NATIVE_BINDING) && existsSync(stamp)) return ELECTRON_NATIVE_BINDING;

  console.log(`Preparing better-sqlite3 for Electron ${electronVersion} (first launch only)…`);
  const work = join(CACHE, 'better-sqlite3');
  rmSync(CACHE, { recursive: true, force: true });
  mkdirSync(CACHE, { recursive: true });
  cpSync(join(ROOT, 'node_modules', 'better-sqlite3'), work, { recursive: true });
  rmSync(join(work, 'build'), { recursive: true, force: true });

  const env = {
    ...withoutNodeHeaders(process.env),
    npm_config_runtime: 'electron',
    npm_config_target: electronVersion,
  };
  // A prebuilt binary first (fast); otherwise compile against Electron's headers.
  const prebuilt = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'prebuild-install', 'bin.js'), '--runtime=electron', `--target=${electronVersion}`],
    { cwd: work, env, stdio: 'inherit' },
  );
  if (prebuilt.status !== 0) {
    spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
        'rebuild',
        '--release',
        `--target=${electronVersion}`,
        '--dist-url=https://electronjs.org/headers',
      ],
      { cwd: work, env, stdio: 'inherit' },
    );
  }
  const built = join(work, 'build', 'Release', 'better_sqlite3.node');
  if (!existsSync(built)) return null;
  const abi = moduleAbi(readFileSync(built));
  if (abi !== installedElectronAbi()) {
    console.warn(`better-sqlite3 came out for ABI ${abi}, not Electron's ${installedElectronAbi()}; not using it.`);
    return null;
  }
  copyFileSync(built, ELECTRON_NATIVE_BINDING);
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
  return ELECTRON_NATIVE_BINDING;
}
