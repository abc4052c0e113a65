import type { Room } from '../../../shared/schemas.ts';
import type { Db } from './open.ts';
import { cached } from './statements.ts';

interface RoomRow {
  id: string;
  workshop_id: string;
  name: string;
  capacity: number | null;
  position: number;
}
const rowToRoom = (r: RoomRow): Room => ({
  id: r.id,
  workshopId: r.workshop_id,
  name: r.name,
  capacity: r.capacity,
  position: r.position,
});

export const listRooms = (db: Db, workshopId: string): Room[] =>
  (cached(db, 'SELECT * FROM rooms WHERE workshop_id = ? ORDER BY position').all(workshopId) as RoomRow[]).map(
    rowToRoom,
  );

export function findRoom(db: Db, id: string): Room | undefined {
  const row = cached(db, 'SELECT * FROM rooms WHERE id = ?').get(id) as RoomRow | undefined;
  return row && rowToRoom(row);
}

export function nextRoomPosition(db: Db, workshopId: string): number {
  const row = cached(db, 'SELECT coalesce(max(position), 0) + 1 AS next FROM rooms WHERE workshop_id = ?').get(
    workshopId,
  ) as {
    next: number;
  };
  return row.next;
}

export function insertRoom(db: Db, room: Room): void {
  cached(
    db,
    'INSERT INTO rooms (id, workshop_id, name, capacity, position) VALUES (@id, @workshopId, @name, @capacity, @position)',
  ).run(room);
}

export function updateRoom(db: Db, room: Room): void {
  cached(db, 'UPDATE rooms SET name = @name, capacity = @capacity, position = @position WHERE id = @id').run(room);
}

export function deleteRoom(db: Db, id: string): void {
  cached(db, 'DELETE FROM rooms WHERE id = ?').run(id);
}
