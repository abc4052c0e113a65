/**
 * The room choice within one slot: the largest demand in the largest room.
 *
 * Overflow is Σ max(0, demand − capacity), a convex function of demand − capacity, so pairing
 * demands and capacities both sorted largest first is an optimal assignment (the exchange
 * argument: uncrossing two pairs never adds overflow). The search therefore only decides the
 * slot of each session; rooms follow from this sort, and a slot's overflow is a merge of two
 * sorted lists.
 */
import { type Compiled, compile } from './compile.ts';
import { ScheduleEvaluator } from './figures.ts';
import type { Explanation, Placement, ScheduleInstance, ScheduleResult } from './model.ts';

/** Per slot: the rooms a free (unlocked) session may take — available, not held by a lock — largest first. */
export function freeRoomsBySlot(c: Compiled): Int32Array[] {
  const locked = new Uint8Array(c.R * c.T);
  for (const cell of c.lockCell) if (cell !== -1) locked[cell] = 1;
  const bySlot: Int32Array[] = [];
  for (let t = 0; t < c.T; t++) {
    const rooms: number[] = [];
    for (let r = 0; r < c.R; r++) if (c.available[t * c.R + r] && !locked[t * c.R + r]) rooms.push(r);
    // Stable sort: rooms of equal capacity keep the instance's order.
    rooms.sort((a, b) => c.capacity[b]! - c.capacity[a]! || a - b);
    bySlot.push(Int32Array.from(rooms));
  }
  return bySlot;
}

/** Largest demand first; equal demands in instance order, so the result does not depend on how the caller listed them. */
export const byDemand = (c: Compiled) => (a: number, b: number) => c.demand[b]! - c.demand[a]! || a - b;

/**
 * Rooms for the free sessions of one slot: the i-th largest demand in the i-th largest room.
 * `current` (a room per session, −1 for none) breaks ties only: two sessions of equal demand,
 * or two rooms of equal capacity, are exchanged when it leaves more sessions where they were.
 * Returns the room of each session (−1: no room left for it, the least demanding ones).
 */
export function matchRooms(
  c: Compiled,
  sessions: readonly number[],
  rooms: Int32Array,
  current?: (s: number) => number,
): Map<number, number> {
  const sorted = [...sessions].sort(byDemand(c));
  const holder = Int32Array.from(rooms, (_, i) => (i < sorted.length ? sorted[i]! : -1));
  if (current) keepCurrentRooms(c, holder, rooms, current);
  const roomOf = new Map<number, number>();
  for (const s of sorted) roomOf.set(s, -1);
  holder.forEach((s, i) => {
    if (s !== -1) roomOf.set(s, rooms[i]!);
  });
  return roomOf;
}

/** Exchanges that change no demand's rank (equal demands, or equal capacities) and keep more sessions in their room. */
function keepCurrentRooms(c: Compiled, holder: Int32Array, rooms: Int32Array, current: (s: number) => number) {
  const stays = (s: number, i: number) => (s !== -1 && current(s) === rooms[i] ? 1 : 0);
  const interchangeable = (i: number, j: number) => {
    const a = holder[i]!;
    const b = holder[j]!;
    if (c.capacity[rooms[i]!] === c.capacity[rooms[j]!]) return true;
    return a !== -1 && b !== -1 && c.demand[a] === c.demand[b];
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < holder.length; i++) {
      for (let j = i + 1; j < holder.length; j++) {
        const a = holder[i]!;
        const b = holder[j]!;
        if (a === b || !interchangeable(i, j)) continue;
        if (stays(b, i) + stays(a, j) > stays(a, i) + stays(b, j)) {
          holder[i] = b;
          holder[j] = a;
          changed = true;
        }
      }
    }
  }
}

/** Placements sorted by slot (time), then room (instance order). */
export function sortPlacements(c: Compiled, placements: Placement[]): Placement[] {
  const key = (p: Placement) => (c.slotIdx.get(p.slotId) ?? 0) * c.R + (c.roomIdx.get(p.roomId) ?? 0);
  return placements.sort((a, b) => key(a) - key(b));
}

