/**
 * What the projected screen shows: the core's ProjectorState, read once and then followed
 * through 'projector:changed'. Every state carries a version; an older one arriving late
 * (a slow `projector:get` answered after a newer event) is ignored.
 */
import { create } from 'zustand';
import type { AgoraError } from '../../shared/result.ts';
import type { ProjectorState } from '../../shared/voting.ts';
import { getClient } from '../shared/client.ts';

interface PresentStore {
  projector: ProjectorState | null;
  error: AgoraError | null;
}

export const useProjector = create<PresentStore>(() => ({ projector: null, error: null }));

function accept(next: ProjectorState): void {
  const current = useProjector.getState().projector;
  if (current && next.version < current.version) return;
  useProjector.setState({ projector: next, error: null });
}

/** Reads the current state and follows changes; returns the unsubscribe function. */
export function followProjector(): () => void {
  const client = getClient();
  const unsubscribe = client.onEvent((event) => {
    if (event.name === 'projector:changed') accept(event.payload);
  });
  void client.api['projector:get']({}).then((result) => {
    if (result.ok) accept(result.value);
    else useProjector.setState({ error: result.error });
  });
  return unsubscribe;
}

/** The workshop id in the address (`#/w/<id>`), used until the facilitator drives the screen. */
export function workshopIdFromHash(hash: string): string | null {
  const match = /^#\/w\/([^/]+)/.exec(hash);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}
