/**
 * The session grid as the projected screen shows it: the grid (only its places and titles are
 * used), the rooms and every slot of the day, read from the core and read again when one of them
 * changes. Phones' attendance marks are not shown here, so they do not make the screen re-read.
 */
import { useMemo } from 'react';
import type { Grid } from '../../../shared/grid.ts';
import type { Room, Slot } from '../../../shared/schemas.ts';
import { getClient } from '../../shared/client.ts';
import { useAgoraEvent } from '../lib/useAgoraEvent.ts';
import { useRemote } from '../lib/useRemote.ts';

export interface GridData {
  grid: Grid | null;
  rooms: Room[] | null;
  slots: Slot[] | null;
  failed: boolean;
}

/** What a change in each area means for the grid on screen (titles, hosts, places, rooms, times). */
const GRID_AREAS = new Set(['grid', 'topics', 'groups', 'participants', 'rooms', 'slots']);

export function useGridData(workshopId: string): GridData {
  const api = getClient().api;
  const grid = useRemote(() => api['grid:get']({ workshopId }), workshopId);
  const rooms = useRemote(() => api['rooms:list']({ workshopId }), workshopId);
  const slots = useRemote(() => api['slots:list']({ workshopId }), workshopId);
  useAgoraEvent((event) => {
    if (event.name !== 'workshop:changed' || event.payload.workshopId !== workshopId) return;
    const { area } = event.payload;
    if (GRID_AREAS.has(area)) grid.reload();
    if (area === 'rooms') rooms.reload();
    if (area === 'slots') slots.reload();
  });
  const sorted = useMemo(
    () =>
      slots.data ? [...slots.data].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end)) : null,
    [slots.data],
  );
  const byPosition = useMemo(
    () => (rooms.data ? [...rooms.data].sort((a, b) => a.position - b.position) : null),
    [rooms.data],
  );
  return {
    grid: grid.data,
    rooms: byPosition,
    slots: sorted,
    failed: !!(grid.error ?? rooms.error ?? slots.error) && !grid.data,
  };
}
