/** The workshop's rounds, in the order they were created; the selected one is shown in the panel. */
import { useTranslation } from 'react-i18next';
import type { Round } from '../../../../shared/voting.ts';
import { Icon } from '../../components/Icon.tsx';
import { useResults } from '../../store/results.ts';
import { selectRound } from '../../store/rounds.ts';
import { HiddenBadge, RoundStateBadge, TicketOnlyBadge } from './RoundBadges.tsx';

function RoundRow({ round, index, selected }: { round: Round; index: number; selected: boolean }) {
  const { t } = useTranslation();
  const voters = useResults((s) => s.byRound[round.id]?.voters);
  return (
    <li>
      <button
        type="button"
        className="round-row"
        aria-current={selected ? 'true' : undefined}
        onClick={() => selectRound(round.id)}
        data-testid="round-row"
      >
        <span className="round-row__n" aria-hidden="true">
          {index + 1}
        </span>
        <span className="round-row__main">
          <span className="round-row__question">
            <bdi>{round.question}</bdi>
          </span>
          <span className="round-row__meta">
            {t(`vote.method.${round.method}`)} · {t('vote.round.items', { count: round.items.length })}
            {voters !== undefined ? ` · ${t('vote.round.voters', { count: voters })}` : ''}
          </span>
        </span>
        <span className="round-row__badges">
          <TicketOnlyBadge round={round} />
          <HiddenBadge round={round} />
          <RoundStateBadge state={round.state} />
        </span>
        <Icon name="chevronRight" size={16} className="round-row__chevron" />
      </button>
    </li>
  );
}

export function RoundList({ rounds, selectedId }: { rounds: readonly Round[]; selectedId: string | null }) {
  const { t } = useTranslation();
  return (
    <ul className="round-list" aria-label={t('vote.rounds.listLabel')}>
      {rounds.map((round, index) => (
        <RoundRow key={round.id} round={round} index={index} selected={round.id === selectedId} />
      ))}
    </ul>
  );
}
