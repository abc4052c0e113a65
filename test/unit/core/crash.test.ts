/**
 * A crash never loses an acknowledged write: the host runs as its own process, takes topics
 * over HTTP, and is killed with SIGKILL right after the last acknowledgement.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openTestCore, sampleWorkshop, tempDir } from '../../helpers/core.ts';

const ROOT = join(import.meta.dirname, '../../..');
const scratch = tempDir();
afterAll(() => scratch.cleanup());

it('keeps every acknowledged topic after a SIGKILL', async () => {
  // node --import tsx, not the tsx wrapper: the wrapper forks a child that SIGKILL would not reach.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'electron/cli.ts'), 'serve', '--data-dir', scratch.dir],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<URL>((resolve) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('facilitator: '));
      if (line) resolve(new URL(line.slice(13)));
    });
  });
  const call = async (method: string, input: unknown) => {
    const res = await fetch(new URL(`/api/call/${method}`, url), {
      method: 'POST',
      headers: { authorization: `Bearer ${url.searchParams.get('token')}`, 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    return ((await res.json()) as { value: { id: string } }).value;
  };
  const workshop = await call('workshops:create', sampleWorkshop);
  const acknowledged: string[] = [];
  for (let i = 1; i <= 40; i++) {
    await call('topics:add', { workshopId: workshop.id, topic: { title: `Topic ${i}` } });
    acknowledged.push(`Topic ${i}`);
  }
  // Ten more in flight at the moment of the kill: they may or may not land, but never twice.
  const inFlight = Array.from({ length: 10 }, (_, i) =>
    call('topics:add', { workshopId: workshop.id, topic: { title: `Late ${i}` } }).catch(() => null),
  );
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGKILL');
  await exited;
  await Promise.all(inFlight);

  const reopened = await openTestCore({}, scratch.dir);
  const titles = (await reopened.must('topics:list', { workshopId: workshop.id })).map((t) => t.title);
  expect(titles.slice(0, 40)).toEqual(acknowledged);
  expect(new Set(titles).size).toBe(titles.length);
  await reopened.close();
}, 30_000);
