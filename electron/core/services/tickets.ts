/**
 * Tickets for binding votes: the facilitator prints one per participant; a ticket joins one
 * phone, which may then vote in ticket-only rounds. Tickets point at no participant, so a
 * ticketed ballot in an anonymous round is as anonymous as any other.
 */
import { DomainError } from '../../../shared/result.ts';
import { VOTE_LIMITS } from '../../../shared/voting.ts';
import { newId, now } from '../db/ids.ts';
import type { Db } from '../db/open.ts';
import {
  findTicket,
  findTicketByCode,
  insertTicket,
  listTickets,
  nextTicketNumber,
  setTicketState,
} from '../db/tickets.ts';
import { randomCode } from './admission.ts';
import { changeWriter } from './changes.ts';
import type { CoreContext, HandlersOf } from './context.ts';
import { requireWorkshop } from './guards.ts';

/** A code no ticket has (31^10 ≈ 8·10^14: a clash is vanishingly rare, but checked). */
function newTicketCode(db: Db): string {
  for (;;) {
    const code = randomCode(VOTE_LIMITS.ticketCodeLength);
    if (!findTicketByCode(db, code)) return code;
  }
}

export function ticketHandlers({
  db,
  emit,
}: CoreContext): HandlersOf<'tickets:list' | 'tickets:create' | 'tickets:release'> {
  const writes = changeWriter({ emit });
  return {
    'tickets:list': ({ workshopId }) => {
      requireWorkshop(db, workshopId);
      return listTickets(db, workshopId);
    },
    'tickets:create': writes(
      { areas: ['tickets'], workshopOf: (input) => input.workshopId },
      ({ workshopId, count }) => {
        requireWorkshop(db, workshopId);
        const createdAt = now();
        return db.transaction(() => {
          const first = nextTicketNumber(db, workshopId);
          return Array.from({ length: count }, (_, i) => {
            const ticket = {
              id: newId(),
              workshopId,
              code: newTicketCode(db),
              number: first + i,
              state: 'new' as const,
              createdAt,
            };
            insertTicket(db, ticket);
            return ticket;
          });
        })();
      },
    ),
    'tickets:release': writes(['tickets'], ({ ticketId }) => {
      const ticket = findTicket(db, ticketId);
      if (!ticket) throw new DomainError('not_found', `No ticket with id ${ticketId}.`, 'ticketId');
      requireWorkshop(db, ticket.workshopId);
      if (ticket.state === 'new') return ticket; // nothing to release: it was never used
      setTicketState(db, ticketId, 'released');
      return { ...ticket, state: 'released' as const };
    }),
  };
}
