/**
 * The session grid of the workshop on screen. Every grid write answers the whole grid (figures
 * and warnings recomputed), which this store applies at once (this window skips the echo of
 * its own writes). The grid screen builds on this: live previews while dragging come from
 * `demandVoters` and shared/domain/schedule's evaluator, not from the core.
 */
import { create } from 'zustand';
import type { Input, Method, Output } from '../../../shared/contract/index.ts';
import type { Grid } from '../../../shared/grid.ts';
import type { AgoraError, Result } from '../../../shared/result.ts';
import { api } from '../lib/api.ts';
import type { LoadStatus } from './listStore.ts';

interface GridState {
  workshopId: string | null;
  grid: Grid | null;
  status: LoadStatus;
  error: AgoraError | null;
}

const initialState: GridState = { workshopId: null, grid: null, status: 'idle', error: null };
export const useGrid = create<GridState>(() => initialState);

let latest = 0;

export async function loadGrid(workshopId: string): Promise<Result<Grid>> {
  const ticket = ++latest;
  if (useGrid.getState().workshopId !== workshopId)
    useGrid.setState({ ...initialState, workshopId, status: 'loading' });
  const result = await api()['grid:get']({ workshopId });
  if (ticket === latest) {
    if (result.ok) useGrid.setState({ grid: result.value, status: 'ready', error: null });
    else useGrid.setState({ status: 'error', error: result.error });
  }
  return result;
}

export function resetGrid(): void {
  latest++;
  useGrid.setState(initialState);
}

type GridWrite = Exclude<{ [M in Method]: M extends `grid:${string}` ? M : never }[Method], 'grid:get'>;

/** Calls a grid write and applies the grid it answers (the auto-schedule's report comes back with it). */
export async function changeGrid<M extends GridWrite>(name: M, input: Input<M>): Promise<Result<Output<M>>> {
  const call = api()[name] as (input: Input<M>) => Promise<Result<Output<M>>>;
  const result = await call(input);
  if (result.ok) {
    latest++;
    useGrid.setState({ workshopId: result.value.workshopId, grid: result.value, status: 'ready', error: null });
  }
  return result;
}
