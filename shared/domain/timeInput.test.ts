import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCompleteTime, parseTimeInput, stepTime } from './timeInput.ts';

const hhmm = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

describe('parseTimeInput', () => {
  it.each([
    ['9:00', '09:00'],
    ['09:00', '09:00'],
    ['900', '09:00'],
    ['0900', '09:00'],
    ['9', '09:00'],
    ['17', '17:00'],
    ['1730', '17:30'],
    ['9h', '09:00'],
    ['9H', '09:00'],
    ['9h30', '09:30'],
    ['9 h 30', '09:30'],
    ['17 h', '17:00'],
    ['17.30', '17:30'],
    ['  9:05  ', '09:05'],
    ['0:00', '00:00'],
    ['23:59', '23:59'],
    ['00', '00:00'],
  ])('%j → %j', (text, expected) => {
    expect(parseTimeInput(text)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    '24:00',
    '12:60',
    '9:5',
    '9:',
    '9.',
    '2400',
    '960',
    '12345',
    '9h3',
    'abc',
    '9:00 PM',
    '-1:00',
    '9:00:00',
    '9h30m',
    '１２:００',
  ])('%j is not a time', (text) => {
    expect(parseTimeInput(text)).toBeNull();
  });

  it('returns every valid HH:MM unchanged', () => {
    fc.assert(fc.property(hhmm, (x) => parseTimeInput(x) === x));
  });

  it('reads H:MM, HhMM, H.MM and HMM digits as the same time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
        const mm = String(m).padStart(2, '0');
        const expected = `${String(h).padStart(2, '0')}:${mm}`;
        for (const text of [`${h}:${mm}`, `${h}h${mm}`, `${h} h ${mm}`, `${h}.${mm}`, `${h}${mm}`]) {
          expect(parseTimeInput(text)).toBe(expected);
        }
      }),
    );
  });

  it('never returns anything but a valid HH:MM or null', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), (text) => {
        const result = parseTimeInput(text);
        return result === null || (isCompleteTime(result) && parseTimeInput(result) === result);
      }),
    );
  });
});

describe('isCompleteTime', () => {
  it('is true only for exact, valid HH:MM', () => {
    expect(isCompleteTime('09:00')).toBe(true);
    expect(isCompleteTime('9:00')).toBe(false);
    expect(isCompleteTime('0900')).toBe(false);
    expect(isCompleteTime('24:00')).toBe(false);
  });
});

describe('stepTime', () => {
  it.each([
    ['09:00', 1, '09:05'],
    ['09:00', -1, '08:55'],
    ['09:03', 1, '09:05'],
    ['09:03', -1, '09:00'],
    ['23:55', 1, '23:55'],
    ['23:58', 1, '23:55'],
    ['00:00', -1, '00:00'],
    ['00:02', -1, '00:00'],
    ['9h', 1, '09:05'],
  ] as const)('%s %i → %s', (time, direction, expected) => {
    expect(stepTime(time, direction)).toBe(expected);
  });

  it('is null for text that is not a time', () => {
    expect(stepTime('abc', 1)).toBeNull();
  });

  it('stays within 00:00–23:55 on the 5-minute grid', () => {
    fc.assert(
      fc.property(hhmm, fc.constantFrom(1 as const, -1 as const), (x, d) => {
        const next = stepTime(x, d)!;
        return next >= '00:00' && next <= '23:55' && Number(next.slice(3)) % 5 === 0;
      }),
    );
  });
});
