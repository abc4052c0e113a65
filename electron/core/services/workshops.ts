import { DomainError } from '../../../shared/result.ts';
import { WorkshopFields } from '../../../shared/schemas.ts';
import { newId, now } from '../db/ids.ts';
import { findWorkshop, insertWorkshop, listWorkshops, setWorkshopDeleted, updateWorkshop } from '../db/workshops.ts';
import { changeWriter } from './changes.ts';
import type { CoreContext, HandlersOf } from './context.ts';
import { requireWorkshop } from './guards.ts';
import { applyPatch } from './patch.ts';
import { insertWorkshopTree, readWorkshopTree } from './transfer.ts';

type WorkshopMethods =
  | 'workshops:list'
  | 'workshops:trash'
  | 'workshops:get'
  | 'workshops:create'
  | 'workshops:update'
  | 'workshops:duplicate'
  | 'workshops:delete'
  | 'workshops:restore';

export function workshopHandlers({ db, emit }: CoreContext): HandlersOf<WorkshopMethods> {
  const writes = changeWriter({ emit });
  /** Changes the list of workshops only (cards on Home, the trash). */
  const listChange = { workshopList: true } as const;

  return {
    'workshops:list': () => listWorkshops(db, false),
    'workshops:trash': () => listWorkshops(db, true),
    'workshops:get': ({ workshopId }) => requireWorkshop(db, workshopId),

    'workshops:create': writes(listChange, (fields) => {
      const id = newId();
      insertWorkshop(db, { ...fields, id, createdAt: now() });
      return requireWorkshop(db, id);
    }),

    'workshops:update': writes(
      { areas: ['details'], workshopList: true, workshopOf: (input) => input.workshopId },
      ({ workshopId, patch }) => {
        const current = requireWorkshop(db, workshopId);
        updateWorkshop(db, { ...applyPatch(current, patch, WorkshopFields), updatedAt: now() });
        return requireWorkshop(db, workshopId);
      },
    ),

    'workshops:duplicate': writes(listChange, ({ workshopId }) => {
      const source = readWorkshopTree(db, workshopId);
      const title = copyTitle(source.workshop.title, source.workshop.language);
      const id = insertWorkshopTree(db, {
        ...source,
        workshop: { ...source.workshop, title },
        topics: [],
        rounds: [],
        sessions: [],
      });
      return requireWorkshop(db, id);
    }),

    'workshops:delete': writes(listChange, ({ workshopId }) => {
      requireWorkshop(db, workshopId);
      setWorkshopDeleted(db, workshopId, now());
      return { workshopId };
    }),

    'workshops:restore': writes(listChange, ({ workshopId }) => {
      const workshop = findWorkshop(db, workshopId);
      if (!workshop) throw new DomainError('not_found', `No workshop with id ${workshopId}.`, 'workshopId');
      if (workshop.deletedAt) setWorkshopDeleted(db, workshopId, null);
      return requireWorkshop(db, workshopId);
    }),
  };
}

/** "Title" → "Title (copy)" in the workshop's language, kept within the 200-character limit. */
export function copyTitle(title: string, language: 'en' | 'fr'): string {
  const suffix = language === 'fr' ? ' (copie)' : ' (copy)';
  return title.length + suffix.length <= 200 ? title + suffix : title.slice(0, 200 - suffix.length) + suffix;
}
