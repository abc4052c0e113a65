import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignRooms,
  autoSchedule,
  checkInstance,
  checkPlacements,
  computeFigures,
  type Placement,
  type ScheduleInstance,
  ScheduleEvaluator,
  type ScheduleResult,
  type ScheduleSession,
} from './index.ts';

// ---- arbitraries -------------------------------------------------------------------------------

/**
 * Any instance, mistakes included: random voters, shared hosts, groups, locks that may clash
 * with each other or point at closed cells, unavailable rooms, slots and cells.
 */
const anyInstance: fc.Arbitrary<ScheduleInstance> = fc
  .record({
    rooms: fc.array(fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }), { minLength: 1, maxLength: 4 }),
    slots: fc.integer({ min: 1, max: 4 }),
    voterCount: fc.integer({ min: 0, max: 12 }),
    sessions: fc.array(
      fc.record({
        voters: fc.uniqueArray(fc.integer({ min: 0, max: 11 }), { maxLength: 6 }),
        extra: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
        host: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
        group: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
        lock: fc.option(fc.record({ room: fc.nat(4), slot: fc.nat(4) }), { nil: null, freq: 4 }),
      }),
      { maxLength: 14 },
    ),
    closedRooms: fc.uniqueArray(fc.nat(4), { maxLength: 1 }),
    closedSlots: fc.uniqueArray(fc.nat(4), { maxLength: 1 }),
    closedCells: fc.array(fc.record({ room: fc.nat(4), slot: fc.nat(4) }), { maxLength: 3 }),
  })
  .map((r) => ({
    rooms: r.rooms.map((capacity, i) => ({ id: `r${i}`, capacity })),
    slots: Array.from({ length: r.slots }, (_, t) => ({ id: `t${t}` })),
    voterCount: r.voterCount,
    sessions: r.sessions.map(
      (s, i): ScheduleSession => ({
        id: `s${i}`,
        voters: s.voters.filter((v) => v < r.voterCount),
        extraDemand: s.extra,
        hostId: s.host === null ? null : `h${s.host}`,
        groupId: s.group === null ? null : `g${s.group}`,
        // Room or slot index 4 does not exist when there are fewer: an invalid lock on purpose.
        lock: s.lock && { roomId: `r${s.lock.room}`, slotId: `t${s.lock.slot}` },
      }),
    ),
    unavailable: {
      roomIds: r.closedRooms.map((i) => `r${i}`),
      slotIds: r.closedSlots.map((i) => `t${i}`),
      cells: r.closedCells.map((c) => ({ roomId: `r${c.room}`, slotId: `t${c.slot}` })),
    },
  }));

/**
 * An instance built around a hidden grid that loses nothing and seats everyone: every
 * session has a cell, voters want at most one session per hidden slot, hosts never run two
 * sessions of a hidden slot, each room seats the largest crowd the hidden grid puts in it.
 * Some sessions are locked to their hidden cell; some unused cells are closed.
 */
