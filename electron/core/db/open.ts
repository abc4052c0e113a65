/**
 * Opening Agora's SQLite store: pragmas, safety checks, backup, migrations.
 *
 * Refusals leave the file exactly as it was: a database from a newer Agora is never
 * downgraded, and a file that is not a readable SQLite database is never overwritten.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index.ts';

export type Db = Database.Database;

export class StoreError extends Error {
  constructor(
    readonly kind: 'newer-version' | 'corrupt' | 'migration-failed',
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

export interface OpenOptions {
  /** Called with the open handle before pending migrations run on an existing database. */
  beforeMigrate?: (db: Db, fromVersion: number) => Promise<void>;
  /** Path to an Electron-ABI build of better-sqlite3 (the shell passes it). */
  nativeBinding?: string;
}

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** A non-empty file that does not start with SQLite's header is not ours to touch. */
function assertLooksLikeSqlite(file: string): void {
  if (file === ':memory:' || !existsSync(file) || statSync(file).size === 0) return;
  const header = readFileSync(file).subarray(0, 16).toString('latin1');
  if (header !== SQLITE_MAGIC) {
    throw new StoreError(
      'corrupt',
      `${file} is not an Agora database (it is not a SQLite file, or it is damaged). It was left untouched; move it away or restore a backup.`,
    );
  }
}

export function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // 5 s: long enough for a backup or the CLI to finish a write, short enough to report a stuck lock.
  db.pragma('busy_timeout = 5000');
  // NORMAL is durable in WAL mode except on power loss at the OS level; FULL fsyncs every
  // commit, which is what an acknowledged vote needs. Cost measured: 0.3–0.7 ms per commit here, which
  // is why phone votes share commits (db/writeBatch.ts).
  db.pragma('synchronous = FULL');
}

/**
 * Reads the schema version and checks the file, through a read-only connection: closing a
 * writable one folds the write-ahead log into the file (a checkpoint), which would change a
 * newer Agora's database before we refuse it.
 */
function inspect(file: string, nativeBinding: string | undefined): number {
  if (file === ':memory:' || !existsSync(file) || statSync(file).size === 0) return 0;
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION) return version;
    // quick_check reports damage as rows of text rather than throwing.
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(String(check));
    return version;
  } catch (error) {
    throw new StoreError(
      'corrupt',
      `${file} could not be read as a database (${String(error)}). It was left untouched.`,
    );
  } finally {
    db?.close();
  }
}

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<Db> {
  assertLooksLikeSqlite(file);
  const version = inspect(file, options.nativeBinding);
  if (version > LATEST_VERSION) {
    throw new StoreError(
      'newer-version',
      `${file} was written by a newer version of Agora (schema ${version}, this version knows up to ${LATEST_VERSION}). Update Agora to open it; the file was left untouched.`,
    );
  }
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    applyPragmas(db);
    if (version < LATEST_VERSION) {
      if (version > 0 && options.beforeMigrate) await options.beforeMigrate(db, version);
      migrate(db, version);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Runs every pending migration in one transaction: all of them land, or none does.
 *
 * Foreign keys are off meanwhile (SQLite's procedure for rebuilding a table: with them on,
 * dropping the old table would cascade to every row pointing at it) and checked in full
 * before the commit, so a migration that breaks a reference rolls back like any other failure.
 */
export function migrate(db: Db, fromVersion: number): void {
  const pending = MIGRATIONS.filter((m) => m.version > fromVersion);
  const run = db.transaction(() => {
    for (const migration of pending) migration.up(db);
    const broken = db.pragma('foreign_key_check') as { table: string; parent: string }[];
    if (broken.length > 0) {
      const first = broken[0];
      throw new Error(`${broken.length} row(s) point at nothing (first: ${first?.table} → ${first?.parent})`);
    }
    db.pragma(`user_version = ${LATEST_VERSION}`);
  });
  // Not inside the transaction: SQLite ignores this pragma there.
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    run();
  } catch (error) {
    throw new StoreError('migration-failed', `Updating the database failed and was rolled back: ${String(error)}`);
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
}
