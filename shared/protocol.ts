/**
 * The participant protocol: what phones (and third-party clickers) speak to the LAN server.
 * A public contract, documented in the README's "Participant protocol" section; change it
 * only in ways old clients survive.
 *
 *   POST /p/join    {code | ticket, name?}                 → {token, workshop, admitted}
 *   GET  /p/state                                          → PhoneState
 *   POST /p/votes   {roundId, itemId, delta, requestId}    → PhoneBallot   (dot, approval)
 *                   {roundId, itemId, scores, requestId}   → PhoneBallot   (scoring)
 *   POST /p/topics  {title, pitch?, requestId}             → {suggestionId, state: 'pending'}
 *   POST /p/name    {name}                                 → {name}         (for a named round)
 *   GET  /p/grid                                           → PhoneGrid      (once the grid is published)
 *   POST /p/attend  {sessionId, attending, requestId}      → PhoneAttendance
 *   GET  /p/events  (text/event-stream)                    → PhoneEvent, one per `data:` line
 *
 * Every route but /p/join needs `Authorization: Bearer <token>` (/p/events also takes
 * `?token=`, since EventSource cannot set headers). Errors are `{error: {code, message}}`
 * with the HTTP status of PHONE_ERROR_STATUS, and change nothing.
 */
import { z } from 'zod';
import { type Language, LIMITS, requiredText } from './schemas.ts';
import { ItemScores, type RoundResults, VOTE_LIMITS, type VoteMethod } from './voting.ts';

/** Letters and digits that cannot be mistaken for one another when read off a wall (no 0/O, 1/I/L). */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JoinCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${VOTE_LIMITS.joinCodeLength}}$`), 'a 6-character join code');

/** A client's id for one action, so a retry after a lost answer is applied once. */
export const RequestId = z.string().trim().min(8, 'at least 8 characters').max(64);

/** A printed ticket's code, as typed or scanned: "K7MQ2-XR4PA" (the dash and spaces are for reading). */
export const TicketCode = z
  .string()
  .max(40)
  .transform((s) => s.replace(/[\s-]/g, '').toUpperCase())
  .pipe(
    z
      .string()
      .regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${VOTE_LIMITS.ticketCodeLength}}$`), 'a 10-character ticket code'),
  );

/** Joins with the workshop's code, or with a printed ticket (which also lets the phone into ticket-only rounds). */
export const JoinRequest = z
  .object({
    code: JoinCode.optional(),
    ticket: TicketCode.optional(),
    name: z.string().trim().max(LIMITS.name).default(''),
  })
  .refine((r) => (r.code === undefined) !== (r.ticket === undefined), {
    message: 'a join code or a ticket, one of the two',
    path: ['code'],
  });
export type JoinRequest = z.input<typeof JoinRequest>;

export const DotVoteRequest = z.object({
  roundId: z.string().min(1).max(LIMITS.id),
  itemId: z.string().min(1).max(LIMITS.id),
  delta: z.union([z.literal(1), z.literal(-1)]),
  requestId: RequestId,
});
export const ScoreVoteRequest = z.object({
  roundId: z.string().min(1).max(LIMITS.id),
  itemId: z.string().min(1).max(LIMITS.id),
  scores: ItemScores,
  requestId: RequestId,
});
/** A vote: a dot (+1/-1) for dot and approval rounds, or 1–5 scores per criterion for scoring rounds. */
export const VoteRequest = z.union([DotVoteRequest.strict(), ScoreVoteRequest.strict()]);
export type VoteRequest = z.input<typeof VoteRequest>;

export const SuggestTopicRequest = z.object({
  title: requiredText(LIMITS.title, 'a title'),
  pitch: z.string().trim().max(LIMITS.pitch, `at most ${LIMITS.pitch} characters`).default(''),
  requestId: RequestId,
});
export type SuggestTopicRequest = z.input<typeof SuggestTopicRequest>;

/** Gives this phone a name after joining: a named (jury) round needs one on every ballot. */
export const RenameRequest = z.object({
  name: requiredText(LIMITS.name, 'a name'),
});
export type RenameRequest = z.input<typeof RenameRequest>;

/** "I'll attend" (or not any more) one session of the published grid. */
export const AttendRequest = z.object({
  sessionId: z
    .string()
    .max(80)
    .regex(/^(topic|group):[^:]{1,64}$/, 'a session id (topic:<id> or group:<id>)'),
  attending: z.boolean(),
  requestId: RequestId,
});
export type AttendRequest = z.input<typeof AttendRequest>;

export interface JoinResponse {
  token: string;
  workshop: { title: string; language: Language };
  /** False: the workshop is at its voter ceiling and this phone waits for the facilitator. */
  admitted: boolean;
  /** The workshop's join code (a phone that came with a ticket learns it too). */
  code: string;
}

