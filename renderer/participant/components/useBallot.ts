/** My ballot in a round as the screen shows it (server's word plus taps on their way). */
import { useMemo } from 'react';
import type { PhoneRound } from '../../../shared/protocol.ts';
import { displayedBallot } from '../lib/ballotView.ts';
import { usePhone } from '../store/phoneStore.ts';

export function useBallot(round: PhoneRound) {
  const confirmed = usePhone((s) => s.confirmed[round.id]);
  const pending = usePhone((s) => s.pending);
  return useMemo(() => displayedBallot(round, confirmed, pending), [round, confirmed, pending]);
}
