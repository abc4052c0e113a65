/**
 * How good placements are, in people: `computeFigures` from scratch (plain maps, written to be
 * obviously right: the tests judge the search's own bookkeeping against it), and the
 * incremental pieces the search and the renderer use while sessions move:
 *
 * - `PairCounts`: how many placed sessions each voter wants in each slot, and what moving,
 *   swapping or replacing a session changes in kept pairs, in O(voters of the sessions moved);
 * - `ScheduleEvaluator`: the figures of a grid of real cells, updated as a session is dropped
 *   on a cell, with `preview` for "what if" while it is dragged.
 */
import { type Compiled, compile, headCount, roomOfCell, slotOfCell } from './compile.ts';
import type { Placement, ScheduleFigures, ScheduleInstance } from './model.ts';

// ---- from scratch ------------------------------------------------------------------------------

/**
 * Figures of `placements` for `instance`. A session counts as placed at its first placement
 * with a known slot; voters count once each and only in range (as `checkInstance` requires);
 * a room that is not in the instance seats everyone. Judge validity with `checkPlacements`.
 */
export function computeFigures(instance: ScheduleInstance, placements: readonly Placement[]): ScheduleFigures {
  const slotIndex = new Map<string, number>();
  instance.slots.forEach((s, i) => {
    if (!slotIndex.has(s.id)) slotIndex.set(s.id, i);
  });
  const capacity = new Map<string, number>();
  for (const r of instance.rooms) {
    if (!capacity.has(r.id)) capacity.set(r.id, r.capacity === null ? Number.POSITIVE_INFINITY : headCount(r.capacity));
  }
  const known = new Set(instance.sessions.map((s) => s.id));
  const placedAt = new Map<string, { slot: number; roomId: string }>();
  for (const p of placements) {
    const slot = slotIndex.get(p.slotId);
    if (slot !== undefined && known.has(p.sessionId) && !placedAt.has(p.sessionId)) {
      placedAt.set(p.sessionId, { slot, roomId: p.roomId });
    }
  }

  const votersOf = new Map<string, Set<number>>();
  for (const s of instance.sessions) {
    if (votersOf.has(s.id)) continue;
    votersOf.set(s.id, new Set(s.voters.filter((v) => Number.isInteger(v) && v >= 0 && v < instance.voterCount)));
  }

  let totalPairs = 0;
  let overflow = 0;
  let overflowingSessions = 0;
  let unplaced = 0;
  const wantedInSlot = new Map<string, number>(); // `${voter}@${slot}` → placed sessions wanted
  for (const s of instance.sessions) {
    const voters = votersOf.get(s.id)!;
    totalPairs += voters.size;
    const at = placedAt.get(s.id);
    if (!at) {
      unplaced++;
      continue;
    }
    const demand = voters.size + headCount(s.extraDemand);
    const excess = demand - (capacity.get(at.roomId) ?? Number.POSITIVE_INFINITY);
    if (excess > 0) {
      overflow += excess;
      overflowingSessions++;
    }
    for (const v of voters) {
      const key = `${v}@${at.slot}`;
      wantedInSlot.set(key, (wantedInSlot.get(key) ?? 0) + 1);
    }
  }
  let keptPairs = 0;
  let clashes = 0;
  for (const k of wantedInSlot.values()) {
    keptPairs += 1;
    clashes += k - 1;
  }

  let groupNeighbours = 0;
  const sessions = instance.sessions;
  for (let i = 0; i < sessions.length; i++) {
    for (let j = i + 1; j < sessions.length; j++) {
      const a = sessions[i]!;
      const b = sessions[j]!;
      if (a.groupId == null || a.groupId !== b.groupId) continue;
      const ta = placedAt.get(a.id)?.slot;
      const tb = placedAt.get(b.id)?.slot;
      if (ta === undefined || tb === undefined || Math.abs(ta - tb) > 1) continue;
      const votersOfB = votersOf.get(b.id)!;
      if ([...votersOf.get(a.id)!].some((v) => votersOfB.has(v))) groupNeighbours++;
    }
  }

  return {
    totalPairs,
    keptPairs,
    attendance: totalPairs === 0 ? 1 : keptPairs / totalPairs,
    clashes,
    overflow,
    overflowingSessions,
    unplaced,
    lostPairs: totalPairs - keptPairs,
    groupNeighbours,
  };
}

