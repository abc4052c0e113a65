/**
 * The participant protocol's behaviour (shared/protocol.ts), without HTTP: the LAN server
 * parses the request and maps the outcome to a status, this decides. Every vote is
 * committed, with its answer logged under its request id, before the answer leaves.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { AgoraEvent, ChangeArea, EventListener } from '../../../shared/contract/index.ts';
import { applyDelta, checkScores, remaining } from '../../../shared/domain/ballot.ts';
import { parseSessionId } from '../../../shared/grid.ts';
import {
  AttendRequest,
  JoinRequest,
  type JoinResponse,
  type PhoneAttendance,
  type PhoneBallot,
  type PhoneErrorCode,
  type PhoneGrid,
  type PhoneRound,
  type PhoneState,
  RenameRequest,
  SuggestTopicRequest,
  type SuggestTopicResponse,
  VoteRequest,
} from '../../../shared/protocol.ts';
import { type ProjectorState, type Round, type RoundResults, resultsVisible } from '../../../shared/voting.ts';
import {
  findAppliedRequest,
  readDotBallot,
  readScoreBallot,
  recordAppliedRequest,
  setDots,
  setScores,
} from '../db/ballots.ts';
import {
  findSessionRow,
  gridPublishedAt,
  listVoterAttendance,
  listVoterItems,
  type SessionRow,
  setAttendance,
} from '../db/grid.ts';
import { newId, now } from '../db/ids.ts';
import { findRound, hasItem, listOpenRoundRecords, type RoundRecord } from '../db/rounds.ts';
import { insertSuggestion } from '../db/suggestions.ts';
import { findTicketByCode, setTicketState } from '../db/tickets.ts';
import {
  findJoinCode,
  findJoinCodeByCode,
  findPhoneByTokenHash,
  findVoter,
  findVoterByTicket,
  findVoterName,
  insertVoter,
  setVoterName,
  setVoterToken,
  type Voter,
  waitingAhead,
} from '../db/voters.ts';
import { findWorkshop } from '../db/workshops.ts';
import { createWriteBatcher } from '../db/writeBatch.ts';
import { roomForOneMore } from './admission.ts';
import type { CoreContext } from './context.ts';
import { describeZodError } from './dispatch.ts';
import { readGridModel } from './gridModel.ts';
import { ensureJoinCode } from './join.ts';
import { roundResults, withItems } from './rounds.ts';
import { targetAreas } from './targets.ts';

export type PhoneResult<T> = { ok: true; value: T } | { ok: false; error: { code: PhoneErrorCode; message: string } };

const phoneOk = <T>(value: T): PhoneResult<T> => ({ ok: true, value });
const phoneFail = (code: PhoneErrorCode, message: string): PhoneResult<never> => ({
  ok: false,
  error: { code, message },
});

const WORKSHOP_CLOSED = 'This workshop is closed: the facilitator put it away.';
const WAITING = 'The room is full for now: the facilitator will let you in in a moment.';
const GRID_NOT_PUBLISHED = 'The session grid is not published yet: the facilitator will show it when it is ready.';

/** The published grid as every phone of the workshop sees it; `mine` and `attending` are added per phone. */
interface PhoneGridBase extends Omit<PhoneGrid, 'mine' | 'attending'> {
  roundId: string | null;
  /** An item of the scheduling round → its session. */
  sessionOfItem: Map<string, string>;
  /** A placed session → its slot. */
  slotOf: Map<string, string>;
}

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

/** Changes that leave the published grid as phones see it: joins, tickets, proposals, marks. */
const PHONE_GRID_IGNORES: ReadonlySet<ChangeArea> = new Set(['join', 'tickets', 'suggestions', 'attendance']);

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
  /** The published session grid, with this phone's sessions and marks. */
  grid(voter: Voter): PhoneResult<PhoneGrid>;
  /** "I'll attend" a session of the published grid (one per slot), or not any more. */
  attend(voter: Voter, body: unknown): Promise<PhoneResult<PhoneAttendance>>;
  /** Whether the workshop's session grid is published (what the LAN server tells phones about). */
  gridPublished(workshopId: string): boolean;
}

