/**
 * First visit: the code from the address (or the ticket, from a printed ticket's QR code), an
 * optional name, and Join. "I have a ticket" takes a ticket's code typed by hand instead.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanTicket, lastName, printedTicket } from '../lib/session.ts';
import { usePhone } from '../store/phoneStore.ts';
import { join } from '../store/session.ts';
import { errorKey } from './NoticeToast.tsx';
import { TicketField } from './TicketForm.tsx';

/** "K7PQ2M" as "K7P 2QM", as the projected screen shows it. */
export const groupCode = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;

export function JoinForm() {
  const { t } = useTranslation();
  const code = usePhone((s) => s.code);
  const addressTicket = usePhone((s) => s.ticket);
  const joining = usePhone((s) => s.phase === 'joining');
  const joinError = usePhone((s) => s.joinError);
  const [name, setName] = useState(lastName);
  // A ticket typed by hand on the join code's page.
  const [typing, setTyping] = useState(false);
  const [typed, setTyped] = useState('');
  const [invalid, setInvalid] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (joining) return;
    if (typing && !addressTicket) {
      const ticket = cleanTicket(typed);
      if (!ticket) {
        setInvalid(true);
        return;
      }
      void join(name, ticket);
      return;
    }
    void join(name);
  };

  // A refused ticket is said beside the ticket field when there is one.
  const ticketError = typing && joinError?.startsWith('ticket') ? joinError : null;

  return (
    <section className="card join" aria-labelledby="join-title">
      <h1 id="join-title" className="card__title">
        {t('phone.join.title')}
      </h1>
      {addressTicket ? (
        <p className="join__code" data-testid="join-ticket">
          {t('phone.join.ticket')} <strong>{printedTicket(addressTicket)}</strong>
        </p>
      ) : code ? (
        <p className="join__code">
          {t('phone.join.code')} <strong>{groupCode(code)}</strong>
        </p>
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label className="field__label" htmlFor="join-name">
            {t('phone.join.nameLabel')}
          </label>
          <input
            id="join-name"
            className="input"
            type="text"
            autoComplete="name"
            maxLength={120}
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-describedby="join-name-hint"
          />
          <p id="join-name-hint" className="field__hint">
            {t('phone.join.nameHint')}
          </p>
        </div>
        {typing && !addressTicket ? (
          <TicketField
            value={typed}
            invalid={invalid}
            error={ticketError}
            autoFocus
            onChange={(value) => {
              setTyped(value);
              setInvalid(false);
            }}
          />
        ) : null}
        {joinError && !ticketError ? (
          // A ticket in use elsewhere is no mistake of the participant's: said calmly, not in red.
          <p className={joinError === 'ticket_used' ? 'form__notice' : 'form__error'} role="alert">
            {t(errorKey(joinError))}
          </p>
        ) : null}
        <button type="submit" className="button button--primary button--block" disabled={joining}>
          {joining ? t('phone.join.joining') : t('phone.join.submit')}
        </button>
        {!addressTicket ? (
          <button
            type="button"
            className="button button--quiet join__ticket-toggle"
            aria-expanded={typing}
            onClick={() => {
              setTyping(!typing);
              setInvalid(false);
              usePhone.setState({ joinError: null });
            }}
          >
            {typing ? t('phone.join.noTicket') : t('phone.join.haveTicket')}
          </button>
        ) : null}
      </form>
    </section>
  );
}
