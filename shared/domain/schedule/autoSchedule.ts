/**
 * The session grid's auto-scheduler: which sessions run, when, and in which room.
 *
 * Hard rules, never broken: one session per cell; a host never in two sessions of one slot;
 * a locked session stays exactly in its cell; unavailable rooms, slots and cells stay empty.
 * Then, in this order (a later criterion only decides between schedules equal on the earlier):
 *   1. the fewest lost (voter, session) pairs — which sessions run, the most wanted first
 *      when there are more sessions than cells, and the slot of each so voters do not clash;
 *   2. the least demand left out, then the fewest sessions left out;
 *   3. the fewest people who do not fit their room (in each slot, the larger demand in the
 *      larger room);
 *   4. sessions of one group that share voters apart in time.
 *
 * Pure and synchronous, no Node-only imports: the core runs it in a worker, the renderer may
 * run it too. Deterministic for a seed when it converges before its time limit.
 */
import { type Compiled, compile } from './compile.ts';
import { explainUnplaced } from './explain.ts';
import { ScheduleEvaluator } from './figures.ts';
import type { Placement, ScheduleInstance, ScheduleResult } from './model.ts';
import { createRng } from './rng.ts';
import { freeRoomsBySlot, matchRooms, sortPlacements } from './rooms.ts';
import { SlotSearch } from './search.ts';

export { assignRooms } from './rooms.ts';

export interface AutoScheduleOptions {
  /** Seed of the random choices (the order sessions are tried in, the kicks). Default 1. */
  seed?: number;
  /**
   * Budget in milliseconds (default 800). The search usually stops before, when many
   * random kicks in a row find nothing better; if the budget runs out first the result
   * says `stop: 'time-limit'`.
   */
  timeLimitMs?: number;
  /**
   * Random kicks in a row that find nothing better before the search calls it converged.
   * Default: 60 on large grids, more on small ones where a kick costs microseconds (see
   * `defaultPatience`). More is slower and, on large grids, a little better.
   */
  patience?: number;
}

export const DEFAULT_TIME_LIMIT_MS = 800;
/**
 * Kicks cost about (sessions)² evaluations each, so a small grid gets many more of them for
 * the same work: 60 from about 65 sessions up, up to 1,000 for 16 sessions or fewer. On tight
 * small grids (locks, shared hosts) 60 kicks miss the best grid about once in 300 instances.
 */
export function defaultPatience(sessions: number): number {
  return Math.min(1_000, Math.max(60, Math.round(250_000 / Math.max(1, sessions) ** 2)));
}

export function autoSchedule(instance: ScheduleInstance, options: AutoScheduleOptions = {}): ScheduleResult {
  const started = performance.now();
  const c = compile(instance);
  const search = new SlotSearch(c, createRng(options.seed ?? 1));
  search.construct();
  const converged = search.iterate({
    deadline: started + (options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS),
    patience: options.patience ?? defaultPatience(instance.sessions.length),
  });
  search.fill();
  const placements = placementsOf(c, search.slotOf);
  return {
    placements,
    unplaced: explainUnplaced(c, search),
    figures: new ScheduleEvaluator(instance, placements).figures(),
    ms: performance.now() - started,
    stop: converged ? 'converged' : 'time-limit',
  };
}

/** Locked sessions in their cells, the others in the rooms the sort gives within their slot. */
function placementsOf(c: Compiled, slotOf: Int32Array): Placement[] {
  const { instance } = c;
  const placements: Placement[] = [];
  const place = (s: number, room: number, slot: number) =>
    placements.push({
      sessionId: instance.sessions[s]!.id,
      roomId: instance.rooms[room]!.id,
      slotId: instance.slots[slot]!.id,
    });
  const bySlot: number[][] = Array.from({ length: c.T }, () => []);
  for (let s = 0; s < c.n; s++) {
    const lock = c.lockCell[s]!;
    if (lock !== -1) place(s, lock % c.R, Math.floor(lock / c.R));
    else if (slotOf[s]! >= 0) bySlot[slotOf[s]!]!.push(s);
  }
  const rooms = freeRoomsBySlot(c);
  bySlot.forEach((sessions, t) => {
    for (const [s, room] of matchRooms(c, sessions, rooms[t]!)) {
      // The search never puts more free sessions in a slot than it has free rooms.
      if (room !== -1) place(s, room, t);
    }
  });
  return sortPlacements(c, placements);
}
