import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../../../shared/domain/schedule/index.ts';
import type { Grid, GridSession } from '../../../../shared/grid.ts';
import type { Room, Slot } from '../../../../shared/schemas.ts';
import {
  cellDndId,
  checkDrop,
  type GridContext,
  gridRows,
  hostKey,
  movedSessions,
  percent,
  placementsOf,
  previewMove,
  scheduleInstance,
  TRAY_ID,
  targetOfDndId,
  unplacedSessions,
  warningsOf,
} from './gridModel.ts';

const room = (id: string, capacity: number | null, position: number): Room => ({
  id,
  workshopId: 'w',
  name: `Room ${id}`,
  capacity,
  position,
});
const slot = (id: string, start: string, end: string, kind: Slot['kind'] = 'session'): Slot => ({
  id,
  workshopId: 'w',
  start,
  end,
  label: kind === 'session' ? '' : kind,
  kind,
});

const session = (id: string, place: [string, string] | null, patch: Partial<GridSession> = {}): GridSession => ({
  id: `topic:${id}`,
  kind: 'topic',
  subjectId: id,
  title: `Session ${id}`,
  color: null,
  hostParticipantId: null,
  hostName: '',
  roomId: place?.[0] ?? null,
  slotId: place?.[1] ?? null,
  locked: false,
  demand: 0,
  attending: 0,
  ...patch,
});

const rooms = [room('big', 10, 0), room('small', 2, 1)];
const slots = [slot('s1', '10:00', '11:00'), slot('lunch', '11:00', '12:00', 'break'), slot('s2', '12:00', '13:00')];

function context(
  sessions: GridSession[],
  demandVoters: Record<string, number[]>,
  patch: Partial<Grid> = {},
): GridContext {
  const grid: Grid = {
    workshopId: 'w',
    schedulingRoundId: 'r',
    sessions: sessions.map((s) => ({ ...s, demand: s.demand || (demandVoters[s.id]?.length ?? 0) })),
    demandVoters,
    voterCount: 4,
    unavailable: { roomIds: [], slotIds: [], cells: [] },
    figures: computeFigures({ rooms: [], slots: [], sessions: [], voterCount: 0 }, []),
    warnings: [],
    explanations: [],
    publishedAt: null,
    ...patch,
  };
  return { grid, rooms, slots };
}

// a and b share voter 1; a and c share voters 0 and 1; Sophie hosts a and d.
const base = () =>
  context(
    [
      session('a', ['big', 's1'], { hostParticipantId: 'sophie', hostName: 'Sophie' }),
      session('b', ['small', 's1']),
      session('c', ['big', 's2']),
      session('d', null, { hostParticipantId: 'sophie', hostName: 'Sophie' }),
    ],
    { 'topic:a': [0, 1], 'topic:b': [3], 'topic:c': [0, 1, 2], 'topic:d': [3] },
  );

describe('gridRows', () => {
  it('lays session slots out as a cell per room, breaks and plenaries as bands', () => {
    const rows = gridRows(base());
    expect(rows.map((r) => r.kind)).toEqual(['session', 'band', 'session']);
    const first = rows[0];
    if (first?.kind !== 'session') throw new Error('a session row');
    expect(first.cells.map((c) => [c.roomId, c.session?.id ?? null])).toEqual([
      ['big', 'topic:a'],
      ['small', 'topic:b'],
    ]);
    const last = rows[2];
    if (last?.kind !== 'session') throw new Error('a session row');
    expect(last.cells.map((c) => c.session?.id ?? null)).toEqual(['topic:c', null]);
  });

  it('says why a cell is out of use: its room, its slot, or itself', () => {
    const ctx = base();
    ctx.grid.unavailable = { roomIds: ['small'], slotIds: ['s2'], cells: [{ roomId: 'big', slotId: 's1' }] };
    const rows = gridRows(ctx).filter((r) => r.kind === 'session');
    expect(rows.map((r) => r.unavailable)).toEqual([false, true]);
    expect(rows.flatMap((r) => r.cells.map((c) => c.unavailable))).toEqual(['cell', 'room', 'slot', 'room']);
  });

  it('lists the sessions off the grid', () => {
    expect(unplacedSessions(base().grid).map((s) => s.id)).toEqual(['topic:d']);
  });
});