// ---- incremental: pairs ------------------------------------------------------------------------

/**
 * For each voter and slot, how many placed sessions the voter wants there. Kept pairs are the
 * (voter, slot) entries above zero; clashes are the placed pairs beyond those. Voter lists
 * are sorted (see `compile`), so comparing two sessions is one merge walk.
 */
export class PairCounts {
  private readonly counts: Int32Array;
  /** Σ over voters and slots of min(1, count). */
  kept = 0;
  /** Σ voters of the placed sessions; clashes = placedPairs − kept. */
  placedPairs = 0;

  constructor(
    voterCount: number,
    private readonly slotCount: number,
  ) {
    this.counts = new Int32Array(Math.max(0, voterCount * slotCount));
  }

  add(voters: Int32Array, slot: number): void {
    const { counts, slotCount } = this;
    for (let i = 0; i < voters.length; i++) {
      if (counts[voters[i]! * slotCount + slot]!++ === 0) this.kept++;
    }
    this.placedPairs += voters.length;
  }

  remove(voters: Int32Array, slot: number): void {
    const { counts, slotCount } = this;
    for (let i = 0; i < voters.length; i++) {
      if (--counts[voters[i]! * slotCount + slot]! === 0) this.kept--;
    }
    this.placedPairs -= voters.length;
  }

  /** Kept pairs gained by adding a session wanted by `voters` to `slot`. */
  gainIfAdded(voters: Int32Array, slot: number): number {
    const { counts, slotCount } = this;
    let gain = 0;
    for (let i = 0; i < voters.length; i++) if (counts[voters[i]! * slotCount + slot] === 0) gain++;
    return gain;
  }

  /** Kept pairs lost by taking a placed session wanted by `voters` out of `slot`. */
  lossIfRemoved(voters: Int32Array, slot: number): number {
    const { counts, slotCount } = this;
    let loss = 0;
    for (let i = 0; i < voters.length; i++) if (counts[voters[i]! * slotCount + slot] === 1) loss++;
    return loss;
  }

  /**
   * Change in kept pairs when placed session A (voters `a`, in `slotA`) and placed session B
   * (voters `b`, in `slotB ≠ slotA`) swap slots.
   */
  deltaOfSwap(a: Int32Array, slotA: number, b: Int32Array, slotB: number): number {
    return swapDelta(this.counts, this.slotCount, a, slotA, b, slotB);
  }

  /** Change in kept pairs when a session wanted by `into` takes the place (in `slot`) of a placed one wanted by `out`. */
  deltaOfReplace(out: Int32Array, into: Int32Array, slot: number): number {
    return replaceDelta(this.counts, this.slotCount, out, into, slot);
  }
}

/**
 * Kept pairs gained when A (in slotA) and B (in slotB) exchange slots, from the counts before.
 * A voter who wants both keeps both slots; a voter of A alone leaves slotA for slotB (kept
 * there if nothing else of slotB is wanted, lost in slotA if A was all), and one of B alone
 * the other way. One merge walk of the two sorted voter lists.
 */
function swapDelta(counts: Int32Array, T: number, a: Int32Array, slotA: number, b: Int32Array, slotB: number): number {
  let delta = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Number.MAX_SAFE_INTEGER;
    const y = j < b.length ? b[j]! : Number.MAX_SAFE_INTEGER;
    if (x === y) {
      i++;
      j++;
    } else if (x < y) {
      const row = x * T;
      delta += (counts[row + slotB] === 0 ? 1 : 0) - (counts[row + slotA] === 1 ? 1 : 0);
      i++;
    } else {
      const row = y * T;
      delta += (counts[row + slotA] === 0 ? 1 : 0) - (counts[row + slotB] === 1 ? 1 : 0);
      j++;
    }
  }
  return delta;
}

