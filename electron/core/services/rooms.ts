import { RoomFields } from '../../../shared/schemas.ts';
import { newId } from '../db/ids.ts';
import { deleteRoom, findRoom, insertRoom, listRooms, nextRoomPosition, updateRoom } from '../db/rooms.ts';
import { changeWriter } from './changes.ts';
import type { CoreContext, HandlersOf } from './context.ts';
import { requireFound, requireWorkshop } from './guards.ts';
import { applyPatch } from './patch.ts';

export function roomHandlers({
  db,
  emit,
}: CoreContext): HandlersOf<'rooms:list' | 'rooms:add' | 'rooms:update' | 'rooms:remove'> {
  const writes = changeWriter({ emit });
  const requireRoom = (roomId: string) => requireFound(findRoom(db, roomId), 'room', roomId, 'roomId');

  return {
    'rooms:list': ({ workshopId }) => {
      requireWorkshop(db, workshopId);
      return listRooms(db, workshopId);
    },
    'rooms:add': writes(['rooms'], ({ workshopId, room }) => {
      requireWorkshop(db, workshopId);
      const created = { ...room, id: newId(), workshopId, position: nextRoomPosition(db, workshopId) };
      insertRoom(db, created);
      return created;
    }),
    'rooms:update': writes(['rooms'], ({ roomId, patch }) => {
      const current = requireRoom(roomId);
      requireWorkshop(db, current.workshopId);
      const updated = applyPatch(current, patch, RoomFields);
      updateRoom(db, updated);
      return updated;
    }),
    'rooms:remove': writes(['rooms'], ({ roomId }) => {
      const current = requireRoom(roomId);
      deleteRoom(db, roomId);
      return { roomId, workshopId: current.workshopId };
    }),
  };
}
