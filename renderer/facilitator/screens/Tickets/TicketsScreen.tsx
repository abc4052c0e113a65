/**
 * The tickets sheet, for votes that must be binding: make tickets (one per participant by
 * default), print them from the browser (A4, 12 a page, each with the workshop's title, a QR code
 * of its /t/ address, the code to type and its number), and follow each ticket's state, releasing
 * a used one for its holder's new phone. Reached from the phones panel; it stays in the main
 * window (Electron opens no other window but the projected screen).
 */
import './tickets.css';
import { type FormEvent, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../../shared/voting.ts';
import { VOTE_LIMITS } from '../../../../shared/voting.ts';
import { Button } from '../../components/Button.tsx';
import { Icon } from '../../components/Icon.tsx';
import { startLan, useLan } from '../../store/lan.ts';
import { useParticipants } from '../../store/participants.ts';
import { paths } from '../../store/router.ts';
import { createTickets, loadTickets, useTickets } from '../../store/tickets.ts';
import { showToast, toastError } from '../../store/toasts.ts';
import { useWorkshop } from '../../store/workshop.ts';
import { TicketCard, type TicketLook } from './TicketCard.tsx';
import { TicketList } from './TicketList.tsx';
import { TicketSheet } from './TicketSheet.tsx';
import { defaultTicketCount, pagesOf, ticketsInRange, wholeNumberIn } from './ticketSheet.ts';

// One empty list, so the store selector returns the same value while another workshop's tickets load.
const NO_TICKETS: Ticket[] = [];

function MakeTickets({
  workshopId,
  made,
  onMade,
}: {
  workshopId: string;
  made: number;
  onMade: (batch: Ticket[]) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const participants = useParticipants((s) => (s.workshopId === workshopId ? s.items.length : 0));
  const suggested = defaultTicketCount(participants, made, VOTE_LIMITS.ticketsPerBatch);
  const [count, setCount] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const shown = count ?? String(suggested);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const n = wholeNumberIn(shown, 1, VOTE_LIMITS.ticketsPerBatch);
    if (n === null) {
      setInvalid(true);
      return;
    }
    setBusy(true);
    const result = await createTickets(workshopId, n);
    setBusy(false);
    if (!result.ok) {
      toastError(result.error);
      return;
    }
    const batch = result.value;
    setCount(null);
    showToast({
      tone: 'success',
      message: t('tickets.make.done', { count: batch.length, from: batch[0]?.number, to: batch.at(-1)?.number }),
    });
    onMade(batch);
  };

  return (
    <section className="panel tickets-make" aria-labelledby={`${id}-title`}>
      <header className="panel__header">
        <h3 className="panel__title" id={`${id}-title`}>
          {t('tickets.make.title')}
        </h3>
      </header>
      <form className="panel__body tickets-make__form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-count`}>
            {t('tickets.make.count')}
          </label>
          <input
            id={`${id}-count`}
            className="input tickets-make__count"
            inputMode="numeric"
            value={shown}
            aria-invalid={invalid || undefined}
            aria-describedby={`${id}-hint`}
            onChange={(e) => {
              setCount(e.target.value);
              setInvalid(false);
            }}
            data-testid="tickets-count"
          />
          <p className="field__hint" id={`${id}-hint`}>
            {made > 0
              ? t('tickets.make.countHintMore', { count: participants, made })
              : t('tickets.make.countHint', { count: participants })}
          </p>
          {invalid ? (
            <p className="field__error">{t('tickets.make.invalid', { max: VOTE_LIMITS.ticketsPerBatch })}</p>
          ) : null}
        </div>
        <Button type="submit" variant="primary" icon="plus" busy={busy}>
          {t('tickets.make.submit')}
        </Button>
      </form>
    </section>
  );
}

interface Range {
  from: string;
  to: string;
  /** False while the range is "all of them" and follows new tickets. */
  touched: boolean;
}

function PrintPanel({
  tickets,
  range,
  onRange,
  look,
  language,
}: {
  tickets: Ticket[];
  range: Range;
  onRange: (range: Range) => void;
  look: TicketLook | null;
  language: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [turningOn, setTurningOn] = useState(false);
  const first = tickets[0]?.number ?? 1;
  const last = tickets.at(-1)?.number ?? 1;
  const from = wholeNumberIn(range.from, first, last);
  const to = wholeNumberIn(range.to, first, last);
  const valid = from !== null && to !== null && from <= to;
  const chosen = valid ? ticketsInRange(tickets, from, to) : [];
  const pages = pagesOf(chosen).length;

  const turnOn = async () => {
    setTurningOn(true);
    const result = await startLan();
    setTurningOn(false);
    if (!result.ok) toastError(result.error);
  };

  // Off by default: a ticket names nobody unless the facilitator writes a name on the paper.
  const [nameLine, setNameLine] = useState(false);

  return (
    <section className="panel tickets-print" aria-labelledby={`${id}-title`}>
      <header className="panel__header">
        <h3 className="panel__title" id={`${id}-title`}>
          {t('tickets.print.title')}
        </h3>
        <p className="panel__lead">{t('tickets.print.lead')}</p>
      </header>
      <div className="panel__body tickets-print__body">
        <div className="tickets-print__options">
          {look ? (
            <p className="notice notice--info tickets-print__address" data-testid="tickets-address">
              <Icon name="wifi" size={16} />
              <span>{t('tickets.print.address', { url: look.baseUrl })}</span>
            </p>
          ) : (
            <div className="notice notice--warning tickets-print__off" role="status" data-testid="tickets-server-off">
              <p>{t('tickets.print.serverOff')}</p>
              <Button size="sm" variant="primary" icon="wifi" busy={turningOn} onClick={() => void turnOn()}>
                {t('tickets.print.turnOn')}
              </Button>
            </div>
          )}
          {tickets.length === 0 ? (
            <p className="muted">{t('tickets.print.none')}</p>
          ) : (
            <>
              <fieldset className="tickets-print__range">
                <div className="field">
                  <label className="field__label" htmlFor={`${id}-from`}>
                    {t('tickets.print.from')}
                  </label>
                  <input
                    id={`${id}-from`}
                    className="input input--sm tickets-print__number"
                    inputMode="numeric"
                    value={range.from}
                    aria-invalid={!valid || undefined}
                    onChange={(e) => onRange({ ...range, from: e.target.value, touched: true })}
                  />
                </div>
                <div className="field">
                  <label className="field__label" htmlFor={`${id}-to`}>
                    {t('tickets.print.to')}
                  </label>
                  <input
                    id={`${id}-to`}
                    className="input input--sm tickets-print__number"
                    inputMode="numeric"
                    value={range.to}
                    aria-invalid={!valid || undefined}
                    onChange={(e) => onRange({ ...range, to: e.target.value, touched: true })}
                  />
                </div>
                <p className="tickets-print__pages" aria-live="polite">
                  {valid ? (
                    t('tickets.print.pages', { count: chosen.length, pages })
                  ) : (
                    <span className="field__error">{t('tickets.print.rangeInvalid', { first, last })}</span>
                  )}
                </p>
              </fieldset>
              <label className="check-line tickets-print__name">
                <input type="checkbox" checked={nameLine} onChange={(e) => setNameLine(e.target.checked)} />
                <span>
                  <span className="check-line__label">{t('tickets.print.nameLine')}</span>
                  <span className="check-line__hint">{t('tickets.print.nameLineHint')}</span>
                </span>
              </label>
              <div>
                <Button
                  variant="primary"
                  icon="file"
                  disabled={!look || !valid || chosen.length === 0}
                  onClick={() => window.print()}
                >
                  {t('tickets.print.submit')}
                </Button>
              </div>
            </>
          )}
        </div>
        {look && chosen[0] ? (
          <figure className="tickets-print__preview">
            <figcaption className="tickets-print__caption">{t('tickets.print.preview')}</figcaption>
            {/* The room's language, whatever the laptop's: marked so, for screen readers. */}
            <div lang={language}>
              <TicketCard ticket={chosen[0]} look={{ ...look, nameLine }} />
            </div>
          </figure>
        ) : null}
        {look && valid && chosen.length > 0 ? (
          <TicketSheet tickets={chosen} look={{ ...look, nameLine }} language={language} />
        ) : null}
      </div>
    </section>
  );
}

export function TicketsScreen({ workshopId }: { workshopId: string }) {
  const { t, i18n } = useTranslation();
  const tickets = useTickets((s) => (s.workshopId === workshopId ? s.items : NO_TICKETS));
  const workshop = useWorkshop((s) => (s.workshopId === workshopId ? s.workshop : null));
  const baseUrl = useLan((s) => (s.status?.running ? s.status.baseUrl : null));
  const [range, setRange] = useState<Range>({ from: '1', to: '1', touched: false });

  useEffect(() => {
    void loadTickets(workshopId);
  }, [workshopId]);

  // Until the facilitator picks numbers, the range is every ticket, new ones included.
  const last = tickets.at(-1)?.number ?? 1;
  useEffect(() => {
    if (!range.touched) setRange({ from: String(tickets[0]?.number ?? 1), to: String(last), touched: false });
  }, [tickets, last, range.touched]);

  const language = workshop?.language ?? 'en';
  const roomT = useMemo(() => i18n.getFixedT(language), [i18n, language]);
  const look: TicketLook | null =
    baseUrl && workshop ? { title: workshop.title, baseUrl, nameLine: false, t: roomT } : null;

  return (
    <div className="tickets-screen">
      <a className="back-link" href={paths.tab(workshopId, 'vote')}>
        <Icon name="back" size={16} />
        {t('tickets.back')}
      </a>
      <header className="tickets-screen__header">
        <h2 className="tickets-screen__title" id="tickets-heading" tabIndex={-1}>
          {t('tickets.title')}
        </h2>
        <p className="tickets-screen__lead">{t('tickets.lead')}</p>
      </header>
      <div className="tickets-screen__grid">
        <MakeTickets
          workshopId={workshopId}
          made={tickets.length}
          onMade={(batch) =>
            setRange({ from: String(batch[0]?.number ?? 1), to: String(batch.at(-1)?.number ?? 1), touched: true })
          }
        />
        <PrintPanel tickets={tickets} range={range} onRange={setRange} look={look} language={language} />
      </div>
      <TicketList tickets={tickets} />
    </div>
  );
}
