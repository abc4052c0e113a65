/** Group commit: many writes share one transaction, each still succeeds or fails on its own. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createWriteBatcher } from '../../../electron/core/db/writeBatch.ts';

function table() {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE t (n INTEGER NOT NULL CHECK (n >= 0))');
  let commits = 0;
  // better-sqlite3 has no commit hook; count the outer transactions by wrapping them
  const original = db.transaction.bind(db);
  db.transaction = ((fn: (...args: unknown[]) => unknown) => {
    const transaction = original(fn);
    const counted = (...args: unknown[]) => transaction(...args);
    counted.immediate = (...args: unknown[]) => {
      commits++;
      return transaction.immediate(...args);
    };
    return counted;
  }) as unknown as typeof db.transaction;
  const insert = db.prepare('INSERT INTO t (n) VALUES (?)');
  const rows = () => (db.prepare('SELECT n FROM t ORDER BY n').all() as { n: number }[]).map((r) => r.n);
  return { db, insert, rows, commits: () => commits };
}

describe('write batcher', () => {
  it('commits writes issued together in one transaction and answers each caller', async () => {
    const { db, insert, rows, commits } = table();
    const writes = createWriteBatcher(db);
    const answers = await Promise.all([1, 2, 3, 4, 5].map((n) => writes.run(() => insert.run(n).changes)));
    expect(answers).toEqual([1, 1, 1, 1, 1]);
    expect(rows()).toEqual([1, 2, 3, 4, 5]);
    expect(commits()).toBe(1);
  });

  it('a failing write rolls back alone; the others in its batch commit', async () => {
    const { db, insert, rows } = table();
    const writes = createWriteBatcher(db);
    const outcomes = await Promise.allSettled([
      writes.run(() => insert.run(1)),
      writes.run(() => {
        insert.run(2);
        insert.run(-1); // CHECK fails: the 2 above must go too
      }),
      writes.run(() => insert.run(3)),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(rows()).toEqual([1, 3]);
  });

  it('when SQLite rolls the whole transaction back (disk full, I/O error), every write of the batch fails and none lands', async () => {
    const { db, insert, rows } = table();
    const writes = createWriteBatcher(db);
    const outcomes = await Promise.allSettled([
      writes.run(() => insert.run(1)),
      // what SQLite does by itself on SQLITE_FULL or SQLITE_IOERR
      writes.run(() => db.exec('ROLLBACK')),
      writes.run(() => insert.run(3)),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(rows()).toEqual([]);
    // the next batch works normally
    await writes.run(() => insert.run(4));
    expect(rows()).toEqual([4]);
  });

  it('answers nobody before the commit, and later writes start a new batch', async () => {
    const { db, insert, rows, commits } = table();
    const writes = createWriteBatcher(db);
    let answered = false;
    const first = writes
      .run(() => insert.run(1))
      .then(() => {
        answered = true;
        // committed: another connection-level read sees it
        expect(rows()).toEqual([1]);
      });
    expect(answered).toBe(false);
    await first;
    await writes.run(() => insert.run(2));
    expect(commits()).toBe(2);
  });
});
