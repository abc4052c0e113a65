import { findOverlaps, generateSlotGrid } from '../../../shared/domain/slotGrid.ts';
import { DomainError } from '../../../shared/result.ts';
import { SlotFields } from '../../../shared/schemas.ts';
import { newId } from '../db/ids.ts';
import { deleteSlot, deleteSlotsOfWorkshop, findSlot, insertSlot, listSlots, updateSlot } from '../db/slots.ts';
import { changeWriter } from './changes.ts';
import type { CoreContext, HandlersOf } from './context.ts';
import { requireFound, requireWorkshop } from './guards.ts';
import { applyPatch } from './patch.ts';

export function slotHandlers({
  db,
  emit,
}: CoreContext): HandlersOf<'slots:list' | 'slots:generate' | 'slots:add' | 'slots:update' | 'slots:remove'> {
  const writes = changeWriter({ emit });
  const requireSlot = (slotId: string) => requireFound(findSlot(db, slotId), 'time slot', slotId, 'slotId');

  return {
    'slots:list': ({ workshopId }) => {
      requireWorkshop(db, workshopId);
      return listSlots(db, workshopId);
    },
    'slots:generate': writes(
      { areas: ['slots'], workshopOf: (input) => input.workshopId },
      ({ workshopId, grid, replace }) => {
        requireWorkshop(db, workshopId);
        const generated = inGrid(() => generateSlotGrid(grid)); // refuses before anything is written
        db.transaction(() => {
          if (replace) deleteSlotsOfWorkshop(db, workshopId);
          else {
            // Added to the day: nothing may run into a slot already there (two sessions at once in
            // one room's grid cannot be kept apart later).
            const [clash] = findOverlaps(listSlots(db, workshopId), generated);
            if (clash) {
              const { added, existing } = clash;
              throw new DomainError(
                'conflict',
                `${added.start}–${added.end} runs into ${existing.start}–${existing.end}${existing.label ? ` ${existing.label}` : ''} already in the day: move the new grid, or replace the day.`,
                'grid',
              );
            }
          }
          for (const slot of generated) insertSlot(db, { ...slot, id: newId(), workshopId });
        })();
        return listSlots(db, workshopId);
      },
    ),
    'slots:add': writes(['slots'], ({ workshopId, slot }) => {
      requireWorkshop(db, workshopId);
      const created = { ...slot, id: newId(), workshopId };
      insertSlot(db, created);
      return created;
    }),
    'slots:update': writes(['slots'], ({ slotId, patch }) => {
      const current = requireSlot(slotId);
      const updated = applyPatch(current, patch, SlotFields);
      updateSlot(db, updated);
      return updated;
    }),
    'slots:remove': writes(['slots'], ({ slotId }) => {
      const current = requireSlot(slotId);
      deleteSlot(db, slotId);
      return { slotId, workshopId: current.workshopId };
    }),
  };
}

/** The grid's own errors name fields of the grid; callers address them as `grid.<field>`. */
function inGrid<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof DomainError && error.field)
      throw new DomainError(error.code, error.message, `grid.${error.field}`);
    throw error;
  }
}