/**
 * Re-runs the room choice only — for when head counts come in after the schedule is made:
 * every session keeps its slot and, within each slot, the larger demand gets the larger room.
 * Locked sessions stay in their cell whatever the map says; a session whose lock cannot hold
 * is left out ('lock-invalid'). Sessions absent from `slotOfSession` stay out of the grid
 * without an explanation (they were not scheduled); a session given a slot that is unknown,
 * unavailable or has no room left (its least demanding sessions first) is left out
 * ('no-free-cell', with the slot). Hosts are not checked: rooms never change who is busy when.
 *
 * `slotOfSession` is a map session id → slot id, or the current placements: then rooms also
 * break ties, so an exchange that changes nothing (equal demands, equal capacities) is not made.
 */
export function assignRooms(
  instance: ScheduleInstance,
  slotOfSession: ReadonlyMap<string, string> | readonly Placement[],
): ScheduleResult {
  const started = performance.now();
  const c = compile(instance);
  const currentRoom = new Int32Array(c.n).fill(-1);
  const slotOf = new Int32Array(c.n).fill(-2); // −2: not asked for; −1: asked for an unknown slot
  const ask = (sessionId: string, slotId: string, roomId?: string) => {
    const s = c.sessionIdx.get(sessionId);
    if (s === undefined || slotOf[s] !== -2) return;
    slotOf[s] = c.slotIdx.get(slotId) ?? -1;
    if (roomId !== undefined) currentRoom[s] = c.roomIdx.get(roomId) ?? -1;
  };
  if (slotOfSession instanceof Map) for (const [sessionId, slotId] of slotOfSession) ask(sessionId, slotId);
  else for (const p of slotOfSession as readonly Placement[]) ask(p.sessionId, p.slotId, p.roomId);

  const placements: Placement[] = [];
  const unplaced: Explanation[] = [];
  const place = (s: number, room: number, slot: number) =>
    placements.push({
      sessionId: instance.sessions[s]!.id,
      roomId: instance.rooms[room]!.id,
      slotId: instance.slots[slot]!.id,
    });
  const bySlot: number[][] = Array.from({ length: c.T }, () => []);
  for (let s = 0; s < c.n; s++) {
    const lock = c.lockCell[s]!;
    const problem = c.lockProblem[s];
    if (lock !== -1) place(s, lock % c.R, Math.floor(lock / c.R));
    else if (problem) {
      unplaced.push({
        sessionId: instance.sessions[s]!.id,
        reason: 'lock-invalid',
        detail: { problem: problem.code },
        message: problem.message,
      });
    } else if (slotOf[s]! >= 0) bySlot[slotOf[s]!]!.push(s);
    else if (slotOf[s] === -1) unplaced.push(noRoom(c, s, null));
  }
  const rooms = freeRoomsBySlot(c);
  bySlot.forEach((sessions, t) => {
    for (const [s, room] of matchRooms(c, sessions, rooms[t]!, (s) => currentRoom[s]!)) {
      if (room === -1) unplaced.push(noRoom(c, s, t));
      else place(s, room, t);
    }
  });
  unplaced.sort((a, b) => c.sessionIdx.get(a.sessionId)! - c.sessionIdx.get(b.sessionId)!);
  sortPlacements(c, placements);
  return {
    placements,
    unplaced,
    figures: new ScheduleEvaluator(instance, placements).figures(),
    ms: performance.now() - started,
    stop: 'converged',
  };
}

function noRoom(c: Compiled, s: number, slot: number | null): Explanation {
  const slotId = slot === null ? null : c.instance.slots[slot]!.id;
  let availableCells = 0;
  let lockedCells = 0;
  for (let r = 0; r < c.R && slot !== null; r++) availableCells += c.available[slot * c.R + r]!;
  for (const cell of c.lockCell) if (slot !== null && cell !== -1 && Math.floor(cell / c.R) === slot) lockedCells++;
  const sessionId = c.instance.sessions[s]!.id;
  return {
    sessionId,
    reason: 'no-free-cell',
    detail: { slotId, availableCells, lockedCells },
    message:
      slotId === null
        ? `Session "${sessionId}" was given a slot that is not in the grid.`
        : `No room is left for session "${sessionId}" in slot "${slotId}": ${availableCells} rooms are available there, ${lockedCells} locked, and sessions wanted by more people took the others.`,
  };
}
