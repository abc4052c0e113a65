/** Time slots of the workshop on screen, kept in time order. */
import type { Input } from '../../../shared/contract/index.ts';
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

export async function generateSlots(
  workshopId: string,
  grid: Input<'slots:generate'>['grid'],
): Promise<Result<Slot[]>> {
  const result = await api()['slots:generate']({ workshopId, grid, replace: true });
  if (result.ok) slots.useStore.setState({ items: [...result.value].sort((a, b) => a.start.localeCompare(b.start)) });
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
