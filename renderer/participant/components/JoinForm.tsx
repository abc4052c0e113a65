/** First visit: the code from the address, an optional name, and Join. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lastName } from '../lib/session.ts';
import { usePhone } from '../store/phoneStore.ts';
import { join } from '../store/session.ts';
import { errorKey } from './NoticeToast.tsx';

/** "K7PQ2M" as "K7P 2QM", as the projected screen shows it. */
export const groupCode = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;

export function JoinForm() {
  const { t } = useTranslation();
  const code = usePhone((s) => s.code) ?? '';
  const joining = usePhone((s) => s.phase === 'joining');
  const joinError = usePhone((s) => s.joinError);
  const [name, setName] = useState(lastName);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!joining) void join(name);
  };

  return (
    <section className="card join" aria-labelledby="join-title">
      <h1 id="join-title" className="card__title">
        {t('phone.join.title')}
      </h1>
      <p className="join__code">
        {t('phone.join.code')} <strong>{groupCode(code)}</strong>
      </p>
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
        {joinError ? (
          <p className="form__error" role="alert">
            {t(errorKey(joinError))}
          </p>
        ) : null}
        <button type="submit" className="button button--primary button--block" disabled={joining}>
          {joining ? t('phone.join.joining') : t('phone.join.submit')}
        </button>
      </form>
    </section>
  );
}
