/**
 * One i18next instance for every window (facilitator, projected screen, participant page).
 * Strings live in en.json / fr.json (the app, setup, topics) and one <feature>.<lang>.json per
 * later feature (vote: the laptop's voting screens; room: the room controls every workshop screen
 * shows — phones, the projected screen, proposals; tickets: the printed tickets for binding votes;
 * present: the projected screen; phone: the participant page), each with identical key sets across
 * languages; the chosen language is kept in localStorage so a reload or a second window opens in
 * the same language.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fr from './fr.json';
import gridEn from './grid.en.json';
import gridFr from './grid.fr.json';
import groupsEn from './groups.en.json';
import groupsFr from './groups.fr.json';
import phoneEn from './phone.en.json';
import phoneFr from './phone.fr.json';
import presentEn from './present.en.json';
import presentFr from './present.fr.json';
import roomEn from './room.en.json';
import roomFr from './room.fr.json';
import ticketsEn from './tickets.en.json';
import ticketsFr from './tickets.fr.json';
import voteEn from './vote.en.json';
import voteFr from './vote.fr.json';

export const UI_LANGUAGES = ['en', 'fr'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const STORAGE_KEY = 'agora.language';

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

function initialLanguage(): UiLanguage {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isUiLanguage(stored)) return stored;
  } catch {
    // storage can be unavailable (privacy settings); fall back to the browser language
  }
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Keeps <html lang> right for screen readers and hyphenation, and remembers the choice. */
function onLanguageChanged(language: string): void {
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // not fatal: the choice just won't survive a reload
  }
}

export function currentLanguage(): UiLanguage {
  return isUiLanguage(i18n.language) ? i18n.language : 'en';
}

export function setLanguage(language: UiLanguage): void {
  if (i18n.language !== language) void i18n.changeLanguage(language);
}

i18n.on('languageChanged', onLanguageChanged);

void i18n.use(initReactI18next).init({
  resources: {
    en: {
      translation: { ...en, ...groupsEn, ...gridEn, ...voteEn, ...roomEn, ...ticketsEn, ...presentEn, ...phoneEn },
    },
    fr: {
      translation: { ...fr, ...groupsFr, ...gridFr, ...voteFr, ...roomFr, ...ticketsFr, ...presentFr, ...phoneFr },
    },
  },
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: UI_LANGUAGES,
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});
onLanguageChanged(i18n.language);

export default i18n;
