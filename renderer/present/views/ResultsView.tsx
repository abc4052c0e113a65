/**
 * Live results of one round: the question as the heading, how many voted, and ranked bars.
 * When the round hides its results until the facilitator reveals them, only the number of
 * voters shows; the counts never reach the screen.
 */
import { useTranslation } from 'react-i18next';
import { type Round, type RoundResults, resultsVisible } from '../../../shared/voting.ts';
import { useRoundResults } from '../lib/useRoundResults.ts';
import { MessageView } from './MessageView.tsx';
import { ResultBars } from './ResultBars.tsx';

function StatusBadge({ round }: { round: Round }) {
  const { t } = useTranslation();
  if (round.state === 'open')
    return (
      <span className="status status--live">
        <span className="status__dot" aria-hidden="true" />
        {t('present.results.live')}
      </span>
    );
  return <span className="status">{t(`present.results.state.${round.state}`)}</span>;
}

function Stats({ round, results }: { round: Round; results: RoundResults }) {
  const { t } = useTranslation();
  return (
    <p className="view-header__stat" data-testid="voter-count">
      {round.method === 'scoring'
        ? t('present.results.jurors', { count: results.voters })
        : t('present.results.voters', { count: results.voters })}
      {round.method !== 'scoring' && resultsVisible(round) && results.voters + results.manualTotal > 0 ? (
        <span className="view-header__stat-sub">
          {t(`present.results.given.${round.method}`, { count: results.ballotTotal + results.manualTotal })}
        </span>
      ) : null}
    </p>
  );
}

function Legend({ results }: { results: RoundResults }) {
  const { t } = useTranslation();
  const paper = results.items.some((item) => item.paper > 0);
  const hands = results.items.some((item) => item.hands > 0);
  // A tie among options nobody chose shows no marker on the bars, so it needs no legend either.
  const tiedRank = results.items.find((item) => item.tied && item.total > 0)?.rank;
  if (!paper && !hands && tiedRank === undefined) return null;
  return (
    <ul className="legend" aria-label={t('present.results.legend')}>
      {paper || hands ? (
        <li className="legend__item">
          <span className="legend__swatch legend__swatch--ballots" aria-hidden="true" />
          {t('present.results.source.ballots')}
        </li>
      ) : null}
      {paper ? (
        <li className="legend__item">
          <span className="legend__swatch legend__swatch--paper" aria-hidden="true" />
          {t('present.results.source.paper')}
        </li>
      ) : null}
      {hands ? (
        <li className="legend__item">
          <span className="legend__swatch legend__swatch--hands" aria-hidden="true" />
          {t('present.results.source.hands')}
        </li>
      ) : null}
      {tiedRank !== undefined ? (
        <li className="legend__item">
          <span className="legend__tie" aria-hidden="true">
            {t('present.results.rankTied', { rank: tiedRank })}
          </span>
          {t('present.results.tieMeaning')}
        </li>
      ) : null}
    </ul>
  );
}

function HiddenCard({ voters }: { voters: number }) {
  const { t } = useTranslation();
  return (
    <div className="hidden-card" data-testid="results-hidden">
      <svg className="hidden-card__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <rect x="4.5" y="10.5" width="15" height="10" rx="2.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path d="M8 10.5V8a4 4 0 0 1 8 0v2.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
      </svg>
      <h2 className="hidden-card__title">{t('present.results.hiddenTitle')}</h2>
      <p className="hidden-card__text">{t('present.results.hiddenText')}</p>
      <p className="hidden-card__voters" aria-live="polite">
        {t('present.results.votersSoFar', { count: voters })}
      </p>
    </div>
  );
}

function RoundResultsView({ workshopId, roundId }: { workshopId: string; roundId: string }) {
  const { t } = useTranslation();
  const { round, results, error } = useRoundResults(workshopId, roundId);

  if (!round || !results) {
    // The round was deleted (or belongs to no workshop any more): as if there were none.
    if (error?.code === 'not_found')
      return <MessageView title={t('present.results.none.title')} text={t('present.results.none.text')} />;
    return error ? (
      <MessageView title={t('present.unreachable.title')} text={t('present.unreachable.text')} />
    ) : (
      <MessageView title={t('present.loading')} />
    );
  }

  const visible = resultsVisible(round);
  return (
    <section className="results" aria-labelledby="results-title">
      <header className="view-header">
        <div className="view-header__main">
          <p className="eyebrow">
            <StatusBadge round={round} />
            <span>{t(`present.results.method.${round.method}`)}</span>
          </p>
          <h1 id="results-title" className="view-header__title results__question">
            <bdi>{round.question}</bdi>
          </h1>
        </div>
        {visible ? <Stats round={round} results={results} /> : null}
      </header>
      {round.state === 'draft' ? (
        <p className="results__note">{t('present.results.notOpen')}</p>
      ) : visible ? (
        <>
          <ResultBars results={results} itemOrder={round.items.map((item) => item.id)} />
          <Legend results={results} />
        </>
      ) : (
        <HiddenCard voters={results.voters} />
      )}
    </section>
  );
}

export function ResultsView({ workshopId, roundId }: { workshopId: string; roundId: string | null }) {
  const { t } = useTranslation();
  if (!roundId) return <MessageView title={t('present.results.none.title')} text={t('present.results.none.text')} />;
  // Keyed by round: another round starts fresh, with its bars growing from empty.
  return <RoundResultsView key={roundId} workshopId={workshopId} roundId={roundId} />;
}
