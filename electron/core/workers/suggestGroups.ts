/**
 * `suggestGroupsOffThread`: the same answer as `suggestGroups`, computed in a worker thread so
 * the core's event loop (which answers the phones) never waits for it.
 *
 * One worker is started on the first call and kept while calls come; it is stopped after
 * IDLE_MS without any, and restarted when one comes. While idle it is unref'd, so it never
 * keeps a CLI or a test process alive.
 *
 * Which file runs in the worker depends on how the core itself runs:
 * - bundled (dist/electron/main.mjs or cli.mjs, by scripts/build-electron.ts): this module is
 *   inside the bundle, and the worker is the sibling bundle dist/electron/clusterWorker.cjs;
 * - from source (`node --import tsx`, `tsx`, vitest): this file is a .ts, and so is the
 *   worker, which needs TypeScript support in its own thread. `--import tsx` in the worker's
 *   execArgv is not enough on Node 20: tsx registers its hooks on the main thread only (it
 *   checks `isMainThread`), so the worker starts from a few lines of JavaScript that register
 *   tsx through its API and then import the .ts entry.
 */
import { Worker } from 'node:worker_threads';
import type { SuggestInput, SuggestOutput } from '../../../shared/domain/cluster/index.ts';
import type { ClusterReply, ClusterRequest } from './clusterWorker.ts';

/** The bundles' file name for the worker: scripts/build-electron.ts writes it beside main.mjs and cli.mjs. */
export const CLUSTER_WORKER_BUNDLE = 'clusterWorker.cjs';
const IDLE_MS = 60_000;

const fromSource = import.meta.url.endsWith('.ts');

function startWorker(): Worker {
  if (!fromSource) return new Worker(new URL(`./${CLUSTER_WORKER_BUNDLE}`, import.meta.url));
  // Resolved here, where node_modules is known; the bootstrap has no base to resolve from.
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./clusterWorker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  // execArgv empty: the parent's flags (vitest's, or its own --import tsx) are not the worker's.
  return new Worker(bootstrap, { eval: true, execArgv: [] });
}

interface Pending {
  resolve: (output: SuggestOutput) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
const pending = new Map<number, Pending>();
let nextId = 1;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

/** Rejects what `w` still owed and forgets it; the next call starts a new worker. */
function fail(w: Worker, error: Error): void {
  if (worker !== w) return;
  worker = null;
  clearTimeout(idleTimer);
  for (const p of pending.values()) p.reject(error);
  pending.clear();
}

function ensureWorker(): Worker {
  if (worker) return worker;
  const w = startWorker();
  w.on('message', (reply: ClusterReply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (reply.ok) p.resolve(reply.output);
    else p.reject(new Error(`suggest groups failed: ${reply.error}`));
    if (pending.size === 0 && worker === w) {
      w.unref();
      idleTimer = setTimeout(() => void stopClusterWorker(), IDLE_MS);
      idleTimer.unref();
    }
  });
  w.on('error', (error) => fail(w, error));
  w.on('exit', (code) => fail(w, new Error(`the cluster worker stopped (exit code ${code})`)));
  worker = w;
  return w;
}

/** `suggestGroups(input)`, computed in the worker thread. Rejects if the worker dies. */
export function suggestGroupsOffThread(input: SuggestInput): Promise<SuggestOutput> {
  const w = ensureWorker();
  clearTimeout(idleTimer);
  w.ref();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    const request: ClusterRequest = { id, input };
    w.postMessage(request);
  });
}

/** Stops the worker now (app shutdown, tests); calls still waiting are rejected. */
export async function stopClusterWorker(): Promise<void> {
  const w = worker;
  if (!w) return;
  fail(w, new Error('the cluster worker was stopped'));
  await w.terminate();
}
