import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../result.ts';
import { SlotFields, type SlotGridRequest } from '../schemas.ts';
import {
  findOverlaps,
  type GridRequest,
  generateSlotGrid,
  minutesToTime,
  readBackGrid,
  timeToMinutes,
} from './slotGrid.ts';

const span = (s: { start: string; end: string }) => `${s.start}-${s.end}`;

function expectInvalid(run: () => unknown, field: string): DomainError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    const e = error as DomainError;
    expect(e.code).toBe('invalid_input');
    expect(e.field).toBe(field);
    return e;
  }
  throw new Error('expected a DomainError');
}

describe('timeToMinutes / minutesToTime', () => {
  it('converts both ways', () => {
    expect(timeToMinutes('00:00')).toBe(0);
    expect(timeToMinutes('09:05')).toBe(545);
    expect(timeToMinutes('23:59')).toBe(1439);
    expect(minutesToTime(0)).toBe('00:00');
    expect(minutesToTime(545)).toBe('09:05');
    expect(minutesToTime(1439)).toBe('23:59');
  });

  it('rejects what is not a time of one day', () => {
    for (const bad of ['9:00', '24:00', '12:60', '12h30', '', ' 09:00']) {
      expect(() => timeToMinutes(bad)).toThrow(DomainError);
    }
    for (const bad of [-1, 1440, 1.5, Number.NaN]) {
      expect(() => minutesToTime(bad)).toThrow(DomainError);
    }
  });

  it('round-trips every minute of the day', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1439 }), (m) => timeToMinutes(minutesToTime(m)) === m));
  });
});

describe('generateSlotGrid — a realistic day', () => {
  const day: SlotGridRequest = {
    start: '09:00',
    end: '17:30',
    sessionMinutes: 45,
    gapMinutes: 15,
    breaks: [
      // given out of order on purpose: the output is sorted
      { start: '12:30', end: '13:30', label: 'Lunch', kind: 'break' },
      { start: '10:45', end: '11:15', label: 'Coffee', kind: 'break' },
    ],
  };

  it('fills the morning and the afternoon around the breaks', () => {
    const grid = generateSlotGrid(day);
    expect(grid.map((s) => `${span(s)} ${s.kind} ${s.label}`.trim())).toEqual([
      '09:00-09:45 session',
      '10:00-10:45 session',
      '10:45-11:15 break Coffee',
      '11:15-12:00 session',
      // 12:15–13:00 would run into lunch: not created (12:00–12:30 stays free)
      '12:30-13:30 break Lunch',
      '13:30-14:15 session',
      '14:30-15:15 session',
      '15:30-16:15 session',
      '16:30-17:15 session',
      // 17:30–18:15 would end after the day: not created
    ]);
  });

  it('leaves session labels empty for the UI to number in the workshop language', () => {
    const sessions = generateSlotGrid(day).filter((s) => s.kind === 'session');
    expect(sessions).toHaveLength(7);
    expect(sessions.every((s) => s.label === '')).toBe(true);
  });

  it('produces slots the schema accepts', () => {
    for (const slot of generateSlotGrid(day)) expect(SlotFields.parse(slot)).toEqual(slot);
  });
});

