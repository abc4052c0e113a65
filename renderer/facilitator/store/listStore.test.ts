import { describe, expect, it } from 'vitest';
import { keepUnchanged } from './listStore.ts';

describe('keepUnchanged', () => {
  it('reuses the objects on screen that did not change, so memoised rows do not re-render', () => {
    const a = { id: 'a', title: 'Bike lanes' };
    const b = { id: 'b', title: 'Bus delays' };
    const fresh = [
      { id: 'a', title: 'Bike lanes' },
      { id: 'b', title: 'Bus delays (renamed)' },
      { id: 'c', title: 'New' },
    ];
    const merged = keepUnchanged(fresh, [a, b]);
    expect(merged[0]).toBe(a);
    expect(merged[1]).toBe(fresh[1]);
    expect(merged[2]).toBe(fresh[2]);
    expect(merged).toEqual(fresh);
  });

  it('follows the fresh list’s order and drops what is gone', () => {
    const a = { id: 'a', n: 1 };
    const b = { id: 'b', n: 2 };
    expect(keepUnchanged([{ id: 'b', n: 2 }], [a, b])).toEqual([b]);
    expect(keepUnchanged([{ id: 'b', n: 2 }], [a, b])[0]).toBe(b);
  });
});
