/**
 * Joined: the vote in focus (or a calm "waiting"), votes that just closed, the session grid once
 * the facilitator publishes it (in place of "waiting" when no vote is open), and proposing a topic.
 * Phones show one vote at a time: the one on the projected screen, else the one opened last. When
 * the facilitator lets phones switch between open votes, the others are one tap away above it,
 * the one in focus first. A phone beyond the voter ceiling sees its place in the line instead.
 */
import { useTranslation } from 'react-i18next';
import type { PhoneRound } from '../../../shared/protocol.ts';
import { usePhone } from '../store/phoneStore.ts';
import { EndedRounds } from './EndedRounds.tsx';
import { InLine } from './InLine.tsx';
import { Programme } from './Programme.tsx';
import { ProposeTopic } from './ProposeTopic.tsx';
import { RoundCard } from './RoundCard.tsx';
import { Waiting } from './Waiting.tsx';

const NO_ROUNDS: PhoneRound[] = [];

/** The open votes, the one in focus first, then in the server's order. */
export function inFocusOrder(rounds: readonly PhoneRound[], focusId: string | null): PhoneRound[] {
  const focus = rounds.find((r) => r.id === focusId);
  return focus ? [focus, ...rounds.filter((r) => r !== focus)] : [...rounds];
}

function RoundTabs({
  rounds,
  shownId,
  focusId,
}: {
  rounds: readonly PhoneRound[];
  shownId: string;
  focusId: string | null;
}) {
  const { t } = useTranslation();
  const others = rounds.length - 1;
  return (
    <nav className="round-tabs" aria-label={t('phone.tabs.label')} data-testid="round-tabs">
      <p className="round-tabs__count">{t('phone.tabs.others', { count: others })}</p>
      <ul className="round-tabs__list">
        {rounds.map((round) => (
          <li key={round.id}>
            <button
              type="button"
              className="round-tab"
              aria-current={round.id === shownId ? 'true' : undefined}
              onClick={() => {
                usePhone.setState({ chosenRound: { roundId: round.id, focusId } });
                window.scrollTo({ top: 0 });
              }}
            >
              <span className="round-tab__question">
                <bdi>{round.question}</bdi>
              </span>
              {round.id === focusId ? <span className="round-tab__focus">{t('phone.tabs.current')}</span> : null}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function Lobby() {
  const state = usePhone((s) => s.state);
  const chosen = usePhone((s) => s.chosenRound);
  const rounds = state?.rounds ?? NO_ROUNDS;
  const focusId = state?.focusRoundId ?? null;
  // A new focus (the facilitator projects or opens another vote) brings every phone to it.
  const chosenId = chosen && chosen.focusId === focusId ? chosen.roundId : null;

  if (state && !state.admitted) return <InLine ahead={state.waitingAhead} />;

  const ordered = inFocusOrder(rounds, focusId);
  const shown = ordered.find((r) => r.id === chosenId) ?? ordered[0];
  return (
    <>
      <EndedRounds />
      {ordered.length > 1 && shown ? <RoundTabs rounds={ordered} shownId={shown.id} focusId={focusId} /> : null}
      {shown ? <RoundCard key={shown.id} round={shown} /> : state?.gridPublished ? null : <Waiting />}
      <Programme />
      <ProposeTopic startOpen={rounds.length === 0 && !state?.gridPublished} />
    </>
  );
}
