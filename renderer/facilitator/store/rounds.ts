/**
 * Vote rounds of the workshop on screen, oldest first (the order they were run in), and which
 * one the Vote screen shows. Every action upserts the core's answer: the core applies the rules
 * (who may edit what once votes are in), the store only mirrors its result.
 */
import { create } from 'zustand';
import type { Input } from '../../../shared/contract/index.ts';
import type { Result } from '../../../shared/result.ts';
import type { Round } from '../../../shared/voting.ts';
import { api } from '../lib/api.ts';
import { createListStore } from './listStore.ts';

const rounds = createListStore<Round>({
  list: (workshopId) => api()['rounds:list']({ workshopId }),
  sort: (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
});

export const useRounds = rounds.useStore;
export const loadRounds = rounds.load;

/** The round shown in the panel; null: the screen picks one (the open round, else the latest). */
export const useSelectedRound = create<{ roundId: string | null }>(() => ({ roundId: null }));
export const selectRound = (roundId: string | null) => useSelectedRound.setState({ roundId });

export function resetRounds(): void {
  rounds.reset();
  selectRound(null);
}

/** The open round if any, else the most recent one: what a facilitator arriving on the screen wants. */
export function defaultRound(items: readonly Round[]): Round | null {
  return items.find((r) => r.state === 'open') ?? items.at(-1) ?? null;
}

const keep = async (call: Promise<Result<Round>>): Promise<Result<Round>> => {
  const result = await call;
  if (result.ok) rounds.upsert(result.value);
  return result;
};

export async function createRound(
  workshopId: string,
  round: Input<'rounds:create'>['round'],
  targets: Input<'rounds:create'>['targets'],
): Promise<Result<Round>> {
  const result = await keep(api()['rounds:create']({ workshopId, round, targets }));
  if (result.ok) selectRound(result.value.id);
  return result;
}

export const updateRound = (
  roundId: string,
  patch: Input<'rounds:update'>['patch'],
  targetIds?: string[],
): Promise<Result<Round>> => keep(api()['rounds:update']({ roundId, patch, targetIds }));

export const openRound = (roundId: string) => keep(api()['rounds:open']({ roundId }));
export const closeRound = (roundId: string) => keep(api()['rounds:close']({ roundId }));
export const revealRound = (roundId: string, revealed: boolean) => keep(api()['rounds:reveal']({ roundId, revealed }));

export async function deleteRound(roundId: string): Promise<Result<{ roundId: string }>> {
  const result = await api()['rounds:delete']({ roundId });
  if (result.ok) {
    rounds.removeLocal(roundId);
    if (useSelectedRound.getState().roundId === roundId) selectRound(null);
  }
  return result;
}