/** One open round as a phone sees it: no other participant's names or ballots. */
export interface PhoneRound {
  id: string;
  question: string;
  method: VoteMethod;
  /** Dot: dots to spend; approval: items one may approve; scoring: 0. */
  budget: number;
  maxPerItem: number;
  named: boolean;
  /** Only phones that joined with a ticket may vote in it. */
  ticketOnly: boolean;
  criteria: { id: string; label: string }[];
  items: { id: string; title: string }[];
  /** My dots per item (dot, approval); only items with votes. */
  myVotes: Record<string, number>;
  /** My scores per item and criterion (scoring). */
  myScores: Record<string, Record<string, number>>;
  /** Budget minus what I spent (dot, approval); 0 for scoring. */
  remaining: number;
  /** Totals per item, when the facilitator shows them; null while hidden. */
  results: Pick<RoundResults, 'voters' | 'items'> | null;
}

export interface PhoneState {
  workshop: { title: string; language: Language };
  /** My display name ('' when I gave none). */
  name: string;
  /** False while this phone waits beyond the ceiling: `rounds` is empty until it is let in. */
  admitted: boolean;
  /** While waiting: how many phones came before me. */
  waitingAhead: number | null;
  /** Whether this phone joined with a ticket (it may vote in ticket-only rounds). */
  ticket: boolean;
  /**
   * The round to show: the one on the projected screen, else the last opened. Unless the
   * facilitator lets phones switch (`allRounds`), it is the only one in `rounds`.
   */
  focusRoundId: string | null;
  allRounds: boolean;
  /** Every open round, by id and question, even those not in `rounds`: a round missing here has closed. */
  openRounds: { id: string; question: string }[];
  rounds: PhoneRound[];
  /** The session grid is published: GET /p/grid shows it. */
  gridPublished: boolean;
}

/** The published session grid as a phone sees it: where and when each session runs, and who hosts it. */
export interface PhoneGrid {
  workshop: { title: string; language: Language };
  publishedAt: string;
  /** In the venue's order. */
  rooms: { id: string; name: string }[];
  /** Session slots only (breaks and plenaries hold no parallel sessions), in time order. */
  slots: { id: string; start: string; end: string; label: string }[];
  /** Placed sessions only, by slot then room. */
  sessions: { id: string; title: string; roomId: string; slotId: string; host: string }[];
  /** Sessions this phone voted for in the round the grid was made from. */
  mine: string[];
  /** Sessions this phone said it will attend. */
  attending: string[];
}

/** What /p/attend answers: this phone's marks after the change (one session per slot at most). */
export interface PhoneAttendance {
  sessionId: string;
  attending: string[];
}

/** What /p/votes answers: my ballot in that round after the vote. */
export interface PhoneBallot {
  roundId: string;
  myVotes: Record<string, number>;
  myScores: Record<string, Record<string, number>>;
  remaining: number;
}

export interface SuggestTopicResponse {
  suggestionId: string;
  state: 'pending';
}

/** Pushed on /p/events, one JSON object per `data:` line. */
export type PhoneEvent =
  /** A round opened, closed, changed or had its results revealed: re-read /p/state. */
  | { type: 'rounds' }
  /** The facilitator made a new join code and signed phones out: join again with the new code. */
  | { type: 'signed-out' }
  /** This waiting phone was let in: re-read /p/state. */
  | { type: 'admitted' }
  /** The session grid was published, changed while published, or taken down: re-read /p/grid (and /p/state). */
  | { type: 'grid' };

export const PHONE_ERROR_STATUS = {
  invalid_input: 400,
  unauthorized: 401,
  /** The workshop is at its voter ceiling: this phone waits until the facilitator lets it in. */
  waiting: 403,
  /** A ticket-only round, and this phone joined without a ticket. */
  ticket_required: 403,
  not_found: 404,
  /** /p/grid or /p/attend before the facilitator published the session grid (or after it was taken down). */
  grid_not_published: 404,
  /** This ticket is in use on another phone; the facilitator can release it. */
  ticket_used: 409,
  round_closed: 409,
  /** Over the dot budget, the per-item maximum, or the number of items one may approve. */
  budget_exceeded: 409,
  /** A −1 on an item with no dot of mine. */
  nothing_to_remove: 409,
  /** A named (jury) round, and I have no name yet: send one to /p/name. */
  name_required: 409,
  /** /p/name on a phone that already has another name (it went with its named ballots). */
  name_already_set: 409,
  /** The facilitator put the workshop in the trash; the token works again if it is restored. */
  workshop_closed: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
} as const;
export type PhoneErrorCode = keyof typeof PHONE_ERROR_STATUS;

export interface PhoneErrorBody {
  error: { code: PhoneErrorCode; message: string };
}
