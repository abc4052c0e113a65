/**
 * The ordered list of migrations. One file each, numbered in steps of 10 so a fix can
 * slot in between; never edit a released migration, add a new one.
 */
import type Database from 'better-sqlite3';
import m010 from './010-initial.ts';
import m020 from './020-voting.ts';
import m030 from './030-round-targets.ts';
import m040 from './040-room-trust.ts';
import m050 from './050-plenary-slots.ts';
import m060 from './060-groups.ts';
import m070 from './070-grid.ts';

export interface Migration {
  version: number;
  up: (db: Database.Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 10, up: m010 },
  { version: 20, up: m020 },
  { version: 30, up: m030 },
  { version: 40, up: m040 },
  { version: 50, up: m050 },
  { version: 60, up: m060 },
  { version: 70, up: m070 },
];

export const LATEST_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));
