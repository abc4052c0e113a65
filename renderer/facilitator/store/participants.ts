/** Participants of the workshop on screen, sorted by name. */
import type { ImportReport, ImportRow, Input } from '../../../shared/contract/index.ts';
import type { Result } from '../../../shared/result.ts';
import type { Participant } from '../../../shared/schemas.ts';
import { api } from '../lib/api.ts';
import { createListStore } from './listStore.ts';

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

const participants = createListStore<Participant>({
  list: (workshopId) => api()['participants:list']({ workshopId }),
  sort: (a, b) => collator.compare(a.name, b.name),
});

export const useParticipants = participants.useStore;
export const loadParticipants = participants.load;
export const resetParticipants = participants.reset;

export async function addParticipant(
  workshopId: string,
  participant: Input<'participants:add'>['participant'],
): Promise<Result<Participant>> {
  const result = await api()['participants:add']({ workshopId, participant });
  if (result.ok) participants.upsert(result.value);
  return result;
}

export async function updateParticipant(
  participantId: string,
  patch: Input<'participants:update'>['patch'],
): Promise<Result<Participant>> {
  const result = await api()['participants:update']({ participantId, patch });
  if (result.ok) participants.upsert(result.value);
  return result;
}

export async function removeParticipant(participantId: string): Promise<Result<{ participantId: string }>> {
  const result = await api()['participants:remove']({ participantId });
  if (result.ok) participants.removeLocal(participantId);
  return result;
}

export async function importParticipants(workshopId: string, rows: ImportRow[]): Promise<Result<ImportReport>> {
  const result = await api()['participants:import']({ workshopId, rows });
  if (result.ok) for (const p of result.value.imported) participants.upsert(p);
  return result;
}
