/**
 * The pages printed from the browser: A4, 12 tickets each (3 × 4), with dotted lines to cut
 * along. Rendered straight into <body>, beside the app rather than inside it, so the print rules
 * (tickets.css) can leave out everything else (the bars, the panel, the toasts). Not shown on
 * screen; the screen has its own preview.
 */
import { createPortal } from 'react-dom';
import type { Ticket } from '../../../../shared/voting.ts';
import { TicketCard, type TicketLook } from './TicketCard.tsx';
import { pagesOf } from './ticketSheet.ts';

export function TicketSheet({ tickets, look, language }: { tickets: Ticket[]; look: TicketLook; language: string }) {
  return createPortal(
    <div className="ticket-sheet" lang={language} data-testid="ticket-sheet">
      {pagesOf(tickets).map((page) => (
        <section className="ticket-sheet__page" key={page[0]?.id}>
          {page.map((ticket) => (
            <TicketCard key={ticket.id} ticket={ticket} look={look} />
          ))}
        </section>
      ))}
    </div>,
    document.body,
  );
}
