/**
 * The single source of truth of Agora's API: method name → input schema → output type.
 *
 * The core registers one handler per entry (electron/core/services/handlers.ts), the Electron
 * preload exposes one function per entry, the browser host serves one route per entry, and
 * the renderer's client type is derived from this table. Add a method here first; the type
 * checker then points at every place that must follow.
 */
import { z } from 'zod';
import type { Result } from './result.ts';
import {
  type AppInfo,
  type BackupInfo,
  Id,
  LIMITS,
  type Participant,
  ParticipantFields,
  patchOf,
  type Room,
  RoomFields,
  type Slot,
  SlotFields,
  SlotGridRequest,
  SlotShape,
  type Topic,
  TopicFields,
  type Workshop,
  WorkshopFields,
  type WorkshopSummary,
} from './schemas.ts';
import { WorkshopTransfer } from './transfer.ts';
import {
  ItemScores,
  type JoinInfo,
  LanStartOptions,
  type LanStatus,
  ManualCount,
  ProjectorCommand,
  type ProjectorState,
  type Round,
  RoundFields,
  type RoundResults,
  RoundShape,
  RoundTargets,
  type TopicSuggestion,
} from './voting.ts';

interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Type-only marker: the value is never read. */
  output: O;
}
const method = <I extends z.ZodType>(input: I) => ({
  returns: <O>(): MethodSpec<I, O> => ({ input, output: undefined as unknown as O }),
});

const Empty = z.object({}).strict();
const ByWorkshop = z.object({ workshopId: Id });
const ByRound = z.object({ roundId: Id });

/** A CSV row after the column mapping: participant field → raw text, with its line number. */
export const ImportRow = z.object({
  line: z.number().int().min(1),
  values: z.record(z.string(), z.string().max(LIMITS.description)),
});
export type ImportRow = z.infer<typeof ImportRow>;
export interface ImportReport {
  imported: Participant[];
  rejected: { line: number; field: string | null; reason: string }[];
}

