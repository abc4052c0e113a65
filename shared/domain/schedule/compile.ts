/**
 * The instance turned into arrays indexed by number, once, so the search and the evaluators
 * never look up a string in their inner loops. Also the one place that decides which locks
 * hold, so `checkInstance`, `checkPlacements` and `autoSchedule` agree on it.
 *
 * Lenient on purpose: an instance with mistakes (duplicate ids, voters out of range…) still
 * compiles — the first of duplicate ids counts, bad voters and numbers are dropped — and
 * `checkInstance` is what reports them.
 */
import type { Problem, ScheduleInstance, ScheduleSession } from './model.ts';

export interface Compiled {
  instance: ScheduleInstance;
  /** Sessions, rooms, slots, voters. */
  n: number;
  R: number;
  T: number;
  V: number;
  sessionIdx: ReadonlyMap<string, number>;
  roomIdx: ReadonlyMap<string, number>;
  slotIdx: ReadonlyMap<string, number>;
  /** Per session: its distinct in-range voters, sorted (merge walks compare two sessions). */
  voters: Int32Array[];
  /** Per session: voters + extraDemand. */
  demand: Float64Array;
  /** Per session: index into hostIds, or −1 without a host. */
  host: Int32Array;
  hostIds: string[];
  /** Per room: seats, Infinity when unlimited. */
  capacity: Float64Array;
  /** Per cell (slot t, room r at t·R + r): 1 when the schedule may use it. */
  available: Uint8Array;
  /** Per session: the cell its lock holds, or −1 (no lock, or a lock that cannot hold). */
  lockCell: Int32Array;
  /** Per session: why its lock cannot hold, when it cannot. */
  lockProblem: (Problem | undefined)[];
  /** Per session: the other sessions of its group that share at least one voter with it. */
  partners: Int32Array[];
  /** Σ voters over sessions. */
  totalPairs: number;
}

export const cellOf = (c: Compiled, room: number, slot: number) => slot * c.R + room;
export const roomOfCell = (c: Compiled, cell: number) => cell % c.R;
export const slotOfCell = (c: Compiled, cell: number) => Math.floor(cell / c.R);

function indexById(items: readonly { id: string }[]): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    if (!index.has(item.id)) index.set(item.id, i);
  });
  return index;
}

/** Distinct in-range voter indices, sorted. */
function cleanVoters(voters: readonly number[], voterCount: number): Int32Array {
  const kept = new Set<number>();
  for (const v of voters) if (Number.isInteger(v) && v >= 0 && v < voterCount) kept.add(v);
  return Int32Array.from([...kept].sort((a, b) => a - b));
}

/**
 * A head count or a capacity as the engine counts it: a whole number ≥ 0 (anything else is a
 * mistake `checkInstance` reports; here it counts as the nearest whole number, or 0). Whole
 * numbers keep the search's sums exact, so equal costs compare equal.
 */
export const headCount = (x: number | null | undefined) =>
  typeof x === 'number' && Number.isFinite(x) && x > 0 ? Math.round(x) : 0;

