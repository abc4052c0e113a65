/**
 * The workshop file format of `agora export` / `agora import` (and later the app's own
 * export): plain JSON, versioned, validated with the same field schemas as the API. Older
 * versions are upgraded first (transferUpgrade.ts); a newer one is refused by name.
 */
import { z } from 'zod';
import { SessionSubject } from './grid.ts';
import { GROUP_LIMITS, GroupFields } from './grouping.ts';
import { LIMITS, ParticipantFields, RoomFields, SlotFields, TopicFields, WorkshopFields } from './schemas.ts';
import { TRANSFER_FORMAT_VERSION, upgradeTransfer } from './transferUpgrade.ts';
import { CountSource, checkRoundRules, ItemScores, RoundShape, RoundState, TargetKind, VOTE_LIMITS } from './voting.ts';

export { TRANSFER_FORMAT_VERSION };

const ItemIndex = z
  .number()
  .int()
  .min(0)
  .max(VOTE_LIMITS.items - 1);

/**
 * A round in a file: its items point by index (`ref`) into the file's collection of the round's
 * target kind — `topics` for topic rounds, `groups` for group rounds, for a round on sessions
 * (a mix) the groups then the topics as one list (null: a target gone since, kept with its title);
 * ballots under pseudonyms, never tokens; results as computed at export (informative: import
 * recomputes them).
 */
export const TransferRound = RoundShape.extend({
  targetKind: TargetKind,
  state: RoundState,
  revealed: z.boolean().default(false),
  items: z
    .array(z.object({ ref: z.number().int().min(0).nullable(), title: z.string().max(LIMITS.title) }))
    .max(VOTE_LIMITS.items),
  ballots: z
    .array(
      z.object({
        voter: z.string().max(40),
        kind: z.enum(['phone', 'juror']),
        name: z.string().max(LIMITS.name).default(''),
        /** Item index (as a string key) → dots. */
        dots: z.record(z.string(), z.number().int().min(1).max(VOTE_LIMITS.budget)).default({}),
        /** Item index → criterion → score. */
        scores: z.record(z.string(), ItemScores).default({}),
      }),
    )
    .max(10_000)
    .default([]),
  counts: z
    .array(
      z.object({ item: ItemIndex, source: CountSource, count: z.number().int().min(0).max(VOTE_LIMITS.manualCount) }),
    )
    .default([]),
  results: z
    .array(
      z.object({
        title: z.string(),
        ballots: z.number(),
        paper: z.number(),
        hands: z.number(),
        total: z.number(),
        rank: z.number(),
        tied: z.boolean(),
      }),
    )
    .optional(),
  voters: z.number().int().min(0).optional(),
}).superRefine((round, ctx) => {
  const issue = checkRoundRules(round);
  if (issue) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
});
export type TransferRound = z.infer<typeof TransferRound>;

/**
 * A topic in a file; `deleted` marks one removed from the wall that a vote round still counts;
 * `mergedInto` the index of the topic it was merged into (it keeps its proposer and pitch).
 */
export const TransferTopic = TopicFields.extend({
  deleted: z.boolean().optional(),
  mergedInto: z.number().int().min(0).optional(),
});

/** A group of the affinity board: its topics by index into the file's topics, in their order. */
export const TransferGroup = GroupFields.extend({
  topics: z.array(z.number().int().min(0)).max(LIMITS.csvRows).default([]),
});

/**
 * A session of the grid: its subject by index into the file's `topics` or `groups`, its room
 * (index into `rooms`) and session slot (index into `slots`), both or neither, its chosen host
 * (index into `participants`; null: the proposer's match), and whether it is locked there.
 */
export const TransferSession = z.object({
  subject: SessionSubject,
  ref: z.number().int().min(0),
  room: z.number().int().min(0).nullable().default(null),
  slot: z.number().int().min(0).nullable().default(null),
  host: z.number().int().min(0).nullable().default(null),
  locked: z.boolean().default(false),
});
export type TransferSession = z.infer<typeof TransferSession>;

