/** A named vote (a jury) needs my name with my ballot: give it, and the phone keeps voting as itself. */
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { giveName } from '../store/session.ts';

export function NamePrompt() {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  // two open named rounds show two prompts: each needs its own id
  const inputId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim() || busy) return;
    setBusy(true);
    void giveName(name).finally(() => setBusy(false));
  };
  return (
    <form className="name-prompt" onSubmit={submit}>
      <label className="field__label" htmlFor={inputId}>
        {t('phone.named.label')}
      </label>
      <p className="field__hint">{t('phone.named.hint')}</p>
      <div className="name-prompt__row">
        <input
          id={inputId}
          className="input"
          type="text"
          autoComplete="name"
          maxLength={120}
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="button button--primary" disabled={busy || !name.trim()}>
          {t('phone.named.submit')}
        </button>
      </div>
    </form>
  );
}
