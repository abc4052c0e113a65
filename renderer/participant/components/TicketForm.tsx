/**
 * Typing a printed ticket's code (for a phone that cannot scan its QR code): "k7mq2 xr4pa",
 * "K7MQ2-XR4PA" and the like are all read the same. Used by the join form, a ticket-only round on
 * a phone that joined with the code, and a ticket address that did not work.
 */
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanTicket } from '../lib/session.ts';
import { errorKey } from './NoticeToast.tsx';

export function TicketField({
  value,
  onChange,
  invalid,
  error,
  autoFocus,
}: {
  value: string;
  onChange: (value: string) => void;
  invalid: boolean;
  /** A refusal from the server (an error code), shown under the field. */
  error?: string | null;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const message = invalid ? t('phone.join.ticketInvalid') : error ? t(errorKey(error)) : null;
  return (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-ticket`}>
        {t('phone.join.ticketLabel')}
      </label>
      <input
        id={`${id}-ticket`}
        className="input input--code input--ticket"
        type="text"
        inputMode="text"
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
        // biome-ignore lint/a11y/noAutofocus: the field was just asked for, by a tap on "I have a ticket"
        autoFocus={autoFocus}
        maxLength={14}
        placeholder="XXXXX-XXXXX"
        value={value}
        aria-invalid={message ? true : undefined}
        aria-describedby={`${id}-hint${message ? ` ${id}-error` : ''}`}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={`${id}-hint`} className="field__hint">
        {t('phone.join.ticketHint')}
      </p>
      {message ? (
        <p id={`${id}-error`} className="form__error" role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
}

/** A ticket field and its button, on its own (a ticket-only round, a ticket address that failed). */
export function TicketForm({
  submitLabel,
  onTicket,
}: {
  submitLabel: string;
  /** Resolves to null when the ticket was taken, or the error code to show. */
  onTicket: (ticket: string) => Promise<string | null> | undefined;
}) {
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ticket = cleanTicket(value);
    if (!ticket) {
      setInvalid(true);
      return;
    }
    setBusy(true);
    const refused = await onTicket(ticket);
    setBusy(false);
    setError(refused ?? null);
  };
  return (
    <form className="form ticket-form" onSubmit={(e) => void submit(e)} noValidate>
      <TicketField
        value={value}
        invalid={invalid}
        error={error}
        onChange={(v) => {
          setValue(v);
          setInvalid(false);
          setError(null);
        }}
      />
      <button type="submit" className="button button--primary button--block" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
