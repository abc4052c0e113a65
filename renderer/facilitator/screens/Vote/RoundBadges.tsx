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

/** A ticket's outline (the notched stub), for the rounds only ticket holders vote in. */
export function TicketMark({ size = 14 }: { size?: number }) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M3 7a1 1 0 0 1 1-1h16a1 1 0 0 1 1 1v3a2 2 0 0 0 0 4v3a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1v-3a2 2 0 0 0 0-4zM14 6v2M14 11v2M14 16v2" />
    </svg>
  );
}

/** A binding vote: only phones that joined with a printed ticket vote in it. */
export function TicketOnlyBadge({ round }: { round: Pick<Round, 'ticketOnly'> }) {
  const { t } = useTranslation();
  if (!round.ticketOnly) return null;
  return (
    <span className="ticket-badge" title={t('vote.round.ticketOnlyHint')} data-testid="ticket-only-badge">
      <TicketMark />
      {t('vote.round.ticketOnly')}
    </span>
  );
}
