import { describe, expect, it } from 'vitest';
import type { Slot } from '../../../shared/schemas.ts';
import { nowAndNext, placedByCell, titleScales } from './gridLayout.ts';

const slot = (id: string, start: string, end: string, kind: Slot['kind'] = 'session'): Slot => ({
  id,
  workshopId: 'w',
  start,
  end,
  label: '',
  kind,
});

const day = [
  slot('open', '09:00', '09:30', 'plenary'),
  slot('s1', '09:30', '10:15'),
  slot('s2', '10:30', '11:15'),
  slot('lunch', '12:00', '13:00', 'break'),
  slot('s3', '13:00', '13:45'),
];
const at = (time: string) => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

describe('nowAndNext', () => {
  it('gives the slot running now and the next session slot', () => {
    expect(nowAndNext(day, at('09:45'))).toMatchObject({
      now: { id: 's1' },
      next: { id: 's2' },
      before: false,
      over: false,
    });
    // A plenary or a break runs now; the next session after it.
    expect(nowAndNext(day, at('09:10'))).toMatchObject({ now: { id: 'open' }, next: { id: 's1' } });
    expect(nowAndNext(day, at('12:30'))).toMatchObject({ now: { id: 'lunch' }, next: { id: 's3' } });
  });

  it('between slots, before the day and after it', () => {
    expect(nowAndNext(day, at('10:20'))).toMatchObject({ now: null, next: { id: 's2' }, before: false });
    expect(nowAndNext(day, at('08:00'))).toMatchObject({ now: null, next: { id: 's1' }, before: true });
    expect(nowAndNext(day, at('14:00'))).toMatchObject({ now: null, next: null, over: true });
    // The last slot's end is after it.
    expect(nowAndNext(day, at('13:45'))).toMatchObject({ now: null, over: true });
  });

  it('takes slots in any order', () => {
    expect(nowAndNext([...day].reverse(), at('10:40'))).toMatchObject({ now: { id: 's2' }, next: { id: 's3' } });
  });
});

describe('titleScales', () => {
  it('leaves typical titles whole and shrinks the far longer ones, never under 0.8', () => {
    const titles = [
      'Short one',
      'Another short title',
      'A third title, a little longer',
      'x'.repeat(70),
      'y'.repeat(200),
    ];
    const scales = titleScales(titles);
    expect(scales.get('Short one')).toBe(1);
    expect(scales.get('x'.repeat(70))).toBe(1);
    expect(scales.get('y'.repeat(200))).toBe(0.8);
  });
});

describe('placedByCell', () => {
  it('keys placed sessions by room and slot', () => {
    const map = placedByCell({
      sessions: [
        { id: 'topic:a', title: 'A', hostName: 'Ana', roomId: 'r1', slotId: 's1' },
        { id: 'topic:b', title: 'B', hostName: '', roomId: null, slotId: null },
      ] as never,
    });
    expect([...map]).toEqual([['r1|s1', { title: 'A', host: 'Ana' }]]);
  });
});
