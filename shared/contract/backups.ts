/** Backups of the store (rotating ones are made by the core on its own; these are on demand). */
import type { BackupInfo } from '../schemas.ts';
import { Empty, method } from './define.ts';

export const backupsMethods = {
  'backups:list': method(Empty).returns<BackupInfo[]>(),
  'backups:create': method(Empty).returns<BackupInfo>(),
} as const;
