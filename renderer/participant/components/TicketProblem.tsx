/**
 * A ticket that cannot be used: the one in the address is unknown (type it again), or it is now
 * used on another phone (the facilitator released it and another phone took it). Calm words, and
 * a way on.
 */
import { useTranslation } from 'react-i18next';
import { usePhone } from '../store/phoneStore.ts';
import { goToTicket, joinWithoutTicket } from '../store/session.ts';
import { TicketForm } from './TicketForm.tsx';

export function BadTicket() {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="bad-ticket-title" data-testid="bad-ticket">
      <h1 id="bad-ticket-title" className="card__title">
        {t('phone.badTicket.title')}
      </h1>
      <p className="card__text">{t('phone.badTicket.text')}</p>
      <TicketForm
        submitLabel={t('phone.badTicket.submit')}
        onTicket={(ticket) => {
          goToTicket(ticket);
          return undefined;
        }}
      />
    </section>
  );
}

export function TicketUsed() {
  const { t } = useTranslation();
  const code = usePhone((s) => s.code);
  return (
    <section className="card" aria-labelledby="ticket-used-title" data-testid="ticket-used">
      <h1 id="ticket-used-title" className="card__title">
        {t('phone.ticketUsed.title')}
      </h1>
      <p className="card__text">{t('phone.ticketUsed.text')}</p>
      {code ? (
        <button type="button" className="button button--quiet" onClick={() => void joinWithoutTicket()}>
          {t('phone.ticketUsed.withoutTicket')}
        </button>
      ) : null}
    </section>
  );
}
