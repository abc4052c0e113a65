/** `agora schedule`: the auto-scheduler headless, as a user runs it: a real process, real files, one line. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPhoneService } from '../../../electron/core/services/phones.ts';
import { openTestCore, tempDir } from '../../helpers/core.ts';

const ROOT = join(import.meta.dirname, '../../..');
const CLI = join(ROOT, 'electron/cli.ts');
const scratch = tempDir();
afterAll(() => scratch.cleanup());

const agora = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, AGORA_DATA_DIR: '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const LINE =
  /^scheduled (\d+) sessions; attendance (\d+(?:\.\d)?)% \((\d+) of (\d+) pairs\); clashes (\d+); overflow (\d+); unplaced (\d+); (\d+) ms\n$/;

let demoId: string;
let roundId: string;
let title: string;

beforeAll(async () => {
  // The demo workshop, and a dozen phones voting in its open round.
  const t = await openTestCore({ seedDemo: true }, scratch.dir);
  const demo = (await t.must('workshops:list', {}))[0]!;
  demoId = demo.id;
  title = demo.title;
  const round = (await t.must('rounds:list', { workshopId: demoId }))[0]!;
  roundId = round.id;
  const phones = createPhoneService({ db: t.core.db, emit: () => {} });
  const { code } = await t.must('join:get', { workshopId: demoId });
  for (let p = 0; p < 12; p++) {
    const joined = await phones.join({ code });
    if (!joined.ok) throw new Error(joined.error.message);
    const voter = phones.authenticate(joined.value.token);
    if (!voter.ok) throw new Error(voter.error.message);
    for (let d = 0; d < 5; d++) {
      const itemId = round.items[(p * 3 + d * 2) % 8]!.id;
      await phones.vote(voter.value, { roundId, itemId, delta: 1, requestId: `phone-${p}-dot-${d}` });
    }
  }
  await t.close();
}, 60_000);

describe('agora schedule', () => {
  it('schedules a workshop found by id or title, saves the grid, and prints exactly one line', async () => {
    const run = agora('schedule', demoId, '--data-dir', scratch.dir);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const [, scheduled, percent, kept, total, clashes, , unplaced] = LINE.exec(run.out)!.map(Number);
    expect(kept! / total!).toBeCloseTo(percent! / 100, 3);
    expect(clashes).toBeLessThanOrEqual(total! - kept!);
    expect(scheduled! + unplaced!).toBe(20);

    const t = await openTestCore({ seedDemo: false }, scratch.dir);
    try {
      const grid = await t.must('grid:get', { workshopId: demoId });
      expect(grid.sessions.filter((s) => s.slotId !== null)).toHaveLength(scheduled!);
      expect(grid.schedulingRoundId).toBe(roundId);
    } finally {
      await t.close();
    }

    const byTitle = agora('schedule', title.toUpperCase(), '--round', roundId, '--data-dir', scratch.dir);
    expect(byTitle.code).toBe(0);
    expect(byTitle.out).toMatch(LINE);
  }, 60_000);

  it('fails with exit 1 and one message on stderr; wrong usage exits 2', () => {
    const missing = agora('schedule', 'No such workshop', '--data-dir', scratch.dir);
    expect(missing).toMatchObject({ code: 1, out: '' });
    expect(missing.err).toMatch(/No workshop with id or title "No such workshop"/);
    const round = agora('schedule', demoId, '--round', 'nope', '--data-dir', scratch.dir);
    expect(round).toMatchObject({ code: 1, out: '' });
    expect(round.err).toMatch(/No vote round with id nope/);
    expect(agora('schedule', '--data-dir', scratch.dir).code).toBe(2);
    expect(agora('list', '--round', roundId, '--data-dir', scratch.dir).code).toBe(2);
  }, 60_000);
});