describe('generateSlotGrid — edge cases', () => {
  it('accepts the schema input type with gap and breaks left out', () => {
    expect(generateSlotGrid({ start: '09:00', end: '10:30', sessionMinutes: 45 }).map(span)).toEqual([
      '09:00-09:45',
      '09:45-10:30',
    ]);
  });

  it('creates no session when the day is shorter than one session', () => {
    expect(generateSlotGrid({ start: '09:00', end: '09:30', sessionMinutes: 45, gapMinutes: 0, breaks: [] })).toEqual(
      [],
    );
  });

  it('creates a session that ends exactly at the end of the day', () => {
    const grid = generateSlotGrid({ start: '09:00', end: '10:00', sessionMinutes: 60, gapMinutes: 30, breaks: [] });
    expect(grid.map(span)).toEqual(['09:00-10:00']);
  });

  it('adds no gap after a break, nor before one', () => {
    const grid = generateSlotGrid({
      start: '09:00',
      end: '11:00',
      sessionMinutes: 30,
      gapMinutes: 10,
      breaks: [{ start: '09:30', end: '10:00', label: '' }],
    });
    expect(grid.map((s) => `${span(s)} ${s.kind}`)).toEqual([
      '09:00-09:30 session',
      '09:30-10:00 break',
      '10:00-10:30 session',
    ]);
  });

  it('keeps an unlabelled break with an empty label (no hard-coded English)', () => {
    const grid = generateSlotGrid({
      start: '09:00',
      end: '12:00',
      sessionMinutes: 60,
      gapMinutes: 0,
      breaks: [{ start: '10:00', end: '10:30' }],
    });
    expect(grid.find((s) => s.kind === 'break')).toEqual({ start: '10:00', end: '10:30', label: '', kind: 'break' });
  });

  it('keeps a label in any language, trimmed', () => {
    const grid = generateSlotGrid({
      start: '09:00',
      end: '12:00',
      sessionMinutes: 60,
      breaks: [{ start: '10:00', end: '10:30', label: '  Pause café  ' }],
    });
    expect(grid.find((s) => s.kind === 'break')?.label).toBe('Pause café');
  });

  it('accepts breaks that touch each other and the ends of the day', () => {
    const grid = generateSlotGrid({
      start: '09:00',
      end: '12:00',
      sessionMinutes: 60,
      gapMinutes: 0,
      breaks: [
        { start: '09:00', end: '09:15', label: 'Welcome' },
        { start: '10:15', end: '10:30', label: 'Coffee' },
        { start: '10:30', end: '10:45', label: 'Group photo' },
        { start: '11:45', end: '12:00', label: 'Closing' },
      ],
    });
    expect(grid.map((s) => `${span(s)} ${s.label}`.trim())).toEqual([
      '09:00-09:15 Welcome',
      '09:15-10:15',
      '10:15-10:30 Coffee',
      '10:30-10:45 Group photo',
      '10:45-11:45',
      '11:45-12:00 Closing',
    ]);
  });

  it('a break can fill the whole day', () => {
    const grid = generateSlotGrid({
      start: '12:00',
      end: '13:00',
      sessionMinutes: 30,
      breaks: [{ start: '12:00', end: '13:00', label: 'Lunch' }],
    });
    expect(grid).toEqual([{ start: '12:00', end: '13:00', label: 'Lunch', kind: 'break' }]);
  });

  it('works up to the last minute of the day', () => {
    const grid = generateSlotGrid({ start: '22:00', end: '23:59', sessionMinutes: 59, gapMinutes: 1, breaks: [] });
    expect(grid.map(span)).toEqual(['22:00-22:59', '23:00-23:59']);
  });

  it('rejects breaks outside the day', () => {
    const base = { start: '09:00', end: '17:00', sessionMinutes: 45, gapMinutes: 15 };
    expectInvalid(() => generateSlotGrid({ ...base, breaks: [{ start: '08:30', end: '09:15', label: '' }] }), 'breaks');
    expectInvalid(() => generateSlotGrid({ ...base, breaks: [{ start: '16:45', end: '17:15', label: '' }] }), 'breaks');
    expectInvalid(() => generateSlotGrid({ ...base, breaks: [{ start: '18:00', end: '19:00', label: '' }] }), 'breaks');
  });

  it('rejects overlapping breaks, whatever their order', () => {
    const base = { start: '09:00', end: '17:00', sessionMinutes: 45, gapMinutes: 15 };
    const error = expectInvalid(
      () =>
        generateSlotGrid({
          ...base,
          breaks: [
            { start: '12:30', end: '13:30', label: 'Lunch' },
            { start: '12:00', end: '12:45', label: 'Coffee' },
          ],
        }),
      'breaks',
    );
    expect(error.message).toContain('overlaps');
    // one break inside another
    expectInvalid(
      () =>
        generateSlotGrid({
          ...base,
          breaks: [
            { start: '12:00', end: '14:00', label: '' },
            { start: '12:30', end: '13:00', label: '' },
          ],
        }),
      'breaks',
    );
  });

  it('rejects an empty or backwards break', () => {
    const base = { start: '09:00', end: '17:00', sessionMinutes: 45 };
    expectInvalid(() => generateSlotGrid({ ...base, breaks: [{ start: '12:00', end: '12:00', label: '' }] }), 'breaks');
    expectInvalid(() => generateSlotGrid({ ...base, breaks: [{ start: '13:00', end: '12:00', label: '' }] }), 'breaks');
  });

  it('rejects a day that ends before it starts and lengths that would never advance', () => {
    expectInvalid(() => generateSlotGrid({ start: '17:00', end: '09:00', sessionMinutes: 45 }), 'end');
    expectInvalid(() => generateSlotGrid({ start: '09:00', end: '09:00', sessionMinutes: 45 }), 'end');
    expectInvalid(() => generateSlotGrid({ start: '09:00', end: '17:00', sessionMinutes: 0 }), 'sessionMinutes');
    expectInvalid(() => generateSlotGrid({ start: '09:00', end: '17:00', sessionMinutes: 2.5 }), 'sessionMinutes');
    expectInvalid(
      () => generateSlotGrid({ start: '09:00', end: '17:00', sessionMinutes: 30, gapMinutes: -5 }),
      'gapMinutes',
    );
  });
});

