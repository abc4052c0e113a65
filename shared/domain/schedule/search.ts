/**
 * The search behind `autoSchedule`: which slot each free (unlocked) session runs in, or none.
 * Rooms follow from the slots (see rooms.ts), so a state is just `slotOf`.
 *
 * The cost is compared lexicographically, most important first:
 *   0. lost pairs (clashes + the pairs of the sessions left out),
 *   1. demand left out (so a session counted on paper is kept over one nobody wants),
 *   2. sessions left out (a free cell is never left empty if something can use it),
 *   3. overflow (people who do not fit, with rooms chosen by the sort in each slot),
 *   4. group neighbours (sessions of one group sharing voters, same or consecutive slots).
 *
 * Moves: a session to a slot with a free cell (placing it, when it was out), two sessions of
 * different slots exchanging their slots, a session left out taking the place of a placed
 * one. A descent takes, session after session from a work list, its best improving move
 * until no session on the list has one (a move puts back on the list the sessions it
 * concerns); an iterated local search then kicks a few sessions at random, descends again,
 * and keeps the result when it is no worse, until `patience` kicks in a row bring nothing
 * better, nothing can be better, or the time is up.
 *
 * Judging a move is O(1) for sessions that share no voter (`SessionPairs` keeps each
 * session's gain per slot), and a merge of two voter lists otherwise; overflow and groups are
 * only looked at for moves that tie on the criteria before them.
 */
import type { Compiled } from './compile.ts';
import { nearInTime, SessionPairs } from './figures.ts';
import type { Rng } from './rng.ts';
import { freeRoomsBySlot } from './rooms.ts';

const CRITERIA = 5;
const LOST = 0;
const UNPLACED_DEMAND = 1;
const UNPLACED = 2;
const OVERFLOW = 3;
const GROUP = 4;

const bump = (counts: Int32Array, i: number, by: number) => {
  counts[i] = counts[i]! + by;
};

/** Per session, the other sessions that share at least one voter with it. */
function sessionsSharingVoters(c: Compiled): Int32Array[] {
  const sessionsOfVoter: number[][] = Array.from({ length: c.V }, () => []);
  c.voters.forEach((voters, s) => {
    for (const v of voters) sessionsOfVoter[v]!.push(s);
  });
  const seen = new Int32Array(c.n).fill(-1);
  return c.voters.map((voters, s) => {
    const list: number[] = [];
    seen[s] = s;
    for (const v of voters) {
      for (const o of sessionsOfVoter[v]!) {
        if (seen[o] === s) continue;
        seen[o] = s;
        list.push(o);
      }
    }
    return Int32Array.from(list);
  });
}

