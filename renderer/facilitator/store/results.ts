/**
 * Live results of the workshop's rounds, by round id. The laptop always reads the full results
 * (even while hidden from the room). A vote from a phone says only "round X changed": the store
 * re-reads that round, at most five times a second however fast the votes arrive.
 */
import { create } from 'zustand';
import type { Input } from '../../../shared/contract/index.ts';
import type { Result } from '../../../shared/result.ts';
import type { RoundResults } from '../../../shared/voting.ts';
import { api } from '../lib/api.ts';
import { throttleByKey } from '../lib/throttle.ts';

interface ResultsState {
  byRound: Record<string, RoundResults>;
}

export const useResults = create<ResultsState>(() => ({ byRound: {} }));

const READ_INTERVAL_MS = 200;

// One number per round: an answer older than the latest one already applied is dropped.
const tickets = new Map<string, number>();

function keep(results: RoundResults): void {
  useResults.setState((s) => ({ byRound: { ...s.byRound, [results.roundId]: results } }));
}

export async function loadResults(roundId: string): Promise<void> {
  const ticket = (tickets.get(roundId) ?? 0) + 1;
  tickets.set(roundId, ticket);
  const result = await api()['rounds:results']({ roundId });
  if (result.ok && tickets.get(roundId) === ticket) keep(result.value);
}

/** For push events: throttled per round. */
export const requestResults = throttleByKey((roundId) => void loadResults(roundId), READ_INTERVAL_MS);

export function resetResults(): void {
  // Bumping every ticket drops answers still on their way for the workshop being left.
  for (const [roundId, ticket] of tickets) tickets.set(roundId, ticket + 1);
  useResults.setState({ byRound: {} });
}

const keepAnswer = async (call: Promise<Result<RoundResults>>): Promise<Result<RoundResults>> => {
  const result = await call;
  if (result.ok) {
    const roundId = result.value.roundId;
    tickets.set(roundId, (tickets.get(roundId) ?? 0) + 1);
    keep(result.value);
  }
  return result;
};

/** Paper ballots or a show of hands for one item (replaces that source's count). */
export const setCount = (input: Input<'rounds:setCount'>) => keepAnswer(api()['rounds:setCount'](input));

/** One named juror's 1–5 scores for one item. */
export const scoreItem = (input: Input<'rounds:score'>) => keepAnswer(api()['rounds:score'](input));
