/** One open vote: its question, how to vote, the ballot for its method, and results when shown. */
import { useTranslation } from 'react-i18next';
import type { PhoneRound } from '../../../shared/protocol.ts';
import { usePhone } from '../store/phoneStore.ts';
import { ApprovalBallot } from './ApprovalBallot.tsx';
import { DotBallot } from './DotBallot.tsx';
import { MiniResults } from './MiniResults.tsx';
import { NamePrompt } from './NamePrompt.tsx';
import { ScoreBallot } from './ScoreBallot.tsx';
import { useBallot } from './useBallot.ts';

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
  const voted = Object.keys(ballot.myVotes).length > 0 || Object.keys(ballot.myScores).length > 0;
  const headingId = `round-${round.id}`;

  return (
    <section className="card round" aria-labelledby={headingId} data-testid="round">
      <p className="round__kind">{t(`phone.method.${round.method}`)}</p>
      <h2 id={headingId} className="round__question">
        {round.question}
      </h2>
      <Help round={round} />
      {round.named && (!name || needName) ? <NamePrompt /> : null}
      {round.method === 'dot' ? <DotBallot round={round} /> : null}
      {round.method === 'approval' ? <ApprovalBallot round={round} /> : null}
      {round.method === 'scoring' ? <ScoreBallot round={round} /> : null}
      {voted && round.results ? <MiniResults round={round} /> : null}
    </section>
  );
}
