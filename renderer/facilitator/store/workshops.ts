/** The list of workshops on the home screen, and the trash. */
import { create } from 'zustand';
import type { Input } from '../../../shared/contract/index.ts';
import type { AgoraError, Result } from '../../../shared/result.ts';
import type { Workshop, WorkshopSummary } from '../../../shared/schemas.ts';
import { api } from '../lib/api.ts';
import type { LoadStatus } from './listStore.ts';

interface WorkshopsState {
  list: WorkshopSummary[];
  trash: WorkshopSummary[];
  status: LoadStatus;
  trashStatus: LoadStatus;
  error: AgoraError | null;
}

const workshopsInitialState: WorkshopsState = {
  list: [],
  trash: [],
  status: 'idle',
  trashStatus: 'idle',
  error: null,
};
export const useWorkshops = create<WorkshopsState>(() => workshopsInitialState);

/** Most recent workshop date first: the one being prepared is usually the next one. */
const byDateDesc = (a: WorkshopSummary, b: WorkshopSummary) =>
  b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt);

let latestList = 0;
let latestTrash = 0;

export async function loadWorkshops(): Promise<void> {
  const ticket = ++latestList;
  if (useWorkshops.getState().status !== 'ready') useWorkshops.setState({ status: 'loading' });
  const result = await api()['workshops:list']({});
  if (ticket !== latestList) return;
  if (result.ok) useWorkshops.setState({ list: [...result.value].sort(byDateDesc), status: 'ready', error: null });
  else useWorkshops.setState({ status: 'error', error: result.error });
}

export async function loadTrash(): Promise<void> {
  const ticket = ++latestTrash;
  if (useWorkshops.getState().trashStatus !== 'ready') useWorkshops.setState({ trashStatus: 'loading' });
  const result = await api()['workshops:trash']({});
  if (ticket !== latestTrash) return;
  if (result.ok) {
    const trash = [...result.value].sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
    useWorkshops.setState({ trash, trashStatus: 'ready' });
  } else {
    useWorkshops.setState({ trashStatus: 'error', error: result.error });
  }
}

export async function createWorkshop(fields: Input<'workshops:create'>): Promise<Result<Workshop>> {
  const result = await api()['workshops:create'](fields);
  if (result.ok) void loadWorkshops();
  return result;
}

export async function duplicateWorkshop(workshopId: string): Promise<Result<Workshop>> {
  const result = await api()['workshops:duplicate']({ workshopId });
  if (result.ok) void loadWorkshops();
  return result;
}

export async function deleteWorkshop(workshopId: string): Promise<Result<{ workshopId: string }>> {
  const result = await api()['workshops:delete']({ workshopId });
  if (result.ok) {
    useWorkshops.setState((s) => ({ list: s.list.filter((w) => w.id !== workshopId) }));
    void loadWorkshops();
    void loadTrash();
  }
  return result;
}

export async function restoreWorkshop(workshopId: string): Promise<Result<Workshop>> {
  const result = await api()['workshops:restore']({ workshopId });
  if (result.ok) {
    useWorkshops.setState((s) => ({ trash: s.trash.filter((w) => w.id !== workshopId) }));
    void loadWorkshops();
    void loadTrash();
  }
  return result;
}
