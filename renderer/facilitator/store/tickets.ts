/**
 * Printed tickets of the workshop on screen (binding votes), in the order printed. Read when the
 * tickets sheet opens and again when the `tickets` area changes (a phone used one, another
 * window made more); the sheet's own writes apply their answers at once.
 */
import type { Result } from '../../../shared/result.ts';
import type { Ticket } from '../../../shared/voting.ts';
import { api } from '../lib/api.ts';
import { createListStore } from './listStore.ts';

const tickets = createListStore<Ticket>({
  list: (workshopId) => api()['tickets:list']({ workshopId }),
  sort: (a, b) => a.number - b.number,
});

export const useTickets = tickets.useStore;
export const loadTickets = tickets.load;
export const resetTickets = tickets.reset;

/** Re-reads the tickets only when they were read for this workshop (the sheet was opened). */
export function reloadTicketsIfShown(workshopId: string): void {
  if (useTickets.getState().workshopId === workshopId) void tickets.load(workshopId);
}

export async function createTickets(workshopId: string, count: number): Promise<Result<Ticket[]>> {
  const result = await api()['tickets:create']({ workshopId, count });
  if (result.ok) for (const ticket of result.value) tickets.upsert(ticket);
  return result;
}

export async function releaseTicket(ticketId: string): Promise<Result<Ticket>> {
  const result = await api()['tickets:release']({ ticketId });
  if (result.ok) tickets.upsert(result.value);
  return result;
}

/** "K7MQ2XR4PA" as printed and typed: "K7MQ2-XR4PA". */
export const printedTicketCode = (code: string): string => `${code.slice(0, 5)}-${code.slice(5)}`;
