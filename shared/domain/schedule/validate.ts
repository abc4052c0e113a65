/**
 * The hard rules, checked: `checkInstance` before scheduling (the core refuses an instance with
 * problems and says why), `checkPlacements` on any grid — the auto-scheduler's, or one the
 * organiser made by hand — before it is saved. Messages are English sentences naming ids;
 * `code` and the ids let the UI say it in the workshop's language.
 */
import { compile } from './compile.ts';
import type { Placement, Problem, ScheduleInstance, Violation } from './model.ts';

/** The ids used more than once, each once. */
function duplicates(items: readonly { id: string }[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const { id } of items) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

/** Head counts and capacities are whole numbers of people. */
const isCount = (x: number) => Number.isInteger(x) && x >= 0;

/** Mistakes in the instance itself: ids, numbers, voters, unavailable cells, locks. */
export function checkInstance(instance: ScheduleInstance): Problem[] {
  const problems: Problem[] = [];
  for (const id of duplicates(instance.rooms))
    problems.push({ code: 'duplicate-id', message: `Two rooms have the id "${id}".`, roomId: id });
  for (const id of duplicates(instance.slots))
    problems.push({ code: 'duplicate-id', message: `Two slots have the id "${id}".`, slotId: id });
  for (const id of duplicates(instance.sessions)) {
    problems.push({ code: 'duplicate-id', message: `Two sessions have the id "${id}".`, sessionId: id });
  }
  if (!Number.isInteger(instance.voterCount) || instance.voterCount < 0) {
    problems.push({
      code: 'bad-number',
      message: `The number of voters (${instance.voterCount}) is not a whole number ≥ 0.`,
    });
  }
  for (const room of instance.rooms) {
    if (room.capacity !== null && !isCount(room.capacity)) {
      problems.push({
        code: 'bad-number',
        message: `Room "${room.id}" has a capacity of ${room.capacity}: it must be a whole number ≥ 0, or unlimited.`,
        roomId: room.id,
      });
    }
  }
  for (const session of instance.sessions) problems.push(...checkSession(session, instance.voterCount));
  problems.push(...checkUnavailable(instance));
  const compiled = compile(instance);
  for (const problem of compiled.lockProblem) if (problem) problems.push(problem);
  return problems;
}

function checkSession(session: ScheduleInstance['sessions'][number], voterCount: number): Problem[] {
  const problems: Problem[] = [];
  const sessionId = session.id;
  if (session.extraDemand !== undefined && !isCount(session.extraDemand)) {
    problems.push({
      code: 'bad-number',
      message: `Session "${sessionId}" has an extra head count of ${session.extraDemand}: it must be a whole number ≥ 0.`,
      sessionId,
    });
  }
  const seen = new Set<number>();
  for (const v of session.voters) {
    if (!Number.isInteger(v) || v < 0 || v >= voterCount) {
      problems.push({
        code: 'bad-voter',
        message: `Session "${sessionId}" names voter ${v}, who is not one of the ${voterCount} voters.`,
        sessionId,
      });
    } else if (seen.has(v)) {
      problems.push({ code: 'bad-voter', message: `Session "${sessionId}" names voter ${v} twice.`, sessionId });
    }
    seen.add(v);
  }
  return problems;
}

function checkUnavailable(instance: ScheduleInstance): Problem[] {
  const problems: Problem[] = [];
  const rooms = new Set(instance.rooms.map((r) => r.id));
  const slots = new Set(instance.slots.map((s) => s.id));
  const unknownRoom = (roomId: string) =>
    problems.push({
      code: 'unknown-room',
      message: `Room "${roomId}" is marked unavailable but is not in the grid.`,
      roomId,
    });
  const unknownSlot = (slotId: string) =>
    problems.push({
      code: 'unknown-slot',
      message: `Slot "${slotId}" is marked unavailable but is not a session slot of the grid.`,
      slotId,
    });
  for (const id of instance.unavailable?.roomIds ?? []) if (!rooms.has(id)) unknownRoom(id);
  for (const id of instance.unavailable?.slotIds ?? []) if (!slots.has(id)) unknownSlot(id);
  for (const cell of instance.unavailable?.cells ?? []) {
    if (!rooms.has(cell.roomId)) unknownRoom(cell.roomId);
    if (!slots.has(cell.slotId)) unknownSlot(cell.slotId);
  }
  return problems;
}

/**
 * Every hard rule `placements` break: unknown ids, a session placed twice, a cell used twice,
 * a host in two sessions of one slot, a locked session elsewhere than its lock (or missing
 * while its lock can hold), an unavailable room, slot or cell used. Each placement is judged
 * as it comes, so one mistake is reported once.
 */
export function checkPlacements(instance: ScheduleInstance, placements: readonly Placement[]): Violation[] {
  const c = compile(instance);
  const violations: Violation[] = [];
  const placedAt = new Map<number, number>(); // session → cell
  const cellHolder = new Map<number, string>(); // cell → session id
  const hostInSlot = new Map<string, string>(); // `${host}\n${slot}` → session id

  for (const p of placements) {
    const { sessionId, roomId, slotId } = p;
    const s = c.sessionIdx.get(sessionId);
    const r = c.roomIdx.get(roomId);
    const t = c.slotIdx.get(slotId);
    if (s === undefined)
      violations.push({
        code: 'unknown-session',
        message: `Session "${sessionId}" is not in the instance.`,
        sessionId,
      });
    if (r === undefined)
      violations.push({
        code: 'unknown-room',
        message: `Session "${sessionId}" is placed in room "${roomId}", which is not in the grid.`,
        sessionId,
        roomId,
      });
    if (t === undefined)
      violations.push({
        code: 'unknown-slot',
        message: `Session "${sessionId}" is placed in slot "${slotId}", which is not a session slot of the grid.`,
        sessionId,
        slotId,
      });
    if (s === undefined || r === undefined || t === undefined) continue;
    const cell = t * c.R + r;
    const where = `room "${roomId}" at slot "${slotId}"`;

    if (placedAt.has(s)) {
      violations.push({
        code: 'session-placed-twice',
        message: `Session "${sessionId}" is placed twice.`,
        sessionId,
        roomId,
        slotId,
      });
      continue;
    }
    placedAt.set(s, cell);
    const holder = cellHolder.get(cell);
    if (holder !== undefined) {
      violations.push({
        code: 'cell-used-twice',
        message: `Sessions "${holder}" and "${sessionId}" are both in ${where}.`,
        sessionId,
        roomId,
        slotId,
      });
    } else cellHolder.set(cell, sessionId);
    if (!c.available[cell]) {
      violations.push({
        code: 'unavailable-used',
        message: `Session "${sessionId}" is in ${where}, which is unavailable.`,
        sessionId,
        roomId,
        slotId,
      });
    }
    const hostId = instance.sessions[s]!.hostId;
    if (hostId !== null) {
      const key = `${hostId}\n${t}`;
      const busy = hostInSlot.get(key);
      if (busy !== undefined) {
        violations.push({
          code: 'host-double-booked',
          message: `Host "${hostId}" runs two sessions of slot "${slotId}": "${busy}" and "${sessionId}".`,
          sessionId,
          slotId,
        });
      } else hostInSlot.set(key, sessionId);
    }
    const lock = instance.sessions[s]!.lock;
    if (lock && (lock.roomId !== roomId || lock.slotId !== slotId)) {
      violations.push({
        code: 'lock-moved',
        message: `Session "${sessionId}" is locked into room "${lock.roomId}" at slot "${lock.slotId}" but placed in ${where}.`,
        sessionId,
        roomId,
        slotId,
      });
    }
  }

  for (let s = 0; s < c.n; s++) {
    const lock = instance.sessions[s]!.lock;
    if (lock && c.lockCell[s] !== -1 && !placedAt.has(s)) {
      const sessionId = instance.sessions[s]!.id;
      violations.push({
        code: 'lock-not-placed',
        message: `Session "${sessionId}" is locked into room "${lock.roomId}" at slot "${lock.slotId}" but not placed.`,
        sessionId,
        roomId: lock.roomId,
        slotId: lock.slotId,
      });
    }
  }
  return violations;
}
