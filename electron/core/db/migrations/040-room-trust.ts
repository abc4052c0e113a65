/**
 * Trust in the room: a vote no one can stuff, and a phone that is not confused.
 * - A voter ceiling per workshop (join_codes.max_voters; NULL: the participants plus a margin).
 *   A phone joining beyond it waits (voters.admitted = 0) until the facilitator lets it in.
 * - Tickets: one printed code per participant. A ticket joins once; a round can take ticket
 *   holders only. The ticket points at no participant, so anonymous rounds stay anonymous.
 *   A released ticket joins again as the same voter (a dead battery, a borrowed phone).
 */
import type Database from 'better-sqlite3';

export default function up(db: Database.Database): void {
  db.exec(`
    ALTER TABLE join_codes ADD COLUMN max_voters INTEGER CHECK (max_voters IS NULL OR max_voters BETWEEN 1 AND 10000);
    -- Phones show one round at a time (the projected one, else the last opened); 1: they may switch.
    ALTER TABLE join_codes ADD COLUMN all_rounds INTEGER NOT NULL DEFAULT 0 CHECK (all_rounds IN (0, 1));

    CREATE TABLE tickets (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      code TEXT NOT NULL UNIQUE CHECK (length(code) = 10),
      -- 1-based, as printed on the sheet ("ticket 7"), so the facilitator can find one to release.
      number INTEGER NOT NULL,
      -- new: never used; used: a phone holds it; released: the next phone to use it takes over its voter.
      state TEXT NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'used', 'released')),
      created_at TEXT NOT NULL,
      UNIQUE (workshop_id, number)
    ) STRICT;

    ALTER TABLE voters ADD COLUMN admitted INTEGER NOT NULL DEFAULT 1 CHECK (admitted IN (0, 1));
    ALTER TABLE voters ADD COLUMN ticket_id TEXT REFERENCES tickets(id) ON DELETE SET NULL;
    CREATE UNIQUE INDEX voters_by_ticket ON voters(ticket_id) WHERE ticket_id IS NOT NULL;
    -- The waiting queue, first come first served.
    CREATE INDEX voters_waiting ON voters(workshop_id, generation) WHERE admitted = 0;

    ALTER TABLE rounds ADD COLUMN ticket_only INTEGER NOT NULL DEFAULT 0 CHECK (ticket_only IN (0, 1));
  `);
}
