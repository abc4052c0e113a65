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

/** Stands for a name the participant typed inside a translated sentence, so it is isolated (<bdi>). */
const MARK = '\u0000';

/**
 * A sentence with one value typed by a participant in it, the value isolated: a right-to-left
 * override in a name (U+202E) cannot turn the words around it.
 */
export function Isolated({ text, value }: { text: string; value: string }) {
  const [before = '', after = ''] = text.split(MARK);
  return (
    <>
      {before}
      <bdi>{value}</bdi>
      {after}
    </>
  );
}

export function Header() {
  const { t } = useTranslation();
  const title = usePhone((s) => s.state?.workshop.title);
  const name = usePhone((s) => s.name);
  const ready = usePhone((s) => s.phase === 'ready');
  const ticket = usePhone((s) => s.state?.ticket ?? false);
  return (
    <header className="header">
      <div className="header__row">
        <Mark />
        {/* Once joined, the workshop is the page's main heading; before, the join card has it. */}
        {ready ? (
          <h1 className="header__title">
            <bdi>{title ?? 'Agora'}</bdi>
          </h1>
        ) : (
          <p className="header__title">
            <bdi>{title ?? 'Agora'}</bdi>
          </p>
        )}
        <LanguageSwitch />
      </div>
      {ready ? (
        <p className="header__who">
          <span data-testid="voting-as">
            {name ? (
              <Isolated text={t('phone.header.votingAs', { name: MARK })} value={name} />
            ) : (
              t('phone.header.anonymous')
            )}
          </span>
          {ticket ? (
            <span className="header__ticket" data-testid="ticket-holder">
              {t('phone.header.ticket')}
            </span>
          ) : null}
        </p>
      ) : null}
    </header>
  );
}