/** Kept pairs gained when `into` (out of the grid) takes the place in `slot` of `out`. */
function replaceDelta(counts: Int32Array, T: number, out: Int32Array, into: Int32Array, slot: number): number {
  let delta = 0;
  let i = 0;
  let j = 0;
  while (i < out.length || j < into.length) {
    const x = i < out.length ? out[i]! : Number.MAX_SAFE_INTEGER;
    const y = j < into.length ? into[j]! : Number.MAX_SAFE_INTEGER;
    if (x === y) {
      i++;
      j++;
    } else if (x < y) {
      if (counts[x * T + slot] === 1) delta--;
      i++;
    } else {
      if (counts[y * T + slot] === 0) delta++;
      j++;
    }
  }
  return delta;
}

/**
 * `PairCounts` for the search, by session, with each session's gains kept up to date: for
 * every session and slot, how many of its voters want nothing placed there (what it would
 * keep if it went there), and for every placed session, how many of its voters want nothing
 * else in its slot (what it would lose if it left). A move updates them for the sessions of
 * the voters it touches (a few per voter), and then a move, a swap or a replacement between
 * sessions that share no voter costs O(1) to judge; those sharing voters take a merge walk.
 */
export class SessionPairs {
  /** Per session: its slot, or −1. */
  readonly slotOf: Int32Array;
  kept = 0;
  placedPairs = 0;
  private readonly counts: Int32Array;
  private readonly gain: Int32Array;
  private readonly loss: Int32Array;
  private readonly sessionsOfVoter: Int32Array[];

  constructor(
    private readonly voters: readonly Int32Array[],
    voterCount: number,
    private readonly T: number,
  ) {
    const n = voters.length;
    this.slotOf = new Int32Array(n).fill(-1);
    this.counts = new Int32Array(voterCount * T);
    this.gain = new Int32Array(n * T);
    voters.forEach((v, s) => {
      this.gain.fill(v.length, s * T, s * T + T);
    });
    this.loss = new Int32Array(n);
    const lists: number[][] = Array.from({ length: voterCount }, () => []);
    voters.forEach((v, s) => {
      for (const w of v) lists[w]!.push(s);
    });
    this.sessionsOfVoter = lists.map((l) => Int32Array.from(l));
  }

  /** Kept pairs gained by session s (placed elsewhere or not at all) going to slot t. */
  gainIn(s: number, t: number): number {
    return this.gain[s * this.T + t]!;
  }

  /** Kept pairs lost by placed session s leaving its slot. */
  lossOut(s: number): number {
    return this.loss[s]!;
  }

  /**
   * Change in kept pairs when placed sessions a and b exchange slots, given how many voters
   * they share; when they share some and even the best case cannot reach `atLeast`, returns
   * that best case (below `atLeast`) without walking their voters.
   *
   * Without shared voters the change is each one's gain in the other's slot minus its loss.
   * A shared voter counted there as lost in one slot (or both) in fact keeps both slots, so
   * the sum is low by at most min(shared, loss) on each side.
   */
  deltaOfSwap(a: number, b: number, shared: number, atLeast = Number.NEGATIVE_INFINITY): number {
    const ta = this.slotOf[a]!;
    const tb = this.slotOf[b]!;
    const apart = this.gainIn(a, tb) - this.loss[a]! + this.gainIn(b, ta) - this.loss[b]!;
    if (shared === 0) return apart;
    const best = apart + Math.min(shared, this.loss[a]!) + Math.min(shared, this.loss[b]!);
    if (best < atLeast) return best;
    return swapDelta(this.counts, this.T, this.voters[a]!, ta, this.voters[b]!, tb);
  }

  /**
   * Change in kept pairs when `into` (out of the grid) takes the slot of placed `out`, which
   * leaves; the same shortcut as `deltaOfSwap` (a shared voter keeps the slot).
   */
  deltaOfReplace(out: number, into: number, shared: number, atLeast = Number.NEGATIVE_INFINITY): number {
    const t = this.slotOf[out]!;
    const apart = this.gainIn(into, t) - this.loss[out]!;
    if (shared === 0) return apart;
    const best = apart + Math.min(shared, this.loss[out]!);
    if (best < atLeast) return best;
    return replaceDelta(this.counts, this.T, this.voters[out]!, this.voters[into]!, t);
  }

