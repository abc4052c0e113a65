/**
 * Plenary slots: the opening, the topic market and the closing gather the whole room, and the
 * session grid must keep them free of parallel sessions. 010 allowed only session and break,
 * so the slots table is rebuilt (SQLite cannot change a CHECK in place; migrate() runs this
 * with foreign keys off and checks them before the commit).
 */
import type Database from 'better-sqlite3';

export default function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE slots_new (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      start TEXT NOT NULL,
      end TEXT NOT NULL CHECK (end > start),
      label TEXT NOT NULL DEFAULT '',
      kind TEXT NOT NULL CHECK (kind IN ('session', 'break', 'plenary'))
    ) STRICT;
    INSERT INTO slots_new (id, workshop_id, start, end, label, kind)
      SELECT id, workshop_id, start, end, label, kind FROM slots;
    DROP TABLE slots;
    ALTER TABLE slots_new RENAME TO slots;
    CREATE INDEX slots_by_workshop ON slots(workshop_id, start);
  `);
}
