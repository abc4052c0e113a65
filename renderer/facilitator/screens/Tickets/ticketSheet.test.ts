import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../../../shared/voting.ts';
import { countTickets, defaultTicketCount, pagesOf, ticketsInRange, ticketUrl, wholeNumberIn } from './ticketSheet.ts';

const ticket = (number: number, state: Ticket['state'] = 'new'): Ticket => ({
  id: `t${number}`,
  workshopId: 'w',
  code: 'ABCDEFGHJK',
  number,
  state,
  createdAt: '2026-01-01T00:00:00.000Z',
});

describe('the tickets sheet', () => {
  it('offers one ticket per participant, then the ones still missing, within the batch limit', () => {
    expect(defaultTicketCount(25, 0, 500)).toBe(25);
    expect(defaultTicketCount(25, 20, 500)).toBe(5);
    expect(defaultTicketCount(25, 25, 500)).toBe(1);
    expect(defaultTicketCount(0, 0, 500)).toBe(30);
    expect(defaultTicketCount(900, 0, 500)).toBe(500);
  });

  it('puts 12 tickets on a page, the last page short', () => {
    const pages = pagesOf(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(pages.map((p) => p.length)).toEqual([12, 12, 1]);
    expect(pages[2]).toEqual([25]);
    expect(pagesOf([])).toEqual([]);
  });

  it('prints a range of numbers, in order', () => {
    const tickets = [ticket(3), ticket(1), ticket(2), ticket(4)];
    expect(ticketsInRange(tickets, 2, 3).map((t) => t.number)).toEqual([2, 3]);
  });

  it('reads whole numbers only, within bounds', () => {
    expect(wholeNumberIn(' 12 ', 1, 500)).toBe(12);
    expect(wholeNumberIn('0', 1, 500)).toBeNull();
    expect(wholeNumberIn('501', 1, 500)).toBeNull();
    expect(wholeNumberIn('2.5', 1, 500)).toBeNull();
    expect(wholeNumberIn('', 1, 500)).toBeNull();
  });

  it('opens /t/<code> on the participant server, as the join QR opens /j/<code>', () => {
    expect(ticketUrl('http://192.168.1.20:8642', 'K7MQ2XR4PA')).toBe('http://192.168.1.20:8642/t/K7MQ2XR4PA');
    expect(ticketUrl('http://192.168.1.20:8642/', 'K7MQ2XR4PA')).toBe('http://192.168.1.20:8642/t/K7MQ2XR4PA');
  });

  it('counts tickets by state', () => {
    expect(countTickets([ticket(1), ticket(2, 'used'), ticket(3, 'released'), ticket(4, 'used')])).toEqual({
      made: 4,
      fresh: 1,
      used: 2,
      released: 1,
    });
  });
});
