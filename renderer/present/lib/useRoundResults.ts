/**
 * A round and its results, kept live: re-read when the round changes (opened, closed,
 * revealed, edited) and when votes arrive, at most four times a second so a room voting at
 * once does not flood the screen with redraws.
 */
import { useEffect, useMemo } from 'react';
import type { AgoraError } from '../../../shared/result.ts';
import type { Round, RoundResults } from '../../../shared/voting.ts';
import { getClient } from '../../shared/client.ts';
import { throttle } from './throttle.ts';
import { useAgoraEvent } from './useAgoraEvent.ts';
import { useRemote } from './useRemote.ts';

const RESULTS_EVERY_MS = 250;

export interface LiveRound {
  round: Round | null;
  results: RoundResults | null;
  error: AgoraError | null;
}

export function useRoundResults(workshopId: string, roundId: string): LiveRound {
  const api = getClient().api;
  const round = useRemote(() => api['rounds:get']({ roundId }), roundId);
  const results = useRemote(() => api['rounds:results']({ roundId }), roundId);

  const reloadResults = useMemo(() => throttle(results.reload, RESULTS_EVERY_MS), [results.reload]);
  useEffect(() => () => reloadResults.cancel(), [reloadResults]);

  useAgoraEvent((event) => {
    if (event.name === 'votes:changed' && event.payload.roundId === roundId) reloadResults();
    else if (
      event.name === 'workshop:changed' &&
      event.payload.workshopId === workshopId &&
      (event.payload.area === 'rounds' || event.payload.area === 'topics')
    ) {
      // A renamed topic changes an item's title; a reveal or close changes what may be shown.
      round.reload();
      reloadResults();
    }
  });

  return { round: round.data, results: results.data, error: round.error ?? results.error };
}
