/** The page shown by windows whose feature is not built yet (projected screen, participant phone page). */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function Placeholder({ titleKey, textKey }: { titleKey: string; textKey: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t(titleKey)} · Agora`;
  }, [t, titleKey]);
  return (
    <main className="placeholder">
      <div className="placeholder__card">
        <svg
          width="44"
          height="44"
          viewBox="0 0 28 28"
          aria-hidden="true"
          focusable="false"
          className="placeholder__mark"
        >
          <rect width="28" height="28" rx="8" fill="currentColor" />
          <path d="M6 20h16M8.5 16h11M11 12h6" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" />
          <circle cx="14" cy="7.5" r="1.7" fill="#fff" />
        </svg>
        <h1 className="placeholder__title">{t(titleKey)}</h1>
        <p className="placeholder__text">{t(textKey)}</p>
      </div>
    </main>
  );
}
