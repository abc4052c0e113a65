/**
 * One running Agora per data folder. Two hosts on one store would each keep their own
 * projector state, participant server and backups, and their windows would not hear each
 * other's changes. A lock file holds the owner's process id; a lock left by a process that is
 * gone (a crash, a SIGKILL) is taken over. One-shot CLI commands (list, export, backup) do not
 * take it: SQLite keeps their reads and writes safe beside a running host.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export class DataFolderBusy extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `Agora is already running on ${dataDir} (process ${pid}). Use that window, close it first, or choose another --data-dir.`,
    );
    this.name = 'DataFolderBusy';
  }
}

interface LockOwner {
  pid: number;
  host: string;
}

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is someone else's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

function readOwner(file: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string'
      ? { pid: owner.pid, host: owner.host }
      : null;
  } catch {
    return null;
  }
}

/** Takes the folder's lock, or throws DataFolderBusy; returns the release function. */
export function lockDataFolder(dataDir: string): () => void {
  const file = join(dataDir, 'agora.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname() }));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(file);
      // Another machine's lock (a shared folder) cannot be checked: it stands.
      if (owner && (owner.host !== hostname() || isRunning(owner.pid)) && owner.pid !== process.pid)
        throw new DataFolderBusy(dataDir, owner.pid);
      rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`Could not take the lock on ${dataDir}.`);
}
