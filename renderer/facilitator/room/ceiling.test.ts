import { describe, expect, it } from 'vitest';
import { parseCeiling } from './ceiling.ts';

describe('the voter ceiling field', () => {
  it('takes a whole number from 1 to the limit', () => {
    expect(parseCeiling(' 40 ', 10_000)).toBe(40);
    expect(parseCeiling('1', 10_000)).toBe(1);
    expect(parseCeiling('10000', 10_000)).toBe(10_000);
  });

  it('refuses anything else, so nothing half-typed reaches the core', () => {
    for (const text of ['', '0', '10001', '2.5', '-3', '30 phones', '1e3'])
      expect(parseCeiling(text, 10_000)).toBeNull();
  });
});
