/**
 * The auto-scheduler off the core's thread (electron/core/workers/schedule.ts): the worker
 * answers what autoSchedule answers, and starts in the ways the core runs — vitest (here) and
 * the esbuild bundles (Electron's main.mjs, the CLI's cli.mjs), with the worker beside them as
 * scripts/build-electron.ts writes it. (`node --import tsx` is the CLI test's: cli-schedule.)
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import {
  autoScheduleOffThread,
  SCHEDULE_WORKER_BUNDLE,
  stopScheduleWorker,
} from '../../../electron/core/workers/schedule.ts';
import { autoSchedule, type ScheduleInstance } from '../../../shared/domain/schedule/index.ts';
import { tempDir } from '../../helpers/core.ts';

const ROOT = join(import.meta.dirname, '../../..');
const scratch = tempDir('agora-schedule-');
afterAll(async () => {
  await stopScheduleWorker();
  scratch.cleanup();
});

/** Six sessions, two rooms, three slots, voters wanting overlapping pairs; converges at once. */
const instance: ScheduleInstance = {
  rooms: [
    { id: 'big', capacity: 30 },
    { id: 'small', capacity: 2 },
  ],
  slots: [{ id: 'am' }, { id: 'noon' }, { id: 'pm' }],
  sessions: [
    { id: 'a', voters: [0, 1, 2], hostId: 'h1' },
    { id: 'b', voters: [0, 1], hostId: 'h1' },
    { id: 'c', voters: [2, 3], hostId: null },
    { id: 'd', voters: [3], hostId: null, lock: { roomId: 'small', slotId: 'pm' } },
    { id: 'e', voters: [], extraDemand: 4, hostId: null },
    { id: 'f', voters: [1, 3], hostId: 'h2' },
  ],
  voterCount: 4,
};

const comparable = ({ placements, unplaced, figures, stop }: ReturnType<typeof autoSchedule>) => ({
  placements,
  unplaced,
  figures,
  stop,
});

describe('autoScheduleOffThread', () => {
  it('answers what autoSchedule answers', async () => {
    const off = await autoScheduleOffThread(instance, { seed: 3 });
    expect(off.stop).toBe('converged');
    expect(comparable(off)).toEqual(comparable(autoSchedule(instance, { seed: 3 })));
  });

  it('rejects, and the next call starts a new worker, when the worker is stopped', async () => {
    const refused = expect(autoScheduleOffThread(instance)).rejects.toThrow(/stopped/);
    await stopScheduleWorker();
    await refused;
    expect((await autoScheduleOffThread(instance)).placements.length).toBeGreaterThan(0);
  });

  it('starts from the bundles, the worker beside main.mjs as scripts/build-electron.ts writes it', async () => {
    const out = join(scratch.dir, 'bundle');
    const common = { bundle: true, platform: 'node', logLevel: 'warning', target: 'node20' } as const;
    const inputFile = join(scratch.dir, 'instance.json');
    writeFileSync(inputFile, JSON.stringify(instance));
    const driver = `
      import { readFileSync } from 'node:fs';
      import { autoScheduleOffThread } from ${JSON.stringify(join(ROOT, 'electron/core/workers/schedule.ts'))};
      const result = await autoScheduleOffThread(JSON.parse(readFileSync(${JSON.stringify(inputFile)}, 'utf8')), { seed: 3 });
      console.log(JSON.stringify(result.placements));
    `;
    await build({
      ...common,
      stdin: { contents: driver, resolveDir: ROOT, loader: 'ts', sourcefile: 'driver.ts' },
      outfile: join(out, 'main.mjs'),
      format: 'esm',
    });
    await build({
      ...common,
      entryPoints: [join(ROOT, 'electron/core/workers/scheduleWorker.ts')],
      outfile: join(out, SCHEDULE_WORKER_BUNDLE),
      format: 'cjs',
    });
    const r = spawnSync(process.execPath, [join(out, 'main.mjs')], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(autoSchedule(instance, { seed: 3 }).placements);
  }, 30_000);
});
