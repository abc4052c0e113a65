import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where Agora keeps its data when nothing says otherwise: the same folder Electron's
 * app.getPath('userData') gives for an app named "Agora", so the window and the headless
 * host open the same store.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Agora');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Agora');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Agora');
}

/** An explicit option wins, then AGORA_DATA_DIR, then the platform default. */
export function resolveDataDir(option?: string, fallback: string = defaultDataDir()): string {
  return option || process.env.AGORA_DATA_DIR || fallback;
}

export const databaseFile = (dataDir: string): string => join(dataDir, 'agora.sqlite');
export const backupsDir = (dataDir: string): string => join(dataDir, 'backups');
