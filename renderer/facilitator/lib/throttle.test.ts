import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttleByKey } from './throttle.ts';

describe('throttleByKey', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the first call at once and folds a burst into one trailing run per key', () => {
    const runs: string[] = [];
    const request = throttleByKey((key) => runs.push(key), 200);
    request('a');
    expect(runs).toEqual(['a']);
    for (let i = 0; i < 50; i++) request('a');
    request('b');
    expect(runs).toEqual(['a', 'b']);
    vi.advanceTimersByTime(200);
    expect(runs).toEqual(['a', 'b', 'a']);
    vi.advanceTimersByTime(200);
    expect(runs).toEqual(['a', 'b', 'a']);
  });

  it('keeps a steady stream of calls to at most five runs a second', () => {
    let runs = 0;
    const request = throttleByKey(() => runs++, 200);
    // 300 votes a second for two seconds
    for (let ms = 0; ms < 2000; ms += 10) {
      request('round');
      request('round');
      request('round');
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(400);
    expect(runs).toBeGreaterThanOrEqual(10);
    expect(runs).toBeLessThanOrEqual(11);
  });
});