/** a < b lexicographically. */
function lexLess(a: Float64Array, b: Float64Array): boolean {
  for (let i = 0; i < CRITERIA; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

/** The moves of the search. */
const Kind = {
  None: 0,
  /** The session (placed or not) to a slot with a free cell. */
  Move: 1,
  /** Two placed sessions of different slots exchange slots. */
  Swap: 2,
  /** The session, left out, takes the slot of a placed one, which leaves. */
  Replace: 3,
} as const;
type Kind = (typeof Kind)[keyof typeof Kind];

export interface SearchOptions {
  deadline: number;
  /** Kicks in a row without a better schedule before the search stops. */
  patience: number;
}

export class SlotSearch {
  /** Per session: its slot, or −1 when out of the grid (owned by `pairs`). */
  readonly slotOf: Int32Array;
  /** Sessions the search may move: no lock, valid or not. */
  readonly movable: number[];
  private readonly pairs: SessionPairs;
  /** Per slot: cells left for free sessions. */
  private readonly freeCells: Int32Array;
  /** Per host and slot: sessions of that host placed in the slot. */
  private readonly hostBusy: Int32Array;
  /** Per slot: the free sessions placed in it, and their demands sorted largest first. */
  private readonly members: number[][];
  private readonly demands: number[][];
  /** Per slot: capacities of the rooms free sessions may take, largest first. */
  private readonly capacities: Float64Array[];
  private readonly slotOverflow: Float64Array;
  /** The current cost, criterion by criterion (see the header); lost pairs come from `pairs`. */
  private unplacedDemand = 0;
  private unplaced = 0;
  private overflow = 0;
  private groupNeighbours = 0;
  /** Sessions locked into a cell, and the people they cannot seat there: constants of the instance. */
  private lockedCount = 0;
  private lockedOverflow = 0;
  private readonly costNow = new Float64Array(CRITERIA);
  private readonly candidate = new Float64Array(CRITERIA);
  private readonly best = new Float64Array(CRITERIA);
  /** Per session: the sessions sharing at least one voter with it. */
  private readonly neighbours: Int32Array[];
  /** While improving a session: how many voters it shares with o is `sharedCount[o]` if `sharedStamp[o] === stamp`, else 0. */
  private readonly sharedCount: Int32Array;
  private readonly sharedStamp: Int32Array;
  private stamp = 0;
  private readonly isMovable: Uint8Array;
  /** The work list of the descent: a ring of sessions, each at most once (`dirty`). */
  private readonly queue: Int32Array;
  private readonly dirty: Uint8Array;
  private head = 0;
  private queued = 0;

  constructor(
    private readonly c: Compiled,
    private readonly rng: Rng,
  ) {
    const { n, T } = c;
    this.pairs = new SessionPairs(c.voters, c.V, T);
    this.slotOf = this.pairs.slotOf;
    this.hostBusy = new Int32Array(c.hostIds.length * T);
    this.members = Array.from({ length: T }, () => []);
    this.demands = Array.from({ length: T }, () => []);
    const rooms = freeRoomsBySlot(c);
    this.capacities = rooms.map((list) => Float64Array.from(list, (r) => c.capacity[r]!));
    this.freeCells = Int32Array.from(rooms, (list) => list.length);
    this.slotOverflow = new Float64Array(T);
    this.movable = [];
    this.isMovable = new Uint8Array(n);
    for (let s = 0; s < n; s++) {
      this.unplacedDemand += c.demand[s]!;
      this.unplaced++;
      if (c.lockCell[s] === -1 && !c.lockProblem[s]) {
        this.movable.push(s);
        this.isMovable[s] = 1;
      }
    }
    this.neighbours = sessionsSharingVoters(c);
    this.queue = new Int32Array(Math.max(1, n));
    this.dirty = new Uint8Array(n);
    this.sharedCount = new Int32Array(n);
    this.sharedStamp = new Int32Array(n);
    for (let s = 0; s < n; s++) {
      const cell = c.lockCell[s]!;
      if (cell === -1) continue;
      // A locked session's room is fixed: its overflow is a constant of the instance.
      this.lockedOverflow += Math.max(0, c.demand[s]! - c.capacity[cell % c.R]!);
      this.lockedCount++;
      this.insert(s, Math.floor(cell / c.R), true);
    }
    this.overflow = this.lockedOverflow;
  }

  /** The current cost vector (a shared buffer: copy it to keep it). */
  get cost(): Float64Array {
    const cost = this.costNow;
    cost[LOST] = this.c.totalPairs - this.pairs.kept;
    cost[UNPLACED_DEMAND] = this.unplacedDemand;
    cost[UNPLACED] = this.unplaced;
    cost[OVERFLOW] = this.overflow;
    cost[GROUP] = this.groupNeighbours;
    return cost;
  }

  /** Cells free sessions may use, over the whole grid (before any is placed). */
  get cellsForFreeSessions(): number {
    return this.capacities.reduce((sum, caps) => sum + caps.length, 0);
  }

  /** Slots that still have a free cell. */
  slotsWithFreeCell(): number[] {
    const slots: number[] = [];
    this.freeCells.forEach((free, t) => {
      if (free > 0) slots.push(t);
    });
    return slots;
  }

  hostIsFree(s: number, slot: number): boolean {
    const h = this.c.host[s]!;
    return h < 0 || this.hostBusy[h * this.c.T + slot] === 0;
  }

  // ---- construction ------------------------------------------------------------------------

  /**
   * Greedy start: the most wanted sessions first, each into the slot where it keeps the most
   * pairs; ties go to the slot whose largest free room is largest, so big sessions spread over
   * the big rooms of different slots instead of filling the first slot.
   */
  construct(): void {
    const { c } = this;
    const order = [...this.movable].sort(
      (a, b) => c.voters[b]!.length - c.voters[a]!.length || c.demand[b]! - c.demand[a]! || a - b,
    );
    const cand = this.candidate;
    const best = this.best;
    for (const s of order) {
      let bestSlot = -1;
      let bestRoom = -1;
      for (let t = 0; t < c.T; t++) {
        if (this.freeCells[t] === 0 || !this.hostIsFree(s, t)) continue;
        this.evalMove(s, t, cand);
        const room = this.capacities[t]![this.members[t]!.length] ?? 0;
        if (bestSlot === -1 || lexLess(cand, best) || (!lexLess(best, cand) && room > bestRoom)) {
          best.set(cand);
          bestSlot = t;
          bestRoom = room;
        }
      }
      if (bestSlot !== -1) this.insert(s, bestSlot);
    }
  }

  /**
   * Places every session left out that has a slot with a free cell and its host free, the
   * most wanted first: after a search cut short by the time limit, so no cell stays empty
   * while a session could use it (the explanations rely on it).
   */
  fill(): void {
    const { c } = this;
    const order = this.movable
      .filter((s) => this.slotOf[s] === -1)
      .sort((a, b) => c.demand[b]! - c.demand[a]! || a - b);
    const cand = this.candidate;
    const best = this.best;
    for (const s of order) {
      let bestSlot = -1;
      for (let t = 0; t < c.T; t++) {
        if (this.freeCells[t] === 0 || !this.hostIsFree(s, t)) continue;
        this.evalMove(s, t, cand);
        if (bestSlot === -1 || lexLess(cand, best)) {
          best.set(cand);
          bestSlot = t;
        }
      }
      if (bestSlot !== -1) this.insert(s, bestSlot);
    }
  }

  // ---- local search ------------------------------------------------------------------------

  /**
   * Best improving moves, session after session from the work list, until it is empty (true)
   * or the time is up (false). A session leaves the list when it has no improving move and
   * comes back when a move changes what it sees (see `touched`): a local optimum, without
   * re-reading every session after each kick.
   */
  descend(deadline: number): boolean {
    while (this.queued > 0) {
      if (performance.now() > deadline) return false;
      const s = this.queue[this.head]!;
      this.head = (this.head + 1) % this.queue.length;
      this.queued--;
      this.dirty[s] = 0;
      this.improve(s);
    }
    return true;
  }

  /** Every free session on the work list, in a random order (the start of a descent from scratch). */
  markAll(): void {
    for (const s of this.rng.shuffle([...this.movable])) this.mark(s);
  }

  private mark(s: number): void {
    if (this.dirty[s] || !this.isMovable[s]) return;
    this.dirty[s] = 1;
    this.queue[(this.head + this.queued) % this.queue.length] = s;
    this.queued++;
  }

  /**
   * After a move of session s (and `other`) between slots `from` and `to`: the sessions whose
   * best move may have changed — the two moved, those placed in either slot (their exchanges
   * and the rooms there changed), those sharing voters with the moved (their pairs changed),
   * and, when a cell was freed, those left out (they may take it).
   */
  private touched(s: number, other: number, from: number, to: number): void {
    for (const x of [s, other]) {
      if (x < 0) continue;
      this.mark(x);
      for (const y of this.neighbours[x]!) this.mark(y);
    }
    for (const t of [from, to]) if (t >= 0) for (const y of this.members[t]!) this.mark(y);
    if (from >= 0 && other < 0) for (const y of this.movable) if (this.slotOf[y] === -1) this.mark(y);
  }

  /** Iterated local search from the current state; ends in the best state found. Returns whether it converged. */
  iterate({ deadline, patience }: SearchOptions): boolean {
    this.markAll();
    if (!this.descend(deadline)) return false;
    if (this.movable.length < 2 || this.cannotImprove()) return true;
    let best = Int32Array.from(this.slotOf);
    const bestCost = Float64Array.from(this.cost);
    for (let quiet = 0; quiet < patience; ) {
      this.kick(2 + this.rng.int(3));
      const converged = this.descend(deadline);
      if (lexLess(this.cost, bestCost)) {
        quiet = 0;
        best = Int32Array.from(this.slotOf);
        bestCost.set(this.cost);
        if (this.cannotImprove()) return true;
      } else {
        quiet++;
        // An equal cost is a step along a plateau: keep it, the next kick starts from there.
        if (lexLess(bestCost, this.cost)) this.load(best);
        else best = Int32Array.from(this.slotOf);
      }
      if (!converged) {
        this.load(best);
        return false;
      }
    }
    return true;
  }

  /**
   * Whether no schedule can be better: no pair lost, every free session placed, nobody
   * without a seat but in locked sessions' rooms, no group neighbours. Small workshops often
   * get there at once; the kicks would only confirm it.
   */
  private cannotImprove(): boolean {
    return (
      this.pairs.kept === this.c.totalPairs &&
      this.unplaced === this.c.n - this.movable.length - this.lockedCount &&
      this.overflow === this.lockedOverflow &&
      this.groupNeighbours === 0
    );
  }

  /** Applies the best improving move of session s, if any. */
  private improve(s: number): boolean {
    const { c, candidate: cand, best } = this;
    best.fill(0);
    let kind: Kind = Kind.None;
    let target = -1;
    let other = -1;
    const from = this.slotOf[s]!;
    const placed = from >= 0;
    const lossHere = placed ? this.pairs.lossOut(s) : 0;
    this.stamp++;
    this.pairs.countShared(s, this.sharedCount, this.sharedStamp, this.stamp);
    for (let t = 0; t < c.T; t++) {
      if (t === from) continue;
      if (this.freeCells[t]! > 0 && this.hostIsFree(s, t)) {
        const lost = lossHere - this.pairs.gainIn(s, t);
        if (lost <= best[LOST]!) {
          this.evalMove(s, t, cand, lost);
          if (lexLess(cand, best)) {
            best.set(cand);
            kind = Kind.Move;
            target = t;
          }
        }
      }
      for (const o of this.members[t]!) {
        if (placed ? !this.swapHostsOk(s, o) : !this.replaceHostOk(o, s)) continue;
        if (placed) this.evalSwap(s, o, cand);
        else this.evalReplace(o, s, cand);
        if (lexLess(cand, best)) {
          best.set(cand);
          kind = placed ? Kind.Swap : Kind.Replace;
          target = t;
          other = o;
        }
      }
    }
    if (kind === Kind.None) return false;
    this.apply(kind, s, target, other);
    return true;
  }

  private apply(kind: Kind, s: number, target: number, other: number): void {
    const from = this.slotOf[s]!;
    this.applyMove(kind, s, target, other, from);
    this.touched(s, other, from, target);
  }

  private applyMove(kind: Kind, s: number, target: number, other: number, from: number): void {
    if (kind === Kind.Move) {
      if (from >= 0) this.detach(s);
      this.insert(s, target);
    } else if (kind === Kind.Swap) {
      this.detach(s);
      this.detach(other);
      this.insert(s, target);
      this.insert(other, from);
    } else if (kind === Kind.Replace) {
      this.detach(other);
      this.insert(s, target);
    }
  }

  /** A few random feasible moves, whatever they cost: the way off a local optimum. */
  private kick(moves: number): void {
    const { c, rng } = this;
    for (let k = 0; k < moves; k++) {
      const s = rng.next() < 0.5 ? this.troubled() : this.movable[rng.int(this.movable.length)]!;
      const from = this.slotOf[s]!;
      const t = rng.int(c.T);
      if (t === from) continue;
      if (this.freeCells[t]! > 0 && this.hostIsFree(s, t)) {
        this.apply(Kind.Move, s, t, -1);
        continue;
      }
      const members = this.members[t]!;
      if (members.length === 0) continue;
      const o = members[rng.int(members.length)]!;
      if (from >= 0 && this.swapHostsOk(s, o)) this.apply(Kind.Swap, s, t, o);
      else if (from < 0 && this.replaceHostOk(o, s)) this.apply(Kind.Replace, s, t, o);
    }
  }

  /**
   * A session that loses pairs where it is — some of its voters want another session of its
   * slot, or it is left out though wanted — found by a few random draws (any session if none
   * is found): kicks aimed at what is lost pay off more often than blind ones.
   */
  private troubled(): number {
    const { c, rng } = this;
    let s = -1;
    for (let tries = 0; tries < 8; tries++) {
      s = this.movable[rng.int(this.movable.length)]!;
      const voters = c.voters[s]!.length;
      if (voters > 0 && (this.slotOf[s]! < 0 || this.pairs.lossOut(s) < voters)) return s;
    }
    return s;
  }

  /** Puts the free sessions where `slotOf` says. */
  load(slotOf: Int32Array): void {
    for (const s of this.movable) if (this.slotOf[s]! >= 0) this.detach(s);
    for (const s of this.movable) if (slotOf[s]! >= 0) this.insert(s, slotOf[s]!);
  }

  // ---- hard constraints --------------------------------------------------------------------

  /** Placed sessions a and b (different slots) may exchange slots without a host in two sessions of one. */
  private swapHostsOk(a: number, b: number): boolean {
    const { host, T } = this.c;
    const ha = host[a]!;
    const hb = host[b]!;
    if (ha === hb) return true;
    return (
      (ha < 0 || this.hostBusy[ha * T + this.slotOf[b]!] === 0) &&
      (hb < 0 || this.hostBusy[hb * T + this.slotOf[a]!] === 0)
    );
  }

  /** Session `into` (out of the grid) may take the slot of placed session `out`. */
  private replaceHostOk(out: number, into: number): boolean {
    const { host, T } = this.c;
    const h = host[into]!;
    return h < 0 || h === host[out] || this.hostBusy[h * T + this.slotOf[out]!] === 0;
  }

  // ---- costs of moves ----------------------------------------------------------------------

  /** Session s (placed or not) into slot `to`; `lost` when the caller has it already. */
  private evalMove(s: number, to: number, out: Float64Array, lost?: number): void {
    const { c } = this;
    const from = this.slotOf[s]!;
    const d = c.demand[s]!;
    out[LOST] = lost ?? (from >= 0 ? this.pairs.lossOut(s) : 0) - this.pairs.gainIn(s, to);
    out[UNPLACED_DEMAND] = from >= 0 ? 0 : -d;
    out[UNPLACED] = from >= 0 ? 0 : -1;
    out[OVERFLOW] =
      (from >= 0 ? this.overflowAfter(from, d, -1) - this.slotOverflow[from]! : 0) +
      this.overflowAfter(to, -1, d) -
      this.slotOverflow[to]!;
    let group = 0;
    for (const p of c.partners[s]!) {
      const at = this.slotOf[p]!;
      group += (nearInTime(to, at) ? 1 : 0) - (nearInTime(from, at) ? 1 : 0);
    }
    out[GROUP] = group;
  }

  /** Placed sessions a and b exchange slots. */
  private evalSwap(a: number, b: number, out: Float64Array): void {
    const { c } = this;
    const ta = this.slotOf[a]!;
    const tb = this.slotOf[b]!;
    out[LOST] = -this.pairs.deltaOfSwap(a, b, this.shared(b), -this.best[LOST]!);
    out[UNPLACED_DEMAND] = 0;
    out[UNPLACED] = 0;
    if (out[LOST]! > this.best[LOST]!) return; // cannot win: skip the rest
    const da = c.demand[a]!;
    const db = c.demand[b]!;
    out[OVERFLOW] =
      da === db
        ? 0
        : this.overflowAfter(ta, da, db) -
          this.slotOverflow[ta]! +
          this.overflowAfter(tb, db, da) -
          this.slotOverflow[tb]!;
    let group = 0;
    for (const p of c.partners[a]!) {
      if (p === b) continue;
      const at = this.slotOf[p]!;
      group += (nearInTime(tb, at) ? 1 : 0) - (nearInTime(ta, at) ? 1 : 0);
    }
    for (const p of c.partners[b]!) {
      if (p === a) continue;
      const at = this.slotOf[p]!;
      group += (nearInTime(ta, at) ? 1 : 0) - (nearInTime(tb, at) ? 1 : 0);
    }
    out[GROUP] = group;
  }

  /** Voters the session being improved shares with o. */
  private shared(o: number): number {
    return this.sharedStamp[o] === this.stamp ? this.sharedCount[o]! : 0;
  }

  /** Session `into`, out of the grid, takes the slot of placed session `out`, which leaves. */
  private evalReplace(out: number, into: number, res: Float64Array): void {
    const { c } = this;
    const t = this.slotOf[out]!;
    res[LOST] = -this.pairs.deltaOfReplace(out, into, this.shared(out), -this.best[LOST]!);
    res[UNPLACED_DEMAND] = c.demand[out]! - c.demand[into]!;
    res[UNPLACED] = 0;
    if (res[LOST]! > this.best[LOST]!) return;
    res[OVERFLOW] = this.overflowAfter(t, c.demand[out]!, c.demand[into]!) - this.slotOverflow[t]!;
    let group = 0;
    for (const p of c.partners[into]!) if (p !== out && nearInTime(t, this.slotOf[p]!)) group++;
    for (const p of c.partners[out]!) if (nearInTime(t, this.slotOf[p]!)) group--;
    res[GROUP] = group;
  }

  /**
   * Overflow of slot t's free sessions with one of demand `remove` taken out and one of
   * demand `add` put in (−1: none), rooms by the sort: one merge of two sorted lists.
   */
  private overflowAfter(t: number, remove: number, add: number): number {
    const demands = this.demands[t]!;
    const caps = this.capacities[t]!;
    let k = 0;
    let sum = 0;
    let removed = remove < 0;
    let added = add < 0;
    for (let i = 0; i < demands.length; i++) {
      const d = demands[i]!;
      if (!removed && d === remove) {
        removed = true;
        continue;
      }
      if (!added && add >= d) {
        sum += Math.max(0, add - (caps[k++] ?? 0));
        added = true;
      }
      sum += Math.max(0, d - (caps[k++] ?? 0));
    }
    if (!added) sum += Math.max(0, add - (caps[k] ?? 0));
    return sum;
  }

  // ---- state -------------------------------------------------------------------------------

  private insert(s: number, t: number, locked = false): void {
    const { c } = this;
    for (const p of c.partners[s]!) if (nearInTime(t, this.slotOf[p]!)) this.groupNeighbours++;
    this.pairs.add(s, t);
    const h = c.host[s]!;
    if (h >= 0) bump(this.hostBusy, h * c.T + t, 1);
    this.unplacedDemand -= c.demand[s]!;
    this.unplaced--;
    if (locked) return;
    bump(this.freeCells, t, -1);
    this.members[t]!.push(s);
    const demands = this.demands[t]!;
    const d = c.demand[s]!;
    let i = demands.length;
    while (i > 0 && demands[i - 1]! < d) i--;
    demands.splice(i, 0, d);
    this.updateOverflow(t);
  }

  private detach(s: number): void {
    const { c } = this;
    const t = this.slotOf[s]!;
    for (const p of c.partners[s]!) if (nearInTime(t, this.slotOf[p]!)) this.groupNeighbours--;
    this.pairs.remove(s);
    const h = c.host[s]!;
    if (h >= 0) bump(this.hostBusy, h * c.T + t, -1);
    this.unplacedDemand += c.demand[s]!;
    this.unplaced++;
    bump(this.freeCells, t, 1);
    const members = this.members[t]!;
    members.splice(members.indexOf(s), 1);
    const demands = this.demands[t]!;
    demands.splice(demands.indexOf(c.demand[s]!), 1);
    this.updateOverflow(t);
  }

  private updateOverflow(t: number): void {
    const before = this.slotOverflow[t]!;
    this.slotOverflow[t] = this.overflowAfter(t, -1, -1);
    this.overflow += this.slotOverflow[t]! - before;
  }
}
