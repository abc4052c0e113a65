/**
 * A pure function run in a worker thread (the caller's side; the worker's is ./serveOffThread.ts), so the core's event loop (which answers the phones)
 * never waits for heavy work: clustering 1,000 topics, searching a 300-session grid.
 *
 * One worker per function is started on the first call and kept while calls come; it is
 * stopped after IDLE_MS without any, and restarted when one comes. While idle it is unref'd,
 * so it never keeps a CLI or a test process alive. Each request carries an id; its answer
 * the same id.
 *
 * Which file runs in the worker depends on how the core itself runs:
 * - bundled (dist/electron/main.mjs or cli.mjs, by scripts/build-electron.ts): this module is
 *   inside the bundle, and the worker is a sibling bundle `<name>.cjs`;
 * - from source (`node --import tsx`, `tsx`, vitest): the worker is `<name>.ts` beside this
 *   file, and needs TypeScript support in its own thread. `--import tsx` in the worker's
 *   execArgv is not enough on Node 20: tsx registers its hooks on the main thread only (it
 *   checks `isMainThread`), so the worker starts from a few lines of JavaScript that register
 *   tsx through its API and then import the .ts entry.
 */
import { Worker } from 'node:worker_threads';
import type { Reply, Request } from './serveOffThread.ts';

const IDLE_MS = 60_000;

/** The bundle's file name of a worker entry: scripts/build-electron.ts writes it beside main.mjs and cli.mjs. */
export const workerBundle = (name: string): string => `${name}.cjs`;

function startWorker(name: string): Worker {
  // Read here, not at load: the worker bundles are CommonJS, where import.meta is empty.
  const fromSource = import.meta.url.endsWith('.ts');
  if (!fromSource) return new Worker(new URL(`./${workerBundle(name)}`, import.meta.url));
  // Resolved here, where node_modules is known; the bootstrap has no base to resolve from.
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const entry = new URL(`./${name}.ts`, import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  // execArgv empty: the parent's flags (vitest's, or its own --import tsx) are not the worker's.
  return new Worker(bootstrap, { eval: true, execArgv: [] });
}

export interface OffThread<I, O> {
  /** The function's answer, computed in the worker. Rejects if the worker fails or dies. */
  run(input: I): Promise<O>;
  /** Stops the worker now (app shutdown, tests); calls still waiting are rejected. */
  stop(): Promise<void>;
}

/** The caller's side: `name` is the worker entry's file name beside this one, without extension. */
export function offThread<I, O>(name: string, what: string): OffThread<I, O> {
  let worker: Worker | null = null;
  const pending = new Map<number, { resolve: (output: O) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;

  /** Rejects what `w` still owed and forgets it; the next call starts a new worker. */
  const fail = (w: Worker, error: Error) => {
    if (worker !== w) return;
    worker = null;
    clearTimeout(idleTimer);
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const w = startWorker(name);
    w.on('message', (reply: Reply<O>) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.ok) p.resolve(reply.output);
      else p.reject(new Error(`${what} failed: ${reply.error}`));
      if (pending.size === 0 && worker === w) {
        w.unref();
        idleTimer = setTimeout(() => void stop(), IDLE_MS);
        idleTimer.unref();
      }
    });
    w.on('error', (error) => fail(w, error));
    w.on('exit', (code) => fail(w, new Error(`the ${name} worker stopped (exit code ${code})`)));
    worker = w;
    return w;
  };

  const stop = async () => {
    const w = worker;
    if (!w) return;
    fail(w, new Error(`the ${name} worker was stopped`));
    await w.terminate();
  };

  return {
    run(input) {
      const w = ensureWorker();
      clearTimeout(idleTimer);
      w.ref();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.postMessage({ id, input } satisfies Request<I>);
      });
    },
    stop,
  };
}