const plantedInstance: fc.Arbitrary<{ instance: ScheduleInstance; hidden: Placement[] }> = fc
  .record({
    R: fc.integer({ min: 1, max: 4 }),
    T: fc.integer({ min: 1, max: 4 }),
    fill: fc.double({ min: 0.3, max: 1, noNaN: true }),
    seed: fc.integer(),
    voterCount: fc.integer({ min: 1, max: 15 }),
    slack: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }),
    unlimited: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  })
  .chain((p) => {
    const cells = p.R * p.T;
    const n = Math.max(1, Math.round(cells * p.fill));
    return fc.record({
      p: fc.constant(p),
      order: fc.shuffledSubarray(
        Array.from({ length: cells }, (_, i) => i),
        { minLength: n, maxLength: n },
      ),
      wants: fc.array(fc.uniqueArray(fc.nat(n - 1), { maxLength: 4 }), {
        minLength: p.voterCount,
        maxLength: p.voterCount,
      }),
      extras: fc.array(fc.nat(3), { minLength: n, maxLength: n }),
      hosts: fc.array(fc.option(fc.nat(3), { nil: null }), { minLength: n, maxLength: n }),
      locked: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      lockRate: fc.integer({ min: 0, max: 3 }),
      closed: fc.array(fc.nat(cells - 1), { maxLength: 2 }),
    });
  })
  .map(({ p, order, wants, extras, hosts, locked, lockRate, closed }) => {
    const cellOf = order; // session i sits in cell order[i] = t·R + r
    const slotOf = (i: number) => Math.floor(cellOf[i]! / p.R);
    const roomOf = (i: number) => cellOf[i]! % p.R;
    const voters: number[][] = order.map(() => []);
    wants.forEach((list, v) => {
      const slotsTaken = new Set<number>();
      for (const i of list) {
        if (slotsTaken.has(slotOf(i))) continue; // the hidden grid must lose nothing
        slotsTaken.add(slotOf(i));
        voters[i]!.push(v);
      }
    });
    const hostInSlot = new Set<string>();
    const hostOf = hosts.map((h, i) => {
      if (h === null || hostInSlot.has(`${h}@${slotOf(i)}`)) return null;
      hostInSlot.add(`${h}@${slotOf(i)}`);
      return `h${h}`;
    });
    const demand = (i: number) => voters[i]!.length + extras[i]!;
    const rooms = Array.from({ length: p.R }, (_, r) => {
      const crowd = Math.max(0, ...order.map((_, i) => (roomOf(i) === r ? demand(i) : 0)));
      return { id: `r${r}`, capacity: p.unlimited[r] && r === 0 ? null : crowd + p.slack[r]! };
    });
    const used = new Set(cellOf);
    const cellId = (cell: number) => ({ roomId: `r${cell % p.R}`, slotId: `t${Math.floor(cell / p.R)}` });
    const sessions = order.map(
      (cell, i): ScheduleSession => ({
        id: `s${i}`,
        voters: voters[i]!,
        extraDemand: extras[i]!,
        hostId: hostOf[i]!,
        lock: locked[i] && i % 4 < lockRate ? cellId(cell) : null,
      }),
    );
    const instance: ScheduleInstance = {
      rooms,
      slots: Array.from({ length: p.T }, (_, t) => ({ id: `t${t}` })),
      sessions,
      voterCount: p.voterCount,
      unavailable: { cells: [...new Set(closed)].filter((c) => !used.has(c)).map(cellId) },
    };
    const hidden = order.map((cell, i) => ({ sessionId: `s${i}`, ...cellId(cell) }));
    return { instance, hidden };
  });

// ---- helpers -----------------------------------------------------------------------------------

const run = (instance: ScheduleInstance) => autoSchedule(instance, { seed: 7, timeLimitMs: 5_000 });

/** Every explanation is true of the result. */
function expectExplained(instance: ScheduleInstance, result: ScheduleResult) {
  const placed = new Set(result.placements.map((p) => p.sessionId));
  const left = instance.sessions.filter((s) => !placed.has(s.id)).map((s) => s.id);
  expect(result.unplaced.map((u) => u.sessionId)).toEqual(left);

  const closedRooms = new Set(instance.unavailable?.roomIds ?? []);
  const closedSlots = new Set(instance.unavailable?.slotIds ?? []);
  const closedCells = new Set((instance.unavailable?.cells ?? []).map((c) => `${c.roomId}@${c.slotId}`));
  const taken = new Set(result.placements.map((p) => `${p.roomId}@${p.slotId}`));
  const freeCellSlots = instance.slots
    .filter((t) => !closedSlots.has(t.id))
    .filter((t) =>
      instance.rooms.some(
        (r) => !closedRooms.has(r.id) && !closedCells.has(`${r.id}@${t.id}`) && !taken.has(`${r.id}@${t.id}`),
      ),
    )
    .map((t) => t.id);
  const lockProblems = new Set(
    checkInstance(instance)
      .filter((p) => p.code.startsWith('lock-'))
      .map((p) => p.sessionId),
  );
  const sessionById = new Map(instance.sessions.map((s) => [s.id, s]));
  const hostBusy = (hostId: string, slotId: string) =>
    result.placements.some((p) => p.slotId === slotId && sessionById.get(p.sessionId)!.hostId === hostId);

  for (const u of result.unplaced) {
    expect(u.message.length).toBeGreaterThan(0);
    if (u.reason === 'lock-invalid') expect(lockProblems.has(u.sessionId)).toBe(true);
    else expect(lockProblems.has(u.sessionId)).toBe(false);
    if (u.reason === 'grid-full') expect(freeCellSlots).toEqual([]);
    if (u.reason === 'host-busy') {
      expect(u.detail.slotIds).toEqual(freeCellSlots);
      for (const slotId of freeCellSlots) expect(hostBusy(u.detail.hostId, slotId)).toBe(true);
    }
    if (u.reason === 'no-free-cell') expect(freeCellSlots).toEqual([]);
  }
}

