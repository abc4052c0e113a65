/** The code in the address is unknown (a typo, or the facilitator made a new one): type the one on the screen. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePhone } from '../store/phoneStore.ts';
import { goToCode } from '../store/session.ts';

export function CodeForm() {
  const { t } = useTranslation();
  const reason = usePhone((s) => s.badCodeReason);
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clean = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
    if (clean.length !== 6) {
      setInvalid(true);
      return;
    }
    goToCode(clean);
  };

  return (
    <section className="card" aria-labelledby="code-title">
      <h1 id="code-title" className="card__title">
        {reason === 'signed-out' ? t('phone.code.signedOutTitle') : t('phone.code.unknownTitle')}
      </h1>
      <p className="card__text">{t('phone.code.text')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label className="field__label" htmlFor="code-input">
            {t('phone.code.label')}
          </label>
          <input
            id="code-input"
            className="input input--code"
            type="text"
            inputMode="text"
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            maxLength={7}
            value={code}
            aria-invalid={invalid}
            aria-describedby={invalid ? 'code-error' : undefined}
            onChange={(e) => {
              setCode(e.target.value);
              setInvalid(false);
            }}
          />
          {invalid ? (
            <p id="code-error" className="form__error">
              {t('phone.code.invalid')}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button button--primary button--block">
          {t('phone.code.submit')}
        </button>
      </form>
    </section>
  );
}
