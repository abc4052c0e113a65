/**
 * Starts the real browser host as its own process (`agora serve`) on a temp data dir, as a
 * user would, so tests can also stop and restart it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CLI_BUNDLE } from '../../scripts/build-electron.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export interface RunningHost {
  /** The facilitator's address, secret included. */
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export function newDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'agora-e2e-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function startHost(dataDir: string, extraArgs: string[] = []): Promise<RunningHost> {
  const child: ChildProcess = spawn(
    // The bundle globalSetup.ts built, run by node itself: stopping the process stops the server.
    process.execPath,
    [join(ROOT, CLI_BUNDLE), 'serve', '--data-dir', dataDir, '--port', '0', ...extraArgs],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`agora serve did not start in 30 s\n${stderr}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('facilitator: '));
      if (line) {
        clearTimeout(timer);
        resolveUrl(line.slice('facilitator: '.length).trim());
      }
    });
    child.on('exit', (code) => reject(new Error(`agora serve exited with ${code}\n${stderr}`)));
  });
  return {
    url,
    dataDir,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
