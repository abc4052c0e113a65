/** Time slots of the workshop on screen, kept in time order. */
import type { Input } from '../../../shared/contract/index.ts';
import type { GridRequest } from '../../../shared/domain/slotGrid.ts';
import type { Result } from '../../../shared/result.ts';
import type { Slot } from '../../../shared/schemas.ts';
import { api } from '../lib/api.ts';
import { createListStore } from './listStore.ts';

const slots = createListStore<Slot>({
  list: (workshopId) => api()['slots:list']({ workshopId }),
  sort: (a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end),
});

export const useSlots = slots.useStore;
export const loadSlots = slots.load;
export const resetSlots = slots.reset;

const byTime = (a: Slot, b: Slot) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end);

/**
 * Builds a day's grid, breaks and plenaries included, in one step: `replace` clears the day
 * first, otherwise the new slots are added to it (the core refuses an addition that overlaps
 * the day; the form checks beforehand with `findOverlaps` to say so earlier). Answers with
 * every slot of the day.
 */
export async function generateSlots(workshopId: string, grid: GridRequest, replace: boolean): Promise<Result<Slot[]>> {
  const request: Input<'slots:generate'>['grid'] = {
    ...grid,
    breaks: (grid.breaks ?? []).map((b) => ({ ...b })),
  };
  const result = await api()['slots:generate']({ workshopId, grid: request, replace });
  if (result.ok) slots.useStore.setState({ items: [...result.value].sort(byTime) });
  return result;
}

export async function addSlot(workshopId: string, slot: Input<'slots:add'>['slot']): Promise<Result<Slot>> {
  const result = await api()['slots:add']({ workshopId, slot });
  if (result.ok) slots.upsert(result.value);
  return result;
}

export async function updateSlot(slotId: string, patch: Input<'slots:update'>['patch']): Promise<Result<Slot>> {
  const result = await api()['slots:update']({ slotId, patch });
  if (result.ok) slots.upsert(result.value);
  return result;
}

export async function removeSlot(slotId: string): Promise<Result<{ slotId: string }>> {
  const result = await api()['slots:remove']({ slotId });
  if (result.ok) slots.removeLocal(slotId);
  return result;
}
