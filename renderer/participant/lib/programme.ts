/**
 * The published grid as a phone shows it: per slot, its sessions in the venue's room order, the
 * ones this phone voted for or will attend, and whether two of its choices run at once; and the
 * "I'll attend" marks as they become after a tap (one session per slot, as the server keeps them).
 */
import type { PhoneGrid } from '../../../shared/protocol.ts';

export function programmeOf(grid: PhoneGrid) {
  const mine = new Set(grid.mine);
  const attending = new Set(grid.attending);
  const roomName = new Map(grid.rooms.map((r) => [r.id, r.name]));
  const roomOrder = new Map(grid.rooms.map((r, i) => [r.id, i]));
  const slots = grid.slots.map((slot) => {
    const sessions = grid.sessions
      .filter((s) => s.slotId === slot.id)
      .sort((a, b) => (roomOrder.get(a.roomId) ?? 0) - (roomOrder.get(b.roomId) ?? 0));
    const picked = sessions.filter((s) => mine.has(s.id) || attending.has(s.id));
    return { slot, sessions, picked, clash: sessions.filter((s) => mine.has(s.id)).length > 1 };
  });
  return { slots, mine, attending, roomName };
}

/** The marks once `sessionId` is marked (or unmarked): a mark in the same slot moves to it. */
export function withMark(grid: PhoneGrid, sessionId: string, attending: boolean): string[] {
  const slotOf = new Map(grid.sessions.map((s) => [s.id, s.slotId]));
  const slot = slotOf.get(sessionId);
  const others = grid.attending.filter((id) => id !== sessionId && (!attending || slotOf.get(id) !== slot));
  return attending ? [...others, sessionId] : others;
}
