/** The workshop's title, who I vote as, and the language switch. */
import { useTranslation } from 'react-i18next';
import { usePhone } from '../store/phoneStore.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

function Mark() {
  return (
    <svg className="header__mark" width="28" height="28" viewBox="0 0 28 28" aria-hidden="true" focusable="false">
      <rect width="28" height="28" rx="8" fill="currentColor" />
      <path d="M6 20h16M8.5 16h11M11 12h6" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" />
      <circle cx="14" cy="7.5" r="1.7" fill="#fff" />
    </svg>
  );
}

export function Header() {
  const { t } = useTranslation();
  const title = usePhone((s) => s.state?.workshop.title);
  const name = usePhone((s) => s.name);
  const ready = usePhone((s) => s.phase === 'ready');
  return (
    <header className="header">
      <div className="header__row">
        <Mark />
        {/* Once joined, the workshop is the page's main heading; before, the join card has it. */}
        {ready ? (
          <h1 className="header__title">{title ?? 'Agora'}</h1>
        ) : (
          <p className="header__title">{title ?? 'Agora'}</p>
        )}
        <LanguageSwitch />
      </div>
      {ready ? (
        <p className="header__who" data-testid="voting-as">
          {name ? t('phone.header.votingAs', { name }) : t('phone.header.anonymous')}
        </p>
      ) : null}
    </header>
  );
}
