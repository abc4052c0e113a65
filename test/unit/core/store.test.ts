/** Opening the store: pragmas, refusing newer and corrupt files untouched, backups. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupFileName, backupsToPrune, parseBackupName } from '../../../electron/core/backups.ts';
import { LATEST_VERSION } from '../../../electron/core/db/migrations/index.ts';
import { openDatabase, StoreError } from '../../../electron/core/db/open.ts';
import { databaseFile, resolveDataDir } from '../../../electron/core/paths.ts';
import { openTestCore, sampleWorkshop, tempDir } from '../../helpers/core.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});
const scratch = () => {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
};

describe('opening the store', () => {
  it('sets WAL, foreign keys, a busy timeout and the latest schema', async () => {
    const file = join(scratch(), 'a.sqlite');
    const db = await openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
  });

  it('refuses a database written by a newer Agora and leaves it byte for byte', async () => {
    const file = join(scratch(), 'newer.sqlite');
    const newer = new Database(file);
    newer.exec('CREATE TABLE future (x INTEGER) STRICT');
    newer.pragma(`user_version = ${LATEST_VERSION + 10}`);
    newer.close();
    const before = readFileSync(file);
    await expect(openDatabase(file)).rejects.toThrow(/newer version of Agora/);
    await expect(openDatabase(file)).rejects.toBeInstanceOf(StoreError);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a newer database before its write-ahead log is folded into it: both files stay as they were', async () => {
    const dir = scratch();
    const live = join(dir, 'live.sqlite');
    const writer = new Database(live);
    writer.pragma('journal_mode = WAL');
    writer.pragma('wal_autocheckpoint = 0');
    writer.exec('CREATE TABLE future (x INTEGER) STRICT');
    writer.pragma(`user_version = ${LATEST_VERSION + 10}`);
    writer.exec('INSERT INTO future VALUES (1), (2), (3)');
    // A copy taken while the newer Agora still runs: its changes live in the -wal file only.
    const file = join(dir, 'newer.sqlite');
    for (const suffix of ['', '-wal', '-shm']) writeFileSync(`${file}${suffix}`, readFileSync(`${live}${suffix}`));
    writer.close();
    const main = readFileSync(file);
    const wal = readFileSync(`${file}-wal`);
    expect(wal.length).toBeGreaterThan(0);

    await expect(openDatabase(file)).rejects.toThrow(/newer version of Agora/);
    expect(readFileSync(file).equals(main)).toBe(true);
    expect(readFileSync(`${file}-wal`).equals(wal)).toBe(true);
  });

  it('reports a corrupt file and never overwrites it', async () => {
    const file = join(scratch(), 'corrupt.sqlite');
    const junk = Buffer.from('this is a spreadsheet, not a database'.repeat(200));
    writeFileSync(file, junk);
    await expect(openDatabase(file)).rejects.toThrow(/not an Agora database/);
    expect(readFileSync(file).equals(junk)).toBe(true);
  });

  it('reports a SQLite file damaged past its header, untouched', async () => {
    const file = join(scratch(), 'damaged.sqlite');
    const good = new Database(file);
    good.exec('CREATE TABLE t (x TEXT); INSERT INTO t VALUES (1)');
    good.close();
    const bytes = readFileSync(file);
    bytes.fill(0xab, 100, bytes.length); // keep the 16-byte magic, ruin everything after the header
    writeFileSync(file, bytes);
    await expect(openDatabase(file)).rejects.toThrow(StoreError);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('backs up an existing database before migrating it', async () => {
    const dir = scratch();
    const old = new Database(databaseFile(dir));
    old.exec("CREATE TABLE keepme (x TEXT); INSERT INTO keepme VALUES ('precious')");
    old.pragma('user_version = 1'); // an older schema than ours
    old.close();
    // 1 → latest re-runs 010 on top of this file; it has no workshops table so it succeeds.
    const t = await openTestCore({}, dir);
    const pre = t.core.backups.list().filter((b) => b.reason === 'pre-migration');
    expect(pre).toHaveLength(1);
    const backup = new Database(pre[0]!.file, { readonly: true });
    expect(backup.prepare('SELECT x FROM keepme').get()).toEqual({ x: 'precious' });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    backup.close();
    await t.close();
  });
});

describe('durability', () => {
  it('keeps everything across a close and reopen', async () => {
    const dir = scratch();
    const first = await openTestCore({}, dir);
    const w = await first.must('workshops:create', sampleWorkshop);
    await first.must('topics:add', { workshopId: w.id, topic: { title: 'Fab labs in town halls' } });
    await first.close();
    const second = await openTestCore({}, dir);
    expect((await second.must('topics:list', { workshopId: w.id })).map((t) => t.title)).toEqual([
      'Fab labs in town halls',
    ]);
    await second.close();
  });
});

describe('data directory', () => {
  it('prefers the option, then AGORA_DATA_DIR, then the default', () => {
    const saved = process.env.AGORA_DATA_DIR;
    process.env.AGORA_DATA_DIR = '/from/env';
    expect(resolveDataDir('/from/option', '/default')).toBe('/from/option');
    expect(resolveDataDir(undefined, '/default')).toBe('/from/env');
    delete process.env.AGORA_DATA_DIR;
    expect(resolveDataDir(undefined, '/default')).toBe('/default');
    if (saved !== undefined) process.env.AGORA_DATA_DIR = saved;
  });
});

describe('backups', () => {
  it('names round-trip', () => {
    const at = new Date('2026-11-24T13:05:09.123Z');
    expect(parseBackupName(backupFileName(at, 'rotating'))).toEqual({
      createdAt: at.toISOString(),
      reason: 'rotating',
    });
    expect(parseBackupName('agora.sqlite')).toBeNull();
  });

  it('keep the 3 newest of today, the newest of each older day, 10 in all', () => {
    const backups: { file: string; createdAt: string }[] = [];
    for (let day = 1; day <= 12; day++) {
      for (const hour of ['08', '12', '18']) {
        const createdAt = `2026-11-${String(day).padStart(2, '0')}T${hour}:00:00.000Z`;
        backups.push({ file: createdAt, createdAt });
      }
    }
    const pruned = new Set(backupsToPrune(backups, '2026-11-12'));
    const kept = backups.filter((b) => !pruned.has(b.file)).map((b) => b.createdAt);
    expect(kept).toHaveLength(10);
    expect(kept.filter((k) => k.startsWith('2026-11-12'))).toHaveLength(3);
    // older days: only the 18:00 one, the 7 most recent days
    expect(kept.filter((k) => !k.startsWith('2026-11-12')).sort()).toEqual(
      [5, 6, 7, 8, 9, 10, 11].map((d) => `2026-11-${String(d).padStart(2, '0')}T18:00:00.000Z`),
    );
  });

  it('are made at start, pruned, and a manual one can be asked for', async () => {
    const t = await openTestCore();
    await t.must('workshops:create', sampleWorkshop);
    const manual = await t.must('backups:create', {});
    expect(manual.reason).toBe('manual');
    const copy = new Database(manual.file, { readonly: true });
    expect(copy.prepare('SELECT title FROM workshops').get()).toEqual({ title: sampleWorkshop.title });
    copy.close();
    expect(readdirSync(t.core.backups.dir).some((f) => f.includes('rotating'))).toBe(true);
    await t.close();
  });
});
