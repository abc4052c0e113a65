/**
 * Live results as sorted bars. Equal totals are shown as ties ("=2" and a "tied" label), never
 * as an order the votes did not make. Phone ballots, paper and a show of hands are separate
 * segments of the same bar, with their numbers, so the room can see where each count came from.
 * Scoring rounds show the weighted score out of 5 and the mean of each criterion.
 */
import { useTranslation } from 'react-i18next';
import { type ItemResult, type Round, type RoundResults, VOTE_LIMITS } from '../../../../shared/voting.ts';
import { formatNumber } from '../../lib/numbers.ts';

const SOURCES = ['ballots', 'paper', 'hands'] as const;

function Rank({ item, anyVotes }: { item: ItemResult; anyVotes: boolean }) {
  const { t } = useTranslation();
  if (!anyVotes) {
    return (
      <span className="result__rank" aria-hidden="true">
        –
      </span>
    );
  }
  return (
    <>
      <span className="result__rank" aria-hidden="true">
        {item.tied ? `=${item.rank}` : item.rank}
      </span>
      <span className="visually-hidden">{t('vote.results.rank', { rank: item.rank })}</span>
    </>
  );
}

function CountRow({
  item,
  max,
  anyVotes,
  showSources,
}: {
  item: ItemResult;
  max: number;
  anyVotes: boolean;
  showSources: boolean;
}) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  // Items nobody voted for stay in the list (the room may ask) but quietly: no sources, no tie label.
  const zero = item.total === 0;
  return (
    <li className={zero ? 'result result--zero' : 'result'} data-testid="result-row">
      <Rank item={item} anyVotes={anyVotes} />
      <div className="result__body">
        <div className="result__line">
          <span className="result__title">
            <bdi>{item.title}</bdi>
          </span>
          {anyVotes && item.tied && !zero ? <span className="tie-badge">{t('vote.results.tied')}</span> : null}
          <span className="result__total" data-testid="result-total">
            {n(item.total)}
          </span>
        </div>
        <div className="result__track" aria-hidden="true">
          {SOURCES.map((source) =>
            item[source] > 0 ? (
              <span
                key={source}
                className={`result__seg result__seg--${source}`}
                style={{ width: `${(item[source] / max) * 100}%` }}
              />
            ) : null,
          )}
        </div>
        {showSources && !zero ? (
          <p className="result__sources">
            {SOURCES.map((source) => (
              <span key={source} className={`source source--${source}`}>
                <span className="source__swatch" aria-hidden="true" />
                {t(`vote.results.source.${source}`, { count: item[source], formatted: n(item[source]) })}
              </span>
            ))}
          </p>
        ) : null}
      </div>
    </li>
  );
}

function ScoreRow({ item, round, anyVotes }: { item: ItemResult; round: Round; anyVotes: boolean }) {
  const { t, i18n } = useTranslation();
  const score = (value: number) =>
    formatNumber(value, i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    <li className="result" data-testid="result-row">
      <Rank item={item} anyVotes={anyVotes} />
      <div className="result__body">
        <div className="result__line">
          <span className="result__title">
            <bdi>{item.title}</bdi>
          </span>
          {anyVotes && item.tied ? <span className="tie-badge">{t('vote.results.tied')}</span> : null}
          <span className="result__total" data-testid="result-total">
            {item.scoredBy > 0 ? score(item.total) : '–'}
            <span className="result__outof">{t('vote.results.outOf', { max: VOTE_LIMITS.maxScore })}</span>
          </span>
        </div>
        <div className="result__track" aria-hidden="true">
          <span
            className="result__seg result__seg--ballots"
            style={{ width: `${(item.total / VOTE_LIMITS.maxScore) * 100}%` }}
          />
        </div>
        <p className="result__sources">
          {round.criteria.map((c) => {
            const mean = item.criteria[c.id];
            return (
              <span key={c.id} className="criterion-mean">
                {c.label} <strong>{mean === null || mean === undefined ? '–' : score(mean)}</strong>
              </span>
            );
          })}
          <span className="muted">{t('vote.results.scoredBy', { count: item.scoredBy })}</span>
        </p>
      </div>
    </li>
  );
}

export function ResultsChart({ round, results }: { round: Round; results: RoundResults | undefined }) {
  const { t } = useTranslation();
  if (!results) return <div className="results results--loading" aria-busy="true" />;
  const scoring = results.method === 'scoring';
  const anyVotes = scoring ? results.items.some((i) => i.scoredBy > 0) : results.items.some((i) => i.total > 0);
  const max = Math.max(1, ...results.items.map((i) => i.total));
  const showSources = !scoring && results.manualTotal > 0;

  return (
    <div className="results">
      {!scoring ? (
        <ul className="legend" aria-label={t('vote.results.legend')}>
          {SOURCES.map((source) => (
            <li key={source} className={`source source--${source}`}>
              <span className="source__swatch" aria-hidden="true" />
              {t(`vote.results.legendItem.${source}`)}
            </li>
          ))}
        </ul>
      ) : null}
      {!anyVotes ? <p className="results__none">{t('vote.results.none')}</p> : null}
      <ol className="results__list" aria-label={t('vote.results.listLabel')}>
        {results.items.map((item) =>
          scoring ? (
            <ScoreRow key={item.itemId} item={item} round={round} anyVotes={anyVotes} />
          ) : (
            <CountRow key={item.itemId} item={item} max={max} anyVotes={anyVotes} showSources={showSources} />
          ),
        )}
      </ol>
    </div>
  );
}
