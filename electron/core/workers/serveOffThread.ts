/**
 * The worker's side of ./offThread.ts: a worker entry calls `serveOffThread(fn)` at its top.
 * Kept apart from the caller's side, which reads `import.meta`: the worker bundles are
 * CommonJS, where it is empty.
 */
import { parentPort } from 'node:worker_threads';

export interface Request<I> {
  id: number;
  input: I;
}
export type Reply<O> = { id: number; ok: true; output: O } | { id: number; ok: false; error: string };

/** The worker's side: answers each request with `fn(input)`. Call it at the top of a worker entry. */
export function serveOffThread<I, O>(fn: (input: I) => O): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', ({ id, input }: Request<I>) => {
    let reply: Reply<O>;
    try {
      reply = { id, ok: true, output: fn(input) };
    } catch (error) {
      reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