const FormatVersion = z
  .number({ error: 'not an Agora workshop file (no "agora" version)' })
  .int()
  .superRefine((version, ctx) => {
    if (version > TRANSFER_FORMAT_VERSION)
      ctx.addIssue({
        code: 'custom',
        message: `written by a newer Agora (file format ${version}; this Agora reads up to ${TRANSFER_FORMAT_VERSION}): update Agora to import it`,
      });
    else if (version !== TRANSFER_FORMAT_VERSION)
      ctx.addIssue({ code: 'custom', message: `not a workshop file version Agora ever wrote (${version})` });
  })
  .transform(() => TRANSFER_FORMAT_VERSION);

const CurrentWorkshopTransfer = z
  .object({
    agora: FormatVersion,
    exportedAt: z.string(),
    workshop: WorkshopFields,
    rooms: z.array(RoomFields).max(500).default([]),
    slots: z.array(SlotFields).max(500).default([]),
    participants: z.array(ParticipantFields).max(LIMITS.csvRows).default([]),
    topics: z.array(TransferTopic).max(LIMITS.csvRows).default([]),
    groups: z.array(TransferGroup).max(GROUP_LIMITS.groups).default([]),
    rounds: z.array(TransferRound).max(200).default([]),
    sessions: z
      .array(TransferSession)
      .max(LIMITS.csvRows + GROUP_LIMITS.groups)
      .default([]),
  })
  .superRefine((file, ctx) => {
    // Indices must point at a topic of the file, each topic in at most one group.
    const topicCount = file.topics.length;
    for (const [i, topic] of file.topics.entries())
      if (topic.mergedInto !== undefined && (topic.mergedInto >= topicCount || topic.mergedInto === i))
        ctx.addIssue({ code: 'custom', path: ['topics', i, 'mergedInto'], message: 'not another topic of this file' });
    const grouped = new Set<number>();
    for (const [g, group] of file.groups.entries())
      for (const [j, index] of group.topics.entries()) {
        if (index >= topicCount || grouped.has(index))
          ctx.addIssue({
            code: 'custom',
            path: ['groups', g, 'topics', j],
            message: index >= topicCount ? 'not a topic of this file' : 'a topic in two groups',
          });
        grouped.add(index);
      }
    checkSessions(file, grouped, ctx);
  });

/** Sessions point at a current topic in no group or a group, a room and a session slot (both or neither), a participant. */
function checkSessions(
  file: {
    topics: { deleted?: boolean; mergedInto?: number }[];
    groups: unknown[];
    rooms: unknown[];
    slots: { kind: string }[];
    participants: unknown[];
    sessions: TransferSession[];
  },
  grouped: ReadonlySet<number>,
  ctx: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  const cells = new Set<string>();
  for (const [i, s] of file.sessions.entries()) {
    const issue = (field: keyof TransferSession, message: string) =>
      ctx.addIssue({ code: 'custom', path: ['sessions', i, field], message });
    if (s.subject === 'topic') {
      const topic = file.topics[s.ref];
      if (!topic) issue('ref', 'not a topic of this file');
      else if (topic.deleted || topic.mergedInto !== undefined || grouped.has(s.ref))
        issue('ref', 'a topic removed, merged or in a group is not a session of its own');
    } else if (s.ref >= file.groups.length) issue('ref', 'not a group of this file');
    if (seen.has(`${s.subject}:${s.ref}`)) issue('ref', 'the same session twice');
    seen.add(`${s.subject}:${s.ref}`);
    if ((s.room === null) !== (s.slot === null)) issue('slot', 'a room and a slot, or neither');
    if (s.room !== null && s.room >= file.rooms.length) issue('room', 'not a room of this file');
    if (s.slot !== null && file.slots[s.slot]?.kind !== 'session') issue('slot', 'not a session slot of this file');
    if (s.room !== null && s.slot !== null) {
      if (cells.has(`${s.room}:${s.slot}`)) issue('slot', 'two sessions in one room at one time');
      cells.add(`${s.room}:${s.slot}`);
    }
    if (s.locked && s.room === null) issue('locked', 'only a session on the grid can be locked');
    if (s.host !== null && s.host >= file.participants.length) issue('host', 'not a participant of this file');
  }
}

/** A workshop file of any version Agora wrote: upgraded to the current one, then validated. */
export const WorkshopTransfer = z.preprocess(upgradeTransfer, CurrentWorkshopTransfer);
export type WorkshopTransfer = z.infer<typeof CurrentWorkshopTransfer>;
