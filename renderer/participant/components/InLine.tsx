/**
 * Beyond the voter ceiling: a calm card while the facilitator lets phones in, with this phone's
 * place in the line. It turns into the ballot by itself: the server's 'admitted' event re-reads
 * the state. A printed ticket gets in at once.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { switchToTicket } from '../store/session.ts';
import { TicketForm } from './TicketForm.tsx';

export function InLine({ ahead }: { ahead: number | null }) {
  const { t } = useTranslation();
  const [withTicket, setWithTicket] = useState(false);
  return (
    <section className="card waiting in-line" aria-labelledby="in-line-title" data-testid="in-line">
      <span className="waiting__pulse" aria-hidden="true" />
      <h2 id="in-line-title" className="waiting__title">
        {t('phone.line.title')}
      </h2>
      {ahead !== null ? (
        <p className="in-line__place" role="status" data-testid="in-line-place">
          {t('phone.line.ahead', { count: ahead })}
        </p>
      ) : null}
      <p className="card__text">{t('phone.line.text')}</p>
      {withTicket ? (
        <div className="in-line__ticket">
          <TicketForm submitLabel={t('phone.ticketRound.submit')} onTicket={switchToTicket} />
        </div>
      ) : (
        <button
          type="button"
          className="button button--quiet in-line__ticket-toggle"
          onClick={() => setWithTicket(true)}
        >
          {t('phone.line.ticket')}
        </button>
      )}
    </section>
  );
}
