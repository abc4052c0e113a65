/**
 * Rotating backups of the store, made with SQLite's online backup (it copies WAL content
 * too, and the app keeps working while it runs).
 *
 * Retention follows Actual Budget's rule: the 3 newest from today, the newest of each older
 * day, 10 in all. Pre-migration and manual backups are kept apart and never pruned.
 */
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../shared/schemas.ts';
import type { Db } from './db/open.ts';

export interface BackupStore {
  dir: string;
  create(db: Db, reason: BackupInfo['reason']): Promise<BackupInfo>;
  list(): BackupInfo[];
}

const NAME = /^agora-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(rotating|pre-migration|manual)\.sqlite$/;

export function backupFileName(at: Date, reason: BackupInfo['reason']): string {
  return `agora-${at.toISOString().replace(/:/g, '-').replace('.', '-')}-${reason}.sqlite`;
}

export function parseBackupName(file: string): { createdAt: string; reason: BackupInfo['reason'] } | null {
  const m = NAME.exec(file);
  if (!m) return null;
  return { createdAt: `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`, reason: m[6] as BackupInfo['reason'] };
}

/** Which rotating backups to delete, given all of them and today's date (YYYY-MM-DD, UTC). */
export function backupsToPrune(rotating: { file: string; createdAt: string }[], today: string): string[] {
  const newestFirst = [...rotating].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set<string>();
  const daysKept = new Set<string>();
  let todayKept = 0;
  for (const b of newestFirst) {
    const day = b.createdAt.slice(0, 10);
    if (day === today) {
      if (todayKept < 3) {
        keep.add(b.file);
        todayKept++;
      }
    } else if (!daysKept.has(day)) {
      keep.add(b.file);
      daysKept.add(day);
    }
  }
  const kept = newestFirst.filter((b) => keep.has(b.file)).slice(0, 10);
  const keptFiles = new Set(kept.map((b) => b.file));
  return newestFirst.filter((b) => !keptFiles.has(b.file)).map((b) => b.file);
}

export function createBackupStore(dir: string): BackupStore {
  const list = (): BackupInfo[] => {
    let files: string[];
    try {
      files = readdirSync(dir);
    } catch {
      return [];
    }
    return files
      .flatMap((file) => {
        const parsed = parseBackupName(file);
        return parsed ? [{ file: join(dir, file), bytes: statSync(join(dir, file)).size, ...parsed }] : [];
      })
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  };

  return {
    dir,
    list,
    async create(db, reason) {
      mkdirSync(dir, { recursive: true });
      const at = new Date();
      const file = join(dir, backupFileName(at, reason));
      await db.backup(file);
      if (reason === 'rotating') {
        const rotating = list().filter((b) => b.reason === 'rotating');
        for (const stale of backupsToPrune(rotating, at.toISOString().slice(0, 10))) rmSync(stale, { force: true });
      }
      return { file, createdAt: at.toISOString(), bytes: statSync(file).size, reason };
    },
  };
}