export function createPhoneService({
  db,
  emit,
  subscribe,
  defaultMaxVoters,
}: Pick<CoreContext, 'db' | 'emit' | 'defaultMaxVoters'> & {
  subscribe?: (listener: EventListener) => () => void;
}): PhoneService {
  // 500 phones reading the state after a round opens would tally the same ballots 500 times;
  // the results are kept until a vote, a count, a round change or a change to what the round
  // counts (its targets' titles) says otherwise.
  const resultsByRound = new Map<string, { results: RoundResults; workshopId: string; areas: readonly ChangeArea[] }>();
  const cachedResults = (round: Round): RoundResults => {
    const hit = resultsByRound.get(round.id);
    if (hit) return hit.results;
    const results = roundResults(db, round);
    if (cacheEnabled)
      resultsByRound.set(round.id, { results, workshopId: round.workshopId, areas: targetAreas(round.targetKind) });
    return results;
  };
  // What the projected screen shows: a phone puts the round on it first.
  let projected: ProjectorState | null = null;
  /** The open round phones show: the one projected, else the one opened last. */
  const focusRound = (workshopId: string, open: readonly RoundRecord[]): string | null => {
    if (projected?.workshopId === workshopId && projected.view === 'results') {
      const onScreen = open.find((r) => r.id === projected?.roundId);
      if (onScreen) return onScreen.id;
    }
    let latest: RoundRecord | null = null;
    for (const r of open) if (!latest || (r.openedAt ?? '') >= (latest.openedAt ?? '')) latest = r;
    return latest?.id ?? null;
  };
  // 300 phones re-reading the grid once it is published would each read every ballot of the
  // round; what they share is kept until the workshop's grid, topics, rooms… change.
  const gridBases = new Map<string, PhoneGridBase>();
  const forget = (event: AgoraEvent) => {
    if (event.name === 'projector:changed') projected = event.payload;
    else if (event.name === 'votes:changed') {
      resultsByRound.delete(event.payload.roundId);
      // A first ballot in another round may make it the default scheduling round.
      if (gridBases.get(event.payload.workshopId)?.roundId !== event.payload.roundId)
        gridBases.delete(event.payload.workshopId);
    } else if (event.name === 'workshop:changed') {
      const { workshopId, area } = event.payload;
      if (!PHONE_GRID_IGNORES.has(area)) gridBases.delete(workshopId);
      for (const [roundId, entry] of resultsByRound)
        if (entry.workshopId === workshopId && (area === 'rounds' || entry.areas.includes(area)))
          resultsByRound.delete(roundId);
    }
  };
  // Without a subscription (unit tests of the service alone) nothing is cached.
  const cacheEnabled = subscribe !== undefined;
  subscribe?.(forget);

  const writes = createWriteBatcher(db);

  /** Runs `work` in the next group commit; a PhoneRefusal thrown inside rolls it back and becomes the answer. */
  async function write<T>(work: () => T): Promise<PhoneResult<T>> {
    try {
      return phoneOk(await writes.run(work));
    } catch (error) {
      if (error instanceof PhoneRefusal) return phoneFail(error.code, error.message);
      throw error;
    }
  }

  /**
   * Checked again inside each write, on the voter as stored now: the facilitator may have
   * signed phones out, put the workshop in the trash, or let this waiting phone in, between
   * the request's arrival and its turn in the batch.
   */
  function requireAccess(voter: Voter): Voter {
    const current = findVoter(db, voter.id) ?? voter;
    const refused = accessProblem(current);
    if (refused) throw new PhoneRefusal(refused.code, refused.message);
    if (!current.admitted) throw new PhoneRefusal('waiting', WAITING);
    return current;
  }

  /**
   * Runs a phone's write once per request id, in the next group commit: a retry gets the
   * first answer back and writes nothing (`fresh` is false).
   */
  function once<T>(
    voter: Voter,
    route: 'vote' | 'topic' | 'attend',
    requestId: string,
    run: (current: Voter) => T,
  ): Promise<PhoneResult<{ value: T; fresh: boolean }>> {
    // The log is per route: a topic sent with an id already used for a vote is a new request.
    const key = `${route}:${requestId}`;
    return write(() => {
      const current = requireAccess(voter);
      const earlier = findAppliedRequest(db, voter.id, key);
      if (earlier !== undefined) return { value: JSON.parse(earlier) as T, fresh: false };
      const value = run(current);
      recordAppliedRequest(db, voter.id, key, JSON.stringify(value), now());
      return { value, fresh: true };
    });
  }

  /** Why this phone may not act now, or null: signed out by a new code, or the workshop in the trash. */
  function accessProblem(voter: Voter): { code: PhoneErrorCode; message: string } | null {
    const code = findJoinCode(db, voter.workshopId);
    if (!code || code.generation !== voter.generation)
      return { code: 'unauthorized', message: 'The facilitator started a new session: join again with the new code.' };
    // Not 401: the token stays good, and the phone votes as itself again if the workshop is restored.
    const workshop = findWorkshop(db, voter.workshopId);
    if (!workshop || workshop.deletedAt) return { code: 'workshop_closed', message: WORKSHOP_CLOSED };
    return null;
  }

  /**
   * A printed ticket: its first use makes a voter (let in whatever the ceiling: the facilitator
   * handed it out); a released ticket gives its voter, ballots and all, to this phone.
   */
  function joinWithTicket(ticketCode: string, name: string, tokenHash: string) {
    const ticket = findTicketByCode(db, ticketCode);
    const workshop = ticket && findWorkshop(db, ticket.workshopId);
    if (!ticket || !workshop || workshop.deletedAt)
      throw new PhoneRefusal('not_found', 'No workshop has this ticket. Check the code printed on it.');
    const code = ensureJoinCode(db, ticket.workshopId);
    const holder = ticket.state === 'new' ? undefined : findVoterByTicket(db, ticket.id);
    // In use on a phone that is still signed in: only the facilitator can hand it to another.
    // A phone signed out by a new join code left its ticket free to come back with.
    if (ticket.state === 'used' && holder && holder.generation === code.generation)
      throw new PhoneRefusal(
        'ticket_used',
        'This ticket is already in use on another phone. The facilitator can release it for this one.',
      );
    if (holder) setVoterToken(db, holder.id, tokenHash, code.generation);
    else
      insertVoter(db, {
        id: newId(),
        workshopId: ticket.workshopId,
        kind: 'phone',
        name,
        generation: code.generation,
        admitted: true,
        ticketId: ticket.id,
        tokenHash,
        createdAt: now(),
      });
    setTicketState(db, ticket.id, 'used');
    return {
      workshopId: ticket.workshopId,
      title: workshop.title,
      language: workshop.language,
      admitted: true,
      code: code.code,
    };
  }

  /** The published grid of a workshop as phones see it, or null while it is not published. */
  function gridBase(workshopId: string): PhoneGridBase | null {
    const publishedAt = gridPublishedAt(db, workshopId);
    const workshop = findWorkshop(db, workshopId);
    if (!publishedAt || !workshop || workshop.deletedAt) return null;
    const hit = gridBases.get(workshopId);
    if (hit && hit.publishedAt === publishedAt) return hit;
    const model = readGridModel(db, workshopId);
    const roomOrder = new Map(model.rooms.map((r, i) => [r.id, i]));
    const slotOrder = new Map(model.slots.map((s, i) => [s.id, i]));
    const at = (p: { roomId: string; slotId: string }) =>
      (slotOrder.get(p.slotId) ?? 0) * model.rooms.length + (roomOrder.get(p.roomId) ?? 0);
    const placements = [...model.placements].sort((a, b) => at(a) - at(b));
    const base: PhoneGridBase = {
      workshop: { title: workshop.title, language: workshop.language },
      publishedAt,
      rooms: model.rooms.map(({ id, name }) => ({ id, name })),
      slots: model.slots.map(({ id, start, end, label }) => ({ id, start, end, label })),
      sessions: placements.map((p) => {
        const c = model.byId.get(p.sessionId);
        return { id: p.sessionId, title: c?.title ?? '', roomId: p.roomId, slotId: p.slotId, host: c?.hostName ?? '' };
      }),
      roundId: model.round?.id ?? null,
      sessionOfItem: model.sessionOfItem,
      slotOf: new Map(placements.map((p) => [p.sessionId, p.slotId])),
    };
    if (cacheEnabled) gridBases.set(workshopId, base);
    return base;
  }

  const sessionIdOfRow = (row: SessionRow) => `${row.subject_kind}:${row.subject_id}`;

  /** This phone's marks on sessions of the published grid. */
  const marksOf = (voterId: string, base: PhoneGridBase): string[] =>
    listVoterAttendance(db, voterId)
      .map(sessionIdOfRow)
      .filter((id) => base.slotOf.has(id));

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
      const token = newToken();
      const { code: joinCode, ticket: ticketCode, name } = parsed.data;
      // Codes, tickets and the ceiling are read inside the write, so a phone never joins under a
      // generation just revoked, and two phones cannot both take the last place or one ticket.
      const result = await write(() => {
        if (ticketCode !== undefined) return joinWithTicket(ticketCode, name, hashToken(token));
        const code = joinCode === undefined ? undefined : findJoinCodeByCode(db, joinCode);
        const workshop = code && findWorkshop(db, code.workshopId);
        if (!code || !workshop || workshop.deletedAt)
          throw new PhoneRefusal('not_found', 'No workshop has this code. Check the code on the projected screen.');
        const admitted = roomForOneMore(db, code, defaultMaxVoters);
        insertVoter(db, {
          id: newId(),
          workshopId: code.workshopId,
          kind: 'phone',
          name,
          generation: code.generation,
          admitted,
          tokenHash: hashToken(token),
          createdAt: now(),
        });
        return {
          workshopId: code.workshopId,
          title: workshop.title,
          language: workshop.language,
          admitted,
          code: code.code,
        };
      });
      if (!result.ok) return result;
      const joined = result.value;
      emit({ name: 'workshop:changed', payload: { workshopId: joined.workshopId, area: 'join' } });
      if (ticketCode !== undefined)
        emit({ name: 'workshop:changed', payload: { workshopId: joined.workshopId, area: 'tickets' } });
      return phoneOk({
        token,
        workshopId: joined.workshopId,
        workshop: { title: joined.title, language: joined.language },
        admitted: joined.admitted,
        code: joined.code,
      });
    },

    authenticate(token) {
      const unknown = phoneFail('unauthorized', 'Join first: open the address on the projected screen.');
      if (!token) return unknown;
      const voter = findPhoneByTokenHash(db, hashToken(token));
      if (!voter) return unknown;
      const refused = accessProblem(voter);
      return refused ? phoneFail(refused.code, refused.message) : phoneOk(voter);
    },

    state(voter) {
      const workshop = findWorkshop(db, voter.workshopId);
      if (!workshop || workshop.deletedAt) return phoneFail('workshop_closed', WORKSHOP_CLOSED);
      const allRounds = findJoinCode(db, voter.workshopId)?.allRounds ?? false;
      const common = {
        workshop: { title: workshop.title, language: workshop.language },
        name: voter.name,
        ticket: voter.ticketId !== null,
        allRounds,
        gridPublished: gridPublishedAt(db, voter.workshopId) !== null,
      };
      // A waiting phone sees the workshop and its place in the queue, no ballots.
      if (!voter.admitted)
        return phoneOk({
          ...common,
          admitted: false,
          waitingAhead: waitingAhead(db, voter),
          focusRoundId: null,
          openRounds: [],
          rounds: [],
        });
      const open = listOpenRoundRecords(db, voter.workshopId);
      const focus = focusRound(voter.workshopId, open);
      // One round at a time unless the facilitator lets phones switch: three stacked ballots
      // made a 6,660 px page, and a room voting on the wrong question.
      const shown = allRounds ? open : open.filter((r) => r.id === focus);
      const openRounds = open.map((r) => ({ id: r.id, question: r.question }));
      const rounds = shown.map((record): PhoneRound => {
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
          ticketOnly: round.ticketOnly,
          criteria: round.criteria.map(({ id, label }) => ({ id, label })),
          items: round.items.map(({ id, title }) => ({ id, title })),
          myVotes: ballot.myVotes,
          myScores: ballot.myScores,
          remaining: ballot.remaining,
          results: results && { voters: results.voters, items: results.items },
        };
      });
      return phoneOk({ ...common, admitted: true, waitingAhead: null, focusRoundId: focus, openRounds, rounds });
    },

    async vote(voter, body) {
      const parsed = VoteRequest.safeParse(body ?? {});
      if (!parsed.success) return phoneFail('invalid_input', describeZodError(parsed.error).message);
      const request = parsed.data;
      const result = await once(voter, 'vote', request.requestId, (current) => {
        const round = findRound(db, request.roundId);
        if (!round || round.workshopId !== voter.workshopId) throw new PhoneRefusal('not_found', 'No such round.');
        if (!hasItem(db, round.id, request.itemId)) throw new PhoneRefusal('not_found', 'No such item in this round.');
        if (round.state !== 'open') throw new PhoneRefusal('round_closed', 'This vote is not open.');
        if (round.ticketOnly && current.ticketId === null)
          throw new PhoneRefusal(
            'ticket_required',
            'This vote takes ticket holders only: join with the ticket the facilitator gave you.',
          );
        if (round.named && !current.name)
          throw new PhoneRefusal('name_required', 'This is a named vote: give your name first (POST /p/name).');
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
      const result = await once(voter, 'topic', requestId, (): SuggestTopicResponse => {
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
      return write(() => {
        requireAccess(voter);
        // A name goes with the named ballots already cast: it is given once, not changed after.
        const current = findVoterName(db, voter.id);
        if (current && current !== name)
          throw new PhoneRefusal('name_already_set', `This phone already votes as ${current}.`);
        setVoterName(db, voter.id, name);
        return { name };
      });
    },

    grid(voter) {
      const workshop = findWorkshop(db, voter.workshopId);
      if (!workshop || workshop.deletedAt) return phoneFail('workshop_closed', WORKSHOP_CLOSED);
      const base = gridBase(voter.workshopId);
      if (!base) return phoneFail('grid_not_published', GRID_NOT_PUBLISHED);
      const { roundId, sessionOfItem, slotOf, ...shown } = base;
      const mine = new Set<string>();
      if (roundId)
        for (const item of listVoterItems(db, roundId, voter.id)) {
          const sessionId = sessionOfItem.get(item);
          if (sessionId && slotOf.has(sessionId)) mine.add(sessionId);
        }
      return phoneOk({ ...shown, mine: [...mine], attending: marksOf(voter.id, base) });
    },

    async attend(voter, body) {
      const parsed = AttendRequest.safeParse(body ?? {});
      if (!parsed.success) return phoneFail('invalid_input', describeZodError(parsed.error).message);
      const { sessionId, attending, requestId } = parsed.data;
      const result = await once(voter, 'attend', requestId, (): PhoneAttendance => {
        const base = gridBase(voter.workshopId);
        if (!base) throw new PhoneRefusal('grid_not_published', GRID_NOT_PUBLISHED);
        const { kind, id } = parseSessionId(sessionId);
        const row = findSessionRow(db, voter.workshopId, kind, id);
        const slotId = base.slotOf.get(sessionId);
        if (attending) {
          if (!row || slotId === undefined) throw new PhoneRefusal('not_found', 'No such session in the grid.');
          // One place at a time: a mark in the same slot moves here.
          for (const mark of listVoterAttendance(db, voter.id))
            if (mark.id !== row.id && mark.slot_id === slotId) setAttendance(db, voter.id, mark.id, false, now());
          setAttendance(db, voter.id, row.id, true, now());
        } else if (row) setAttendance(db, voter.id, row.id, false, now());
        return { sessionId, attending: marksOf(voter.id, base) };
      });
      if (!result.ok) return result;
      if (result.value.fresh)
        emit({ name: 'workshop:changed', payload: { workshopId: voter.workshopId, area: 'attendance' } });
      return phoneOk(result.value.value);
    },

    gridPublished: (workshopId) => gridPublishedAt(db, workshopId) !== null,
  };
}