// ---- properties --------------------------------------------------------------------------------

describe('autoSchedule — properties', () => {
  it('breaks no hard rule, reports figures equal to a recount from scratch, explains every session left out', () => {
    fc.assert(
      fc.property(anyInstance, (instance) => {
        const result = run(instance);
        // No cell twice, no host twice in a slot, locks kept, nothing unavailable, no unknown id.
        expect(checkPlacements(instance, result.placements)).toEqual([]);
        expect(result.figures).toEqual(computeFigures(instance, result.placements));
        expectExplained(instance, result);
        // A lock that can hold holds exactly.
        const lockProblems = new Set(checkInstance(instance).map((p) => p.code.startsWith('lock-') && p.sessionId));
        for (const s of instance.sessions) {
          if (!s.lock || lockProblems.has(s.id)) continue;
          expect(result.placements).toContainEqual({ sessionId: s.id, ...s.lock });
        }
      }),
      { numRuns: 100 },
    );
  });

  it('finds a grid that loses no pair and seats everyone when one exists', () => {
    fc.assert(
      fc.property(plantedInstance, ({ instance, hidden }) => {
        expect(checkInstance(instance)).toEqual([]);
        const best = computeFigures(instance, hidden);
        expect(best).toMatchObject({ lostPairs: 0, overflow: 0, unplaced: 0 });
        const result = run(instance);
        expect(checkPlacements(instance, result.placements)).toEqual([]);
        expect(result.figures).toMatchObject({ lostPairs: 0, overflow: 0, unplaced: 0 });
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every rule and explanation when the time runs out before the search starts', () => {
    fc.assert(
      fc.property(anyInstance, (instance) => {
        const result = autoSchedule(instance, { timeLimitMs: 0 });
        expect(checkPlacements(instance, result.placements)).toEqual([]);
        expect(result.figures).toEqual(computeFigures(instance, result.placements));
        expectExplained(instance, result);
      }),
      { numRuns: 40 },
    );
  });

  it('is deterministic for a seed', () => {
    fc.assert(
      fc.property(anyInstance, fc.integer(), (instance, seed) => {
        const a = autoSchedule(instance, { seed, timeLimitMs: 5_000 });
        const b = autoSchedule(instance, { seed, timeLimitMs: 5_000 });
        expect(b.placements).toEqual(a.placements);
      }),
      { numRuns: 25 },
    );
  });

  it('the evaluator follows dragged sessions: its figures and previews equal a recount', () => {
    fc.assert(
      fc.property(
        anyInstance,
        fc.array(fc.record({ session: fc.nat(13), room: fc.nat(4), slot: fc.nat(3), out: fc.boolean() }), {
          maxLength: 8,
        }),
        (instance, drags) => {
          const start = run(instance).placements;
          const evaluator = new ScheduleEvaluator(instance, start);
          expect(evaluator.figures()).toEqual(computeFigures(instance, start));
          for (const d of drags) {
            const session = instance.sessions[d.session % Math.max(1, instance.sessions.length)];
            if (!session) continue;
            const to = d.out ? null : { roomId: `r${d.room}`, slotId: `t${d.slot}` };
            const preview = evaluator.preview(session.id, to);
            const before = evaluator.placements();
            expect(evaluator.placements()).toEqual(before);
            evaluator.move(session.id, to);
            expect(evaluator.figures()).toEqual(preview);
            expect(evaluator.figures()).toEqual(computeFigures(instance, evaluator.placements()));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('assignRooms keeps every slot and never seats fewer people', () => {
    fc.assert(
      fc.property(
        anyInstance,
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 14, maxLength: 14 }),
        (instance, heads) => {
          const before = run(instance).placements;
          // Head counts come in: demand changes, the slots stay.
          const counted = {
            ...instance,
            sessions: instance.sessions.map((s, i) => ({ ...s, extraDemand: heads[i]! })),
          };
          const after = assignRooms(counted, before);
          expect(checkPlacements(counted, after.placements)).toEqual([]);
          const slotOf = (ps: Placement[]) => new Map(ps.map((p) => [p.sessionId, p.slotId]));
          expect(slotOf(after.placements)).toEqual(slotOf(before));
          expect(after.figures.overflow).toBeLessThanOrEqual(computeFigures(counted, before).overflow);
          expect(after.figures).toEqual(computeFigures(counted, after.placements));
        },
      ),
      { numRuns: 60 },
    );
  });
});

// ---- small cases by hand -----------------------------------------------------------------------

const grid = (rooms: (number | null)[], slots: number) => ({
  rooms: rooms.map((capacity, i) => ({ id: `r${i}`, capacity })),
  slots: Array.from({ length: slots }, (_, t) => ({ id: `t${t}` })),
});
const session = (id: string, voters: number[], more: Partial<ScheduleSession> = {}): ScheduleSession => ({
  id,
  voters,
  hostId: null,
  ...more,
});
const slotOf = (result: ScheduleResult, id: string) => result.placements.find((p) => p.sessionId === id)?.slotId;
const roomOf = (result: ScheduleResult, id: string) => result.placements.find((p) => p.sessionId === id)?.roomId;

describe('autoSchedule — by hand', () => {
  it('puts two sessions wanted by the same people in different slots', () => {
    const instance: ScheduleInstance = {
      ...grid([20, 20], 2),
      voterCount: 4,
      sessions: [session('a', [0, 1, 2, 3]), session('b', [0, 1, 2, 3]), session('c', [])],
    };
    const result = run(instance);
    expect(slotOf(result, 'a')).not.toBe(slotOf(result, 'b'));
    expect(result.figures).toMatchObject({ keptPairs: 8, lostPairs: 0, clashes: 0, attendance: 1, unplaced: 0 });
  });

  it('keeps the most wanted sessions when there are more sessions than cells, and says why the others are out', () => {
    const instance: ScheduleInstance = {
      ...grid([10], 2),
      voterCount: 6,
      sessions: [
        session('few', [0]),
        session('most', [0, 1, 2, 3, 4]),
        session('some', [2, 3, 5]),
        session('none', []),
      ],
    };
    const result = run(instance);
    expect(result.placements.map((p) => p.sessionId).sort()).toEqual(['most', 'some']);
    expect(result.unplaced.map((u) => [u.sessionId, u.reason])).toEqual([
      ['few', 'grid-full'],
      ['none', 'grid-full'],
    ]);
    expect(result.unplaced[0]).toMatchObject({ detail: { demand: 1, voters: 1, cells: 2, smallestPlacedDemand: 3 } });
    expect(result.figures).toMatchObject({ totalPairs: 9, keptPairs: 8, lostPairs: 1, unplaced: 2 });
  });

  it('counts paper and hands to choose what runs when pairs do not decide', () => {
    const instance: ScheduleInstance = {
      ...grid([null], 1),
      voterCount: 0,
      sessions: [session('quiet', []), session('paper', [], { extraDemand: 12 })],
    };
    expect(run(instance).placements.map((p) => p.sessionId)).toEqual(['paper']);
  });

  it('puts the largest crowd in the largest room of its slot', () => {
    const voters = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
    const instance: ScheduleInstance = {
      ...grid([10, 40, 25], 1),
      voterCount: 60,
      sessions: [session('mid', voters(0, 20)), session('big', voters(20, 35)), session('small', voters(55, 5))],
    };
    const result = run(instance);
    expect([roomOf(result, 'big'), roomOf(result, 'mid'), roomOf(result, 'small')]).toEqual(['r1', 'r2', 'r0']);
    expect(result.figures.overflow).toBe(0);
  });

  it('never gives a host two sessions of one slot, and says so when that leaves one out', () => {
    const instance: ScheduleInstance = {
      ...grid([10, 10], 2),
      voterCount: 3,
      sessions: [
        session('h1', [0], { hostId: 'ana' }),
        session('h2', [1], { hostId: 'ana' }),
        session('h3', [2], { hostId: 'ana' }),
      ],
    };
    const result = run(instance);
    expect(new Set(result.placements.map((p) => p.slotId)).size).toBe(2);
    expect(result.unplaced).toHaveLength(1);
    expect(result.unplaced[0]).toMatchObject({ reason: 'host-busy', detail: { hostId: 'ana', slotIds: ['t0', 't1'] } });
  });

  it('keeps a locked session in its cell even when another cell would keep more pairs', () => {
    const instance: ScheduleInstance = {
      ...grid([10], 2),
      voterCount: 2,
      sessions: [session('a', [0, 1]), session('b', [0, 1], { lock: { roomId: 'r0', slotId: 't0' } })],
    };
    const result = run(instance);
    expect(result.placements).toEqual([
      { sessionId: 'b', roomId: 'r0', slotId: 't0' },
      { sessionId: 'a', roomId: 'r0', slotId: 't1' },
    ]);
  });

  it('leaves out a session whose lock cannot hold, and says why', () => {
    const instance: ScheduleInstance = {
      ...grid([10, 10], 1),
      voterCount: 1,
      sessions: [
        session('gone', [0], { lock: { roomId: 'r9', slotId: 't0' } }),
        session('first', [], { lock: { roomId: 'r0', slotId: 't0' } }),
        session('second', [], { lock: { roomId: 'r0', slotId: 't0' } }),
      ],
    };
    const result = run(instance);
    expect(result.placements).toEqual([{ sessionId: 'first', roomId: 'r0', slotId: 't0' }]);
    expect(result.unplaced.map((u) => [u.sessionId, u.reason])).toEqual([
      ['gone', 'lock-invalid'],
      ['second', 'lock-invalid'],
    ]);
    expect(result.unplaced[0]).toMatchObject({ detail: { problem: 'lock-unknown-room' } });
    expect(result.unplaced[1]).toMatchObject({ detail: { problem: 'lock-cell-taken' } });
  });

  it('uses no unavailable room, slot or cell, and says when the grid has no cell at all', () => {
    const instance: ScheduleInstance = {
      ...grid([10, 10], 2),
      voterCount: 1,
      sessions: [session('a', [0]), session('b', [])],
      unavailable: { roomIds: ['r0'], slotIds: ['t1'], cells: [{ roomId: 'r1', slotId: 't0' }] },
    };
    const result = run(instance);
    expect(result.placements).toEqual([]);
    expect(result.unplaced.map((u) => u.reason)).toEqual(['no-free-cell', 'no-free-cell']);
  });

  it('keeps sessions of one group that share voters apart in time when nothing else decides', () => {
    const instance: ScheduleInstance = {
      ...grid([10], 3),
      voterCount: 2,
      sessions: [session('part1', [0], { groupId: 'g' }), session('part2', [0, 1], { groupId: 'g' })],
    };
    const result = run(instance);
    expect([slotOf(result, 'part1'), slotOf(result, 'part2')].sort()).toEqual(['t0', 't2']);
    expect(result.figures.groupNeighbours).toBe(0);
  });

  it('handles an empty grid and no sessions', () => {
    expect(run({ rooms: [], slots: [], sessions: [], voterCount: 0 })).toMatchObject({
      placements: [],
      unplaced: [],
      figures: { totalPairs: 0, attendance: 1, unplaced: 0 },
      stop: 'converged',
    });
  });
});

describe('assignRooms', () => {
  it('moves the larger crowd to the larger room when head counts come in, keeping times and locks', () => {
    const instance: ScheduleInstance = {
      ...grid([50, 20, 30], 1),
      voterCount: 0,
      sessions: [
        session('a', [], { extraDemand: 10 }),
        session('b', [], { extraDemand: 45 }),
        session('locked', [], { extraDemand: 60, lock: { roomId: 'r1', slotId: 't0' } }),
      ],
    };
    const before: Placement[] = [
      { sessionId: 'a', roomId: 'r0', slotId: 't0' },
      { sessionId: 'b', roomId: 'r2', slotId: 't0' },
      { sessionId: 'locked', roomId: 'r1', slotId: 't0' },
    ];
    const result = assignRooms(instance, before);
    expect(result.placements).toEqual([
      { sessionId: 'b', roomId: 'r0', slotId: 't0' },
      { sessionId: 'locked', roomId: 'r1', slotId: 't0' },
      { sessionId: 'a', roomId: 'r2', slotId: 't0' },
    ]);
    expect(result.figures.overflow).toBe(40);
  });

  it('leaves sessions in their rooms when an exchange would change nothing', () => {
    const instance: ScheduleInstance = {
      ...grid([30, 30, 30], 1),
      voterCount: 0,
      sessions: [session('a', [], { extraDemand: 5 }), session('b', [], { extraDemand: 20 })],
    };
    const before: Placement[] = [
      { sessionId: 'a', roomId: 'r0', slotId: 't0' },
      { sessionId: 'b', roomId: 'r2', slotId: 't0' },
    ];
    expect(assignRooms(instance, before).placements).toEqual(before);
  });

  it('takes a map of slots, and says when a slot has no room left', () => {
    const instance: ScheduleInstance = {
      ...grid([10], 2),
      voterCount: 0,
      sessions: [session('a', [], { extraDemand: 3 }), session('b', [], { extraDemand: 1 }), session('c', [])],
    };
    const result = assignRooms(
      instance,
      new Map([
        ['a', 't0'],
        ['b', 't0'],
      ]),
    );
    expect(result.placements).toEqual([{ sessionId: 'a', roomId: 'r0', slotId: 't0' }]);
    expect(result.unplaced).toMatchObject([{ sessionId: 'b', reason: 'no-free-cell', detail: { slotId: 't0' } }]);
    expect(result.figures.unplaced).toBe(2);
  });
});

describe('checkInstance', () => {
  it('accepts a sound instance', () => {
    const instance: ScheduleInstance = {
      ...grid([10, null], 2),
      voterCount: 2,
      sessions: [session('a', [0, 1], { hostId: 'h', lock: { roomId: 'r1', slotId: 't0' } }), session('b', [1])],
      unavailable: { cells: [{ roomId: 'r0', slotId: 't1' }] },
    };
    expect(checkInstance(instance)).toEqual([]);
  });

  it('names each mistake', () => {
    const instance: ScheduleInstance = {
      rooms: [
        { id: 'r0', capacity: 10 },
        { id: 'r0', capacity: -1 },
        { id: 'r1', capacity: 10 },
      ],
      slots: [{ id: 't0' }, { id: 't1' }],
      voterCount: 2,
      sessions: [
        session('a', [0, 0, 5], { extraDemand: -2 }),
        session('l1', [], { hostId: 'h', lock: { roomId: 'r0', slotId: 't0' } }),
        session('l2', [], { lock: { roomId: 'r0', slotId: 't0' } }),
        session('l3', [], { hostId: 'h', lock: { roomId: 'r1', slotId: 't0' } }),
        session('l4', [], { lock: { roomId: 'gone', slotId: 't0' } }),
        session('l5', [], { lock: { roomId: 'r1', slotId: 'gone' } }),
        session('l6', [], { lock: { roomId: 'r1', slotId: 't1' } }),
      ],
      unavailable: { slotIds: ['t1', 'nope'] },
    };
    const problems = checkInstance(instance);
    expect(problems.map((p) => [p.code, p.sessionId ?? p.roomId ?? p.slotId])).toEqual([
      ['duplicate-id', 'r0'],
      ['bad-number', 'r0'],
      ['bad-number', 'a'],
      ['bad-voter', 'a'],
      ['bad-voter', 'a'],
      ['unknown-slot', 'nope'],
      ['lock-cell-taken', 'l2'],
      ['lock-host-busy', 'l3'],
      ['lock-unknown-room', 'l4'],
      ['lock-unknown-slot', 'l5'],
      ['lock-unavailable', 'l6'],
    ]);
    expect(problems.find((p) => p.code === 'lock-cell-taken')?.message).toBe(
      'Sessions "l1" and "l2" are both locked into room "r0" at slot "t0"; "l1" keeps it.',
    );
  });
});

describe('checkPlacements', () => {
  it('names each broken rule', () => {
    const instance: ScheduleInstance = {
      ...grid([10, 10], 2),
      voterCount: 0,
      sessions: [
        session('a', [], { hostId: 'h' }),
        session('b', [], { hostId: 'h' }),
        session('locked', [], { lock: { roomId: 'r1', slotId: 't1' } }),
        session('locked2', [], { lock: { roomId: 'r0', slotId: 't1' } }),
        session('c', []),
      ],
      unavailable: { cells: [{ roomId: 'r1', slotId: 't0' }] },
    };
    const violations = checkPlacements(instance, [
      { sessionId: 'a', roomId: 'r0', slotId: 't0' },
      { sessionId: 'b', roomId: 'r1', slotId: 't0' },
      { sessionId: 'a', roomId: 'r1', slotId: 't1' },
      { sessionId: 'c', roomId: 'r0', slotId: 't0' },
      { sessionId: 'locked', roomId: 'r1', slotId: 't1' },
      { sessionId: 'x', roomId: 'r9', slotId: 't0' },
    ]);
    expect(violations.map((v) => [v.code, v.sessionId])).toEqual([
      ['unavailable-used', 'b'],
      ['host-double-booked', 'b'],
      ['session-placed-twice', 'a'],
      ['cell-used-twice', 'c'],
      ['unknown-session', 'x'],
      ['unknown-room', 'x'],
      ['lock-not-placed', 'locked2'],
    ]);
    expect(checkPlacements(instance, [{ sessionId: 'locked', roomId: 'r0', slotId: 't0' }]).map((v) => v.code)).toEqual(
      ['lock-moved', 'lock-not-placed'],
    );
  });
});
