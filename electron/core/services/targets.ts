/**
 * What a round can vote on. Rounds only know a target kind and ids; each kind's provider turns
 * them into titles and says which change area holds them. A stage that makes its things
 * votable (groups, proposals, action sheets) adds its kind to TARGET_KINDS and its provider
 * here; voting itself does not change. The store accepts any kind already (migration 030).
 */
import type { ChangeArea } from '../../../shared/contract/index.ts';
import { DomainError } from '../../../shared/result.ts';
import { parseSessionId, SessionId, sessionIdOf } from '../../../shared/grid.ts';
import type { TargetKind } from '../../../shared/voting.ts';
import type { Db } from '../db/open.ts';
import { cached } from '../db/statements.ts';

export interface Target {
  id: string;
  title: string;
}

export interface TargetProvider {
  /** Where a change to these targets is announced: a round counting them shows stale titles until it re-reads. */
  areas: readonly ChangeArea[];
  /** The workshop's current targets of this kind, in their natural order. */
  list(db: Db, workshopId: string): Target[];
  /** The title of one target, also after it was removed (rounds remember what was voted on). */
  title(db: Db, id: string): string | undefined;
}

const topics: TargetProvider = {
  areas: ['topics'],
  list: (db, workshopId) =>
    cached(db, 'SELECT id, title FROM topics WHERE workshop_id = ? AND deleted_at IS NULL ORDER BY seq').all(
      workshopId,
    ) as Target[],
  title: (db, id) =>
    (cached(db, 'SELECT title FROM topics WHERE id = ?').get(id) as { title: string } | undefined)?.title,
};

const groups: TargetProvider = {
  areas: ['groups'],
  list: (db, workshopId) =>
    cached(db, 'SELECT id, title FROM groups WHERE workshop_id = ? AND deleted_at IS NULL ORDER BY position').all(
      workshopId,
    ) as Target[],
  title: (db, id) =>
    (cached(db, 'SELECT title FROM groups WHERE id = ?').get(id) as { title: string } | undefined)?.title,
};

/**
 * Sessions, for a round on "a mix": every group, then every topic in no group — what the grid
 * schedules. Ids name their kind (`group:<id>`, `topic:<id>`), so a title is found after the
 * board changes too.
 */
const sessions: TargetProvider = {
  areas: ['groups', 'topics'],
  list: (db, workshopId) => [
    ...groups.list(db, workshopId).map((g) => ({ id: sessionIdOf('group', g.id), title: g.title })),
    ...(
      cached(
        db,
        `SELECT id, title FROM topics t WHERE workshop_id = ? AND deleted_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM group_topics gt JOIN groups g ON g.id = gt.group_id
                         WHERE gt.topic_id = t.id AND g.deleted_at IS NULL)
         ORDER BY seq`,
      ).all(workshopId) as Target[]
    ).map((t) => ({ id: sessionIdOf('topic', t.id), title: t.title })),
  ],
  title: (db, id) => {
    if (!SessionId.safeParse(id).success) return undefined;
    const { kind, id: subjectId } = parseSessionId(id);
    return (kind === 'group' ? groups : topics).title(db, subjectId);
  },
};

const PROVIDERS: Record<TargetKind, TargetProvider> = { topic: topics, group: groups, session: sessions };

export const targetAreas = (kind: TargetKind): readonly ChangeArea[] => PROVIDERS[kind].areas;

export const listTargets = (db: Db, workshopId: string, kind: TargetKind): Target[] =>
  PROVIDERS[kind].list(db, workshopId);

/** Titles by id; a target deleted since keeps its title. */
export function targetTitles(db: Db, kind: TargetKind, ids: readonly string[]): Map<string, string> {
  const provider = PROVIDERS[kind];
  return new Map(ids.map((id) => [id, provider.title(db, id) ?? '']));
}

/** Checks that every id is a current target of the workshop; returns them de-duplicated, in the given order. */
export function requireTargets(db: Db, workshopId: string, kind: TargetKind, ids: readonly string[]): string[] {
  const known = new Set(listTargets(db, workshopId, kind).map((t) => t.id));
  const unique = [...new Set(ids)];
  const missing = unique.find((id) => !known.has(id));
  if (missing) throw new DomainError('not_found', `No ${kind} with id ${missing} in this workshop.`, 'targets.ids');
  return unique;
}
