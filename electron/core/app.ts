/**
 * The core, assembled: store + services + events. Plain Node; the Electron shell, the
 * browser host, the CLI and the tests all start Agora through createCore().
 */
import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import type { AgoraEvent, EventListener } from '../../shared/contract/index.ts';
import type { AppInfo } from '../../shared/schemas.ts';
import { type BackupStore, createBackupStore } from './backups.ts';
import { lockDataFolder } from './dataLock.ts';
import { pruneAppliedRequests } from './db/ballots.ts';
import { LATEST_VERSION } from './db/migrations/index.ts';
import { type Db, openDatabase } from './db/open.ts';
import { createLanServer, type LanLimits } from './net/lan.ts';
import { type AppLocations, backupsDir, databaseFile, developmentLocations, readAppVersion } from './paths.ts';
import type { LanControl } from './services/context.ts';
import { seedDemoWorkshop } from './services/demo.ts';
import { createDispatcher, type Dispatch } from './services/dispatch.ts';
import { createHandlers } from './services/handlers.ts';
import { createPhoneService } from './services/phones.ts';

export interface CoreOptions {
  dataDir: string;
  transport: AppInfo['transport'];
  /** Seed the demo workshop when it has never been seeded (default true). */
  seedDemo?: boolean;
  /** Rotating backup cadence while changes happen; 0 turns the timer off (tests, one-shot CLI). */
  backupEveryMs?: number;
  /** A rotating backup as the store opens (default true; one-shot CLI commands skip it). */
  backupOnStart?: boolean;
  nativeBinding?: string;
  /**
   * Where the app's files are: the Electron shell passes a packaged app's; by default the
   * repository's (found from this module, in the sources and in the bundle alike).
   */
  locations?: AppLocations;
  /** The built renderer, for the phone page the participant server serves (default: locations.rendererDir). */
  rendererDir?: string;
  /** Rate and size limits of the participant server (tests and the benchmark tune them). */
  lanLimits?: Partial<LanLimits>;
  /** The voter ceiling of workshops whose facilitator set none (`serve --lan --max-voters N`). */
  defaultMaxVoters?: number;
  /** Take the data folder's lock (default true): one running host per folder. One-shot CLI commands skip it. */
  exclusive?: boolean;
}

export interface Core {
  dispatch: Dispatch;
  subscribe(listener: EventListener): () => void;
  db: Db;
  backups: BackupStore;
  /** The participant server (off until started). */
  lan: LanControl;
  dataDir: string;
  close(): Promise<void>;
}

// 15 minutes: at most a quarter of an hour of work to redo from a backup if the disk file is lost.
const DEFAULT_BACKUP_EVERY_MS = 15 * 60 * 1000;

export async function createCore(options: CoreOptions): Promise<Core> {
  const locations = options.locations ?? developmentLocations();
  const version = readAppVersion(locations.appDir);
  mkdirSync(options.dataDir, { recursive: true });
  const unlock = options.exclusive === false ? () => {} : lockDataFolder(options.dataDir);
  const file = databaseFile(options.dataDir);
  const backups = createBackupStore(backupsDir(options.dataDir));
  let db: Db;
  try {
    db = await openDatabase(file, {
      nativeBinding: options.nativeBinding,
      beforeMigrate: async (handle) => {
        await backups.create(handle, 'pre-migration');
      },
    });
  } catch (error) {
    unlock();
    throw error;
  }

  const emitter = new EventEmitter();
  emitter.setMaxListeners(0); // one listener per open window or stream; no fixed bound
  let changesSinceBackup = 0;
  const emit = (event: AgoraEvent) => {
    changesSinceBackup++;
    emitter.emit('event', event);
  };
  const info = (): AppInfo => ({
    version,
    dataDir: options.dataDir,
    databaseFile: file,
    schemaVersion: LATEST_VERSION,
    transport: options.transport,
  });

  if (options.seedDemo !== false) seedDemoWorkshop(db);
  const subscribe = (listener: EventListener) => {
    emitter.on('event', listener);
    return () => {
      emitter.off('event', listener);
    };
  };
  const lan = createLanServer({
    phones: createPhoneService({ db, emit, subscribe, defaultMaxVoters: options.defaultMaxVoters }),
    subscribe,
    emit,
    rendererDir: options.rendererDir ?? locations.rendererDir,
    limits: options.lanLimits,
  });
  const dispatch = createDispatcher(
    createHandlers({ db, emit, backups, info, lan, defaultMaxVoters: options.defaultMaxVoters }),
  );

  const backupEveryMs = options.backupEveryMs ?? DEFAULT_BACKUP_EVERY_MS;
  const backupNow = async () => {
    changesSinceBackup = 0;
    // Housekeeping rides on the backup's schedule: request ids of rounds closed a day ago.
    pruneAppliedRequests(db, new Date());
    await backups.create(db, 'rotating');
  };
  if (options.backupOnStart !== false) await backupNow();
  const timer =
    backupEveryMs > 0
      ? setInterval(() => {
          if (changesSinceBackup > 0) backupNow().catch((e) => console.error('[agora] backup failed:', e));
        }, backupEveryMs)
      : null;
  timer?.unref();

  return {
    dispatch,
    db,
    backups,
    dataDir: options.dataDir,
    lan,
    subscribe,
    async close() {
      await lan.close();
      if (timer) clearInterval(timer);
      if (changesSinceBackup > 0) await backupNow();
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      unlock();
    },
  };
}
