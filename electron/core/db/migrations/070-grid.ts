/**
 * The session grid: sessions (a topic or a group each) placed in a room at a session slot,
 * the grid's settings per workshop (the round that gives demand, publishing), rooms, slots
 * and cells out of use, and the phones' "I'll attend" marks.
 */
import type Database from 'better-sqlite3';

export default function up(db: Database.Database): void {
  db.exec(`
    -- A row per session the facilitator or the scheduler touched; a candidate without one is
    -- off the grid, unlocked, hosted by its proposer. A removed room or slot leaves the session
    -- half-placed (the other column kept): off the grid, and a locked one says where its lock was.
    CREATE TABLE sessions (
      id INTEGER PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      subject_kind TEXT NOT NULL CHECK (subject_kind IN ('topic', 'group')),
      subject_id TEXT NOT NULL CHECK (length(subject_id) BETWEEN 1 AND 64),
      room_id TEXT REFERENCES rooms(id) ON DELETE SET NULL,
      slot_id TEXT REFERENCES slots(id) ON DELETE SET NULL,
      locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
      -- NULL: the participant whose name matches the proposer, if any.
      host_participant_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (workshop_id, subject_kind, subject_id)
    ) STRICT;
    -- One session per cell, whatever the services do.
    CREATE UNIQUE INDEX sessions_by_cell ON sessions(room_id, slot_id)
      WHERE room_id IS NOT NULL AND slot_id IS NOT NULL;
    CREATE INDEX sessions_by_host ON sessions(host_participant_id) WHERE host_participant_id IS NOT NULL;
    -- What removing a room or a slot updates (their foreign keys), and a slot's sessions.
    CREATE INDEX sessions_by_room ON sessions(room_id) WHERE room_id IS NOT NULL;
    CREATE INDEX sessions_by_slot ON sessions(slot_id) WHERE slot_id IS NOT NULL;

    CREATE TABLE grid_settings (
      workshop_id TEXT PRIMARY KEY REFERENCES workshops(id) ON DELETE CASCADE,
      -- NULL: the default round (the latest closed one with ballots, else the latest with ballots).
      scheduling_round_id TEXT REFERENCES rounds(id) ON DELETE SET NULL,
      -- Set while the grid is shown on the projected screen and the phones.
      published_at TEXT,
      -- Why the last auto-schedule left sessions out (JSON); '[]' after a manual change.
      explanations TEXT NOT NULL DEFAULT '[]',
      updated_at TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;

    -- A room (slot_id NULL), a slot (room_id NULL) or one cell (both) out of use.
    CREATE TABLE grid_unavailable (
      id INTEGER PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      room_id TEXT REFERENCES rooms(id) ON DELETE CASCADE,
      slot_id TEXT REFERENCES slots(id) ON DELETE CASCADE,
      CHECK (room_id IS NOT NULL OR slot_id IS NOT NULL)
    ) STRICT;
    CREATE UNIQUE INDEX grid_unavailable_once ON grid_unavailable(workshop_id, coalesce(room_id, ''), coalesce(slot_id, ''));
    CREATE INDEX grid_unavailable_by_room ON grid_unavailable(room_id) WHERE room_id IS NOT NULL;
    CREATE INDEX grid_unavailable_by_slot ON grid_unavailable(slot_id) WHERE slot_id IS NOT NULL;

    -- A phone's "I'll attend": head counts for the room choice once the grid is published.
    CREATE TABLE attendance (
      voter_id TEXT NOT NULL REFERENCES voters(id) ON DELETE CASCADE,
      session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
      created_at TEXT NOT NULL,
      PRIMARY KEY (voter_id, session_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX attendance_by_session ON attendance(session_id);
  `);
}
