/**
 * The shape shared by every per-workshop area (rooms, slots, participants, topics): the items
 * of the workshop on screen, loaded from the core and refreshed when a push event says the
 * area changed (possibly from another window). Each area module adds its own actions.
 */
import { create } from 'zustand';
import type { AgoraError, Result } from '../../../shared/result.ts';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface ListState<T> {
  workshopId: string | null;
  items: T[];
  status: LoadStatus;
  error: AgoraError | null;
}

interface Options<T> {
  list: (workshopId: string) => Promise<Result<T[]>>;
  sort?: (a: T, b: T) => number;
  /** Lets an area keep local-only items (e.g. optimistic topics) across a reload. */
  merge?: (fromServer: T[], current: T[]) => T[];
}

/**
 * The re-read list, reusing the objects already on screen where nothing changed: memoised
 * rows (300 topic cards) then skip re-rendering, and a re-read costs what actually changed.
 */
export function keepUnchanged<T extends { id: string }>(fresh: readonly T[], current: readonly T[]): T[] {
  if (current.length === 0) return [...fresh];
  const shown = new Map(current.map((item) => [item.id, item]));
  return fresh.map((item) => {
    const old = shown.get(item.id);
    return old !== undefined && JSON.stringify(old) === JSON.stringify(item) ? old : item;
  });
}

export function createListStore<T extends { id: string }>(options: Options<T>) {
  const initialState: ListState<T> = { workshopId: null, items: [], status: 'idle', error: null };
  const useStore = create<ListState<T>>(() => initialState);
  const sorted = (items: T[]) => (options.sort ? [...items].sort(options.sort) : items);
  // Each load gets a number; an answer that arrives after a newer request is dropped,
  // so switching workshops quickly never shows the previous one's items.
  let latest = 0;

  async function load(workshopId: string): Promise<void> {
    const ticket = ++latest;
    const state = useStore.getState();
    if (state.workshopId !== workshopId) {
      useStore.setState({ ...initialState, workshopId, status: 'loading' });
    } else if (state.status !== 'ready') {
      useStore.setState({ status: 'loading' });
    }
    const result = await options.list(workshopId);
    if (ticket !== latest) return;
    if (result.ok) {
      const current = useStore.getState().items;
      const fresh = keepUnchanged(result.value, current);
      const items = options.merge ? options.merge(fresh, current) : fresh;
      useStore.setState({ items: sorted(items), status: 'ready', error: null });
    } else {
      useStore.setState({ status: 'error', error: result.error });
    }
  }

  function upsert(item: T): void {
    useStore.setState((s) => {
      const index = s.items.findIndex((i) => i.id === item.id);
      const items = index === -1 ? [...s.items, item] : s.items.map((i) => (i.id === item.id ? item : i));
      return { items: sorted(items) };
    });
  }

  function removeLocal(id: string): void {
    useStore.setState((s) => ({ items: s.items.filter((i) => i.id !== id) }));
  }

  function reset(): void {
    latest++;
    useStore.setState(initialState);
  }

  return { useStore, initialState, load, upsert, removeLocal, reset };
}
