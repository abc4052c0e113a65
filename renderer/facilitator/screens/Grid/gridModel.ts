/**
 * The Grid screen's pure part: the table's rows (session slots with one cell per room, breaks
 * and plenaries as bands), which cells take a dropped session, what a move or a swap leaves,
 * and the figures and warnings of the grid as it would be — recomputed here from the grid's
 * `demandVoters` with shared/domain/schedule's computeFigures while a card is carried, before
 * the core answers the drop. The rules are the core's (electron/core/services/gridModel.ts):
 * the same hosts, the same head counts, the same four warnings.
 */
import { computeFigures } from '../../../../shared/domain/schedule/index.ts';
import type { Placement, ScheduleFigures, ScheduleInstance } from '../../../../shared/domain/schedule/model.ts';
import { normaliseForSearch } from '../../../../shared/domain/topicFilter.ts';
import type { Grid, GridSession, GridWarning } from '../../../../shared/grid.ts';
import type { Room, Slot } from '../../../../shared/schemas.ts';

export interface GridContext {
  grid: Grid;
  /** In the venue's order. */
  rooms: readonly Room[];
  /** Every slot of the day (sessions, breaks, plenaries), in time order. */
  slots: readonly Slot[];
}

/** One room at one time. */
export interface Cell {
  roomId: string;
  slotId: string;
}

/** Why a cell is out of use: its room, its slot, or the cell itself. */
export type Unavailability = 'room' | 'slot' | 'cell' | null;

export interface GridCell extends Cell {
  session: GridSession | null;
  unavailable: Unavailability;
}

export type GridRow =
  /** A break or a plenary: the whole width, never a place for a session. */
  { kind: 'band'; slot: Slot } | { kind: 'session'; slot: Slot; unavailable: boolean; cells: GridCell[] };

export const sameCell = (a: Cell | null | undefined, b: Cell | null | undefined): boolean =>
  !!a && !!b && a.roomId === b.roomId && a.slotId === b.slotId;

/** The session slots only: the columns of the scheduler. */
export const sessionSlots = (slots: readonly Slot[]): Slot[] => slots.filter((s) => s.kind === 'session');

export function unavailability(grid: Grid, cell: Cell): Unavailability {
  const u = grid.unavailable;
  if (u.roomIds.includes(cell.roomId)) return 'room';
  if (u.slotIds.includes(cell.slotId)) return 'slot';
  if (u.cells.some((c) => sameCell(c, cell))) return 'cell';
  return null;
}

/** The sessions on the grid by cell key (`room|slot`). */
function occupants(grid: Grid): Map<string, GridSession> {
  const byCell = new Map<string, GridSession>();
  for (const s of grid.sessions) if (s.roomId && s.slotId) byCell.set(cellKey(s as Cell), s);
  return byCell;
}

export const cellKey = (cell: Cell): string => `${cell.roomId}|${cell.slotId}`;

/** The table, slot by slot in time order: bands for breaks and plenaries, a cell per room otherwise. */
export function gridRows({ grid, rooms, slots }: GridContext): GridRow[] {
  const byCell = occupants(grid);
  return slots.map((slot): GridRow => {
    if (slot.kind !== 'session') return { kind: 'band', slot };
    return {
      kind: 'session',
      slot,
      unavailable: grid.unavailable.slotIds.includes(slot.id),
      cells: rooms.map((room) => {
        const cell = { roomId: room.id, slotId: slot.id };
        return { ...cell, session: byCell.get(cellKey(cell)) ?? null, unavailable: unavailability(grid, cell) };
      }),
    };
  });
}

/** Sessions not on the grid, most wanted first (the core's order). */
export const unplacedSessions = (grid: Grid): GridSession[] => grid.sessions.filter((s) => !s.roomId || !s.slotId);

/**
 * Who the scheduler keeps out of two sessions of one slot: the participant, else the proposer's
 * name folded (case and accents aside), as the core does.
 */
export function hostKey(session: Pick<GridSession, 'hostParticipantId' | 'hostName'>): string | null {
  if (session.hostParticipantId) return session.hostParticipantId;
  const name = normaliseForSearch(session.hostName).replace(/\s+/g, ' ').trim();
  return name ? `name:${name}` : null;
}

/** The cell a session is in, or null off the grid. */
export function placeOf(session: GridSession): Cell | null {
  return session.roomId && session.slotId ? { roomId: session.roomId, slotId: session.slotId } : null;
}

export function placementsOf(grid: Grid): Placement[] {
  const placements: Placement[] = [];
  for (const s of grid.sessions)
    if (s.roomId && s.slotId) placements.push({ sessionId: s.id, roomId: s.roomId, slotId: s.slotId });
  return placements;
}