describe('hostKey', () => {
  it('is the participant, else the proposer folded, else nobody', () => {
    expect(hostKey({ hostParticipantId: 'p1', hostName: 'Ana' })).toBe('p1');
    expect(hostKey({ hostParticipantId: null, hostName: '  Łucja  Nowák ' })).toBe('name:lucja nowak');
    expect(hostKey({ hostParticipantId: null, hostName: '' })).toBeNull();
  });
});

describe('checkDrop', () => {
  it('moves to an empty cell, swaps with an occupant, takes off the grid', () => {
    const { grid } = base();
    expect(checkDrop(grid, 'topic:c', { roomId: 'small', slotId: 's2' })).toEqual({ ok: true, swapWith: null });
    const swap = checkDrop(grid, 'topic:c', { roomId: 'big', slotId: 's1' });
    expect(swap.ok && swap.swapWith?.id).toBe('topic:a');
    expect(checkDrop(grid, 'topic:c', null)).toEqual({ ok: true, swapWith: null });
    expect(checkDrop(grid, 'topic:d', null)).toEqual({ ok: false, reason: 'same' });
    expect(checkDrop(grid, 'topic:c', { roomId: 'big', slotId: 's2' })).toEqual({ ok: false, reason: 'same' });
  });

  it('refuses locked sessions, locked occupants and cells out of use', () => {
    const ctx = base();
    ctx.grid.sessions = ctx.grid.sessions.map((s) => (s.id === 'topic:a' ? { ...s, locked: true } : s));
    expect(checkDrop(ctx.grid, 'topic:a', { roomId: 'small', slotId: 's2' })).toEqual({ ok: false, reason: 'locked' });
    expect(checkDrop(ctx.grid, 'topic:a', null)).toEqual({ ok: false, reason: 'locked' });
    expect(checkDrop(ctx.grid, 'topic:c', { roomId: 'big', slotId: 's1' })).toEqual({
      ok: false,
      reason: 'occupant-locked',
    });
    ctx.grid.unavailable = { roomIds: [], slotIds: [], cells: [{ roomId: 'small', slotId: 's2' }] };
    expect(checkDrop(ctx.grid, 'topic:c', { roomId: 'small', slotId: 's2' })).toEqual({
      ok: false,
      reason: 'unavailable',
    });
  });

  it('refuses a swap that would put the other session in a cell out of use', () => {
    const ctx = base();
    ctx.grid.unavailable = { roomIds: [], slotIds: ['s2'], cells: [] };
    expect(checkDrop(ctx.grid, 'topic:c', { roomId: 'small', slotId: 's1' })).toEqual({
      ok: false,
      reason: 'swap-unavailable',
    });
  });
});

describe('movedSessions', () => {
  it('swaps two placed sessions, and sends an occupant off the grid when the moved one had no place', () => {
    const { grid } = base();
    const swapped = movedSessions(grid, 'topic:c', { roomId: 'big', slotId: 's1' });
    expect(placementsOf({ ...grid, sessions: swapped })).toEqual([
      { sessionId: 'topic:a', roomId: 'big', slotId: 's2' },
      { sessionId: 'topic:b', roomId: 'small', slotId: 's1' },
      { sessionId: 'topic:c', roomId: 'big', slotId: 's1' },
    ]);
    const bumped = movedSessions(grid, 'topic:d', { roomId: 'small', slotId: 's1' });
    expect(bumped.find((s) => s.id === 'topic:b')?.roomId).toBeNull();
    expect(bumped.find((s) => s.id === 'topic:d')).toMatchObject({ roomId: 'small', slotId: 's1' });
  });
});

