import { useTranslation } from 'react-i18next';
import { setLanguage, UI_LANGUAGES } from '../../shared/i18n/index.ts';

/** Language names are written in their own language, so anyone can find theirs. */
const NATIVE_NAMES = { en: 'English', fr: 'Français' } as const;

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{t('app.language')}</legend>
      {UI_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="segmented__item"
          aria-pressed={i18n.language === language}
          aria-label={NATIVE_NAMES[language]}
          title={NATIVE_NAMES[language]}
          onClick={() => setLanguage(language)}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </fieldset>
  );
}
