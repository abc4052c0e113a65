/** Rooms of the workshop on screen. */
import type { Input } from '../../../shared/contract/index.ts';
import type { Result } from '../../../shared/result.ts';
import type { Room } from '../../../shared/schemas.ts';
import { api } from '../lib/api.ts';
import { createListStore } from './listStore.ts';

const rooms = createListStore<Room>({
  list: (workshopId) => api()['rooms:list']({ workshopId }),
  sort: (a, b) => a.position - b.position,
});

export const useRooms = rooms.useStore;
export const loadRooms = rooms.load;
export const resetRooms = rooms.reset;

export async function addRoom(workshopId: string, room: Input<'rooms:add'>['room']): Promise<Result<Room>> {
  const result = await api()['rooms:add']({ workshopId, room });
  if (result.ok) rooms.upsert(result.value);
  return result;
}

export async function updateRoom(roomId: string, patch: Input<'rooms:update'>['patch']): Promise<Result<Room>> {
  const result = await api()['rooms:update']({ roomId, patch });
  if (result.ok) rooms.upsert(result.value);
  return result;
}

export async function removeRoom(roomId: string): Promise<Result<{ roomId: string }>> {
  const result = await api()['rooms:remove']({ roomId });
  if (result.ok) rooms.removeLocal(roomId);
  return result;
}
