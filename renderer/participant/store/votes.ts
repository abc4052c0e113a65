/**
 * Taps become votes. Each tap is checked first with the same rules the server applies
 * (shared/domain/ballot.ts), shown at once, and queued; the queue is sent one request at a
 * time, in order, so answers cannot arrive out of order. A request that fails on the network
 * is retried with the SAME request id (the server applies an id once), with backoff, while a
 * small "reconnecting" line shows; a refusal drops that tap and says why.
 */
import { applyDelta } from '../../../shared/domain/ballot.ts';
import type { PhoneRound } from '../../../shared/protocol.ts';
import { phoneApi } from '../lib/api.ts';
import { backoffMs, sleep } from '../lib/backoff.ts';
import { displayedBallot, rulesOf } from '../lib/ballotView.ts';
import { newRequestId } from '../lib/requestId.ts';
import { savePending } from '../lib/session.ts';
import { type PendingVote, setRetrying, showNotice, usePhone } from './phoneStore.ts';
import { refresh, rejoin } from './session.ts';

// Refusals for "too fast" are retried this many times before the tap is given up.
const MAX_RATE_LIMITED_TRIES = 6;

let acks = 0;
/** How many votes the server has acknowledged: lets a state read know it may be older than them. */
export const ackCount = (): number => acks;

function enqueue(vote: Omit<PendingVote, 'requestId'>): void {
  usePhone.setState((s) => ({ pending: [...s.pending, { ...vote, requestId: newRequestId() }] }));
  void pump();
}

/** − or + on an item (dot voting), or a toggle (approval: +1 to choose, −1 to unchoose). */
export function tapDot(round: PhoneRound, itemId: string, delta: 1 | -1): void {
  const s = usePhone.getState();
  const ballot = displayedBallot(round, s.confirmed[round.id], s.pending);
  const outcome = applyDelta(rulesOf(round), ballot.myVotes, itemId, delta);
  if (!outcome.ok) {
    showNotice(outcome.reason === 'item_limit' && round.method === 'dot' ? 'item_limit' : outcome.reason);
    return;
  }
  enqueue({ roundId: round.id, itemId, delta });
}

/**
 * One score for one criterion of an item. The server takes an item's scores for every
 * criterion at once, so they wait here until all are given; after that each change is sent.
 */
export function setScore(round: PhoneRound, itemId: string, criterionId: string, score: number): void {
  const s = usePhone.getState();
  const sent = displayedBallot(round, s.confirmed[round.id], s.pending).myScores[itemId] ?? {};
  const draft = { ...sent, ...(s.scoreDrafts[round.id]?.[itemId] ?? {}), [criterionId]: score };
  const complete = round.criteria.every((c) => draft[c.id] !== undefined);
  const roundDrafts = { ...(s.scoreDrafts[round.id] ?? {}) };
  if (complete) delete roundDrafts[itemId];
  else roundDrafts[itemId] = draft;
  usePhone.setState({ scoreDrafts: { ...s.scoreDrafts, [round.id]: roundDrafts } });
  if (complete) enqueue({ roundId: round.id, itemId, scores: draft });
}

function dropPending(predicate: (vote: PendingVote) => boolean): void {
  usePhone.setState((s) => ({ pending: s.pending.filter((vote) => !predicate(vote)) }));
}

type Sent = 'done' | 'dropped';

/** Sends one vote until it is acknowledged or refused for good. */
async function send(vote: PendingVote): Promise<Sent> {
  let rateLimited = 0;
  for (let attempt = 0; ; attempt++) {
    const token = usePhone.getState().token;
    if (!token) return 'dropped';
    const body = vote.scores
      ? { roundId: vote.roundId, itemId: vote.itemId, scores: vote.scores, requestId: vote.requestId }
      : { roundId: vote.roundId, itemId: vote.itemId, delta: vote.delta ?? 1, requestId: vote.requestId };
    const result = await phoneApi.vote(token, body);
    if (result.ok) {
      acks++;
      setRetrying('votes', false);
      usePhone.setState((s) => ({ confirmed: { ...s.confirmed, [vote.roundId]: result.value } }));
      return 'done';
    }
    if (result.kind === 'network') {
      setRetrying('votes', true);
      await sleep(backoffMs(attempt));
      continue;
    }
    setRetrying('votes', false);
    switch (result.code) {
      case 'unauthorized':
        if (await rejoin()) continue;
        return 'dropped';
      case 'rate_limited':
        if (++rateLimited < MAX_RATE_LIMITED_TRIES) {
          await sleep(result.retryAfterMs ?? backoffMs(attempt));
          continue;
        }
        break;
      case 'round_closed':
        dropPending((p) => p.roundId === vote.roundId);
        break;
      case 'name_required':
        dropPending((p) => p.roundId === vote.roundId);
        usePhone.setState({ needName: true });
        break;
      default:
        break;
    }
    showNotice(result.code);
    // The server's view may differ from ours (another tab, a closed round): read it again.
    void refresh();
    return 'dropped';
  }
}

// The server pushes round changes to phones, not every vote; when results are shown, read them
// again once my taps have landed, so "results so far" includes my own votes.
const RESULTS_AFTER_VOTES_MS = 800;
let resultsTimer: ReturnType<typeof setTimeout> | null = null;

function refreshResultsSoon(): void {
  const rounds = usePhone.getState().state?.rounds ?? [];
  if (!rounds.some((round) => round.results)) return;
  if (resultsTimer) clearTimeout(resultsTimer);
  resultsTimer = setTimeout(() => {
    resultsTimer = null;
    if (usePhone.getState().pending.length === 0) void refresh();
  }, RESULTS_AFTER_VOTES_MS);
}

// Every change to the queue is kept for this tab, so a reload resumes it (lib/session.ts).
usePhone.subscribe((state, previous) => {
  if (state.pending !== previous.pending && state.sessionKey) savePending(state.sessionKey, state.pending);
});

/** Sends the taps a reload found still waiting. */
export function resumePending(): void {
  void pump();
}

let pumping = false;

async function pump(): Promise<void> {
  if (pumping) return;
  pumping = true;
  try {
    for (;;) {
      const head = usePhone.getState().pending[0];
      if (!head) break;
      await send(head);
      dropPending((p) => p.requestId === head.requestId);
    }
    refreshResultsSoon();
  } finally {
    pumping = false;
  }
}