/** The scheduler's view of the grid: what computeFigures needs (rooms, session slots, voters, hosts). */
export function scheduleInstance({ grid, rooms, slots }: GridContext): ScheduleInstance {
  return {
    rooms: rooms.map((r) => ({ id: r.id, capacity: r.capacity })),
    slots: sessionSlots(slots).map((s) => ({ id: s.id })),
    sessions: grid.sessions.map((s) => {
      const voters = grid.demandVoters[s.id] ?? [];
      const extra = Math.max(0, s.demand - voters.length);
      return { id: s.id, voters, ...(extra > 0 ? { extraDemand: extra } : {}), hostId: hostKey(s) };
    }),
    voterCount: grid.voterCount,
    unavailable: grid.unavailable,
  };
}

export type DropRefusal =
  /** The carried session is locked: it never moves. */
  | 'locked'
  /** The cell, its room or its slot is out of use. */
  | 'unavailable'
  /** The cell holds a locked session: no swap. */
  | 'occupant-locked'
  /** A swap would put the other session in a cell out of use. */
  | 'swap-unavailable'
  /** Where it already is. */
  | 'same';

export type DropCheck = { ok: true; swapWith: GridSession | null } | { ok: false; reason: DropRefusal };

/** Whether `sessionId` may be dropped on `target` (null: off the grid), and with whom it swaps. */
export function checkDrop(grid: Grid, sessionId: string, target: Cell | null): DropCheck {
  const moving = grid.sessions.find((s) => s.id === sessionId);
  if (!moving) return { ok: false, reason: 'same' };
  const from = placeOf(moving);
  if (target === null) {
    if (!from) return { ok: false, reason: 'same' };
    return moving.locked ? { ok: false, reason: 'locked' } : { ok: true, swapWith: null };
  }
  if (sameCell(from, target)) return { ok: false, reason: 'same' };
  if (moving.locked) return { ok: false, reason: 'locked' };
  if (unavailability(grid, target)) return { ok: false, reason: 'unavailable' };
  const occupant = grid.sessions.find((s) => sameCell(placeOf(s), target)) ?? null;
  if (occupant?.locked) return { ok: false, reason: 'occupant-locked' };
  if (occupant && from && unavailability(grid, from)) return { ok: false, reason: 'swap-unavailable' };
  return { ok: true, swapWith: occupant };
}

/**
 * The grid's sessions after `sessionId` goes to `target` (null: off the grid); a session already
 * there takes the moved one's place, or leaves the grid if it had none (as grid:place does).
 */
export function movedSessions(grid: Grid, sessionId: string, target: Cell | null): GridSession[] {
  const moving = grid.sessions.find((s) => s.id === sessionId);
  if (!moving) return grid.sessions;
  const from = placeOf(moving);
  return grid.sessions.map((s) => {
    if (s.id === sessionId) return { ...s, roomId: target?.roomId ?? null, slotId: target?.slotId ?? null };
    if (target && sameCell(placeOf(s), target))
      return { ...s, roomId: from?.roomId ?? null, slotId: from?.slotId ?? null };
    return s;
  });
}

/** Head counts: phones' marks once any phone marked one, else demand (the core's rule). */
const countsAttendance = (grid: Grid): boolean => grid.sessions.some((s) => s.attending > 0);

/**
 * The warnings of a grid (the core's warningsOf, on the renderer's data): a host in two sessions
 * of one slot, a room smaller than its head count, voters who want two sessions of one slot,
 * a session in a cell out of use.
 */
