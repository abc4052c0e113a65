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
 * Builds a day's grid: `replace` clears the day first, otherwise the new slots are added to it
 * (the caller checks they do not overlap: shared/domain/slotGrid.ts `findOverlaps`). Answers
 * with every slot of the day.
 *
 * Plenaries among the grid's fixed slots: the core's grid request takes breaks without a kind
 * (its schema drops `kind`), so a plenary comes back as a break and is marked plenary here,
 * right after. Once the core keeps the kind, nothing is left to mark and this step does nothing.
 */
export async function generateSlots(workshopId: string, grid: GridRequest, replace: boolean): Promise<Result<Slot[]>> {
  const before = new Set(slots.useStore.getState().items.map((s) => s.id));
  const request: Input<'slots:generate'>['grid'] = {
    ...grid,
    breaks: (grid.breaks ?? []).map((b) => ({ ...b })),
  };
  const result = await api()['slots:generate']({ workshopId, grid: request, replace });
  if (!result.ok) return result;
  let day = result.value;
  for (const plenary of (grid.breaks ?? []).filter((b) => b.kind === 'plenary')) {
    const made = day.find(
      (s) => (replace || !before.has(s.id)) && s.start === plenary.start && s.end === plenary.end && s.kind === 'break',
    );
    if (!made) continue;
    const marked = await api()['slots:update']({ slotId: made.id, patch: { kind: 'plenary' } });
    if (marked.ok) day = day.map((s) => (s.id === made.id ? marked.value : s));
  }
  slots.useStore.setState({ items: [...day].sort(byTime) });
  return { ok: true, value: day };
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
