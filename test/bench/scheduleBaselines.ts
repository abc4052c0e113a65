/**
 * What open-source unconference tools do to fill a grid, to measure the auto-scheduler against:
 * slot after slot, the most-voted sessions not yet placed, the largest in the largest room,
 * skipping a session whose host is already busy in that slot. No look at who voted for what,
 * so two sessions wanted by the same people often land in the same slot.
 */
import type { Placement, ScheduleInstance } from '../../shared/domain/schedule/index.ts';

export function greedySlotBySlot(instance: ScheduleInstance): Placement[] {
  const closedRooms = new Set(instance.unavailable?.roomIds ?? []);
  const closedSlots = new Set(instance.unavailable?.slotIds ?? []);
  const closedCells = new Set((instance.unavailable?.cells ?? []).map((c) => `${c.roomId}\n${c.slotId}`));
  const placements: Placement[] = [];
  const lockedCells = new Set<string>();
  const hostsBusy = new Set<string>(); // `${host}\n${slot}`
  for (const s of instance.sessions) {
    if (!s.lock) continue;
    placements.push({ sessionId: s.id, roomId: s.lock.roomId, slotId: s.lock.slotId });
    lockedCells.add(`${s.lock.roomId}\n${s.lock.slotId}`);
    if (s.hostId !== null) hostsBusy.add(`${s.hostId}\n${s.lock.slotId}`);
  }
  const demand = (s: ScheduleInstance['sessions'][number]) => s.voters.length + (s.extraDemand ?? 0);
  const remaining = instance.sessions.filter((s) => !s.lock).sort((a, b) => demand(b) - demand(a));
  const roomsBySize = [...instance.rooms].sort(
    (a, b) => (b.capacity ?? Number.POSITIVE_INFINITY) - (a.capacity ?? Number.POSITIVE_INFINITY),
  );
  for (const slot of instance.slots) {
    if (closedSlots.has(slot.id)) continue;
    const rooms = roomsBySize.filter(
      (r) =>
        !closedRooms.has(r.id) && !closedCells.has(`${r.id}\n${slot.id}`) && !lockedCells.has(`${r.id}\n${slot.id}`),
    );
    let room = 0;
    for (let i = 0; i < remaining.length && room < rooms.length; ) {
      const s = remaining[i]!;
      const hostKey = `${s.hostId}\n${slot.id}`;
      if (s.hostId !== null && hostsBusy.has(hostKey)) {
        i++;
        continue;
      }
      placements.push({ sessionId: s.id, roomId: rooms[room++]!.id, slotId: slot.id });
      if (s.hostId !== null) hostsBusy.add(hostKey);
      remaining.splice(i, 1);
    }
  }
  return placements;
}
