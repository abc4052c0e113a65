/**
 * A separate i18next instance for a window that is not the facilitator's: the projected
 * screen and the phone page. Separate because their language follows the workshop (the room's
 * language), not the facilitator's own choice, and because switching one must never rewrite
 * the facilitator's remembered language (they share localStorage on the same origin).
 * The phone page also stays lean this way: it bundles only its own strings.
 */
import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { isUiLanguage, type UiLanguage } from './languages.ts';

export interface WindowI18nOptions {
  resources: Resource;
  /** Storage key for a language the user picked in this window (never written otherwise). */
  storageKey: string;
  /**
   * Where that choice is kept: 'local' outlives the window (a phone is one person's), 'session'
   * lasts while the window is open (the projector: the next workshop follows its own language).
   */
  remember: 'local' | 'session';
}

export interface WindowI18n {
  i18n: I18n;
  /** Follows the workshop's language, unless the user picked one in this window. */
  followWorkshop(language: string): void;
  /** The user's explicit choice: remembered, and the workshop's language no longer applies. */
  choose(language: UiLanguage): void;
}

const storageFor = (remember: WindowI18nOptions['remember']): Storage =>
  remember === 'local' ? localStorage : sessionStorage;

function readChoice(remember: WindowI18nOptions['remember'], key: string): UiLanguage | null {
  try {
    const stored = storageFor(remember).getItem(key);
    return isUiLanguage(stored) ? stored : null;
  } catch {
    // storage can be unavailable (private mode on some phones): no remembered choice
    return null;
  }
}

export function createWindowI18n({ resources, storageKey, remember }: WindowI18nOptions): WindowI18n {
  const i18n = i18next.createInstance();
  const browser: UiLanguage = navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  const setHtmlLang = (language: string) => {
    // Screen readers and hyphenation read <html lang>.
    document.documentElement.lang = language;
  };
  i18n.on('languageChanged', setHtmlLang);
  void i18n.init({
    resources,
    lng: readChoice(remember, storageKey) ?? browser,
    fallbackLng: 'en',
    supportedLngs: ['en', 'fr'],
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
    initAsync: false,
  });
  setHtmlLang(i18n.language);

  return {
    i18n,
    followWorkshop(language) {
      if (readChoice(remember, storageKey) === null && isUiLanguage(language) && i18n.language !== language)
        void i18n.changeLanguage(language);
    },
    choose(language) {
      try {
        storageFor(remember).setItem(storageKey, language);
      } catch {
        // not fatal: the choice just won't survive a reload
      }
      if (i18n.language !== language) void i18n.changeLanguage(language);
    },
  };
}
