/**
 * Bundles the Electron shell: main (ESM, the core inside it) and the preload (one CommonJS
 * file, as a sandboxed preload requires); and the CLI for Node, which the e2e tests start
 * once per test (a bundle starts in ~1 s where compiling the sources on the fly took ~2.5 s).
 * better-sqlite3 stays external: it is native.
 */
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', sourcemap: true, logLevel: 'warning' } as const;
// Some dependencies still call require(); give the ESM bundles one.
const requireBanner = {
  js: "import { createRequire as __agoraRequire } from 'node:module'; const require = __agoraRequire(import.meta.url);",
};

/**
 * Worker threads run a file of their own, found beside main.mjs and cli.mjs: the clustering
 * worker (electron/core/workers/suggestGroups.ts starts it) and the auto-scheduler's
 * (electron/core/workers/schedule.ts). CommonJS, the format workers load most surely.
 */
const WORKERS = ['clusterWorker', 'scheduleWorker'] as const;

async function buildWorkers(): Promise<void> {
  for (const name of WORKERS)
    await build({
      ...common,
      target: 'node20',
      entryPoints: [`electron/core/workers/${name}.ts`],
      outfile: `dist/electron/${name}.cjs`,
      format: 'cjs',
    });
}

export async function buildElectron(): Promise<void> {
  await buildWorkers();
  await build({
    ...common,
    target: 'node22',
    entryPoints: ['electron/main.ts'],
    outfile: 'dist/electron/main.mjs',
    format: 'esm',
    external: ['electron', 'better-sqlite3'],
    banner: requireBanner,
  });
  await build({
    ...common,
    target: 'node22',
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    external: ['electron'],
  });
}

/** The headless CLI (`agora serve` …) as one file for Node: dist/electron/cli.mjs. */
export const CLI_BUNDLE = 'dist/electron/cli.mjs';
export async function buildCli(): Promise<void> {
  await buildWorkers();
  await build({
    ...common,
    target: 'node20',
    entryPoints: ['electron/cli.ts'],
    outfile: CLI_BUNDLE,
    format: 'esm',
    external: ['better-sqlite3'],
    banner: requireBanner,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildElectron();
  console.log('built dist/electron/main.mjs and dist/electron/preload.cjs');
}
