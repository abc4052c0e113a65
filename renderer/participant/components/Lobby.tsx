/** Joined: the open votes (or a calm "waiting"), votes that just closed, and proposing a topic. */
import { usePhone } from '../store/phoneStore.ts';
import { EndedRounds } from './EndedRounds.tsx';
import { ProposeTopic } from './ProposeTopic.tsx';
import { RoundCard } from './RoundCard.tsx';
import { Waiting } from './Waiting.tsx';

export function Lobby() {
  const rounds = usePhone((s) => s.state?.rounds ?? []);
  return (
    <>
      <EndedRounds />
      {rounds.length === 0 ? <Waiting /> : rounds.map((round) => <RoundCard key={round.id} round={round} />)}
      <ProposeTopic startOpen={rounds.length === 0} />
    </>
  );
}