  /** Sessions sharing voters with s, and how many: `into[x]` for each x, where `stampOf[x] === stamp`. */
  countShared(s: number, into: Int32Array, stampOf: Int32Array, stamp: number): void {
    for (const w of this.voters[s]!) {
      for (const x of this.sessionsOfVoter[w]!) {
        if (stampOf[x] === stamp) into[x]!++;
        else {
          stampOf[x] = stamp;
          into[x] = 1;
        }
      }
    }
  }

  add(s: number, t: number): void {
    const { counts, T, gain, loss, slotOf } = this;
    const voters = this.voters[s]!;
    slotOf[s] = t;
    let alone = 0;
    for (const w of voters) {
      const before = counts[w * T + t]!;
      counts[w * T + t] = before + 1;
      if (before === 0) {
        this.kept++;
        alone++;
        for (const x of this.sessionsOfVoter[w]!) gain[x * T + t]!--;
      } else if (before === 1) {
        // The one session of slot t this voter wanted is no longer its only one there.
        for (const x of this.sessionsOfVoter[w]!) if (x !== s && slotOf[x] === t) loss[x]!--;
      }
    }
    loss[s] = alone;
    this.placedPairs += voters.length;
  }

  remove(s: number): void {
    const { counts, T, gain, loss, slotOf } = this;
    const t = slotOf[s]!;
    const voters = this.voters[s]!;
    slotOf[s] = -1;
    loss[s] = 0;
    for (const w of voters) {
      const after = counts[w * T + t]! - 1;
      counts[w * T + t] = after;
      if (after === 0) {
        this.kept--;
        for (const x of this.sessionsOfVoter[w]!) gain[x * T + t]!++;
      } else if (after === 1) {
        for (const x of this.sessionsOfVoter[w]!) if (slotOf[x] === t) loss[x]!++;
      }
    }
    this.placedPairs -= voters.length;
  }
}

/** Whether two slots are the same or consecutive (the third criterion's "near in time"). */
export const nearInTime = (a: number, b: number) => a >= 0 && b >= 0 && Math.abs(a - b) <= 1;

// ---- incremental: a grid of real cells -----------------------------------------------------------

/**
 * The figures of a grid, kept up to date as sessions move between real cells: what the
 * renderer shows live while the organiser drags a session. Placements it cannot honour
 * (unknown ids, a session placed twice, a cell used twice) are skipped; `checkPlacements`
 * reports them. It does not judge hard constraints: a host in two sessions of one slot is
 * counted as placed, and the UI asks `checkPlacements` before saving.
 */
export class ScheduleEvaluator {
  private readonly c: Compiled;
  private readonly cellOf: Int32Array;
  private readonly occupant: Int32Array;
  private readonly pairs: PairCounts;
  private overflow = 0;
  private overflowing = 0;
  private placedCount = 0;
  private groupNeighbours = 0;

  constructor(instance: ScheduleInstance, placements: readonly Placement[] = []) {
    this.c = compile(instance);
    this.cellOf = new Int32Array(this.c.n).fill(-1);
    this.occupant = new Int32Array(this.c.R * this.c.T).fill(-1);
    this.pairs = new PairCounts(this.c.V, this.c.T);
    for (const p of placements) {
      const s = this.c.sessionIdx.get(p.sessionId);
      const cell = this.cellIndex(p);
      if (s !== undefined && cell !== undefined && this.cellOf[s] === -1 && this.occupant[cell] === -1)
        this.put(s, cell);
    }
  }

  figures(): ScheduleFigures {
    const { kept, placedPairs } = this.pairs;
    const total = this.c.totalPairs;
    return {
      totalPairs: total,
      keptPairs: kept,
      attendance: total === 0 ? 1 : kept / total,
      clashes: placedPairs - kept,
      overflow: this.overflow,
      overflowingSessions: this.overflowing,
      unplaced: this.c.n - this.placedCount,
      lostPairs: total - kept,
      groupNeighbours: this.groupNeighbours,
    };
  }

