import { RoomFields } from '../../../shared/schemas.ts';
import { newId } from '../db/ids.ts';
import { deleteRoom, findRoom, insertRoom, listRooms, nextRoomPosition, updateRoom } from '../db/rooms.ts';
import type { CoreContext, HandlersOf } from './context.ts';
import { requireFound, requireWorkshop } from './guards.ts';
import { applyPatch } from './patch.ts';

export function roomHandlers({
  db,
  emit,
}: CoreContext): HandlersOf<'rooms:list' | 'rooms:add' | 'rooms:update' | 'rooms:remove'> {
  const changed = (workshopId: string) => emit({ name: 'workshop:changed', payload: { workshopId, area: 'rooms' } });
  const requireRoom = (roomId: string) => requireFound(findRoom(db, roomId), 'room', roomId, 'roomId');

  return {
    'rooms:list': ({ workshopId }) => {
      requireWorkshop(db, workshopId);
      return listRooms(db, workshopId);
    },
    'rooms:add': ({ workshopId, room }) => {
      requireWorkshop(db, workshopId);
      const created = { ...room, id: newId(), workshopId, position: nextRoomPosition(db, workshopId) };
      insertRoom(db, created);
      changed(workshopId);
      return created;
    },
    'rooms:update': ({ roomId, patch }) => {
      const current = requireRoom(roomId);
      requireWorkshop(db, current.workshopId);
      const updated = applyPatch(current, patch, RoomFields);
      updateRoom(db, updated);
      changed(current.workshopId);
      return updated;
    },
    'rooms:remove': ({ roomId }) => {
      const current = requireRoom(roomId);
      deleteRoom(db, roomId);
      changed(current.workshopId);
      return { roomId };
    },
  };
}
