import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './components/LanguageSwitcher.tsx';
import { ToastRegion } from './components/Toasts.tsx';
import { Home } from './screens/Home/Home.tsx';
import { WorkshopLayout } from './screens/WorkshopLayout.tsx';
import { paths, useRouter } from './store/router.ts';
import { startSync } from './store/sync.ts';

function Wordmark() {
  return (
    <svg className="brand__mark" width="28" height="28" viewBox="0 0 28 28" aria-hidden="true" focusable="false">
      <rect width="28" height="28" rx="8" fill="currentColor" />
      {/* a forum's steps: three rising tiers, the agora where a city meets */}
      <path d="M6 20h16M8.5 16h11M11 12h6" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" />
      <circle cx="14" cy="7.5" r="1.7" fill="#fff" />
    </svg>
  );
}

function TopBar() {
  const { t } = useTranslation();
  return (
    <header className="topbar">
      <div className="topbar__inner">
        <a className="brand" href={paths.home()}>
          <Wordmark />
          <span className="brand__name">Agora</span>
        </a>
        <span className="topbar__tagline">{t('app.tagline')}</span>
        <div className="topbar__end">
          <span className="offline-pill" title={t('app.savedLocallyHint')}>
            <span className="offline-pill__dot" aria-hidden="true" />
            {t('app.savedLocally')}
          </span>
          <LanguageSwitcher />
        </div>
      </div>
    </header>
  );
}

export function App() {
  const { t } = useTranslation();
  const route = useRouter((s) => s.route);
  useEffect(() => startSync(), []);

  return (
    <div className="app">
      <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
        {t('app.skipToContent')}
      </button>
      <TopBar />
      <main id="main" tabIndex={-1} className="main">
        {route.name === 'home' ? <Home /> : <WorkshopLayout key={route.workshopId} route={route} />}
      </main>
      <ToastRegion />
    </div>
  );
}