/** Voters two sorted voter lists share. */
export function sharedVoters(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

function availability(instance: ScheduleInstance, roomIdx: Map<string, number>, slotIdx: Map<string, number>) {
  const R = instance.rooms.length;
  const T = instance.slots.length;
  const available = new Uint8Array(R * T).fill(1);
  const closed = instance.unavailable;
  for (const id of closed?.roomIds ?? []) {
    const r = roomIdx.get(id);
    if (r !== undefined) for (let t = 0; t < T; t++) available[t * R + r] = 0;
  }
  for (const id of closed?.slotIds ?? []) {
    const t = slotIdx.get(id);
    if (t !== undefined) available.fill(0, t * R, t * R + R);
  }
  for (const cell of closed?.cells ?? []) {
    const r = roomIdx.get(cell.roomId);
    const t = slotIdx.get(cell.slotId);
    if (r !== undefined && t !== undefined) available[t * R + r] = 0;
  }
  return available;
}

/**
 * Which locks hold. In session order, a lock holds unless its room or slot is unknown, its
 * cell is unavailable, an earlier lock holds that cell, or an earlier lock holds its host in
 * that slot: the first comes first, so one mistake does not cost both sessions.
 */
function resolveLocks(
  sessions: readonly ScheduleSession[],
  roomIdx: Map<string, number>,
  slotIdx: Map<string, number>,
  available: Uint8Array,
  R: number,
) {
  const lockCell = new Int32Array(sessions.length).fill(-1);
  const lockProblem: (Problem | undefined)[] = new Array(sessions.length).fill(undefined);
  const holder = new Map<number, string>(); // cell → session id
  const hostSlots = new Map<string, string>(); // `${hostId}\n${slot}` → session id
  sessions.forEach((s, i) => {
    const lock = s.lock;
    if (!lock) return;
    const problem = (code: Problem['code'], message: string): Problem => ({
      code,
      message,
      sessionId: s.id,
      roomId: lock.roomId,
      slotId: lock.slotId,
    });
    const where = `room "${lock.roomId}" at slot "${lock.slotId}"`;
    const r = roomIdx.get(lock.roomId);
    const t = slotIdx.get(lock.slotId);
    const cell = r === undefined || t === undefined ? -1 : t * R + r;
    const hostKey = s.hostId === null ? undefined : `${s.hostId}\n${t}`;
    const busy = hostKey === undefined ? undefined : hostSlots.get(hostKey);
    if (r === undefined) {
      lockProblem[i] = problem(
        'lock-unknown-room',
        `Session "${s.id}" is locked into room "${lock.roomId}", which is not in the grid.`,
      );
    } else if (t === undefined) {
      lockProblem[i] = problem(
        'lock-unknown-slot',
        `Session "${s.id}" is locked into slot "${lock.slotId}", which is not a session slot of the grid.`,
      );
    } else if (!available[cell]) {
      lockProblem[i] = problem('lock-unavailable', `Session "${s.id}" is locked into ${where}, which is unavailable.`);
    } else if (holder.has(cell)) {
      const other = holder.get(cell);
      lockProblem[i] = problem(
        'lock-cell-taken',
        `Sessions "${other}" and "${s.id}" are both locked into ${where}; "${other}" keeps it.`,
      );
    } else if (busy !== undefined) {
      lockProblem[i] = problem(
        'lock-host-busy',
        `Host "${s.hostId}" is locked into two sessions of slot "${lock.slotId}": "${busy}" and "${s.id}"; "${busy}" keeps it.`,
      );
    } else {
      holder.set(cell, s.id);
      if (hostKey !== undefined) hostSlots.set(hostKey, s.id);
      lockCell[i] = cell;
    }
  });
  return { lockCell, lockProblem };
}

/** Pairs of sessions of one group sharing voters: the third criterion looks at these only. */
function groupPartners(sessions: readonly ScheduleSession[], voters: Int32Array[]): Int32Array[] {
  const byGroup = new Map<string, number[]>();
  sessions.forEach((s, i) => {
    if (s.groupId == null) return;
    const members = byGroup.get(s.groupId);
    if (members) members.push(i);
    else byGroup.set(s.groupId, [i]);
  });
  const partners: number[][] = sessions.map(() => []);
  for (const members of byGroup.values()) {
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) {
        const i = members[a]!;
        const j = members[b]!;
        if (sharedVoters(voters[i]!, voters[j]!) > 0) {
          partners[i]!.push(j);
          partners[j]!.push(i);
        }
      }
    }
  }
  return partners.map((p) => Int32Array.from(p));
}

export function compile(instance: ScheduleInstance): Compiled {
  const { rooms, slots, sessions } = instance;
  const V = Number.isInteger(instance.voterCount) && instance.voterCount > 0 ? instance.voterCount : 0;
  const roomIdx = indexById(rooms);
  const slotIdx = indexById(slots);
  const R = rooms.length;
  const available = availability(instance, roomIdx, slotIdx);
  const voters = sessions.map((s) => cleanVoters(s.voters, V));
  const hostIdx = new Map<string, number>();
  const host = Int32Array.from(sessions, (s) => {
    if (s.hostId === null) return -1;
    let h = hostIdx.get(s.hostId);
    if (h === undefined) {
      h = hostIdx.size;
      hostIdx.set(s.hostId, h);
    }
    return h;
  });
  const { lockCell, lockProblem } = resolveLocks(sessions, roomIdx, slotIdx, available, R);
  let totalPairs = 0;
  for (const v of voters) totalPairs += v.length;
  return {
    instance,
    n: sessions.length,
    R,
    T: slots.length,
    V,
    sessionIdx: indexById(sessions),
    roomIdx,
    slotIdx,
    voters,
    demand: Float64Array.from(sessions, (s, i) => voters[i]!.length + headCount(s.extraDemand)),
    host,
    hostIds: [...hostIdx.keys()],
    capacity: Float64Array.from(rooms, (r) => (r.capacity === null ? Number.POSITIVE_INFINITY : headCount(r.capacity))),
    available,
    lockCell,
    lockProblem,
    partners: groupPartners(sessions, voters),
    totalPairs,
  };
}
