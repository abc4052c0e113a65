/** Every ticket with its state; a used one can be released for its holder's new phone. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../../shared/voting.ts';
import { Button } from '../../components/Button.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { printedTicketCode, releaseTicket } from '../../store/tickets.ts';
import { showToast, toastError } from '../../store/toasts.ts';
import { countTickets } from './ticketSheet.ts';

export function TicketList({ tickets }: { tickets: Ticket[] }) {
  const { t } = useTranslation();
  const [releasing, setReleasing] = useState<Ticket | null>(null);
  const counts = countTickets(tickets);

  const release = async () => {
    if (!releasing) return;
    const result = await releaseTicket(releasing.id);
    if (result.ok) showToast({ tone: 'success', message: t('tickets.list.released', { number: releasing.number }) });
    else toastError(result.error);
    setReleasing(null);
  };

  return (
    <section className="panel tickets-list" aria-labelledby="tickets-list-heading">
      <header className="panel__header">
        <h3 className="panel__title" id="tickets-list-heading">
          {t('tickets.list.title')}
        </h3>
        <p className="panel__lead">{t('tickets.list.lead')}</p>
        {tickets.length > 0 ? (
          <p className="tickets-list__summary" data-testid="tickets-summary">
            {t('tickets.list.summary', { ...counts })}
          </p>
        ) : null}
      </header>
      <div className="panel__body tickets-list__body">
        {tickets.length === 0 ? (
          <p className="muted">{t('tickets.list.empty')}</p>
        ) : (
          <div className="tickets-list__table">
            <table className="table table--compact">
              <thead>
                <tr>
                  <th scope="col">{t('tickets.list.number')}</th>
                  <th scope="col">{t('tickets.list.code')}</th>
                  <th scope="col">{t('tickets.list.state')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('tickets.list.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tickets.map((ticket) => (
                  <tr key={ticket.id} data-testid="ticket-row" data-state={ticket.state}>
                    <td className="tickets-list__number">{ticket.number}</td>
                    <td className="tickets-list__code">{printedTicketCode(ticket.code)}</td>
                    <td>
                      <span className={`ticket-state ticket-state--${ticket.state}`}>
                        <span className="ticket-state__dot" aria-hidden="true" />
                        {t(`tickets.list.states.${ticket.state}`)}
                      </span>
                    </td>
                    <td className="tickets-list__action">
                      {ticket.state === 'used' ? (
                        <Button
                          size="sm"
                          variant="ghost"
                          icon="refresh"
                          aria-label={t('tickets.list.releaseNamed', { number: ticket.number })}
                          onClick={() => setReleasing(ticket)}
                        >
                          {t('tickets.list.release')}
                        </Button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      <ConfirmDialog
        open={releasing !== null}
        title={t('tickets.list.releaseTitle', { number: releasing?.number ?? '' })}
        message={t('tickets.list.releaseMessage')}
        confirmLabel={t('tickets.list.release')}
        tone="primary"
        onConfirm={release}
        onClose={() => setReleasing(null)}
      />
    </section>
  );
}