describe('generateSlotGrid — properties', () => {
  /** Any valid request: non-overlapping breaks inside the day, given in any order. */
  const requestArb: fc.Arbitrary<SlotGridRequest> = fc
    .integer({ min: 0, max: 1438 })
    .chain((start) => fc.tuple(fc.constant(start), fc.integer({ min: start + 1, max: 1439 })))
    .chain(([start, end]) =>
      fc.record({
        start: fc.constant(start),
        end: fc.constant(end),
        sessionMinutes: fc.integer({ min: 5, max: 480 }),
        gapMinutes: fc.integer({ min: 0, max: 120 }),
        // an even number of distinct instants, paired up in order: breaks that never overlap
        cuts: fc.uniqueArray(fc.integer({ min: start, max: end }), { maxLength: 20 }),
        labels: fc.array(fc.string({ maxLength: 10 }), { minLength: 10, maxLength: 10 }),
      }),
    )
    .chain(({ start, end, sessionMinutes, gapMinutes, cuts, labels }) => {
      const sorted = [...cuts].sort((a, b) => a - b);
      const breaks = [];
      for (let i = 0; i + 1 < sorted.length; i += 2) {
        breaks.push({
          start: minutesToTime(sorted[i] as number),
          end: minutesToTime(sorted[i + 1] as number),
          label: (labels[i / 2] ?? '').trim(),
          kind: 'break' as const,
        });
      }
      return fc.shuffledSubarray(breaks, { minLength: breaks.length }).map((shuffled) => ({
        start: minutesToTime(start),
        end: minutesToTime(end),
        sessionMinutes,
        gapMinutes,
        breaks: shuffled,
      }));
    });

  const minutes = (s: { start: string; end: string }) => [timeToMinutes(s.start), timeToMinutes(s.end)] as const;

  it('no two slots overlap, and they come sorted by start', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const grid = generateSlotGrid(request);
        for (let i = 1; i < grid.length; i++) {
          const [, previousEnd] = minutes(grid[i - 1] as SlotFields);
          const [start] = minutes(grid[i] as SlotFields);
          expect(start).toBeGreaterThanOrEqual(previousEnd);
        }
      }),
    );
  });

  it('every slot lies within [start, end] and is valid for the schema', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const dayStart = timeToMinutes(request.start);
        const dayEnd = timeToMinutes(request.end);
        for (const slot of generateSlotGrid(request)) {
          const [start, end] = minutes(slot);
          expect(start).toBeGreaterThanOrEqual(dayStart);
          expect(end).toBeLessThanOrEqual(dayEnd);
          expect(SlotFields.safeParse(slot).success).toBe(true);
        }
      }),
    );
  });

  it('every session lasts exactly sessionMinutes and has an empty label', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        for (const slot of generateSlotGrid(request).filter((s) => s.kind === 'session')) {
          const [start, end] = minutes(slot);
          expect(end - start).toBe(request.sessionMinutes);
          expect(slot.label).toBe('');
        }
      }),
    );
  });

  it('every break is present, once, with its label', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const breaks = generateSlotGrid(request).filter((s) => s.kind === 'break');
        expect(breaks).toHaveLength(request.breaks.length);
        for (const b of request.breaks) {
          expect(breaks).toContainEqual({ start: b.start, end: b.end, label: b.label, kind: 'break' });
        }
      }),
    );
  });

  it('fills each free stretch: sessions one gap apart, and no room left for another', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const { sessionMinutes: session, gapMinutes: gap } = request;
        const grid = generateSlotGrid(request);
        // the free stretches are the day minus the breaks
        const stretches: [number, number][] = [];
        let cursor = timeToMinutes(request.start);
        for (const b of grid.filter((s) => s.kind === 'break')) {
          stretches.push([cursor, timeToMinutes(b.start)]);
          cursor = timeToMinutes(b.end);
        }
        stretches.push([cursor, timeToMinutes(request.end)]);
        for (const [from, until] of stretches) {
          const inside = grid
            .filter((s) => s.kind === 'session')
            .map(minutes)
            .filter(([start]) => start >= from && start < until);
          let expectedStart = from;
          for (const [start, end] of inside) {
            expect(start).toBe(expectedStart);
            expectedStart = end + gap;
          }
          expect(expectedStart + session).toBeGreaterThan(until);
        }
      }),
    );
  });

  it('rejects any request with an extra break overlapping an existing one', () => {
    fc.assert(
      fc.property(
        requestArb.filter((r) => r.breaks.some((b) => timeToMinutes(b.end) - timeToMinutes(b.start) >= 1)),
        fc.nat(),
        fc.nat(),
        (request, pick, shift) => {
          const target = request.breaks[pick % request.breaks.length] as SlotGridRequest['breaks'][number];
          const [start, end] = minutes(target);
          // starts inside the target, ends at or after its end (still inside the day)
          const overlapStart = start + (shift % (end - start));
          const overlapping = { start: minutesToTime(overlapStart), end: target.end, label: 'Overlap' };
          const breaks = [...request.breaks, overlapping];
          expectInvalid(() => generateSlotGrid({ ...request, breaks }), 'breaks');
        },
      ),
    );
  });
});

