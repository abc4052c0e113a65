/** Data access for tickets: printed codes that let one phone each into ticket-only rounds. */
import type { Ticket, TicketState } from '../../../shared/voting.ts';
import type { Db } from './open.ts';
import { cached } from './statements.ts';

interface TicketRow {
  id: string;
  workshop_id: string;
  code: string;
  number: number;
  state: TicketState;
  created_at: string;
}

const rowToTicket = (r: TicketRow): Ticket => ({
  id: r.id,
  workshopId: r.workshop_id,
  code: r.code,
  number: r.number,
  state: r.state,
  createdAt: r.created_at,
});

export const listTickets = (db: Db, workshopId: string): Ticket[] =>
  (cached(db, 'SELECT * FROM tickets WHERE workshop_id = ? ORDER BY number').all(workshopId) as TicketRow[]).map(
    rowToTicket,
  );

export const findTicket = (db: Db, id: string): Ticket | undefined => {
  const row = cached(db, 'SELECT * FROM tickets WHERE id = ?').get(id) as TicketRow | undefined;
  return row && rowToTicket(row);
};

export const findTicketByCode = (db: Db, code: string): Ticket | undefined => {
  const row = cached(db, 'SELECT * FROM tickets WHERE code = ?').get(code) as TicketRow | undefined;
  return row && rowToTicket(row);
};

export const nextTicketNumber = (db: Db, workshopId: string): number =>
  (
    cached(db, 'SELECT coalesce(max(number), 0) + 1 AS next FROM tickets WHERE workshop_id = ?').get(workshopId) as {
      next: number;
    }
  ).next;

export function insertTicket(db: Db, ticket: Ticket): void {
  cached(
    db,
    `INSERT INTO tickets (id, workshop_id, code, number, state, created_at)
     VALUES (@id, @workshopId, @code, @number, @state, @createdAt)`,
  ).run(ticket);
}

export function setTicketState(db: Db, id: string, state: TicketState): void {
  cached(db, 'UPDATE tickets SET state = ? WHERE id = ?').run(state, id);
}
