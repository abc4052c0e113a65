/** What the projected screen shows, as the core says; every window follows `projector:changed`. */
import { create } from 'zustand';
import type { Input } from '../../../shared/contract/index.ts';
import type { Result } from '../../../shared/result.ts';
import type { ProjectorState } from '../../../shared/voting.ts';
import { api } from '../lib/api.ts';

export const useProjector = create<{ state: ProjectorState | null }>(() => ({ state: null }));

/** Keeps the newest: an event and a call's answer may arrive in either order. */
export function setProjectorState(state: ProjectorState): void {
  const current = useProjector.getState().state;
  if (!current || state.version >= current.version) useProjector.setState({ state });
}

export async function loadProjector(): Promise<void> {
  const result = await api()['projector:get']({});
  if (result.ok) setProjectorState(result.value);
}

export async function showOnProjector(command: Input<'projector:show'>): Promise<Result<ProjectorState>> {
  const result = await api()['projector:show'](command);
  if (result.ok) setProjectorState(result.value);
  return result;
}