describe('warningsOf', () => {
  it('finds a host in two sessions of one slot, a room too small, voters torn between two sessions', () => {
    const ctx = base();
    const sessions = movedSessions(ctx.grid, 'topic:d', { roomId: 'small', slotId: 's1' });
    // d in s1 with a (same host); b leaves the grid.
    expect(warningsOf(ctx, sessions)).toEqual([
      { kind: 'host-double-booked', sessionIds: ['topic:a', 'topic:d'], slotId: 's1' },
    ]);

    const clash = movedSessions(ctx.grid, 'topic:c', { roomId: 'small', slotId: 's1' });
    expect(warningsOf(ctx, clash)).toEqual([
      { kind: 'room-overflow', sessionIds: ['topic:c'], roomId: 'small', slotId: 's1', count: 1 },
      // voters 0 and 1 want a and c, both at s1: two pairs lost; b took c's place.
      { kind: 'voters-clash', sessionIds: ['topic:a', 'topic:c'], slotId: 's1', count: 2 },
    ]);
  });

  it('counts heads from attendance marks once phones made any', () => {
    const ctx = base();
    ctx.grid.sessions = ctx.grid.sessions.map((s) => (s.id === 'topic:b' ? { ...s, attending: 3 } : s));
    expect(warningsOf(ctx)).toEqual([
      { kind: 'room-overflow', sessionIds: ['topic:b'], roomId: 'small', slotId: 's1', count: 1 },
    ]);
  });

  it('flags a session left in a cell out of use', () => {
    const ctx = base();
    ctx.grid.unavailable = { roomIds: ['big'], slotIds: [], cells: [] };
    expect(
      warningsOf(ctx)
        .filter((w) => w.kind === 'unavailable')
        .map((w) => w.sessionIds[0]),
    ).toEqual(['topic:a', 'topic:c']);
  });
});

describe('previewMove', () => {
  it('gives the figures after the move and only the warnings it brings', () => {
    const ctx = base();
    const preview = previewMove(ctx, 'topic:c', { roomId: 'small', slotId: 's1' });
    expect(preview.before).toMatchObject({ clashes: 0, unplaced: 1, keptPairs: 6, totalPairs: 7 });
    // c swaps with b, which goes to c's cell.
    expect(preview.figures).toMatchObject({ clashes: 2, unplaced: 1, overflow: 1 });
    expect(preview.warnings.map((w) => w.kind)).toEqual(['room-overflow', 'voters-clash']);
  });

  it('agrees with computeFigures on the instance', () => {
    const ctx = base();
    const preview = previewMove(ctx, 'topic:d', { roomId: 'small', slotId: 's2' });
    const after = placementsOf({
      ...ctx.grid,
      sessions: movedSessions(ctx.grid, 'topic:d', { roomId: 'small', slotId: 's2' }),
    });
    expect(preview.figures).toEqual(computeFigures(scheduleInstance(ctx), after));
    expect(preview.figures?.unplaced).toBe(0);
    expect(preview.warnings).toEqual([]);
  });

  it('says nothing but why, for a drop that is refused', () => {
    const ctx = base();
    ctx.grid.unavailable = { roomIds: ['small'], slotIds: [], cells: [] };
    const preview = previewMove(ctx, 'topic:c', { roomId: 'small', slotId: 's1' });
    expect(preview.check).toEqual({ ok: false, reason: 'unavailable' });
    expect(preview.figures).toBeNull();
  });

  it('counts paper demand in the room, not in the clashes', () => {
    const ctx = base();
    ctx.grid.sessions = ctx.grid.sessions.map((s) => (s.id === 'topic:d' ? { ...s, demand: 5 } : s));
    const preview = previewMove(ctx, 'topic:d', { roomId: 'small', slotId: 's2' });
    expect(preview.warnings).toEqual([
      { kind: 'room-overflow', sessionIds: ['topic:d'], roomId: 'small', slotId: 's2', count: 3 },
    ]);
    expect(preview.figures?.clashes).toBe(0);
  });
});

describe('drop ids and numbers', () => {
  it('reads a cell or the tray back from a drop id', () => {
    expect(targetOfDndId(cellDndId({ roomId: 'r-1', slotId: 's-2' }))).toEqual({ roomId: 'r-1', slotId: 's-2' });
    expect(targetOfDndId(TRAY_ID)).toBeNull();
    expect(targetOfDndId('topic:x')).toBeUndefined();
    expect(targetOfDndId(null)).toBeUndefined();
  });

  it('rounds attendance, never to 100 % while a pair is lost', () => {
    expect(percent(1)).toBe(100);
    expect(percent(0.999)).toBe(99);
    expect(percent(0.874)).toBe(87);
  });
});
