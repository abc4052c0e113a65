/**
 * Rounds on any target: 020 let a round count topics only (`target_kind IN ('topic')`). The
 * table is rebuilt (SQLite cannot change a CHECK in place) so a round's items can be topics,
 * groups, proposals or action sheets; the kind is checked for its shape only, so a later stage
 * adds its kind without another rebuild. round_items gets the index that answers "which rounds
 * count this target" (a removed topic still counted, a renamed group's rounds).
 *
 * Runs with foreign keys off (migrate() does that): dropping the old table must not cascade
 * to the items and ballots that point at it.
 */
import type Database from 'better-sqlite3';

export default function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE rounds_new (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      question TEXT NOT NULL CHECK (length(question) BETWEEN 1 AND 200),
      method TEXT NOT NULL CHECK (method IN ('dot', 'approval', 'scoring')),
      -- topic, group, proposal, action_sheet …: lower-case words, checked by the services.
      target_kind TEXT NOT NULL CHECK (length(target_kind) BETWEEN 1 AND 32 AND target_kind NOT GLOB '*[^a-z_]*'),
      budget INTEGER NOT NULL CHECK (budget BETWEEN 1 AND 100),
      max_per_item INTEGER NOT NULL CHECK (max_per_item BETWEEN 1 AND 100),
      criteria TEXT NOT NULL DEFAULT '[]',
      named INTEGER NOT NULL CHECK (named IN (0, 1)),
      hide_results INTEGER NOT NULL CHECK (hide_results IN (0, 1)),
      revealed INTEGER NOT NULL DEFAULT 0 CHECK (revealed IN (0, 1)),
      state TEXT NOT NULL CHECK (state IN ('draft', 'open', 'closed')),
      opened_at TEXT,
      closed_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    INSERT INTO rounds_new (id, workshop_id, question, method, target_kind, budget, max_per_item, criteria, named,
        hide_results, revealed, state, opened_at, closed_at, created_at, updated_at)
      SELECT id, workshop_id, question, method, target_kind, budget, max_per_item, criteria, named,
        hide_results, revealed, state, opened_at, closed_at, created_at, updated_at FROM rounds;
    DROP TABLE rounds;
    ALTER TABLE rounds_new RENAME TO rounds;
    CREATE INDEX rounds_by_workshop ON rounds(workshop_id, created_at);

    CREATE INDEX round_items_by_target ON round_items(target_id);
  `);
}
