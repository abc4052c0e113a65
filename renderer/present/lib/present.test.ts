/** The projected screen's pure helpers: the wall's layout, the bars' scale, the clock, the throttle. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ItemResult } from '../../../shared/voting.ts';
import { scaleOf, segmentsOf } from './barScale.ts';
import { formatClock } from './clock.ts';
import { throttle } from './throttle.ts';
import { typicalLength, wallLayout } from './wallLayout.ts';

// The wall's box on a 1920×1080 and a 1280×720 screen, below the view's header.
const FULL_HD = { width: 1824, height: 900 };
const HD = { width: 1216, height: 590 };

describe('wallLayout', () => {
  it('shows 20 to 40 topics at once, in type that grows with the screen', () => {
    for (const count of [20, 30, 40]) {
      const big = wallLayout(count, FULL_HD.width, FULL_HD.height, 60);
      const small = wallLayout(count, HD.width, HD.height, 60);
      expect(big.shown).toBe(count);
      expect(small.shown).toBe(count);
      expect(big.columns * big.rows).toBeGreaterThanOrEqual(count);
      expect(big.fontPx).toBeGreaterThan(small.fontPx);
    }
    // 20 topics on a full-HD projector: as large as a slide's body text.
    expect(wallLayout(20, FULL_HD.width, FULL_HD.height, 60).fontPx).toBeGreaterThanOrEqual(26);
  });

  it('uses fewer, larger cards for fewer topics', () => {
    const few = wallLayout(6, FULL_HD.width, FULL_HD.height, 50);
    const many = wallLayout(30, FULL_HD.width, FULL_HD.height, 50);
    expect(few.fontPx).toBeGreaterThan(many.fontPx);
    expect(few.columns).toBeLessThan(many.columns);
  });

  it('keeps a legible size when there are too many, and says how many are left out', () => {
    const layout = wallLayout(200, FULL_HD.width, FULL_HD.height, 60);
    expect(layout.fontPx).toBeGreaterThanOrEqual(16);
    expect(layout.shown).toBeLessThan(200);
    // One cell is left for "+ N more".
    expect(layout.shown).toBe(layout.columns * layout.rows - 1);
  });

  it('sizes for a long title, not for the one outlier', () => {
    const titles = [...Array(19).fill('A short title'), 'x'.repeat(200)];
    expect(typicalLength(titles)).toBe('A short title'.length);
    expect(typicalLength([])).toBe(0);
  });
});

const item = (over: Partial<ItemResult>): ItemResult => ({
  itemId: 'i',
  title: 'T',
  ballots: 0,
  paper: 0,
  hands: 0,
  total: 0,
  criteria: {},
  scoredBy: 0,
  rank: 1,
  tied: false,
  ...over,
});

describe('bar scale', () => {
  it('scales dot totals to the leader, phones, paper and hands side by side', () => {
    const items = [item({ ballots: 2, paper: 4, total: 6 }), item({ ballots: 1, hands: 2, total: 3 })];
    const scale = scaleOf('dot', items);
    expect(scale).toBe(6);
    expect(segmentsOf('dot', items[0] as ItemResult, scale)).toEqual({
      ballots: (2 / 6) * 100,
      paper: (4 / 6) * 100,
      hands: 0,
    });
    expect(segmentsOf('dot', items[1] as ItemResult, scale).hands).toBeCloseTo((2 / 6) * 100);
  });

  it('never divides by zero before the first vote', () => {
    expect(scaleOf('approval', [item({}), item({})])).toBe(1);
    expect(segmentsOf('approval', item({}), 1)).toEqual({ ballots: 0, paper: 0, hands: 0 });
  });

  it('scales scores to 5', () => {
    expect(scaleOf('scoring', [item({ total: 3.5 })])).toBe(5);
    expect(segmentsOf('scoring', item({ total: 4 }), 5).ballots).toBe(80);
  });
});

describe('formatClock', () => {
  it('writes minutes and seconds, hours only when needed, rounding up', () => {
    expect(formatClock(754_000)).toBe('12:34');
    expect(formatClock(45_000)).toBe('00:45');
    expect(formatClock(3_723_000)).toBe('1:02:03');
    expect(formatClock(1)).toBe('00:01');
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(-500)).toBe('00:00');
  });
});

describe('throttle', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs at once, then at most once per period, and always after the last call', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const throttled = throttle(fn, 250);
    throttled();
    expect(fn).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(20);
      throttled();
    }
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(250);
    expect(fn).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('can be cancelled', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const throttled = throttle(fn, 250);
    throttled();
    throttled();
    throttled.cancel();
    vi.advanceTimersByTime(500);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
