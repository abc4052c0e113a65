/**
 * The tickets sheet's pure steps: how many tickets to offer to make, which ones to print, and how
 * they fall on A4 pages of 12 (3 across, 4 down).
 */
import type { Ticket } from '../../../../shared/voting.ts';

export const TICKETS_PER_PAGE = 12;

/** The address a ticket's QR code opens: the participant server's base, as the join QR code uses. */
export const ticketUrl = (baseUrl: string, code: string): string => `${baseUrl.replace(/\/+$/, '')}/t/${code}`;

/**
 * One ticket per participant on the list; once some are made, the ones still missing (at least
 * one). With no list, a room's worth.
 */
export function defaultTicketCount(participants: number, made: number, max: number): number {
  const wanted = made === 0 ? (participants > 0 ? participants : 30) : Math.max(1, participants - made);
  return Math.min(max, wanted);
}

/** A whole number from `min` to `max` typed in a field, or null. */
export function wholeNumberIn(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= min && n <= max ? n : null;
}

/** The tickets numbered from..to (inclusive), in order. */
export const ticketsInRange = (tickets: readonly Ticket[], from: number, to: number): Ticket[] =>
  tickets.filter((ticket) => ticket.number >= from && ticket.number <= to).sort((a, b) => a.number - b.number);

/** Items cut into pages of `perPage`; the last page may be short. */
export function pagesOf<T>(items: readonly T[], perPage = TICKETS_PER_PAGE): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += perPage) pages.push(items.slice(i, i + perPage));
  return pages;
}

export interface TicketCounts {
  made: number;
  fresh: number;
  used: number;
  released: number;
}

export function countTickets(tickets: readonly Ticket[]): TicketCounts {
  const counts: TicketCounts = { made: tickets.length, fresh: 0, used: 0, released: 0 };
  for (const ticket of tickets) {
    if (ticket.state === 'new') counts.fresh++;
    else if (ticket.state === 'used') counts.used++;
    else counts.released++;
  }
  return counts;
}
