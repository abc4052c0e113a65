/** The first aggregates: workshops, rooms, time slots, participants, topics. */
import type Database from 'better-sqlite3';

export default function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE workshops (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      format TEXT NOT NULL CHECK (format IN ('mini-barcamp', 'co-creation', 'stocktaking')),
      date TEXT NOT NULL,
      venue TEXT NOT NULL DEFAULT '',
      territory TEXT NOT NULL DEFAULT '',
      language TEXT NOT NULL CHECK (language IN ('en', 'fr')),
      description TEXT NOT NULL DEFAULT '',
      -- set for the seeded demo, so a restart never seeds it twice or overwrites a user's copy
      seed_key TEXT UNIQUE,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;

    CREATE TABLE rooms (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
      capacity INTEGER CHECK (capacity IS NULL OR capacity > 0),
      position INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX rooms_by_workshop ON rooms(workshop_id, position);

    CREATE TABLE slots (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      start TEXT NOT NULL,
      end TEXT NOT NULL CHECK (end > start),
      label TEXT NOT NULL DEFAULT '',
      kind TEXT NOT NULL CHECK (kind IN ('session', 'break'))
    ) STRICT;
    CREATE INDEX slots_by_workshop ON slots(workshop_id, start);

    CREATE TABLE participants (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
      organisation TEXT NOT NULL DEFAULT '',
      territory TEXT NOT NULL DEFAULT '',
      role TEXT NOT NULL DEFAULT '',
      org_type TEXT NOT NULL DEFAULT 'other',
      email TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX participants_by_workshop ON participants(workshop_id, name);

    CREATE TABLE topics (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      seq INTEGER NOT NULL,
      title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      pitch TEXT NOT NULL DEFAULT '',
      proposer TEXT NOT NULL DEFAULT '',
      theme TEXT CHECK (theme IS NULL OR theme IN ('economy', 'governance', 'people', 'mobility', 'environment', 'living')),
      tags TEXT NOT NULL DEFAULT '[]',
      status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'shortlisted', 'set-aside')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT,
      UNIQUE (workshop_id, seq)
    ) STRICT;
    CREATE INDEX topics_by_workshop ON topics(workshop_id, seq);
  `);
}