describe('generateSlotGrid — plenaries', () => {
  it('lays a plenary out like a break and keeps its kind', () => {
    const slots = generateSlotGrid({
      start: '09:00',
      end: '12:00',
      sessionMinutes: 45,
      gapMinutes: 15,
      breaks: [
        { start: '09:00', end: '09:30', label: 'Opening', kind: 'plenary' },
        { start: '11:30', end: '12:00', label: 'Closing', kind: 'plenary' },
      ],
    });
    expect(slots.map((s) => `${span(s)} ${s.kind} ${s.label}`.trim())).toEqual([
      '09:00-09:30 plenary Opening',
      '09:30-10:15 session',
      '10:30-11:15 session',
      '11:30-12:00 plenary Closing',
    ]);
  });
});

describe('readBackGrid', () => {
  const demoLike: GridRequest = {
    start: '09:30',
    end: '17:00',
    sessionMinutes: 45,
    gapMinutes: 15,
    breaks: [
      { start: '09:30', end: '10:15', label: 'Welcome and topic market', kind: 'plenary' },
      { start: '12:00', end: '13:15', label: 'Lunch' },
      { start: '15:00', end: '15:15', label: 'Coffee' },
      { start: '16:00', end: '17:00', label: 'Closing', kind: 'plenary' },
    ],
  };

  it('returns null for an empty day', () => {
    expect(readBackGrid([])).toBeNull();
  });

  it('reads a generated day back: start, end, session length, gap, breaks and plenaries', () => {
    const day = generateSlotGrid(demoLike);
    const read = readBackGrid(day);
    expect(read?.exact).toBe(true);
    expect(read?.grid).toEqual({
      start: '09:30',
      end: '17:00',
      sessionMinutes: 45,
      gapMinutes: 15,
      breaks: [
        { start: '09:30', end: '10:15', label: 'Welcome and topic market', kind: 'plenary' },
        { start: '12:00', end: '13:15', label: 'Lunch', kind: 'break' },
        { start: '15:00', end: '15:15', label: 'Coffee', kind: 'break' },
        { start: '16:00', end: '17:00', label: 'Closing', kind: 'plenary' },
      ],
    });
  });

  it('takes the last slot’s end as the end of the day (the unused minutes are not in the slots)', () => {
    const day = generateSlotGrid({ start: '09:00', end: '17:00', sessionMinutes: 45, gapMinutes: 15 });
    const read = readBackGrid(day);
    expect(read?.grid.end).toBe('16:45');
    expect(read?.exact).toBe(true);
  });

  it('reads a hand-edited day as well as it can, and says it is not exact', () => {
    const read = readBackGrid([
      { start: '10:00', end: '10:45', kind: 'session', label: '' },
      { start: '09:00', end: '09:45', kind: 'session', label: '' },
      { start: '11:00', end: '12:00', kind: 'session', label: 'Long one' },
    ]);
    expect(read?.grid).toMatchObject({ start: '09:00', end: '12:00', sessionMinutes: 45, gapMinutes: 15 });
    expect(read?.exact).toBe(false);
  });

  it('leaves the length and gap unknown when there is nothing to read them from', () => {
    const read = readBackGrid([{ start: '12:00', end: '13:00', kind: 'break', label: 'Lunch' }]);
    expect(read?.grid).toMatchObject({ sessionMinutes: null, gapMinutes: null, start: '12:00', end: '13:00' });
  });

  it('gives back any generated day exactly (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 6 * 60, max: 11 * 60 }),
        fc.integer({ min: 60, max: 10 * 60 }),
        fc.integer({ min: 5, max: 120 }),
        fc.integer({ min: 0, max: 30 }),
        fc.boolean(),
        (start, length, session, gap, opening) => {
          const end = start + length;
          const grid = {
            start: minutesToTime(start),
            end: minutesToTime(end),
            sessionMinutes: session,
            gapMinutes: gap,
            breaks: opening
              ? [{ start: minutesToTime(start), end: minutesToTime(start + 30), kind: 'plenary' as const }]
              : [],
          };
          const day = generateSlotGrid(grid);
          const read = readBackGrid(day);
          if (!read) return;
          const sessions = day.filter((s) => s.kind === 'session').length;
          // Length and gap can only be read from what the day shows.
          if (sessions >= 2) {
            expect(read.exact).toBe(true);
            expect(read.grid.sessionMinutes).toBe(session);
          }
          if (read.exact) {
            const again = generateSlotGrid({
              ...read.grid,
              sessionMinutes: read.grid.sessionMinutes ?? 45,
              gapMinutes: read.grid.gapMinutes ?? 0,
            });
            expect(again).toEqual(day);
          }
        },
      ),
    );
  });
});

