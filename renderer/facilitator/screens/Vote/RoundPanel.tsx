/**
 * The selected round: what it asks, its state and actions, its live results, and the typed-in
 * counts (paper, show of hands) or a juror's scores.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Round, resultsVisible } from '../../../../shared/voting.ts';
import { Icon } from '../../components/Icon.tsx';
import { loadResults, useResults } from '../../store/results.ts';
import { JuryForm } from './JuryForm.tsx';
import { ManualCounts } from './ManualCounts.tsx';
import { ResultsChart } from './ResultsChart.tsx';
import { RoundActions } from './RoundActions.tsx';
import { HiddenBadge, RoundStateBadge, TicketOnlyBadge } from './RoundBadges.tsx';

function Stat({ label, value, testId }: { label: string; value: number; testId?: string }) {
  return (
    <div className="stat">
      <dt className="stat__label">{label}</dt>
      <dd className="stat__value" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

function rulesText(round: Round, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (round.method === 'dot') return t('vote.rules.dot', { budget: round.budget, max: round.maxPerItem });
  if (round.method === 'approval') return t('vote.rules.approval', { count: round.budget });
  return t('vote.rules.scoring', { count: round.criteria.length });
}

export function RoundPanel({ round, onEdit }: { round: Round; onEdit: () => void }) {
  const { t } = useTranslation();
  const ids = useId();
  const results = useResults((s) => s.byRound[round.id]);
  const hasManual = (results?.manualTotal ?? 0) > 0;
  const [countsOpen, setCountsOpen] = useState(hasManual);
  const scoring = round.method === 'scoring';

  useEffect(() => {
    void loadResults(round.id);
  }, [round.id]);

  // Counts already typed in are worth seeing: the section opens when the first results show some.
  useEffect(() => {
    if (hasManual) setCountsOpen(true);
  }, [hasManual]);

  return (
    <section className="panel round-panel" aria-labelledby={`${ids}-title`} data-testid="round-panel">
      <header className="round-panel__header">
        <div className="round-panel__heading">
          <div className="round-panel__badges">
            <RoundStateBadge state={round.state} />
            <span className="method-badge">{t(`vote.method.${round.method}`)}</span>
            {round.named ? <span className="method-badge">{t('vote.round.named')}</span> : null}
            <TicketOnlyBadge round={round} />
            <HiddenBadge round={round} />
          </div>
          <h2 className="round-panel__title" id={`${ids}-title`}>
            <bdi>{round.question}</bdi>
          </h2>
          <p className="round-panel__rules">
            {rulesText(round, t)} · {t('vote.round.items', { count: round.items.length })}
          </p>
        </div>
      </header>
      <div className="round-panel__toolbar">
        <RoundActions round={round} results={results} onEdit={onEdit} />
      </div>

      {round.hideResults && !resultsVisible(round) ? (
        <p className="notice notice--hidden">
          <Icon name="eyeOff" size={16} />
          {t('vote.round.hiddenNotice')}
        </p>
      ) : null}

      <div className="round-panel__body">
        <dl className="stats">
          <Stat
            label={
              scoring
                ? t('vote.stats.jurors')
                : round.ticketOnly
                  ? t('vote.stats.ticketVoters')
                  : t('vote.stats.voters')
            }
            value={results?.voters ?? 0}
            testId="stat-voters"
          />
          {!scoring ? (
            <>
              <Stat label={t('vote.stats.phoneVotes')} value={results?.ballotTotal ?? 0} testId="stat-ballots" />
              <Stat label={t('vote.stats.typedIn')} value={results?.manualTotal ?? 0} testId="stat-manual" />
            </>
          ) : null}
        </dl>
        <h3 className="visually-hidden">{t('vote.results.title')}</h3>
        <ResultsChart round={round} results={results} />
      </div>

      {!scoring ? (
        <div className="round-panel__section">
          <button
            type="button"
            className="disclosure"
            aria-expanded={countsOpen}
            aria-controls={`${ids}-counts`}
            onClick={() => setCountsOpen((open) => !open)}
          >
            <Icon name={countsOpen ? 'chevronDown' : 'chevronRight'} size={16} />
            {t('vote.counts.toggle')}
          </button>
          <div id={`${ids}-counts`} hidden={!countsOpen}>
            <ManualCounts round={round} results={results} />
          </div>
        </div>
      ) : round.named ? (
        <div className="round-panel__section">
          <JuryForm round={round} />
        </div>
      ) : null}
    </section>
  );
}
