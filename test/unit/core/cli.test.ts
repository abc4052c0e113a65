/** The headless CLI as a user runs it: a real process, real files, exit codes. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/core.ts';

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

/** A data folder that exists, as after a first start. */
const dataDir = (name: string) => {
  const dir = join(scratch.dir, name);
  mkdirSync(dir);
  return dir;
};

describe('agora CLI', () => {
  it('prints usage and exits 2 on a wrong command', () => {
    const help = agora('help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Usage: npm run agora -- <command>/);
    const wrong = agora('frobnicate');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/Unknown command "frobnicate"/);
    expect(wrong.out).toBe('');
  });

  it('exports a large workshop through a pipe whole, with its vote rounds and totals', () => {
    const dir = dataDir('large');
    const [demoId] = agora('list', '--data-dir', dir).out.split('\t');
    const demo = JSON.parse(agora('export', demoId!, '--data-dir', dir).out) as {
      topics: { title: string; pitch: string }[];
      rounds: { state: string; items: unknown[]; results: { total: number }[]; ballots: unknown[] }[];
    };
    expect(demo.rounds[0]).toMatchObject({ state: 'open', ballots: [] });
    expect(demo.rounds[0]?.results).toHaveLength(demo.topics.length);

    // ~600 KB of JSON: far more than one pipe buffer, so an early exit would cut it off
    const big = {
      ...demo,
      rounds: [],
      topics: Array.from({ length: 300 }, (_, i) => ({ title: `Topic ${i}`, pitch: 'x'.repeat(2000) })),
    };
    const file = join(scratch.dir, 'big.json');
    writeFileSync(file, JSON.stringify(big));
    const id = agora('import', file, '--data-dir', dir).out.trim();
    const piped = agora('export', id, '--data-dir', dir);
    expect(piped.code).toBe(0);
    expect(piped.out.length).toBeGreaterThan(600_000);
    expect((JSON.parse(piped.out) as { topics: unknown[] }).topics).toHaveLength(300);
  });

  it('lists, exports, imports and backs up on the same store', () => {
    const dir = dataDir('data');
    const list = agora('list', '--data-dir', dir);
    expect(list.code).toBe(0);
    const lines = list.out.trim().split('\n');
    expect(lines).toHaveLength(1); // the demo workshop, seeded on first start
    const [id, date, format, , title] = lines[0]!.split('\t');
    expect({ date, format }).toEqual({ date: expect.stringMatching(/^2013-/), format: 'mini-barcamp' });
    expect(title).toMatch(/Smart Economy/);

    const exported = agora('export', id!, '--data-dir', dir, '--format', 'json');
    expect(exported.code).toBe(0);
    const data = JSON.parse(exported.out) as { topics: unknown[]; participants: unknown[] };
    expect(data.topics.length).toBeGreaterThan(5);

    const file = join(scratch.dir, 'export.json');
    writeFileSync(file, exported.out);
    const imported = agora('import', file, '--data-dir', dir);
    expect(imported.code).toBe(0);
    expect(agora('list', '--data-dir', dir).out.trim().split('\n')).toHaveLength(2);

    const backup = agora('backup', '--data-dir', dir);
    expect(backup.code).toBe(0);
    expect(backup.out).toMatch(/backups\/agora-.*-manual\.sqlite/);
  });

  it('fails with exit 1 and a message on stderr for an unknown workshop or a bad file', () => {
    const dir = dataDir('data2');
    const missing = agora('export', 'no-such-id', '--data-dir', dir);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/No workshop with id no-such-id/);
    const bad = join(scratch.dir, 'bad.json');
    writeFileSync(bad, '{"not":"agora"}');
    const refused = agora('import', bad, '--data-dir', dir);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/invalid_input/);
    expect(agora('export', '--data-dir', dir).code).toBe(2);
  });

  it('refuses a data folder that does not exist instead of making an empty one, except on a first start', () => {
    const typo = join(scratch.dir, 'no', 'such', 'dir');
    for (const args of [
      ['list'],
      ['export', 'x'],
      ['backup'],
      ['import', join(ROOT, 'test/fixtures/workshop-v1.json')],
    ]) {
      const r = agora(...args, '--data-dir', typo);
      expect(r.code, args[0]).toBe(1);
      expect(r.err, args[0]).toContain(`No Agora data folder at ${typo}`);
      expect(r.out, args[0]).toBe('');
    }
    expect(existsSync(join(scratch.dir, 'no'))).toBe(false);
  });

  it('serve makes a new data folder, says so in one line, then prints one facilitator line and answers on it', async () => {
    const dir = join(scratch.dir, 'data3');
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--data-dir', dir, '--port', '0'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const [created, line] = await new Promise<string[]>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const lines = out.split('\n');
        if (lines.length > 2) resolve(lines.slice(0, 2));
      });
      child.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
    });
    expect(created).toBe(`New data folder: ${dir}`);
    expect(line).toMatch(/^facilitator: http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{40,}$/);
    const url = new URL((line ?? '').slice('facilitator: '.length));
    const token = url.searchParams.get('token');
    const res = await fetch(new URL('/api/call/workshops:list', url), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(200);
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 30_000);

  it('refuses a second Agora on the same data folder; one-shot commands still run beside it; a dead one’s lock is taken over', async () => {
    const dir = dataDir('shared');
    const first = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--data-dir', dir, '--port', '0'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      let out = '';
      first.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('facilitator: ')) resolve();
      });
      first.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
    });
    const second = agora('serve', '--data-dir', dir, '--port', '0');
    expect(second.code).toBe(1);
    expect(second.err).toContain(`Agora is already running on ${dir} (process ${first.pid})`);
    expect(agora('list', '--data-dir', dir).code).toBe(0);

    // Killed without a chance to clean up: its lock stays behind, and the next start takes it over.
    const killed = new Promise((resolve) => first.on('exit', resolve));
    first.kill('SIGKILL');
    await killed;
    expect(existsSync(join(dir, 'agora.lock'))).toBe(true);
    const next = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--data-dir', dir, '--port', '0'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await new Promise<string | null>((resolve) => {
      let out = '';
      next.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const line = out.split('\n').find((l, i, all) => l.startsWith('facilitator: ') && i < all.length - 1);
        if (line) resolve(line.slice('facilitator: '.length));
      });
      next.on('exit', () => resolve(null));
    });
    expect(url).not.toBeNull();
    // It answers: it is up, with its lock. (The API, not the page: the renderer may not be built yet.)
    expect((await fetch(new URL('/api/events', url ?? ''))).status).toBe(401);
    const stopped = new Promise((resolve) => next.on('exit', resolve));
    next.kill('SIGTERM');
    expect(await stopped).toBe(0);
    // A clean stop leaves no lock.
    expect(existsSync(join(dir, 'agora.lock'))).toBe(false);
  }, 60_000);
});
