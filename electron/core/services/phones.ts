/**
 * The participant protocol's behaviour (shared/protocol.ts), without HTTP: the LAN server
 * parses the request and maps the outcome to a status, this decides. Every vote is
 * committed, with its answer logged under its request id, before the answer leaves.
 */
import { createHash, randomBytes } from 'node:crypto';
import { applyDelta, checkScores, remaining } from '../../../shared/domain/ballot.ts';
import type { AgoraEvent, EventListener } from '../../../shared/events.ts';
import {
  JoinRequest,
  type JoinResponse,
  type PhoneBallot,
  type PhoneErrorCode,
  type PhoneRound,
  type PhoneState,
  RenameRequest,
  SuggestTopicRequest,
  type SuggestTopicResponse,
  VoteRequest,
} from '../../../shared/protocol.ts';
import { type Round, type RoundResults, resultsVisible } from '../../../shared/voting.ts';
import {
  findAppliedRequest,
  readDotBallot,
  readScoreBallot,
  recordAppliedRequest,
  setDots,
  setScores,
} from '../db/ballots.ts';
import { newId, now } from '../db/ids.ts';
import { findRound, hasItem, listOpenRoundRecords } from '../db/rounds.ts';
import { insertSuggestion } from '../db/suggestions.ts';
import {
  findJoinCode,
  findJoinCodeByCode,
  findPhoneByTokenHash,
  insertVoter,
  setVoterName,
  type Voter,
} from '../db/voters.ts';
import { findWorkshop } from '../db/workshops.ts';
import { createWriteBatcher } from '../db/writeBatch.ts';
import type { CoreContext } from './context.ts';
import { describeZodError } from './dispatch.ts';
import { roundResults, withItems } from './rounds.ts';

export type PhoneResult<T> = { ok: true; value: T } | { ok: false; error: { code: PhoneErrorCode; message: string } };

const phoneOk = <T>(value: T): PhoneResult<T> => ({ ok: true, value });
const phoneFail = (code: PhoneErrorCode, message: string): PhoneResult<never> => ({
  ok: false,
  error: { code, message },
});

