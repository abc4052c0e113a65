import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS, TopicFields } from '../../../shared/schemas.ts';
import { checkLength, shortenTo } from './textLimit.ts';

describe('checkLength', () => {
  it('is quiet well below the limit, counts near it, and says how far over it is', () => {
    expect(checkLength('Bike lanes on the quays', 200)).toEqual({ length: 23, limit: 200, over: 0, near: false });
    expect(checkLength('x'.repeat(160), 200)).toMatchObject({ near: true, over: 0 });
    expect(checkLength('x'.repeat(159), 200)).toMatchObject({ near: false });
    expect(checkLength('x'.repeat(200), 200)).toMatchObject({ near: true, over: 0 });
    expect(checkLength('x'.repeat(10_000), 200)).toMatchObject({ length: 10_000, over: 9_800, near: true });
  });

  it('counts as the core does: spaces at both ends are not counted', () => {
    expect(checkLength(`   ${'x'.repeat(200)}   `, 200).over).toBe(0);
  });

  it('agrees with the schema on every title (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 260, unit: 'grapheme' }).map((s) => `a${s}`),
        (title) => {
          const fits = checkLength(title, LIMITS.title).over === 0;
          const issues = TopicFields.safeParse({ title }).error?.issues ?? [];
          expect(issues.some((i) => i.code === 'too_big')).toBe(!fits);
        },
      ),
    );
  });
});

describe('shortenTo', () => {
  it('keeps a text that fits, trimmed', () => {
    expect(shortenTo('  Bike lanes  ', 200)).toBe('Bike lanes');
  });

  it('cuts at a word break near the limit, without a dangling comma', () => {
    const text = `${'word '.repeat(39)}tail, and more text after the limit`;
    const short = shortenTo(text, 200);
    expect(short.length).toBeLessThanOrEqual(200);
    expect(short.endsWith('tail')).toBe(true);
  });

  it('cuts a text without spaces exactly at the limit, and never splits an emoji', () => {
    expect(shortenTo('x'.repeat(10_000), 200)).toHaveLength(200);
    const emoji = `${'x'.repeat(199)}🚲🚲`;
    expect(shortenTo(emoji, 200)).toBe('x'.repeat(199));
  });

  it('always fits the limit (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 5, max: 300 }), (text, limit) => {
        expect(checkLength(shortenTo(text, limit), limit).over).toBe(0);
      }),
    );
  });
});
