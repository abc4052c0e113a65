/**
 * What a round can vote on. Rounds only know target ids and a kind; this is the one place
 * that turns them into titles, so later kinds (groups, issues, action sheets, proposals) add
 * a case here and nothing else in voting changes.
 */
import { DomainError } from '../../../shared/result.ts';
import type { TargetKind } from '../../../shared/voting.ts';
import type { Db } from '../db/open.ts';
import { cached } from '../db/statements.ts';

export interface Target {
  id: string;
  title: string;
}

/** The workshop's current targets of a kind, in their natural order. */
export function listTargets(db: Db, workshopId: string, kind: TargetKind): Target[] {
  switch (kind) {
    case 'topic':
      return cached(db, 'SELECT id, title FROM topics WHERE workshop_id = ? AND deleted_at IS NULL ORDER BY seq').all(
        workshopId,
      ) as Target[];
  }
}

/** Titles by id; a target deleted since keeps its title (rounds remember what was voted on). */
export function targetTitles(db: Db, kind: TargetKind, ids: readonly string[]): Map<string, string> {
  const titles = new Map<string, string>();
  switch (kind) {
    case 'topic': {
      const statement = cached(db, 'SELECT title FROM topics WHERE id = ?');
      for (const id of ids) titles.set(id, (statement.get(id) as { title: string } | undefined)?.title ?? '');
    }
  }
  return titles;
}

/** Checks that every id is a current target of the workshop; returns them de-duplicated, in the given order. */
export function requireTargets(db: Db, workshopId: string, kind: TargetKind, ids: readonly string[]): string[] {
  const known = new Set(listTargets(db, workshopId, kind).map((t) => t.id));
  const unique = [...new Set(ids)];
  const missing = unique.find((id) => !known.has(id));
  if (missing) throw new DomainError('not_found', `No ${kind} with id ${missing} in this workshop.`, 'targets.ids');
  return unique;
}
