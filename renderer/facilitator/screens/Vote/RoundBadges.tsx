/** Small labels of a round: its state, and whether the room can see its results. Never colour alone. */
import { useTranslation } from 'react-i18next';
import { type Round, type RoundState, resultsVisible } from '../../../../shared/voting.ts';
import { Icon } from '../../components/Icon.tsx';

export function RoundStateBadge({ state }: { state: RoundState }) {
  const { t } = useTranslation();
  return (
    <span className={`round-state round-state--${state}`} data-testid="round-state">
      <span className="round-state__dot" aria-hidden="true" />
      {t(`vote.state.${state}`)}
    </span>
  );
}

/** Shown while the room cannot see the results; the laptop always can. */
export function HiddenBadge({ round }: { round: Pick<Round, 'hideResults' | 'revealed'> }) {
  const { t } = useTranslation();
  if (resultsVisible(round)) return null;
  return (
    <span className="hidden-badge" title={t('vote.round.hiddenHint')}>
      <Icon name="eyeOff" size={14} />
      {t('vote.round.hidden')}
    </span>
  );
}
