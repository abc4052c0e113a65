/**
 * `autoScheduleOffThread`: the same answer as `autoSchedule`, computed in a worker thread so
 * the core's event loop (which answers the phones) never waits for the search.
 *
 * Started as ./suggestGroups.ts starts the clustering worker (read it for the why): one worker
 * on the first call, kept while calls come, stopped after IDLE_MS without any and unref'd
 * while idle, so it never keeps a CLI or a test process alive. Bundled, the worker is the
 * sibling file dist/electron/scheduleWorker.cjs (scripts/build-electron.ts); from source
 * (tsx, vitest) it is the .ts entry, started from a few lines that register tsx in its thread.
 */
import { Worker } from 'node:worker_threads';
import type { AutoScheduleOptions, ScheduleInstance, ScheduleResult } from '../../../shared/domain/schedule/index.ts';
import type { ScheduleReply, ScheduleRequest } from './scheduleWorker.ts';

/** The bundles' file name for the worker: scripts/build-electron.ts writes it beside main.mjs and cli.mjs. */
export const SCHEDULE_WORKER_BUNDLE = 'scheduleWorker.cjs';
const IDLE_MS = 60_000;

const fromSource = import.meta.url.endsWith('.ts');

function startWorker(): Worker {
  if (!fromSource) return new Worker(new URL(`./${SCHEDULE_WORKER_BUNDLE}`, import.meta.url));
  // Resolved here, where node_modules is known; the bootstrap has no base to resolve from.
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./scheduleWorker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  // execArgv empty: the parent's flags (vitest's, or its own --import tsx) are not the worker's.
  return new Worker(bootstrap, { eval: true, execArgv: [] });
}

interface Pending {
  resolve: (result: ScheduleResult) => void;
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
  w.on('message', (reply: ScheduleReply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (reply.ok) p.resolve(reply.result);
    else p.reject(new Error(`the auto-scheduler failed: ${reply.error}`));
    if (pending.size === 0 && worker === w) {
      w.unref();
      idleTimer = setTimeout(() => void stopScheduleWorker(), IDLE_MS);
      idleTimer.unref();
    }
  });
  w.on('error', (error) => fail(w, error));
  w.on('exit', (code) => fail(w, new Error(`the schedule worker stopped (exit code ${code})`)));
  worker = w;
  return w;
}

/** `autoSchedule(instance, options)`, computed in the worker thread. Rejects if the worker dies. */
export function autoScheduleOffThread(
  instance: ScheduleInstance,
  options: AutoScheduleOptions = {},
): Promise<ScheduleResult> {
  const w = ensureWorker();
  clearTimeout(idleTimer);
  w.ref();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    const request: ScheduleRequest = { id, instance, options };
    w.postMessage(request);
  });
}

/** Stops the worker now (app shutdown, tests); calls still waiting are rejected. */
export async function stopScheduleWorker(): Promise<void> {
  const w = worker;
  if (!w) return;
  fail(w, new Error('the schedule worker was stopped'));
  await w.terminate();
}
