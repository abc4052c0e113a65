/**
 * Bundles the Electron shell: main (ESM, the core inside it) and the preload (one CommonJS
 * file, as a sandboxed preload requires). better-sqlite3 stays external: it is native.
 */
import { build } from 'esbuild';

export async function buildElectron(): Promise<void> {
  const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, logLevel: 'warning' } as const;
  await build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: 'dist/electron/main.mjs',
    format: 'esm',
    external: ['electron', 'better-sqlite3'],
    // Some dependencies still call require(); give the ESM bundle one.
    banner: {
      js: "import { createRequire as __agoraRequire } from 'node:module'; const require = __agoraRequire(import.meta.url);",
    },
  });
  await build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    external: ['electron'],
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildElectron();
  console.log('built dist/electron/main.mjs and dist/electron/preload.cjs');
}