export function warningsOf(ctx: GridContext, sessions: readonly GridSession[] = ctx.grid.sessions): GridWarning[] {
  const { grid, rooms } = ctx;
  const warnings: GridWarning[] = [];
  const capacity = new Map(rooms.map((r) => [r.id, r.capacity]));
  const counted = countsAttendance(grid);
  const roomIds = new Set(rooms.map((r) => r.id));
  const slotList = sessionSlots(ctx.slots);
  const slotIds = new Set(slotList.map((s) => s.id));
  const bySlot = new Map<string, GridSession[]>();
  for (const s of sessions) {
    const at = placeOf(s);
    if (!at || !roomIds.has(at.roomId) || !slotIds.has(at.slotId)) continue;
    const list = bySlot.get(at.slotId);
    if (list) list.push(s);
    else bySlot.set(at.slotId, [s]);
    if (unavailability(grid, at)) warnings.push({ kind: 'unavailable', sessionIds: [s.id], ...at });
    const seats = capacity.get(at.roomId) ?? null;
    const people = counted ? s.attending : s.demand;
    if (seats !== null && people > seats)
      warnings.push({ kind: 'room-overflow', sessionIds: [s.id], ...at, count: people - seats });
  }
  for (const slot of slotList) {
    const here = bySlot.get(slot.id) ?? [];
    const byHost = new Map<string, string[]>();
    for (const s of here) {
      const key = hostKey(s);
      if (!key) continue;
      const list = byHost.get(key);
      if (list) list.push(s.id);
      else byHost.set(key, [s.id]);
    }
    for (const ids of byHost.values())
      if (ids.length > 1) warnings.push({ kind: 'host-double-booked', sessionIds: ids, slotId: slot.id });
    const wanted = new Map<number, number>();
    for (const s of here) for (const v of grid.demandVoters[s.id] ?? []) wanted.set(v, (wanted.get(v) ?? 0) + 1);
    let lost = 0;
    const torn = new Set<number>();
    for (const [v, k] of wanted)
      if (k > 1) {
        lost += k - 1;
        torn.add(v);
      }
    if (lost > 0)
      warnings.push({
        kind: 'voters-clash',
        sessionIds: here.filter((s) => (grid.demandVoters[s.id] ?? []).some((v) => torn.has(v))).map((s) => s.id),
        slotId: slot.id,
        count: lost,
      });
  }
  return warnings;
}

/** Figures of the grid with these sessions' places. */
export function figuresOf(ctx: GridContext, sessions: readonly GridSession[]): ScheduleFigures {
  const placements: Placement[] = [];
  for (const s of sessions)
    if (s.roomId && s.slotId) placements.push({ sessionId: s.id, roomId: s.roomId, slotId: s.slotId });
  return computeFigures(scheduleInstance(ctx), placements);
}

export interface MovePreview {
  target: Cell | null;
  check: DropCheck;
  /** The grid as it would be (null when the drop is refused). */
  figures: ScheduleFigures | null;
  /** The warnings the move brings: about a moved session, and not on the grid before in that form. */
  warnings: GridWarning[];
  /** Figures as they are now, to compare. */
  before: ScheduleFigures;
}

const warningKey = (w: GridWarning) =>
  `${w.kind}|${w.slotId ?? ''}|${w.roomId ?? ''}|${[...w.sessionIds].sort().join(',')}|${w.count ?? ''}`;

/**
 * What dropping `sessionId` on `target` would do, before it is dropped: the figures recomputed,
 * and the warnings that concern the moved session(s) and are new (a clash that grows counts as new).
 */
export function previewMove(
  ctx: GridContext,
  sessionId: string,
  target: Cell | null,
  before?: ScheduleFigures,
): MovePreview {
  const now = before ?? figuresOf(ctx, ctx.grid.sessions);
  const check = checkDrop(ctx.grid, sessionId, target);
  if (!check.ok) return { target, check, figures: null, warnings: [], before: now };
  const after = movedSessions(ctx.grid, sessionId, target);
  const moved = new Set([sessionId, ...(check.swapWith ? [check.swapWith.id] : [])]);
  const existing = new Set(warningsOf(ctx).map(warningKey));
  const warnings = warningsOf(ctx, after).filter(
    (w) => w.sessionIds.some((id) => moved.has(id)) && !existing.has(warningKey(w)),
  );
  return { target, check, figures: figuresOf(ctx, after), warnings, before: now };
}

/** The warnings that concern one session (for its card). */
export function warningsOfSession(warnings: readonly GridWarning[], sessionId: string): GridWarning[] {
  return warnings.filter((w) => w.sessionIds.includes(sessionId));
}

/** A slot as people say it: "10:15–11:00", with its label first when it has one. */
export const slotTimes = (slot: Pick<Slot, 'start' | 'end'>): string => `${slot.start}–${slot.end}`;

/** Attendance as a whole percentage (never 100 % while a pair is lost). */
export function percent(ratio: number): number {
  const p = Math.round(ratio * 100);
  return p === 100 && ratio < 1 ? 99 : p;
}

// ---- drag and drop ids ----------------------------------------------------------------------

/** The drop zone of the sessions off the grid. */
export const TRAY_ID = 'tray';

export const cellDndId = (cell: Cell): string => `cell|${cell.roomId}|${cell.slotId}`;

/** A drop zone's id back to its cell; the tray is `null` (off the grid); anything else undefined. */
export function targetOfDndId(id: string | number | null | undefined): Cell | null | undefined {
  if (id === TRAY_ID) return null;
  if (typeof id !== 'string' || !id.startsWith('cell|')) return undefined;
  const [, roomId, slotId] = id.split('|');
  return roomId && slotId ? { roomId, slotId } : undefined;
}
