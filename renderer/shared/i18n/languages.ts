/**
 * The interface languages, without the app-wide i18next instance that index.ts creates, so
 * windows with their own instance (windowI18n.ts) can check a language without bundling the
 * facilitator's strings. Keep in step with UI_LANGUAGES in index.ts.
 */
export const WINDOW_LANGUAGES = ['en', 'fr'] as const;
export type UiLanguage = (typeof WINDOW_LANGUAGES)[number];

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (WINDOW_LANGUAGES as readonly string[]).includes(value);
}

/** Language names in their own language, so anyone can find theirs. */
export const NATIVE_NAMES: Record<UiLanguage, string> = { en: 'English', fr: 'Français' };