export const contract = {
  'app:info': method(Empty).returns<AppInfo>(),

  'workshops:list': method(Empty).returns<WorkshopSummary[]>(),
  'workshops:trash': method(Empty).returns<WorkshopSummary[]>(),
  'workshops:get': method(ByWorkshop).returns<Workshop>(),
  'workshops:create': method(WorkshopFields).returns<Workshop>(),
  'workshops:update': method(z.object({ workshopId: Id, patch: patchOf(WorkshopFields) })).returns<Workshop>(),
  /** Copies details, rooms, slots and participants (not topics): a template for the next one. */
  'workshops:duplicate': method(ByWorkshop).returns<Workshop>(),
  /** Moves to the trash; `workshops:restore` brings it back. */
  'workshops:delete': method(ByWorkshop).returns<{ workshopId: string }>(),
  'workshops:restore': method(ByWorkshop).returns<Workshop>(),
  /** The whole workshop as a portable file (see shared/transfer.ts). */
  'workshops:export': method(ByWorkshop).returns<WorkshopTransfer>(),
  /** Creates a new workshop from an exported file; ids are new, nothing existing is touched. */
  'workshops:import': method(z.object({ data: WorkshopTransfer })).returns<Workshop>(),

  'rooms:list': method(ByWorkshop).returns<Room[]>(),
  'rooms:add': method(z.object({ workshopId: Id, room: RoomFields })).returns<Room>(),
  'rooms:update': method(z.object({ roomId: Id, patch: patchOf(RoomFields) })).returns<Room>(),
  'rooms:remove': method(z.object({ roomId: Id })).returns<{ roomId: string }>(),

  'slots:list': method(ByWorkshop).returns<Slot[]>(),
  /** Builds a day's grid; `replace` clears the existing slots first (in the same transaction). */
  'slots:generate': method(
    z.object({ workshopId: Id, grid: SlotGridRequest, replace: z.boolean().default(true) }),
  ).returns<Slot[]>(),
  'slots:add': method(z.object({ workshopId: Id, slot: SlotFields })).returns<Slot>(),
  'slots:update': method(z.object({ slotId: Id, patch: patchOf(SlotShape) })).returns<Slot>(),
  'slots:remove': method(z.object({ slotId: Id })).returns<{ slotId: string }>(),

  'participants:list': method(ByWorkshop).returns<Participant[]>(),
  'participants:add': method(z.object({ workshopId: Id, participant: ParticipantFields })).returns<Participant>(),
  'participants:update': method(
    z.object({ participantId: Id, patch: patchOf(ParticipantFields) }),
  ).returns<Participant>(),
  'participants:remove': method(z.object({ participantId: Id })).returns<{ participantId: string }>(),
  /** Valid rows are imported together; each invalid row is reported with its reason. */
  'participants:import': method(
    z.object({ workshopId: Id, rows: z.array(ImportRow).min(1).max(LIMITS.csvRows) }),
  ).returns<ImportReport>(),

  'topics:list': method(ByWorkshop).returns<Topic[]>(),
  'topics:add': method(z.object({ workshopId: Id, topic: TopicFields })).returns<Topic>(),
  'topics:update': method(z.object({ topicId: Id, patch: patchOf(TopicFields) })).returns<Topic>(),
  /** Soft delete: `topics:restore` undoes it. */
  'topics:remove': method(z.object({ topicId: Id })).returns<{ topicId: string }>(),
  'topics:restore': method(z.object({ topicId: Id })).returns<Topic>(),

  'rounds:list': method(ByWorkshop).returns<Round[]>(),
  'rounds:get': method(ByRound).returns<Round>(),
  /** A new round in draft, on the given targets (default: every current topic). */
  'rounds:create': method(
    z.object({ workshopId: Id, round: RoundFields, targets: RoundTargets.default({ kind: 'topic' }) }),
  ).returns<Round>(),
  /**
   * Question and result visibility change any time; method, budget, criteria and items only
   * while nobody has voted (`targetIds` replaces the items).
   */
  'rounds:update': method(
    z.object({
      roundId: Id,
      patch: patchOf(RoundShape),
      targetIds: z.array(Id).min(1).max(200).optional(),
    }),
  ).returns<Round>(),
  /** draft → open, or closed → open again (reopen). */
  'rounds:open': method(ByRound).returns<Round>(),
  'rounds:close': method(ByRound).returns<Round>(),
  /** Shows (or hides again) the results of a round set to hide them. */
  'rounds:reveal': method(z.object({ roundId: Id, revealed: z.boolean().default(true) })).returns<Round>(),
  /** Only a round nobody voted in can be deleted; close the others. */
  'rounds:delete': method(ByRound).returns<{ roundId: string }>(),
  /** Always the full results: the laptop sees them even while they are hidden from the room. */
  'rounds:results': method(ByRound).returns<RoundResults>(),
  /** Paper ballots or a show of hands for one item: replaces that source's count. */
  'rounds:setCount': method(ManualCount.extend({ roundId: Id })).returns<RoundResults>(),
  /** A named juror's scores for one item, typed in on the laptop (scoring rounds). */
  'rounds:score': method(
    z.object({
      roundId: Id,
      juror: z.string().trim().min(1, "the juror's name is required").max(LIMITS.name),
      itemId: Id,
      scores: ItemScores,
    }),
  ).returns<RoundResults>(),

  /** The participant server (phones on the local network). */
  'lan:status': method(Empty).returns<LanStatus>(),
  'lan:start': method(LanStartOptions).returns<LanStatus>(),
  'lan:stop': method(Empty).returns<LanStatus>(),
  /** Which of the laptop's addresses phones are given (the join URL, the QR) when it has several. */
  'lan:advertise': method(z.object({ address: z.string().trim().min(1).max(64) })).returns<LanStatus>(),
  /** The workshop's join code (made on first ask), its URL and the number of joined phones. */
  'join:get': method(ByWorkshop).returns<JoinInfo>(),
  /** A new join code; `revokeTokens` also signs out every phone that joined before. */
  'join:regenerate': method(z.object({ workshopId: Id, revokeTokens: z.boolean().default(false) })).returns<JoinInfo>(),

  /** Topics proposed from phones, pending first. */
  'suggestions:list': method(ByWorkshop).returns<TopicSuggestion[]>(),
  /** Creates the topic (the facilitator may retouch the title or pitch first). */
  'suggestions:accept': method(
    z.object({ suggestionId: Id, patch: patchOf(TopicFields).pick({ title: true, pitch: true }).default({}) }),
  ).returns<Topic>(),
  'suggestions:reject': method(z.object({ suggestionId: Id })).returns<TopicSuggestion>(),

  /** What the projected screen shows; every window follows `projector:changed`. */
  'projector:get': method(Empty).returns<ProjectorState>(),
  'projector:show': method(ProjectorCommand).returns<ProjectorState>(),

  'backups:list': method(Empty).returns<BackupInfo[]>(),
  'backups:create': method(Empty).returns<BackupInfo>(),
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export const METHODS = Object.keys(contract) as Method[];
export const isMethod = (name: string): name is Method => Object.hasOwn(contract, name);

/** What a caller passes (defaults still optional). */
export type Input<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives, after validation and defaults. */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = Contract[M]['output'];

/** The API as the renderer sees it, whatever the transport. */
export type AgoraApi = { [M in Method]: (input: Input<M>) => Promise<Result<Output<M>>> };
