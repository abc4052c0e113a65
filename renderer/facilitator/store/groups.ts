/**
 * The affinity board of the workshop on screen. Every grouping write answers the whole board,
 * which this store applies at once (this window skips the echo of its own writes).
 */
import { create } from 'zustand';
import type { Input, Method } from '../../../shared/contract/index.ts';
import type { GroupBoard } from '../../../shared/grouping.ts';
import type { AgoraError, Result } from '../../../shared/result.ts';
import { api } from '../lib/api.ts';
import type { LoadStatus } from './listStore.ts';
import { loadTopics } from './topics.ts';

interface GroupsState {
  workshopId: string | null;
  board: GroupBoard | null;
  status: LoadStatus;
  error: AgoraError | null;
}

const initialState: GroupsState = { workshopId: null, board: null, status: 'idle', error: null };
export const useGroups = create<GroupsState>(() => initialState);

let latest = 0;

export async function loadGroups(workshopId: string): Promise<Result<GroupBoard>> {
  const ticket = ++latest;
  if (useGroups.getState().workshopId !== workshopId)
    useGroups.setState({ ...initialState, workshopId, status: 'loading' });
  const result = await api()['groups:board']({ workshopId });
  if (ticket === latest) {
    if (result.ok) useGroups.setState({ board: result.value, status: 'ready', error: null });
    else useGroups.setState({ status: 'error', error: result.error });
  }
  return result;
}

export function resetGroups(): void {
  latest++;
  useGroups.setState(initialState);
}

type BoardMethod = {
  [M in Method]: M extends `groups:${string}` | 'topics:merge' ? M : never;
}[Method];

/** Calls a grouping write and applies the board it answers. Merges and undo change the wall too. */
export async function changeBoard<M extends Exclude<BoardMethod, 'groups:board'>>(
  name: M,
  input: Input<M>,
): Promise<Result<GroupBoard>> {
  const call = api()[name] as (input: Input<M>) => Promise<Result<GroupBoard>>;
  const result = await call(input);
  if (result.ok) {
    latest++;
    useGroups.setState({ workshopId: result.value.workshopId, board: result.value, status: 'ready', error: null });
    if (name === 'topics:merge' || name === 'groups:undo' || name === 'groups:redo')
      void loadTopics(result.value.workshopId);
  }
  return result;
}
