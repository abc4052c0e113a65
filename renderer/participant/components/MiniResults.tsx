/** The results the facilitator chose to show, after I voted: small bars, the top five first. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhoneRound } from '../../../shared/protocol.ts';

const FIRST = 5;

export function MiniResults({ round }: { round: PhoneRound }) {
  const { t, i18n } = useTranslation();
  const [all, setAll] = useState(false);
  const headingId = useId();
  const results = round.results;
  if (!results) return null;
  const scoring = round.method === 'scoring';
  const scale = scoring ? 5 : Math.max(1, ...results.items.map((item) => item.total));
  const items = all ? results.items : results.items.slice(0, FIRST);
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : i18n.language, {
    maximumFractionDigits: 1,
  });

  return (
    <section className="mini-results" aria-labelledby={headingId} data-testid="phone-results">
      <h3 id={headingId} className="mini-results__title">
        {t('phone.results.title')}
        <span className="mini-results__voters">{t('phone.results.voters', { count: results.voters })}</span>
      </h3>
      <ol className="mini-results__list">
        {items.map((item) => (
          <li key={item.itemId} className="mini-bar">
            <span className="mini-bar__rank">{item.tied ? `=${item.rank}` : item.rank}</span>
            <span className="mini-bar__title">
              <bdi>{item.title}</bdi>
            </span>
            <span className="mini-bar__total">{number.format(item.total)}</span>
            <span className="mini-bar__track" aria-hidden="true">
              <span className="mini-bar__fill" style={{ width: `${(item.total / scale) * 100}%` }} />
            </span>
          </li>
        ))}
      </ol>
      {results.items.length > FIRST ? (
        <button type="button" className="button button--quiet" onClick={() => setAll(!all)} aria-expanded={all}>
          {all
            ? t('phone.results.showTop', { count: FIRST })
            : t('phone.results.showAll', { count: results.items.length })}
        </button>
      ) : null}
    </section>
  );
}
