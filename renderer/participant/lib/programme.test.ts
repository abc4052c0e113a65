import { describe, expect, it } from 'vitest';
import type { PhoneGrid } from '../../../shared/protocol.ts';
import { programmeOf, withMark } from './programme.ts';

const grid: PhoneGrid = {
  workshop: { title: 'W', language: 'en' },
  publishedAt: '2026-06-18T08:00:00.000Z',
  rooms: [
    { id: 'big', name: 'Big' },
    { id: 'small', name: 'Small' },
  ],
  slots: [
    { id: 's1', start: '09:30', end: '10:15', label: '' },
    { id: 's2', start: '10:30', end: '11:15', label: '' },
  ],
  sessions: [
    { id: 'topic:b', title: 'B', roomId: 'small', slotId: 's1', host: '' },
    { id: 'topic:a', title: 'A', roomId: 'big', slotId: 's1', host: 'Ana' },
    { id: 'topic:c', title: 'C', roomId: 'big', slotId: 's2', host: '' },
  ],
  mine: ['topic:a', 'topic:b'],
  attending: ['topic:c'],
};

describe('programmeOf', () => {
  it('lists each slot in room order, with my picks and my clashes', () => {
    const { slots } = programmeOf(grid);
    expect(slots.map((s) => s.sessions.map((x) => x.id))).toEqual([['topic:a', 'topic:b'], ['topic:c']]);
    expect(slots.map((s) => s.picked.map((x) => x.id))).toEqual([['topic:a', 'topic:b'], ['topic:c']]);
    // Two of mine at 09:30; one I will attend (not voted for) at 10:30 is no clash.
    expect(slots.map((s) => s.clash)).toEqual([true, false]);
  });
});

describe('withMark', () => {
  it('moves a mark within a slot, keeps the other slots, and takes one away', () => {
    expect(withMark(grid, 'topic:a', true)).toEqual(['topic:c', 'topic:a']);
    expect(withMark({ ...grid, attending: ['topic:a', 'topic:c'] }, 'topic:b', true)).toEqual(['topic:c', 'topic:b']);
    expect(withMark(grid, 'topic:c', false)).toEqual([]);
  });
});
