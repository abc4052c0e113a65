/** Test helpers: a real core on a real SQLite file in a fresh temp folder. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Core, type CoreOptions, createCore } from '../../electron/core/app.ts';
import type { Input, Method, Output } from '../../shared/contract/index.ts';
import type { Result } from '../../shared/result.ts';

export function tempDir(prefix = 'agora-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestCore {
  core: Core;
  dir: string;
  /** Calls a method and returns the raw Result. */
  call<M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>>;
  /** Calls a method and fails the test if it did not succeed. */
  must<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  /** Sends anything at all, as a hostile or buggy client would. */
  raw(method: string, input: unknown): Promise<Result<unknown>>;
  count(table: string): number;
  close(): Promise<void>;
}

export async function openTestCore(options: Partial<CoreOptions> = {}, dir = tempDir().dir): Promise<TestCore> {
  const core = await createCore({
    dataDir: dir,
    transport: 'browser-host',
    seedDemo: false,
    backupEveryMs: 0,
    ...options,
  });
  const call = <M extends Method>(method: M, input: Input<M>) =>
    core.dispatch(method, input) as Promise<Result<Output<M>>>;
  return {
    core,
    dir,
    call,
    async must(method, input) {
      const result = await call(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    raw: (method, input) => core.dispatch(method, input),
    count: (table) => (core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
    close: () => core.close(),
  };
}

export const sampleWorkshop = {
  title: 'Smart Economy Mini-BarCamp',
  format: 'mini-barcamp',
  date: '2013-05-28',
  venue: 'Hangar 14',
  territory: 'Bordeaux Métropole',
  language: 'en',
  description: '',
} as const;
