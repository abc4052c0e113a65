/**
 * Voting: rounds and their items, voters (phones and named jurors), ballots, typed-in counts,
 * join codes, the idempotency log of phone requests, and topics proposed from phones.
 */
import type Database from 'better-sqlite3';

export default function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE rounds (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      question TEXT NOT NULL CHECK (length(question) BETWEEN 1 AND 200),
      method TEXT NOT NULL CHECK (method IN ('dot', 'approval', 'scoring')),
      target_kind TEXT NOT NULL CHECK (target_kind IN ('topic')),
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
    CREATE INDEX rounds_by_workshop ON rounds(workshop_id, created_at);

    -- A round's items point at targets by id; the target's kind is the round's.
    CREATE TABLE round_items (
      round_id TEXT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
      target_id TEXT NOT NULL,
      position INTEGER NOT NULL,
      PRIMARY KEY (round_id, target_id)
    ) STRICT, WITHOUT ROWID;

    -- One join code per workshop. Raising the generation signs out every phone of an older one.
    CREATE TABLE join_codes (
      workshop_id TEXT PRIMARY KEY REFERENCES workshops(id) ON DELETE CASCADE,
      code TEXT NOT NULL UNIQUE,
      generation INTEGER NOT NULL DEFAULT 1,
      updated_at TEXT NOT NULL
    ) STRICT;

    -- Who casts ballots: a phone (known by the SHA-256 of its token, never the token itself)
    -- or a juror whose scores the facilitator types in (known by name).
    CREATE TABLE voters (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('phone', 'juror')),
      token_hash TEXT UNIQUE,
      name TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 120),
      generation INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      CHECK ((kind = 'phone') = (token_hash IS NOT NULL))
    ) STRICT;
    CREATE INDEX voters_by_workshop ON voters(workshop_id, kind);
    CREATE UNIQUE INDEX jurors_by_name ON voters(workshop_id, name) WHERE kind = 'juror';

    -- Dot and approval ballots: one row per voter and item with at least one dot.
    CREATE TABLE votes (
      round_id TEXT NOT NULL,
      item_id TEXT NOT NULL,
      voter_id TEXT NOT NULL REFERENCES voters(id) ON DELETE CASCADE,
      dots INTEGER NOT NULL CHECK (dots > 0),
      PRIMARY KEY (round_id, voter_id, item_id),
      FOREIGN KEY (round_id, item_id) REFERENCES round_items(round_id, target_id) ON DELETE CASCADE
    ) STRICT, WITHOUT ROWID;

    -- Scoring ballots: one row per voter, item and criterion.
    CREATE TABLE scores (
      round_id TEXT NOT NULL,
      item_id TEXT NOT NULL,
      voter_id TEXT NOT NULL REFERENCES voters(id) ON DELETE CASCADE,
      criterion_id TEXT NOT NULL,
      score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
      PRIMARY KEY (round_id, voter_id, item_id, criterion_id),
      FOREIGN KEY (round_id, item_id) REFERENCES round_items(round_id, target_id) ON DELETE CASCADE
    ) STRICT, WITHOUT ROWID;

    -- Paper ballots and shows of hands, typed in by the facilitator, kept apart from phone votes.
    CREATE TABLE manual_counts (
      round_id TEXT NOT NULL,
      item_id TEXT NOT NULL,
      source TEXT NOT NULL CHECK (source IN ('paper', 'hands')),
      count INTEGER NOT NULL CHECK (count BETWEEN 0 AND 100000),
      updated_at TEXT NOT NULL,
      PRIMARY KEY (round_id, item_id, source),
      FOREIGN KEY (round_id, item_id) REFERENCES round_items(round_id, target_id) ON DELETE CASCADE
    ) STRICT, WITHOUT ROWID;

    -- What a phone's request answered, written in the same transaction as its effect:
    -- a retry with the same request id gets the same answer and changes nothing.
    CREATE TABLE applied_requests (
      voter_id TEXT NOT NULL REFERENCES voters(id) ON DELETE CASCADE,
      request_id TEXT NOT NULL,
      response TEXT NOT NULL,
      created_at TEXT NOT NULL,
      PRIMARY KEY (voter_id, request_id)
    ) STRICT, WITHOUT ROWID;

    -- Topics proposed from phones, waiting for the facilitator.
    CREATE TABLE topic_suggestions (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      voter_id TEXT REFERENCES voters(id) ON DELETE SET NULL,
      title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      pitch TEXT NOT NULL DEFAULT '' CHECK (length(pitch) <= 2000),
      proposer TEXT NOT NULL DEFAULT '',
      state TEXT NOT NULL CHECK (state IN ('pending', 'accepted', 'rejected')),
      topic_id TEXT REFERENCES topics(id) ON DELETE SET NULL,
      created_at TEXT NOT NULL,
      decided_at TEXT
    ) STRICT;
    CREATE INDEX suggestions_by_workshop ON topic_suggestions(workshop_id, state, created_at);
  `);
}
