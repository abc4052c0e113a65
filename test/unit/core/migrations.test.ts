import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS } from '../../../electron/core/db/migrations/index.ts';
import { migrate } from '../../../electron/core/db/open.ts';

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (r) => r.name,
  );

describe('migrations', () => {
  it('are numbered in steps of 10, in order, without gaps or repeats', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual(versions.map((_, i) => (i + 1) * 10));
    expect(LATEST_VERSION).toBe(versions.at(-1));
  });

  it('create every aggregate as a STRICT table and set user_version', () => {
    const db = new Database(':memory:');
    migrate(db, 0);
    expect(tables(db)).toEqual([
      'applied_requests',
      'attendance',
      'grid_settings',
      'grid_unavailable',
      'group_topics',
      'groups',
      'join_codes',
      'manual_counts',
      'participants',
      'rooms',
      'round_items',
      'rounds',
      'scores',
      'sessions',
      'slots',
      'tickets',
      'topic_suggestions',
      'topics',
      'undo_steps',
      'voters',
      'votes',
      'workshops',
    ]);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const strict = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table'").all() as { sql: string }[];
    for (const { sql } of strict) expect(sql).toMatch(/STRICT(, WITHOUT ROWID)?$/);
  });

  it('010 accepts fixture rows and enforces its constraints', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 0);
    const at = '2026-01-01T00:00:00.000Z';
    db.prepare(
      `INSERT INTO workshops (id, title, format, date, language, created_at, updated_at)
       VALUES ('w1', 'Smart Economy', 'mini-barcamp', '2013-05-28', 'en', ?, ?)`,
    ).run(at, at);
    db.prepare(
      "INSERT INTO rooms (id, workshop_id, name, capacity, position) VALUES ('r1', 'w1', 'Salle Garonne', 30, 1)",
    ).run();
    db.prepare(
      "INSERT INTO slots (id, workshop_id, start, end, label, kind) VALUES ('s1', 'w1', '09:30', '10:15', '', 'session')",
    ).run();
    db.prepare(
      "INSERT INTO participants (id, workshop_id, name, created_at) VALUES ('p1', 'w1', 'Łucja Wiśniewska', ?)",
    ).run(at);
    db.prepare(
      `INSERT INTO topics (id, workshop_id, seq, title, theme, created_at, updated_at)
       VALUES ('t1', 'w1', 1, 'Greentech business encounters', 'economy', ?, ?)`,
    ).run(at, at);
    expect(db.prepare('SELECT name FROM participants').get()).toEqual({ name: 'Łucja Wiśniewska' });

    // STRICT: a wrong type is refused, not coerced.
    expect(() =>
      db
        .prepare("INSERT INTO rooms (id, workshop_id, name, capacity, position) VALUES ('r2', 'w1', 'A', 'many', 2)")
        .run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
    // CHECKs back up the schemas.
    expect(() =>
      db
        .prepare(
          "INSERT INTO slots (id, workshop_id, start, end, kind) VALUES ('s2', 'w1', '10:00', '09:00', 'session')",
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO topics (id, workshop_id, seq, title, theme, created_at, updated_at) VALUES ('t2', 'w1', 2, 'x', 'sport', ?, ?)`,
        )
        .run(at, at),
    ).toThrow(/CHECK/);
    // Topic numbers are unique per workshop.
    expect(() =>
      db
        .prepare(
          `INSERT INTO topics (id, workshop_id, seq, title, created_at, updated_at) VALUES ('t3', 'w1', 1, 'dup', ?, ?)`,
        )
        .run(at, at),
    ).toThrow(/UNIQUE/);
    // Foreign keys: a room of a missing workshop is refused; deleting a workshop takes its rows.
    expect(() =>
      db.prepare("INSERT INTO rooms (id, workshop_id, name, position) VALUES ('r3', 'nope', 'A', 1)").run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM workshops WHERE id = 'w1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM topics').get()).toEqual({ n: 0 });
  });

  it('020 upgrades a version-10 database that holds data, and enforces the voting constraints', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    const m010 = MIGRATIONS.find((m) => m.version === 10);
    m010?.up(db);
    db.pragma('user_version = 10');
    const at = '2026-01-01T00:00:00.000Z';
    db.prepare(
      `INSERT INTO workshops (id, title, format, date, language, created_at, updated_at)
       VALUES ('w1', 'Smart Economy', 'mini-barcamp', '2013-05-28', 'en', ?, ?)`,
    ).run(at, at);
    db.prepare(
      `INSERT INTO topics (id, workshop_id, seq, title, created_at, updated_at) VALUES ('t1', 'w1', 1, 'Talent', ?, ?)`,
    ).run(at, at);
    migrate(db, 10);
    expect(db.prepare('SELECT title FROM topics').get()).toEqual({ title: 'Talent' });

    db.prepare(
      `INSERT INTO rounds (id, workshop_id, question, method, target_kind, budget, max_per_item, named, hide_results,
         state, created_at, updated_at) VALUES ('r1', 'w1', 'Which?', 'dot', 'topic', 3, 2, 0, 0, 'open', ?, ?)`,
    ).run(at, at);
    db.prepare("INSERT INTO round_items (round_id, target_id, position) VALUES ('r1', 't1', 1)").run();
    db.prepare(
      "INSERT INTO voters (id, workshop_id, kind, token_hash, created_at) VALUES ('v1', 'w1', 'phone', 'h1', ?)",
    ).run(at);
    db.prepare("INSERT INTO votes (round_id, item_id, voter_id, dots) VALUES ('r1', 't1', 'v1', 2)").run();
    // a vote on an item outside the round, zero dots, a phone without a token: all refused
    expect(() =>
      db.prepare("INSERT INTO votes (round_id, item_id, voter_id, dots) VALUES ('r1', 'other', 'v1', 1)").run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('UPDATE votes SET dots = 0').run()).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO voters (id, workshop_id, kind, created_at) VALUES ('v2', 'w1', 'phone', ?)").run(at),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO scores (round_id, item_id, voter_id, criterion_id, score) VALUES ('r1', 't1', 'v1', 'c', 6)",
        )
        .run(),
    ).toThrow(/CHECK/);
    // deleting a round takes its items and ballots with it
    db.prepare("DELETE FROM rounds WHERE id = 'r1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM votes').get()).toEqual({ n: 0 });
  });

  it('030 rebuilds rounds without losing a ballot, takes items of every target kind, and indexes items by target', () => {
    const at = '2026-01-01T00:00:00.000Z';
    // A version-20 store holding a round with ballots and counts.
    const v20 = new Database(':memory:');
    v20.pragma('foreign_keys = ON');
    for (const m of MIGRATIONS.filter((m) => m.version <= 20)) m.up(v20);
    v20.pragma('user_version = 20');
    v20.exec(`
      INSERT INTO workshops (id, title, format, date, language, created_at, updated_at)
        VALUES ('w1', 'Smart Economy', 'mini-barcamp', '2013-05-28', 'en', '${at}', '${at}');
      INSERT INTO topics (id, workshop_id, seq, title, created_at, updated_at)
        VALUES ('t1', 'w1', 1, 'Talent', '${at}', '${at}'), ('t2', 'w1', 2, 'Energy', '${at}', '${at}');
      INSERT INTO rounds (id, workshop_id, question, method, target_kind, budget, max_per_item, criteria, named,
          hide_results, revealed, state, opened_at, created_at, updated_at)
        VALUES ('r1', 'w1', 'Which?', 'dot', 'topic', 3, 2, '[]', 0, 1, 1, 'open', '${at}', '${at}', '${at}');
      INSERT INTO round_items (round_id, target_id, position) VALUES ('r1', 't1', 1), ('r1', 't2', 2);
      INSERT INTO voters (id, workshop_id, kind, token_hash, created_at) VALUES ('v1', 'w1', 'phone', 'h1', '${at}');
      INSERT INTO votes (round_id, item_id, voter_id, dots) VALUES ('r1', 't1', 'v1', 2);
      INSERT INTO manual_counts (round_id, item_id, source, count, updated_at) VALUES ('r1', 't2', 'paper', 7, '${at}');
    `);
    migrate(v20, 20);
    expect(v20.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(v20.pragma('foreign_keys', { simple: true })).toBe(1);
    // Every row of the round survives the rebuild, with its flags.
    expect(v20.prepare('SELECT id, target_kind, hide_results, revealed, state, opened_at FROM rounds').all()).toEqual([
      { id: 'r1', target_kind: 'topic', hide_results: 1, revealed: 1, state: 'open', opened_at: at },
    ]);
    expect(v20.prepare('SELECT count(*) AS n FROM round_items').get()).toEqual({ n: 2 });
    expect(v20.prepare('SELECT dots FROM votes').get()).toEqual({ dots: 2 });
    expect(v20.prepare('SELECT count FROM manual_counts').get()).toEqual({ count: 7 });

    // Items of every kind a round can count.
    for (const [i, kind] of ['topic', 'group', 'proposal', 'action_sheet'].entries()) {
      v20
        .prepare(
          `INSERT INTO rounds (id, workshop_id, question, method, target_kind, budget, max_per_item, named,
             hide_results, state, created_at, updated_at) VALUES (?, 'w1', 'Which?', 'dot', ?, 3, 1, 0, 0, 'draft', ?, ?)`,
        )
        .run(`k${i}`, kind, at, at);
      v20.prepare('INSERT INTO round_items (round_id, target_id, position) VALUES (?, ?, 1)').run(`k${i}`, `${kind}-1`);
    }
    expect(
      v20
        .prepare(
          'SELECT r.target_kind AS kind FROM round_items ri JOIN rounds r ON r.id = ri.round_id WHERE ri.target_id = ?',
        )
        .all('action_sheet-1'),
    ).toEqual([{ kind: 'action_sheet' }]);
    // The kind is a lower-case word, nothing else.
    for (const bad of ['', 'Topic', 'topic; DROP', 'x'.repeat(33)]) {
      expect(() =>
        v20
          .prepare(
            `INSERT INTO rounds (id, workshop_id, question, method, target_kind, budget, max_per_item, named,
               hide_results, state, created_at, updated_at) VALUES ('bad', 'w1', 'Q', 'dot', ?, 3, 1, 0, 0, 'draft', ?, ?)`,
          )
          .run(bad, at, at),
      ).toThrow(/CHECK/);
    }
    // "Which rounds count this target" uses the new index.
    const plan = v20.prepare('EXPLAIN QUERY PLAN SELECT round_id FROM round_items WHERE target_id = ?').all('t1') as {
      detail: string;
    }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/round_items_by_target/);
    // The rebuilt table is the one the items, ballots and counts point at: deleting it still cascades.
    v20.prepare("DELETE FROM rounds WHERE id = 'r1'").run();
    expect(v20.prepare("SELECT count(*) AS n FROM round_items WHERE round_id = 'r1'").get()).toEqual({ n: 0 });
    expect(v20.prepare('SELECT count(*) AS n FROM votes').get()).toEqual({ n: 0 });
    expect(v20.prepare('SELECT count(*) AS n FROM manual_counts').get()).toEqual({ n: 0 });
  });

  it('050 keeps every slot and takes plenary slots, still refusing unknown kinds and backwards times', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    for (const m of MIGRATIONS.filter((m) => m.version <= 40)) m.up(db);
    db.pragma('user_version = 40');
    const at = '2026-01-01T00:00:00.000Z';
    db.exec(`
      INSERT INTO workshops (id, title, format, date, language, created_at, updated_at)
        VALUES ('w1', 'Smart Economy', 'mini-barcamp', '2013-05-28', 'en', '${at}', '${at}');
      INSERT INTO slots (id, workshop_id, start, end, label, kind) VALUES
        ('s1', 'w1', '09:30', '10:15', '', 'session'), ('s2', 'w1', '12:30', '13:30', 'Lunch', 'break');
    `);
    migrate(db, 40);
    expect(db.prepare('SELECT id, label, kind FROM slots ORDER BY start').all()).toEqual([
      { id: 's1', label: '', kind: 'session' },
      { id: 's2', label: 'Lunch', kind: 'break' },
    ]);
    db.prepare(
      "INSERT INTO slots (id, workshop_id, start, end, label, kind) VALUES ('s3', 'w1', '09:00', '09:30', 'Opening', 'plenary')",
    ).run();
    expect(() =>
      db
        .prepare("INSERT INTO slots (id, workshop_id, start, end, kind) VALUES ('s4', 'w1', '10:00', '11:00', 'party')")
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO slots (id, workshop_id, start, end, kind) VALUES ('s5', 'w1', '11:00', '10:00', 'plenary')",
        )
        .run(),
    ).toThrow(/CHECK/);
    // The day's slots, in order, come from the index.
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT * FROM slots WHERE workshop_id = ? ORDER BY start')
      .all('w1') as {
      detail: string;
    }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/slots_by_workshop/);
    // Deleting the workshop still takes its slots.
    db.prepare("DELETE FROM workshops WHERE id = 'w1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM slots').get()).toEqual({ n: 0 });
  });

  it('060 adds groups to a database holding topics: one group per topic, merges kept, the board read from its indexes', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    for (const m of MIGRATIONS.filter((m) => m.version <= 50)) m.up(db);
    db.pragma('user_version = 50');
    const at = '2026-01-01T00:00:00.000Z';
    db.exec(`
      INSERT INTO workshops (id, title, format, date, language, created_at, updated_at)
        VALUES ('w1', 'Smart Economy', 'mini-barcamp', '2013-05-28', 'en', '${at}', '${at}');
      INSERT INTO topics (id, workshop_id, seq, title, created_at, updated_at) VALUES
        ('t1', 'w1', 1, 'Talent', '${at}', '${at}'), ('t2', 'w1', 2, 'Greentech', '${at}', '${at}');
      INSERT INTO topic_suggestions (id, workshop_id, title, state, topic_id, created_at)
        VALUES ('s1', 'w1', 'Night buses', 'accepted', 't1', '${at}');
    `);
    migrate(db, 50);
    // The proposals table is rebuilt to take 'merged': what it held is kept.
    expect(db.prepare('SELECT id, state, topic_id FROM topic_suggestions').all()).toEqual([
      { id: 's1', state: 'accepted', topic_id: 't1' },
    ]);
    db.prepare(
      `INSERT INTO topic_suggestions (id, workshop_id, title, state, topic_id, created_at) VALUES ('s2', 'w1', 'Late buses', 'merged', 't1', '${at}')`,
    ).run();
    expect(() => db.prepare("UPDATE topic_suggestions SET state = 'maybe' WHERE id = 's2'").run()).toThrow(/CHECK/);
    expect(db.prepare('SELECT id, merged_into FROM topics ORDER BY seq').all()).toEqual([
      { id: 't1', merged_into: null },
      { id: 't2', merged_into: null },
    ]);
    const group = (id: string, color = 'teal', position = 1) =>
      db
        .prepare(
          `INSERT INTO groups (id, workshop_id, title, color, position, created_at, updated_at) VALUES (?, 'w1', 'People', ?, ?, '${at}', '${at}')`,
        )
        .run(id, color, position);
    group('g1');
    group('g2', 'blue', 2);
    db.prepare("INSERT INTO group_topics (topic_id, group_id, position) VALUES ('t1', 'g1', 1)").run();
    // A topic is in one group at most; colours are palette keys; positions count from 1.
    expect(() =>
      db.prepare("INSERT INTO group_topics (topic_id, group_id, position) VALUES ('t1', 'g2', 1)").run(),
    ).toThrow(/UNIQUE|PRIMARY/);
    expect(() => group('g3', 'url(x)')).toThrow(/CHECK/);
    expect(() => group('g4', 'teal', 0)).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE topics SET merged_into = 'nope' WHERE id = 't2'").run()).toThrow(/FOREIGN KEY/);
    db.prepare("UPDATE topics SET merged_into = 't1', deleted_at = ? WHERE id = 't2'").run(at);
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('w1') as { detail: string }[]).map((p) => p.detail).join(' ');
    expect(plan('SELECT * FROM groups WHERE workshop_id = ? ORDER BY position')).toMatch(/groups_by_workshop/);
    expect(plan('SELECT * FROM undo_steps WHERE workshop_id = ? ORDER BY id DESC LIMIT 1')).toMatch(
      /undo_steps_by_workshop/,
    );
    // Deleting the workshop takes its groups and their topics' places.
    db.prepare("DELETE FROM workshops WHERE id = 'w1'").run();
    expect(db.prepare('SELECT (SELECT count(*) FROM groups) + (SELECT count(*) FROM group_topics) AS n').get()).toEqual(
      {
        n: 0,
      },
    );
  });

  it('070 adds the session grid to a database holding a workshop: one session a cell, removed rooms and slots leave sessions half-placed, marks and settings read from their indexes', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    for (const m of MIGRATIONS.filter((m) => m.version <= 60)) m.up(db);
    db.pragma('user_version = 60');
    const at = '2026-01-01T00:00:00.000Z';
    db.exec(`
      INSERT INTO workshops (id, title, format, date, language, created_at, updated_at)
        VALUES ('w1', 'Smart Economy', 'mini-barcamp', '2013-05-28', 'en', '${at}', '${at}');
      INSERT INTO rooms (id, workshop_id, name, capacity, position) VALUES ('r1', 'w1', 'Garonne', 30, 1), ('r2', 'w1', 'Hall', NULL, 2);
      INSERT INTO slots (id, workshop_id, start, end, label, kind) VALUES
        ('s1', 'w1', '09:30', '10:15', '', 'session'), ('s2', 'w1', '10:30', '11:15', '', 'session');
      INSERT INTO participants (id, workshop_id, name, created_at) VALUES ('p1', 'w1', 'Ana', '${at}');
      INSERT INTO topics (id, workshop_id, seq, title, created_at, updated_at) VALUES
        ('t1', 'w1', 1, 'Talent', '${at}', '${at}'), ('t2', 'w1', 2, 'Greentech', '${at}', '${at}');
      INSERT INTO rounds (id, workshop_id, question, method, target_kind, budget, max_per_item, named, hide_results, state, created_at, updated_at)
        VALUES ('q1', 'w1', 'Which?', 'dot', 'topic', 3, 3, 0, 0, 'closed', '${at}', '${at}');
      INSERT INTO voters (id, workshop_id, kind, token_hash, created_at) VALUES ('v1', 'w1', 'phone', 'h1', '${at}');
    `);
    migrate(db, 60);
    expect(db.prepare('SELECT count(*) AS n FROM topics').get()).toEqual({ n: 2 });
    const session = (kind: string, subject: string, room: string | null, slot: string | null, locked = 0) =>
      db
        .prepare(
          `INSERT INTO sessions (workshop_id, subject_kind, subject_id, room_id, slot_id, locked, host_participant_id, updated_at)
           VALUES ('w1', ?, ?, ?, ?, ?, 'p1', '${at}')`,
        )
        .run(kind, subject, room, slot, locked).lastInsertRowid as number;
    const talent = session('topic', 't1', 'r1', 's1', 1);
    session('topic', 't2', 'r2', 's1');
    // One session a cell; one row a subject; subjects are topics or groups; locked is 0 or 1.
    expect(() => session('group', 'g1', 'r1', 's1')).toThrow(/UNIQUE/);
    expect(() => session('topic', 't1', null, null)).toThrow(/UNIQUE/);
    expect(() => session('proposal', 'x', null, null)).toThrow(/CHECK/);
    expect(() => session('group', 'g2', null, null, 2)).toThrow(/CHECK/);
    // Off the grid, any number of sessions.
    session('group', 'g3', null, null);
    session('group', 'g4', null, null);
    expect(() => session('group', 'g5', 'nope', 's1')).toThrow(/FOREIGN KEY/);

    db.prepare(
      `INSERT INTO grid_settings (workshop_id, scheduling_round_id, published_at, updated_at) VALUES ('w1', 'q1', ?, ?)`,
    ).run(at, at);
    const unavailable = db.prepare('INSERT INTO grid_unavailable (workshop_id, room_id, slot_id) VALUES (?, ?, ?)');
    unavailable.run('w1', 'r2', null);
    unavailable.run('w1', 'r1', 's2');
    expect(() => unavailable.run('w1', 'r2', null)).toThrow(/UNIQUE/);
    expect(() => unavailable.run('w1', null, null)).toThrow(/CHECK/);
    db.prepare(`INSERT INTO attendance (voter_id, session_id, created_at) VALUES ('v1', ?, ?)`).run(talent, at);

    const plan = (sql: string, ...args: unknown[]) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((p) => p.detail).join(' ');
    expect(plan('SELECT * FROM sessions WHERE workshop_id = ?', 'w1')).toMatch(/USING INDEX sqlite_autoindex_sessions/);
    expect(plan('SELECT count(*) FROM attendance WHERE session_id = ?', talent)).toMatch(/attendance_by_session/);
    expect(plan('SELECT * FROM attendance WHERE voter_id = ?', 'v1')).toMatch(/PRIMARY KEY/);

    // A room or slot removed: its sessions keep the other half (a lock says where it was), its marks of use go.
    db.prepare("DELETE FROM rooms WHERE id = 'r1'").run();
    expect(db.prepare('SELECT room_id, slot_id, locked FROM sessions WHERE id = ?').get(talent)).toEqual({
      room_id: null,
      slot_id: 's1',
      locked: 1,
    });
    expect(db.prepare('SELECT room_id, slot_id FROM grid_unavailable').all()).toEqual([
      { room_id: 'r2', slot_id: null },
    ]);
    db.prepare("DELETE FROM participants WHERE id = 'p1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM sessions WHERE host_participant_id IS NOT NULL').get()).toEqual({
      n: 0,
    });
    // A round deleted: the grid goes back to the default round. A phone gone: its marks go.
    db.prepare("DELETE FROM rounds WHERE id = 'q1'").run();
    expect(db.prepare('SELECT scheduling_round_id FROM grid_settings').get()).toEqual({ scheduling_round_id: null });
    db.prepare("DELETE FROM voters WHERE id = 'v1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM attendance').get()).toEqual({ n: 0 });
    // Deleting the workshop takes everything of the grid.
    db.prepare("DELETE FROM workshops WHERE id = 'w1'").run();
    expect(
      db
        .prepare(
          'SELECT (SELECT count(*) FROM sessions) + (SELECT count(*) FROM grid_settings) + (SELECT count(*) FROM grid_unavailable) AS n',
        )
        .get(),
    ).toEqual({ n: 0 });
  });

  it('refuses a migration that leaves a row pointing at nothing, and rolls it back', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    for (const m of MIGRATIONS.filter((m) => m.version <= 20)) m.up(db);
    db.pragma('user_version = 20');
    // A dangling item, as a broken earlier build could have left one with foreign keys off.
    db.pragma('foreign_keys = OFF');
    db.prepare("INSERT INTO round_items (round_id, target_id, position) VALUES ('missing', 't', 1)").run();
    db.pragma('foreign_keys = ON');
    expect(() => migrate(db, 20)).toThrow(/point at nothing/);
    expect(db.pragma('user_version', { simple: true })).toBe(20);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('runs all pending migrations in one transaction: a failure leaves the database as it was', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE workshops (id TEXT)'); // collides with 010
    expect(() => migrate(db, 0)).toThrow(/rolled back/);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(tables(db)).toEqual(['workshops']);
  });
});
