/**
 * Vote rounds: what the facilitator sets up, what a ballot holds, and what the results say.
 * A round votes on a list of targets (the workshop's topics today; groups, priority issues,
 * action sheets and proposals later), so nothing here knows what a target is beyond its id
 * and title.
 */
import { z } from 'zod';
import { Id, requiredText } from './schemas.ts';

export const VOTE_METHODS = ['dot', 'approval', 'scoring'] as const;
export const VoteMethod = z.enum(VOTE_METHODS);
export type VoteMethod = z.infer<typeof VoteMethod>;

export const ROUND_STATES = ['draft', 'open', 'closed'] as const;
export const RoundState = z.enum(ROUND_STATES);
export type RoundState = z.infer<typeof RoundState>;

/**
 * What a round's items are: topics; groups of topics from the affinity board; or sessions —
 * the grid's candidates, every group and every topic in no group (ids `group:<id>`,
 * `topic:<id>`), for a round on "a mix". Later issues add their kinds here.
 */
export const TARGET_KINDS = ['topic', 'group', 'session'] as const;
export const TargetKind = z.enum(TARGET_KINDS);
export type TargetKind = z.infer<typeof TargetKind>;

/** Counts typed in by the facilitator, kept apart from phone votes and shown as such. */
export const COUNT_SOURCES = ['paper', 'hands'] as const;
export const CountSource = z.enum(COUNT_SOURCES);
export type CountSource = z.infer<typeof CountSource>;

export const VOTE_LIMITS = {
  question: 200,
  items: 500,
  budget: 100,
  criteria: 8,
  criterionLabel: 80,
  minScore: 1,
  maxScore: 5,
  manualCount: 100_000,
  joinCodeLength: 6,
  ticketCodeLength: 10,
  /** Phones one workshop may let in, and tickets one workshop may print. */
  maxVoters: 10_000,
  ticketsPerBatch: 500,
} as const;

/** A jury criterion ("Impact", "Feasibility"), scored 1–5 by each juror; the weight says how much it counts. */
export const Criterion = z.object({
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,24}$/, 'a short key: a-z, 0-9 and -'),
  label: requiredText(VOTE_LIMITS.criterionLabel, 'a criterion name'),
  weight: z.number().min(0.1).max(10).default(1),
});
export type Criterion = z.infer<typeof Criterion>;

/** Without the cross-field rules, so patches can be partial; `checkRoundRules` checks the merged round. */
export const RoundShape = z.object({
  question: requiredText(VOTE_LIMITS.question, 'a question'),
  method: VoteMethod.default('dot'),
  /** Dot voting: dots per participant. Approval: how many items one may approve. Scoring: unused. */
  budget: z.number().int().min(1).max(VOTE_LIMITS.budget).default(3),
  /** Dot voting: the most dots one participant may put on one item. Approval: always 1. */
  maxPerItem: z.number().int().min(1).max(VOTE_LIMITS.budget).default(3),
  criteria: z.array(Criterion).max(VOTE_LIMITS.criteria).default([]),
  /** Named voting (a jury): each ballot carries the voter's name. Otherwise one anonymous ballot per device. */
  named: z.boolean().default(false),
  /** Hide the results from the projector and the phones until the facilitator reveals them. */
  hideResults: z.boolean().default(false),
  /** A binding vote: only phones that joined with a printed ticket may vote (one each). */
  ticketOnly: z.boolean().default(false),
});
export type RoundShape = z.infer<typeof RoundShape>;

export type RoundRuleIssue = { path: keyof RoundShape; message: string };

/** The rules across fields, shared by create and update. */
export function checkRoundRules(round: RoundShape): RoundRuleIssue | null {
  if (round.method === 'dot' && round.maxPerItem > round.budget)
    return { path: 'maxPerItem', message: 'the maximum per item cannot exceed the budget' };
  if (round.method === 'scoring') {
    if (round.criteria.length === 0)
      return { path: 'criteria', message: 'a scoring round needs at least one criterion' };
    const ids = new Set(round.criteria.map((c) => c.id));
    if (ids.size !== round.criteria.length) return { path: 'criteria', message: 'two criteria have the same key' };
  }
  return null;
}