/** Thrown inside a vote's transaction so it rolls back; turned into a PhoneResult outside. */
class PhoneRefusal extends Error {
  constructor(
    readonly code: PhoneErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** 256 random bits: a token cannot be guessed, and only its hash is stored. */
const newToken = (): string => randomBytes(32).toString('base64url');
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export interface PhoneService {
  join(body: unknown): Promise<PhoneResult<JoinResponse & { workshopId: string }>>;
  /** The phone behind a bearer token, if the token is known and its join code generation is current. */
  authenticate(token: string | undefined): PhoneResult<Voter>;
  state(voter: Voter): PhoneResult<PhoneState>;
  /** Settles once the vote is committed to disk (or refused, having changed nothing). */
  vote(voter: Voter, body: unknown): Promise<PhoneResult<PhoneBallot>>;
  suggestTopic(voter: Voter, body: unknown): Promise<PhoneResult<SuggestTopicResponse>>;
  /** Names this phone, keeping its token and its ballots. */
  rename(voter: Voter, body: unknown): Promise<PhoneResult<{ name: string }>>;
}

export function createPhoneService({
  db,
  emit,
  subscribe,
}: Pick<CoreContext, 'db' | 'emit'> & { subscribe?: (listener: EventListener) => () => void }): PhoneService {
  // 500 phones reading the state after a round opens would tally the same ballots 500 times;
  // the results are kept until a vote, a count or a round change says otherwise.
  const resultsByRound = new Map<string, RoundResults>();
  const cachedResults = (round: Round): RoundResults => {
    let results = resultsByRound.get(round.id);
    if (!results) {
      results = roundResults(db, round);
      if (cacheEnabled) resultsByRound.set(round.id, results);
    }
    return results;
  };
  const forget = (event: AgoraEvent) => {
    if (event.name === 'votes:changed') resultsByRound.delete(event.payload.roundId);
    else if (event.name === 'workshop:changed' && (event.payload.area === 'rounds' || event.payload.area === 'topics'))
      resultsByRound.clear();
  };
  // Without a subscription (unit tests of the service alone) nothing is cached.
  const cacheEnabled = subscribe !== undefined;
  subscribe?.(forget);

  const writes = createWriteBatcher(db);

  /**
   * Runs a phone's write once per request id, in the next group commit: a retry gets the
   * first answer back and writes nothing (`fresh` is false).
   */
  async function once<T>(
    voter: Voter,
    requestId: string,
    run: () => T,
  ): Promise<PhoneResult<{ value: T; fresh: boolean }>> {
    try {
      const outcome = await writes.run(() => {
        const earlier = findAppliedRequest(db, voter.id, requestId);
        if (earlier !== undefined) return { value: JSON.parse(earlier) as T, fresh: false };
        const value = run();
        recordAppliedRequest(db, voter.id, requestId, JSON.stringify(value), now());
        return { value, fresh: true };
      });
      return phoneOk(outcome);
    } catch (error) {
      if (error instanceof PhoneRefusal) return phoneFail(error.code, error.message);
      throw error;
    }
  }

  const ballotOf = (round: Pick<Round, 'id' | 'method' | 'budget' | 'maxPerItem'>, voterId: string): PhoneBallot => {
    if (round.method === 'scoring')
      return { roundId: round.id, myVotes: {}, myScores: readScoreBallot(db, round.id, voterId), remaining: 0 };
    const myVotes = readDotBallot(db, round.id, voterId);
    return { roundId: round.id, myVotes, myScores: {}, remaining: remaining(round, myVotes) };
  };

  return {
    async join(body) {
      const parsed = JoinRequest.safeParse(body ?? {});
      if (!parsed.success) return phoneFail('invalid_input', describeZodError(parsed.error).message);
      const code = findJoinCodeByCode(db, parsed.data.code);
      const workshop = code && findWorkshop(db, code.workshopId);
      if (!code || !workshop || workshop.deletedAt)
        return phoneFail('not_found', 'No workshop has this code. Check the code on the projected screen.');
      const token = newToken();
      await writes.run(() =>
        insertVoter(db, {
          id: newId(),
          workshopId: code.workshopId,
          kind: 'phone',
          name: parsed.data.name,
          generation: code.generation,
          tokenHash: hashToken(token),
          createdAt: now(),
        }),
      );
      emit({ name: 'workshop:changed', payload: { workshopId: code.workshopId, area: 'join' } });
      return phoneOk({
        token,
        workshopId: code.workshopId,
        workshop: { title: workshop.title, language: workshop.language },
      });
    },

    authenticate(token) {
      const unknown = phoneFail('unauthorized', 'Join first: open the address on the projected screen.');
      if (!token) return unknown;
      const voter = findPhoneByTokenHash(db, hashToken(token));
      if (!voter) return unknown;
      const code = findJoinCode(db, voter.workshopId);
      if (!code || code.generation !== voter.generation)
        return phoneFail('unauthorized', 'The facilitator started a new session: join again with the new code.');
      // A workshop in the trash takes no votes or topics (until restored), as /p/state already said.
      const workshop = findWorkshop(db, voter.workshopId);
      if (!workshop || workshop.deletedAt) return phoneFail('unauthorized', 'This workshop no longer exists.');
      return phoneOk(voter);
    },

    state(voter) {
      const workshop = findWorkshop(db, voter.workshopId);
      if (!workshop || workshop.deletedAt) return phoneFail('unauthorized', 'This workshop no longer exists.');
      const rounds = listOpenRoundRecords(db, voter.workshopId).map((record): PhoneRound => {
        const round = withItems(db, record);
        const ballot = ballotOf(round, voter.id);
        const results = resultsVisible(round) ? cachedResults(round) : null;
        return {
          id: round.id,
          question: round.question,
          method: round.method,
          budget: round.method === 'scoring' ? 0 : round.budget,
          maxPerItem: round.method === 'approval' ? 1 : round.maxPerItem,
          named: round.named,
          criteria: round.criteria.map(({ id, label }) => ({ id, label })),
          items: round.items.map(({ id, title }) => ({ id, title })),
          myVotes: ballot.myVotes,
          myScores: ballot.myScores,
          remaining: ballot.remaining,
          results: results && { voters: results.voters, items: results.items },
        };
      });
      return phoneOk({ workshop: { title: workshop.title, language: workshop.language }, name: voter.name, rounds });
    },

    async vote(voter, body) {
      const parsed = VoteRequest.safeParse(body ?? {});
      if (!parsed.success) return phoneFail('invalid_input', describeZodError(parsed.error).message);
      const request = parsed.data;
      const result = await once(voter, request.requestId, () => {
        const round = findRound(db, request.roundId);
        if (!round || round.workshopId !== voter.workshopId) throw new PhoneRefusal('not_found', 'No such round.');
        if (!hasItem(db, round.id, request.itemId)) throw new PhoneRefusal('not_found', 'No such item in this round.');
        if (round.state !== 'open') throw new PhoneRefusal('round_closed', 'This vote is not open.');
        if (round.named && !voter.name)
          throw new PhoneRefusal('name_required', 'This is a named vote: join again with your name.');
        if ('delta' in request) {
          if (round.method === 'scoring') throw new PhoneRefusal('invalid_input', 'This round takes scores, not dots.');
          const outcome = applyDelta(round, readDotBallot(db, round.id, voter.id), request.itemId, request.delta);
          if (!outcome.ok) {
            if (outcome.reason === 'nothing_to_remove')
              throw new PhoneRefusal('nothing_to_remove', 'You have no vote on this item to take back.');
            throw new PhoneRefusal(
              'budget_exceeded',
              outcome.reason === 'item_limit'
                ? `At most ${round.method === 'approval' ? 1 : round.maxPerItem} per item.`
                : `You have used all ${round.budget} of your votes.`,
            );
          }
          setDots(db, round.id, voter.id, request.itemId, outcome.ballot[request.itemId] ?? 0);
        } else {
          if (round.method !== 'scoring') throw new PhoneRefusal('invalid_input', 'This round takes dots, not scores.');
          const problem = checkScores(round.criteria, request.scores);
          if (problem) throw new PhoneRefusal('invalid_input', problem);
          setScores(db, round.id, voter.id, request.itemId, request.scores);
        }
        return ballotOf(round, voter.id);
      });
      if (!result.ok) return result;
      // Only a fresh, committed vote moves the results; a replayed request id changed nothing.
      if (result.value.fresh)
        emit({ name: 'votes:changed', payload: { workshopId: voter.workshopId, roundId: request.roundId } });
      return phoneOk(result.value.value);
    },

    async suggestTopic(voter, body) {
      const parsed = SuggestTopicRequest.safeParse(body ?? {});
      if (!parsed.success) return phoneFail('invalid_input', describeZodError(parsed.error).message);
      const { title, pitch, requestId } = parsed.data;
      const result = await once(voter, requestId, (): SuggestTopicResponse => {
        const id = newId();
        insertSuggestion(db, {
          id,
          workshopId: voter.workshopId,
          voterId: voter.id,
          title,
          pitch,
          proposer: voter.name,
          state: 'pending',
          topicId: null,
          createdAt: now(),
        });
        return { suggestionId: id, state: 'pending' };
      });
      if (!result.ok) return result;
      if (result.value.fresh)
        emit({ name: 'workshop:changed', payload: { workshopId: voter.workshopId, area: 'suggestions' } });
      return phoneOk(result.value.value);
    },

    async rename(voter, body) {
      const parsed = RenameRequest.safeParse(body ?? {});
      if (!parsed.success) return phoneFail('invalid_input', describeZodError(parsed.error).message);
      const { name } = parsed.data;
      await writes.run(() => setVoterName(db, voter.id, name));
      return phoneOk({ name });
    },
  };
}
