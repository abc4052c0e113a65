/**
 * One open vote: its question, how to vote, the ballot for its method, and results when shown. A
 * ticket-only round on a phone that joined without a ticket says why it cannot vote, and takes
 * the ticket's code instead.
 */
import { useTranslation } from 'react-i18next';
import type { PhoneRound } from '../../../shared/protocol.ts';
import { usePhone } from '../store/phoneStore.ts';
import { switchToTicket } from '../store/session.ts';
import { ApprovalBallot } from './ApprovalBallot.tsx';
import { DotBallot } from './DotBallot.tsx';
import { MiniResults } from './MiniResults.tsx';
import { NamePrompt } from './NamePrompt.tsx';
import { ScoreBallot } from './ScoreBallot.tsx';
import { TicketForm } from './TicketForm.tsx';
import { useBallot } from './useBallot.ts';

/** What a phone without a ticket sees in a ticket-only round: why, and where to type the ticket. */
function TicketGate() {
  const { t } = useTranslation();
  return (
    <div className="ticket-gate" data-testid="ticket-gate">
      <p className="ticket-gate__title">
        <TicketMark />
        {t('phone.ticketRound.title')}
      </p>
      <p className="card__text">{t('phone.ticketRound.text')}</p>
      <TicketForm submitLabel={t('phone.ticketRound.submit')} onTicket={switchToTicket} />
    </div>
  );
}

/** A ticket's outline with its notched stub. */
export function TicketMark() {
  return (
    <svg
      className="ticket-mark"
      width="18"
      height="18"
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

function Help({ round }: { round: PhoneRound }) {
  const { t } = useTranslation();
  if (round.method === 'dot')
    return <p className="round__help">{t('phone.dot.help', { count: round.budget, max: round.maxPerItem })}</p>;
  if (round.method === 'approval')
    return <p className="round__help">{t('phone.approval.help', { count: round.budget })}</p>;
  return <p className="round__help">{t('phone.scoring.help')}</p>;
}

export function RoundCard({ round }: { round: PhoneRound }) {
  const { t } = useTranslation();
  const ballot = useBallot(round);
  const name = usePhone((s) => s.name);
  const needName = usePhone((s) => s.needName);
  const hasTicket = usePhone((s) => s.state?.ticket ?? false);
  const gated = round.ticketOnly && !hasTicket;
  const voted = Object.keys(ballot.myVotes).length > 0 || Object.keys(ballot.myScores).length > 0;
  const headingId = `round-${round.id}`;

  return (
    <section className="card round" aria-labelledby={headingId} data-testid="round">
      <p className="round__kind">
        {t(`phone.method.${round.method}`)}
        {round.ticketOnly && !gated ? <span className="round__ticket"> · {t('phone.ticketRound.title')}</span> : null}
      </p>
      <h2 id={headingId} className="round__question">
        <bdi>{round.question}</bdi>
      </h2>
      {gated ? (
        <TicketGate />
      ) : (
        <>
          <Help round={round} />
          {round.named && (!name || needName) ? <NamePrompt /> : null}
          {round.method === 'dot' ? <DotBallot round={round} /> : null}
          {round.method === 'approval' ? <ApprovalBallot round={round} /> : null}
          {round.method === 'scoring' ? <ScoreBallot round={round} /> : null}
          {voted && round.results ? <MiniResults round={round} /> : null}
        </>
      )}
    </section>
  );
}