export const RoundFields = RoundShape.superRefine((round, ctx) => {
  const issue = checkRoundRules(round);
  if (issue) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
});
export type RoundFields = z.infer<typeof RoundFields>;

/** Which targets a new round votes on: a list of ids, or all the workshop's current ones. */
export const RoundTargets = z.object({
  kind: TargetKind.default('topic'),
  /** Omitted: every current target of the kind, in their natural order. */
  ids: z.array(Id).min(1).max(VOTE_LIMITS.items).optional(),
});
export type RoundTargets = z.infer<typeof RoundTargets>;

export interface RoundItem {
  /** The target's id (a topic id today). */
  id: string;
  title: string;
  /** 1-based display order. */
  position: number;
}

export interface Round extends RoundShape {
  id: string;
  workshopId: string;
  targetKind: TargetKind;
  state: RoundState;
  /** When hideResults is set: whether the facilitator has revealed them. */
  revealed: boolean;
  items: RoundItem[];
  openedAt: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Whether the projector and the phones may see this round's results now. */
export const resultsVisible = (round: Pick<Round, 'hideResults' | 'revealed'>): boolean =>
  !round.hideResults || round.revealed;

/** About a third of the items, the common rule for dot voting; at least one. */
export function suggestedBudget(itemCount: number): number {
  return Math.min(VOTE_LIMITS.budget, Math.max(1, Math.round(itemCount / 3)));
}

// ---- ballots ---------------------------------------------------------------------------

/** A dot or approval ballot: item id → dots (approval: 0 or 1). Items with 0 are left out. */
export type DotBallot = Readonly<Record<string, number>>;

/** A scoring ballot: item id → criterion id → score 1–5. */
export type ScoreBallot = Readonly<Record<string, Readonly<Record<string, number>>>>;

export const Score = z.number().int().min(VOTE_LIMITS.minScore).max(VOTE_LIMITS.maxScore);
/** One juror's scores for one item: every criterion of the round, each 1–5. */
export const ItemScores = z.record(z.string().max(24), Score);

// ---- manual counts -------------------------------------------------------------------------

export const ManualCount = z.object({
  itemId: Id,
  source: CountSource,
  count: z.number().int().min(0).max(VOTE_LIMITS.manualCount),
});
export type ManualCount = z.infer<typeof ManualCount>;

// ---- results -------------------------------------------------------------------------

export interface ItemResult {
  itemId: string;
  title: string;
  /** Dots or approvals from phones and the facilitator's ballots. */
  ballots: number;
  /** Typed-in counts, by source. */
  paper: number;
  hands: number;
  /** ballots + paper + hands (dot/approval); for scoring, the weighted mean score (0 when nobody scored). */
  total: number;
  /** Scoring: weighted mean per criterion id (null when nobody scored this item). */
  criteria: Record<string, number | null>;
  /** Scoring: how many jurors scored this item. */
  scoredBy: number;
  /** Competition rank: 1, 2, 2, 4 … Equal totals share a rank. */
  rank: number;
  /** True when another item has the same rank. */
  tied: boolean;
}

export interface RoundResults {
  roundId: string;
  method: VoteMethod;
  state: RoundState;
  /** Ballots with at least one vote. */
  voters: number;
  /** All dots or approvals given through ballots (not counting paper and hands). */
  ballotTotal: number;
  manualTotal: number;
  /** Sorted by rank, then by the round's item order. */
  items: ItemResult[];
}

export const LanStartOptions = z.object({
  /** The address to listen on; default every interface (0.0.0.0). */
  host: z.string().trim().max(64).default('0.0.0.0'),
  /** 0 picks a free port. */
  port: z.number().int().min(0).max(65535).default(0),
});
export type LanStartOptions = z.infer<typeof LanStartOptions>;

export interface LanAddress {
  /** The interface's name ("wlan0", "Wi-Fi"). */
  name: string;
  address: string;
}

export interface LanStatus {
  running: boolean;
  port: number | null;
  /** The address the server listens on. */
  host: string | null;
  /** The non-internal IPv4 addresses phones can reach; the first is the one shown. */
  addresses: LanAddress[];
  /** The base URL phones open (without the join path), or null when off. */
  baseUrl: string | null;
}

export interface JoinInfo {
  workshopId: string;
  code: string;
  /** Full URL a phone opens: baseUrl + /j/CODE; null while the server is off. */
  url: string | null;
  /** Phones let in with a current token. */
  joined: number;
  /** Phones that joined beyond the ceiling and wait for the facilitator. */
  waiting: number;
  /** The voter ceiling in force: the one set, else the participants plus a margin (at least 30). */
  maxVoters: number;
  /** Whether the facilitator set the ceiling (false: it follows the participant list). */
  maxVotersSet: boolean;
  /** Participants on the list: what `joined` is read against. */
  expected: number;
  /** Phones may switch between open rounds; otherwise they show one (the projected, else the last opened). */
  allRounds: boolean;
  lan: LanStatus;
}

/** The ceiling when the facilitator set none: the list plus a tenth (at least 5) for late-comers, at least 30. */
export function defaultMaxVoters(participants: number): number {
  return Math.min(VOTE_LIMITS.maxVoters, Math.max(30, participants + Math.max(5, Math.ceil(participants / 10))));
}

// ---- tickets -------------------------------------------------------------------------------

export const TICKET_STATES = ['new', 'used', 'released'] as const;
export type TicketState = (typeof TICKET_STATES)[number];

/** A printed ticket: joins one phone, which may then vote in ticket-only rounds. */
export interface Ticket {
  id: string;
  workshopId: string;
  /** 10 characters of the join-code alphabet (31^10 ≈ 8·10^14: not guessable at any rate the server allows). */
  code: string;
  /** As printed on the sheet. */
  number: number;
  /** new: unused; used: a phone holds it; released: the next phone to use it takes over. */
  state: TicketState;
  createdAt: string;
}

// ---- moderation --------------------------------------------------------------------------

/** merged: joined an existing topic (`topicId`) instead of becoming a new one. */
export const SUGGESTION_STATES = ['pending', 'accepted', 'rejected', 'merged'] as const;
export type SuggestionState = (typeof SUGGESTION_STATES)[number];

/** A topic proposed from a phone, waiting on the laptop until the facilitator accepts it. */
export interface TopicSuggestion {
  id: string;
  workshopId: string;
  title: string;
  pitch: string;
  /** The display name the phone gave, or '' when it gave none. */
  proposer: string;
  state: SuggestionState;
  /** The topic created on acceptance, or the existing topic it was merged into. */
  topicId: string | null;
  createdAt: string;
}

// ---- projector -----------------------------------------------------------------------------

/** `grid`: the published session grid; `now`: its current and next slot by the laptop's clock. */
export const PROJECTOR_VIEWS = ['join', 'topics', 'results', 'grid', 'now', 'countdown', 'blank'] as const;
export const ProjectorView = z.enum(PROJECTOR_VIEWS);
export type ProjectorView = z.infer<typeof ProjectorView>;

export const ProjectorCommand = z.object({
  workshopId: Id,
  view: ProjectorView,
  /** The round the results view shows; defaults to the open round, else the latest. */
  roundId: Id.nullable().default(null),
  /** Countdown: seconds from now (1 s – 2 h). */
  seconds: z.number().int().min(1).max(7200).optional(),
});
export type ProjectorCommand = z.infer<typeof ProjectorCommand>;

export interface ProjectorState {
  workshopId: string | null;
  view: ProjectorView;
  roundId: string | null;
  /** Countdown: when it reaches zero (ISO time), and its length in seconds. */
  endsAt: string | null;
  seconds: number | null;
  /** Increases on every change, so a window can ignore stale updates. */
  version: number;
}
