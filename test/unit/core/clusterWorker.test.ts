/**
 * "Suggest groups" off the core's thread (electron/core/workers): the worker answers what
 * suggestGroups answers, the main event loop keeps ticking while it works, and the worker
 * starts in the three ways the core runs — vitest (here), `node --import tsx` (the CLI from
 * source) and the esbuild bundles (Electron's main.mjs, the CLI's cli.mjs).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CLUSTER_WORKER_BUNDLE,
  stopClusterWorker,
  suggestGroupsOffThread,
} from '../../../electron/core/workers/suggestGroups.ts';
import { type SuggestInput, suggestGroups } from '../../../shared/domain/cluster/index.ts';
import { syntheticTopics } from '../../../shared/domain/cluster/synthetic.ts';
import fr from '../../fixtures/topics-multilingual/fr.json';
import { tempDir } from '../../helpers/core.ts';

const ROOT = join(import.meta.dirname, '../../..');
const WORKER_API = join(ROOT, 'electron/core/workers/suggestGroups.ts');
const scratch = tempDir('agora-cluster-');
afterAll(async () => {
  await stopClusterWorker();
  scratch.cleanup();
});

const frWall: SuggestInput = { topics: fr.map((t, i) => ({ id: `fr${i}`, title: t.title, pitch: t.pitch })) };

/** Runs `work` under a 10 ms interval and reports how late its ticks came. */
async function lagDuring<T>(work: () => Promise<T>): Promise<{ result: T; ticks: number; maxLagMs: number }> {
  const period = 10;
  let last = performance.now();
  let maxLagMs = 0;
  let ticks = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxLagMs = Math.max(maxLagMs, now - last - period);
    last = now;
    ticks += 1;
  }, period);
  try {
    return { result: await work(), ticks, maxLagMs };
  } finally {
    clearInterval(timer);
  }
}

describe('suggestGroupsOffThread', () => {
  it('answers what suggestGroups answers, in the same order', async () => {
    const big: SuggestInput = { topics: syntheticTopics(1000, 5), threshold: 0.25 };
    for (const input of [frWall, big, { topics: [] }]) {
      const off = await suggestGroupsOffThread(input);
      expect(off.suggestions).toEqual(suggestGroups(input).suggestions);
      expect(off.ms).toBeGreaterThanOrEqual(0);
    }
  });

  it('keeps the main event loop ticking while 1,000 topics cluster', async () => {
    const input: SuggestInput = { topics: syntheticTopics(1000, 6) };
    await suggestGroupsOffThread({ topics: syntheticTopics(50, 1) }); // the worker is up and warm, as in the app

    const started = performance.now();
    suggestGroups(input);
    const blockedMs = performance.now() - started;

    const { result, ticks, maxLagMs } = await lagDuring(() => suggestGroupsOffThread(input));
    expect(result.suggestions.length).toBeGreaterThan(5);
    // In-thread, the loop would not tick at all for `blockedMs`; off-thread it ticks on, late
    // only by what a busy two-core machine adds (measured: a few ms idle, tens under load).
    expect(ticks).toBeGreaterThanOrEqual(Math.min(5, Math.floor((result.ms ?? 0) / 20)));
    expect(maxLagMs).toBeLessThan(Math.max(100, blockedMs / 2));
  });

  it('answers calls made together, each with its own answer', async () => {
    const inputs = [1, 2, 3].map((seed): SuggestInput => ({ topics: syntheticTopics(200, seed) }));
    const answers = await Promise.all(inputs.map((input) => suggestGroupsOffThread(input)));
    for (const [i, answer] of answers.entries())
      expect(answer.suggestions).toEqual(suggestGroups(inputs[i]!).suggestions);
  });

  it('rejects what a stopped worker owed, and starts a new one on the next call', async () => {
    const owed = expect(suggestGroupsOffThread({ topics: syntheticTopics(2000, 9) })).rejects.toThrow(/stopped/);
    await stopClusterWorker();
    await owed;
    const again = await suggestGroupsOffThread(frWall);
    expect(again.suggestions).toEqual(suggestGroups(frWall).suggestions);
  });
});

describe('the cluster worker outside vitest', () => {
  const inputFile = join(scratch.dir, 'input.json');
  writeFileSync(inputFile, JSON.stringify(frWall));
  const expected = JSON.stringify(suggestGroups(frWall).suggestions);
  /** A script that prints the off-thread answer for input.json and lets the process end by itself. */
  const driver = (apiUrl: string) => `
    import { readFileSync } from 'node:fs';
    import { suggestGroupsOffThread } from ${JSON.stringify(apiUrl)};
    const input = JSON.parse(readFileSync(${JSON.stringify(inputFile)}, 'utf8'));
    const output = await suggestGroupsOffThread(input);
    console.log(JSON.stringify(output.suggestions));
  `;
  const run = (args: string[]) => {
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
    return { code: r.status, out: r.stdout.trim(), err: r.stderr };
  };

  it('starts from source under node --import tsx (the CLI run from its sources)', () => {
    const script = join(scratch.dir, 'from-source.mts');
    writeFileSync(script, driver(pathToFileURL(WORKER_API).href));
    const r = run(['--import', 'tsx', script]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe(expected);
  });

  it('starts from the bundles, the worker beside main.mjs as scripts/build-electron.ts writes it', async () => {
    const out = join(scratch.dir, 'bundle');
    const common = { bundle: true, platform: 'node', logLevel: 'warning', target: 'node20' } as const;
    // The same two builds as scripts/build-electron.ts: the core (here a driver) as ESM, the worker as CJS.
    await build({
      ...common,
      stdin: { contents: driver(WORKER_API), resolveDir: ROOT, loader: 'ts', sourcefile: 'driver.ts' },
      outfile: join(out, 'main.mjs'),
      format: 'esm',
    });
    await build({
      ...common,
      entryPoints: [join(ROOT, 'electron/core/workers/clusterWorker.ts')],
      outfile: join(out, CLUSTER_WORKER_BUNDLE),
      format: 'cjs',
    });
    const r = run([join(out, 'main.mjs')]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe(expected);
  });
});
