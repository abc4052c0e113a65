/**
 * "Propose a topic": a title and an optional pitch, sent to the facilitator, who approves it
 * before it reaches the wall. Folded away while a vote is open, so the ballot comes first.
 */
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { proposeTopic } from '../store/topics.ts';
import { errorKey } from './NoticeToast.tsx';

// The server's limits (LIMITS.title and LIMITS.pitch in shared/schemas.ts).
const TITLE_MAX = 200;
const PITCH_MAX = 2000;

type Status = { kind: 'editing' } | { kind: 'sending' } | { kind: 'sent' } | { kind: 'failed'; code: string };

export function ProposeTopic({ startOpen }: { startOpen: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(startOpen);
  const [title, setTitle] = useState('');
  const [pitch, setPitch] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'editing' });
  const [missingTitle, setMissingTitle] = useState(false);
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setMissingTitle(true);
      return;
    }
    setStatus({ kind: 'sending' });
    const error = await proposeTopic(title, pitch);
    if (error) {
      setStatus({ kind: 'failed', code: error });
      return;
    }
    setTitle('');
    setPitch('');
    setStatus({ kind: 'sent' });
  };

  return (
    <section className="card propose" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="propose__heading">
        <button
          type="button"
          className="propose__toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen(!open)}
        >
          <span>{t('phone.propose.title')}</span>
          <span className={`propose__chevron${open ? ' propose__chevron--open' : ''}`} aria-hidden="true" />
        </button>
      </h2>
      <div id={`${id}-body`} hidden={!open}>
        {status.kind === 'sent' ? (
          <div className="propose__sent" role="status" data-testid="topic-sent">
            <p className="propose__sent-title">{t('phone.propose.sent')}</p>
            <p className="card__text">{t('phone.propose.sentText')}</p>
            <button type="button" className="button button--quiet" onClick={() => setStatus({ kind: 'editing' })}>
              {t('phone.propose.another')}
            </button>
          </div>
        ) : (
          <form className="form" onSubmit={submit} noValidate>
            <p className="card__text">{t('phone.propose.intro')}</p>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-topic`}>
                {t('phone.propose.titleLabel')}
              </label>
              <input
                id={`${id}-topic`}
                className="input"
                type="text"
                maxLength={TITLE_MAX}
                value={title}
                required
                aria-invalid={missingTitle}
                aria-describedby={missingTitle ? `${id}-topic-error` : undefined}
                onChange={(e) => {
                  setTitle(e.target.value);
                  setMissingTitle(false);
                }}
              />
              {missingTitle ? (
                <p id={`${id}-topic-error`} className="form__error">
                  {t('phone.propose.titleRequired')}
                </p>
              ) : null}
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-pitch`}>
                {t('phone.propose.pitchLabel')}
              </label>
              <textarea
                id={`${id}-pitch`}
                className="input input--area"
                rows={3}
                maxLength={PITCH_MAX}
                value={pitch}
                onChange={(e) => setPitch(e.target.value)}
              />
            </div>
            {status.kind === 'failed' ? (
              <p className="form__error" role="alert">
                {t(errorKey(status.code))}
              </p>
            ) : null}
            <button type="submit" className="button button--primary button--block" disabled={status.kind === 'sending'}>
              {status.kind === 'sending' ? t('phone.propose.sending') : t('phone.propose.submit')}
            </button>
          </form>
        )}
      </div>
    </section>
  );
}
