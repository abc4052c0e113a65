/**
 * One printed ticket: the workshop's title, the QR code of its /t/ address, the code to type,
 * its number, an optional line for a name and one line of help, all in the workshop's language
 * (the room reads it, whatever language the laptop is in).
 */
import type { TFunction } from 'i18next';
import type { Ticket } from '../../../../shared/voting.ts';
import { QrCode } from '../../../shared/QrCode.tsx';
import { printedTicketCode } from '../../store/tickets.ts';
import { ticketUrl } from './ticketSheet.ts';

export interface TicketLook {
  title: string;
  baseUrl: string;
  nameLine: boolean;
  /** Strings in the workshop's language. */
  t: TFunction;
}

export function TicketCard({ ticket, look }: { ticket: Ticket; look: TicketLook }) {
  const { t } = look;
  return (
    <article className={`ticket${look.nameLine ? ' ticket--named' : ''}`} data-testid="ticket">
      <header className="ticket__head">
        <span className="ticket__label">{t('tickets.ticket.label')}</span>
        <span className="ticket__number">{t('tickets.ticket.number', { number: ticket.number })}</span>
      </header>
      <p className="ticket__title">
        <bdi>{look.title}</bdi>
      </p>
      <QrCode
        value={ticketUrl(look.baseUrl, ticket.code)}
        size={112}
        label={t('tickets.ticket.qrLabel', { number: ticket.number })}
        className="ticket__qr"
      />
      <p className="ticket__code" data-testid="ticket-code">
        {printedTicketCode(ticket.code)}
      </p>
      {look.nameLine ? (
        <p className="ticket__name">
          {t('tickets.ticket.name')}
          <span className="ticket__name-line" aria-hidden="true" />
        </p>
      ) : null}
      <p className="ticket__help">{t('tickets.ticket.help')}</p>
    </article>
  );
}