  /**
   * Puts a session in a cell (null: out of the grid). A session already in that cell swaps
   * with it: it takes the moved session's old cell, or leaves the grid when it had none.
   * Unknown ids change nothing.
   */
  move(sessionId: string, to: { roomId: string; slotId: string } | null): void {
    const s = this.c.sessionIdx.get(sessionId);
    const cell = to === null ? -1 : this.cellIndex(to);
    if (s === undefined || cell === undefined) return;
    const from = this.cellOf[s]!;
    if (from === cell) return;
    const other = cell === -1 ? -1 : this.occupant[cell]!;
    this.take(s);
    if (other !== -1) {
      this.take(other);
      if (from !== -1) this.put(other, from);
    }
    if (cell !== -1) this.put(s, cell);
  }

  /** The figures `move` would give, leaving the grid as it is. */
  preview(sessionId: string, to: { roomId: string; slotId: string } | null): ScheduleFigures {
    const s = this.c.sessionIdx.get(sessionId);
    const cell = to === null ? -1 : this.cellIndex(to);
    if (s === undefined || cell === undefined) return this.figures();
    const from = this.cellOf[s]!;
    if (from === cell) return this.figures();
    const other = cell === -1 ? -1 : this.occupant[cell]!;
    const otherFrom = other === -1 ? -1 : this.cellOf[other]!;
    this.move(sessionId, to);
    const figures = this.figures();
    // Undo: take both out, then put each back where it was.
    this.take(s);
    if (other !== -1) {
      this.take(other);
      if (otherFrom !== -1) this.put(other, otherFrom);
    }
    if (from !== -1) this.put(s, from);
    return figures;
  }

  placements(): Placement[] {
    const { instance } = this.c;
    const out: Placement[] = [];
    for (let cell = 0; cell < this.occupant.length; cell++) {
      const s = this.occupant[cell]!;
      if (s === -1) continue;
      out.push({
        sessionId: instance.sessions[s]!.id,
        roomId: instance.rooms[roomOfCell(this.c, cell)]!.id,
        slotId: instance.slots[slotOfCell(this.c, cell)]!.id,
      });
    }
    return out;
  }

  private cellIndex(at: { roomId: string; slotId: string }): number | undefined {
    const r = this.c.roomIdx.get(at.roomId);
    const t = this.c.slotIdx.get(at.slotId);
    return r === undefined || t === undefined ? undefined : t * this.c.R + r;
  }

  private excess(s: number, cell: number): number {
    return Math.max(0, this.c.demand[s]! - this.c.capacity[roomOfCell(this.c, cell)]!);
  }

  private neighboursAt(s: number, slot: number): number {
    let near = 0;
    for (const p of this.c.partners[s]!) {
      const at = this.cellOf[p]!;
      if (at !== -1 && nearInTime(slot, slotOfCell(this.c, at))) near++;
    }
    return near;
  }

  private put(s: number, cell: number): void {
    const slot = slotOfCell(this.c, cell);
    this.groupNeighbours += this.neighboursAt(s, slot);
    this.cellOf[s] = cell;
    this.occupant[cell] = s;
    this.pairs.add(this.c.voters[s]!, slot);
    const excess = this.excess(s, cell);
    this.overflow += excess;
    if (excess > 0) this.overflowing++;
    this.placedCount++;
  }

  private take(s: number): void {
    const cell = this.cellOf[s]!;
    if (cell === -1) return;
    const slot = slotOfCell(this.c, cell);
    this.cellOf[s] = -1;
    this.occupant[cell] = -1;
    this.groupNeighbours -= this.neighboursAt(s, slot);
    this.pairs.remove(this.c.voters[s]!, slot);
    const excess = this.excess(s, cell);
    this.overflow -= excess;
    if (excess > 0) this.overflowing--;
    this.placedCount--;
  }
}
