/**
 * The facilitator's own interface language: the laptop's screens, never the room's. The room's
 * language (projected screen, phones, summaries) is the workshop's, set in Setup › Details; the
 * label and tooltip say which is which, so the two never seem to compete.
 */
import { useTranslation } from 'react-i18next';
import { setLanguage, UI_LANGUAGES } from '../../shared/i18n/index.ts';

/** Language names are written in their own language, so anyone can find theirs. */
const NATIVE_NAMES = { en: 'English', fr: 'Français' } as const;

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <div className="ui-language">
      <span className="ui-language__label" aria-hidden="true" title={t('app.interfaceLanguageHint')}>
        {t('app.interface')}
      </span>
      <fieldset className="segmented">
        <legend className="visually-hidden">{t('app.interfaceLanguage')}</legend>
        {UI_LANGUAGES.map((language) => (
          <button
            key={language}
            type="button"
            lang={language}
            className="segmented__item"
            aria-pressed={i18n.language === language}
            aria-label={NATIVE_NAMES[language]}
            title={`${t('app.interfaceLanguage')}: ${NATIVE_NAMES[language]}. ${t('app.interfaceLanguageHint')}`}
            onClick={() => setLanguage(language)}
          >
            {language.toUpperCase()}
          </button>
        ))}
      </fieldset>
    </div>
  );
}
