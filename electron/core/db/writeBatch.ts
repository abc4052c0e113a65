/**
 * Group commit. With synchronous = FULL every commit waits for the disk (0.3–0.7 ms here),
 * which caps phones' votes at a few hundred a second if each is its own transaction. Writes
 * that arrive while the event loop is busy are run together in one transaction, so one
 * flush covers them all; each runs in its own savepoint, so a write that throws rolls back
 * alone and only its caller gets the error. Nobody gets an answer before the commit:
 * "committed before the response" still holds for every write.
 */
import type { Db } from './open.ts';

interface Job {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export interface WriteBatcher {
  /** Runs `work` in the next shared transaction; settles after that transaction commits. */
  run<T>(work: () => T): Promise<T>;
}

export function createWriteBatcher(db: Db): WriteBatcher {
  let queue: Job[] = [];

  function flush(): void {
    const jobs = queue;
    queue = [];
    const outcomes: { ok: boolean; value: unknown }[] = [];
    try {
      db.transaction(() => {
        for (const job of jobs) {
          try {
            // a nested better-sqlite3 transaction is a savepoint
            outcomes.push({ ok: true, value: db.transaction(job.work)() });
          } catch (error) {
            outcomes.push({ ok: false, value: error });
          }
          // On SQLITE_FULL, IOERR or BUSY, SQLite rolls back the whole transaction itself; the
          // remaining jobs would then commit one by one in autocommit. Stop: the batch failed.
          if (!db.inTransaction) throw new Error('SQLite rolled back the batch transaction');
        }
      }).immediate();
    } catch (error) {
      // The commit itself failed: nothing of the batch was written.
      for (const job of jobs) job.reject(error);
      return;
    }
    for (const [i, job] of jobs.entries()) {
      const outcome = outcomes[i] as { ok: boolean; value: unknown };
      if (outcome.ok) job.resolve(outcome.value);
      else job.reject(outcome.value);
    }
  }

  return {
    run<T>(work: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        // setImmediate runs after the pending I/O callbacks, so requests parsed in the same
        // turn of the event loop land in the same batch.
        if (queue.length === 0) setImmediate(flush);
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      });
    },
  };
}
