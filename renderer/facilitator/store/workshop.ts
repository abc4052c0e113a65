/** The details of the workshop on screen (title, format, date…), shown in its header and Setup. */
import { create } from 'zustand';
import type { Input } from '../../../shared/contract/index.ts';
import type { AgoraError, Result } from '../../../shared/result.ts';
import type { Workshop } from '../../../shared/schemas.ts';
import { api } from '../lib/api.ts';
import type { LoadStatus } from './listStore.ts';

interface WorkshopState {
  workshopId: string | null;
  workshop: Workshop | null;
  status: LoadStatus;
  error: AgoraError | null;
}

const workshopInitialState: WorkshopState = { workshopId: null, workshop: null, status: 'idle', error: null };
export const useWorkshop = create<WorkshopState>(() => workshopInitialState);

let latest = 0;

export async function loadWorkshop(workshopId: string): Promise<Result<Workshop>> {
  const ticket = ++latest;
  if (useWorkshop.getState().workshopId !== workshopId) {
    useWorkshop.setState({ ...workshopInitialState, workshopId, status: 'loading' });
  }
  const result = await api()['workshops:get']({ workshopId });
  if (ticket === latest) {
    if (result.ok) useWorkshop.setState({ workshop: result.value, status: 'ready', error: null });
    else useWorkshop.setState({ status: 'error', error: result.error });
  }
  return result;
}

export async function updateWorkshop(
  workshopId: string,
  patch: Input<'workshops:update'>['patch'],
): Promise<Result<Workshop>> {
  const result = await api()['workshops:update']({ workshopId, patch });
  if (result.ok && useWorkshop.getState().workshopId === workshopId) {
    useWorkshop.setState({ workshop: result.value, status: 'ready', error: null });
  }
  return result;
}

export function resetWorkshop(): void {
  latest++;
  useWorkshop.setState(workshopInitialState);
}