describe('findOverlaps', () => {
  const day = generateSlotGrid({ start: '09:00', end: '12:00', sessionMinutes: 45, gapMinutes: 15 });

  it('finds none when the new slots come after the day, touching or not', () => {
    const afternoon = generateSlotGrid({ start: '11:45', end: '15:00', sessionMinutes: 45, gapMinutes: 15 });
    expect(findOverlaps(day, afternoon)).toEqual([]);
    expect(findOverlaps([], afternoon)).toEqual([]);
  });

  it('names each new slot that runs into the day, with the slot it meets', () => {
    const added = generateSlotGrid({ start: '10:30', end: '12:30', sessionMinutes: 45, gapMinutes: 15 });
    const overlaps = findOverlaps(day, added);
    expect(overlaps.map((o) => `${span(o.added)} × ${span(o.existing)}`)).toEqual([
      '10:30-11:15 × 10:00-10:45',
      '11:30-12:15 × 11:00-11:45',
    ]);
  });

  it('is symmetric in what counts as overlapping (property)', () => {
    const slot = fc
      .tuple(fc.integer({ min: 0, max: 1438 }), fc.integer({ min: 1, max: 120 }))
      .map(([s, len]) => ({
        start: minutesToTime(s),
        end: minutesToTime(Math.min(s + len, 1439)),
        kind: 'session' as const,
        label: '',
      }))
      .filter((s) => s.start < s.end);
    fc.assert(
      fc.property(slot, slot, (a, b) => {
        expect(findOverlaps([a], [b]).length).toBe(findOverlaps([b], [a]).length);
        const overlap = timeToMinutes(a.start) < timeToMinutes(b.end) && timeToMinutes(b.start) < timeToMinutes(a.end);
        expect(findOverlaps([a], [b]).length).toBe(overlap ? 1 : 0);
      }),
    );
  });
});
