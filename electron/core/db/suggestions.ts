/** Data access for topics proposed from phones. */
import type { SuggestionState, TopicSuggestion } from '../../../shared/voting.ts';
import type { Db } from './open.ts';
import { cached } from './statements.ts';

interface SuggestionRow {
  id: string;
  workshop_id: string;
  title: string;
  pitch: string;
  proposer: string;
  state: SuggestionState;
  topic_id: string | null;
  created_at: string;
}
const rowToSuggestion = (r: SuggestionRow): TopicSuggestion => ({
  id: r.id,
  workshopId: r.workshop_id,
  title: r.title,
  pitch: r.pitch,
  proposer: r.proposer,
  state: r.state,
  topicId: r.topic_id,
  createdAt: r.created_at,
});

export const listSuggestions = (db: Db, workshopId: string): TopicSuggestion[] =>
  (
    cached(
      db,
      `SELECT * FROM topic_suggestions WHERE workshop_id = ?
       ORDER BY state = 'pending' DESC, created_at, rowid`,
    ).all(workshopId) as SuggestionRow[]
  ).map(rowToSuggestion);

export const findSuggestion = (db: Db, id: string): TopicSuggestion | undefined => {
  const row = cached(db, 'SELECT * FROM topic_suggestions WHERE id = ?').get(id) as SuggestionRow | undefined;
  return row && rowToSuggestion(row);
};

export function insertSuggestion(db: Db, s: TopicSuggestion & { voterId: string | null }): void {
  cached(
    db,
    `INSERT INTO topic_suggestions (id, workshop_id, voter_id, title, pitch, proposer, state, topic_id, created_at)
     VALUES (@id, @workshopId, @voterId, @title, @pitch, @proposer, @state, @topicId, @createdAt)`,
  ).run(s);
}

export function decideSuggestion(db: Db, id: string, state: SuggestionState, topicId: string | null, at: string): void {
  cached(db, 'UPDATE topic_suggestions SET state = ?, topic_id = ?, decided_at = ? WHERE id = ?').run(
    state,
    topicId,
    at,
    id,
  );
}
