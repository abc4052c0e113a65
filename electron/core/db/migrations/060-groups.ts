/**
 * Grouping: named groups of topics on the affinity board, topics merged into others, the
 * undo history of both (kept here so it survives a reload), and phones' proposals merged into
 * an existing topic.
 */
import type Database from 'better-sqlite3';

export default function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE groups (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      color TEXT NOT NULL CHECK (length(color) BETWEEN 1 AND 16 AND color NOT GLOB '*[^a-z]*'),
      position INTEGER NOT NULL CHECK (position >= 1),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      -- Ungrouped groups are kept (not shown): a round that counted one still knows its title.
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX groups_by_workshop ON groups(workshop_id, position);

    -- A topic is in at most one group (the primary key), at a place inside it.
    CREATE TABLE group_topics (
      topic_id TEXT PRIMARY KEY REFERENCES topics(id) ON DELETE CASCADE,
      group_id TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
      position INTEGER NOT NULL CHECK (position >= 1)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX group_topics_by_group ON group_topics(group_id, position);

    -- A merged topic leaves the wall (deleted_at is set too, so every list skips it) but keeps
    -- its row: its proposer and pitch stay readable under the topic it joined, and undo brings it back.
    ALTER TABLE topics ADD COLUMN merged_into TEXT REFERENCES topics(id) ON DELETE SET NULL;
    CREATE INDEX topics_merged_into ON topics(merged_into) WHERE merged_into IS NOT NULL;

    -- One row per grouping step: the images of what it changed, before and after (JSON).
    -- Undo puts "before" back when the present still equals "after" (and redo the reverse), so
    -- a vote cast since a merge is never silently undone.
    CREATE TABLE undo_steps (
      id INTEGER PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      label TEXT NOT NULL,
      before TEXT NOT NULL,
      after TEXT NOT NULL,
      undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX undo_steps_by_workshop ON undo_steps(workshop_id, id);

    -- A topic proposed from a phone can also be merged into an existing topic ('merged', with
    -- topic_id the topic it joined). SQLite cannot change a CHECK in place: the table is
    -- rebuilt (migrate() runs with foreign keys off and checks them before the commit).
    CREATE TABLE topic_suggestions_new (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      voter_id TEXT REFERENCES voters(id) ON DELETE SET NULL,
      title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      pitch TEXT NOT NULL DEFAULT '' CHECK (length(pitch) <= 2000),
      proposer TEXT NOT NULL DEFAULT '',
      state TEXT NOT NULL CHECK (state IN ('pending', 'accepted', 'rejected', 'merged')),
      topic_id TEXT REFERENCES topics(id) ON DELETE SET NULL,
      created_at TEXT NOT NULL,
      decided_at TEXT
    ) STRICT;
    INSERT INTO topic_suggestions_new SELECT id, workshop_id, voter_id, title, pitch, proposer, state, topic_id,
      created_at, decided_at FROM topic_suggestions;
    DROP TABLE topic_suggestions;
    ALTER TABLE topic_suggestions_new RENAME TO topic_suggestions;
    CREATE INDEX suggestions_by_workshop ON topic_suggestions(workshop_id, state, created_at);
  `);
}
