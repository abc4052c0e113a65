/** EN / FR, each named in its own language so anyone finds theirs. */
import { useTranslation } from 'react-i18next';
import { NATIVE_NAMES, WINDOW_LANGUAGES } from '../../shared/i18n/languages.ts';
import { phoneI18n } from '../i18n.ts';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <fieldset className="lang">
      <legend className="visually-hidden">{t('phone.language')}</legend>
      {WINDOW_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="lang__button"
          aria-pressed={i18n.language === language}
          aria-label={NATIVE_NAMES[language]}
          onClick={() => phoneI18n.choose(language)}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </fieldset>
  );
}
