/**
 * The session grid: rooms × session slots, each cell holding at most one session. A session
 * is a topic or a group (every group, and every topic in no group, is a candidate), with a
 * host, a room and a slot, and its demand: the voters who gave it at least one dot in the
 * scheduling round. The pure scheduler lives in shared/domain/schedule/.
 */
import { z } from 'zod';
import type { Explanation, ScheduleFigures } from './domain/schedule/model.ts';
import { Id } from './schemas.ts';

export const SESSION_SUBJECTS = ['topic', 'group'] as const;
export const SessionSubject = z.enum(SESSION_SUBJECTS);
export type SessionSubject = z.infer<typeof SessionSubject>;

/** A session's id is its subject's: `topic:<id>` or `group:<id>`, stable across reloads and re-schedules. */
export const SessionId = z
  .string()
  .max(80)
  .regex(/^(topic|group):[^:]{1,64}$/, 'a session id (topic:<id> or group:<id>)');
export const sessionIdOf = (kind: SessionSubject, id: string): string => `${kind}:${id}`;
export function parseSessionId(sessionId: string): { kind: SessionSubject; id: string } {
  const [kind, id] = sessionId.split(':') as [SessionSubject, string];
  return { kind, id };
}

export interface GridSession {
  /** `topic:<id>` or `group:<id>`. */
  id: string;
  kind: SessionSubject;
  subjectId: string;
  title: string;
  /** The group's colour, for the cards. */
  color: string | null;
  /** The participant who hosts it: chosen, or the proposer's match among participants (null: nobody). */
  hostParticipantId: string | null;
  /** The host's name as shown (the participant's, else the topic's proposer as typed). */
  hostName: string;
  /** Where it runs; both null while it is not placed. */
  roomId: string | null;
  slotId: string | null;
  /** Never moved by the auto-scheduler. */
  locked: boolean;
  /** Voters of the scheduling round who gave it at least one dot, plus paper/hands counts where no phone ballots. */
  demand: number;
  /** Phones that marked they will attend it (after publishing). */
  attending: number;
}

export const GRID_WARNINGS = [
  /** The same host in two sessions of one slot. */
  'host-double-booked',
  /** Demand (or attendance, once counted) above the room's capacity. */
  'room-overflow',
  /** Voters who want two sessions of one slot: `count` pairs lost. */
  'voters-clash',
  /** A session in a room or slot marked unavailable. */
  'unavailable',
] as const;
export type GridWarningKind = (typeof GRID_WARNINGS)[number];

export interface GridWarning {
  kind: GridWarningKind;
  sessionIds: string[];
  roomId?: string;
  slotId?: string;
  /** Voters (pairs) concerned, people over capacity. */
  count?: number;
}

export interface Grid {
  workshopId: string;
  /** The round whose ballots give each session its demand (default: the latest closed round, else the latest). */
  schedulingRoundId: string | null;
  /** Every candidate: placed ones and the others (roomId/slotId null), most wanted first. */
  sessions: GridSession[];
  /** Per session id, the (anonymous) indices of the voters who want it: the renderer recomputes figures live while dragging. */
  demandVoters: Record<string, number[]>;
  voterCount: number;
  unavailable: { roomIds: string[]; slotIds: string[]; cells: { roomId: string; slotId: string }[] };
  figures: ScheduleFigures;
  warnings: GridWarning[];
  /** Why sessions were left out by the last auto-schedule (empty after manual changes). */
  explanations: Explanation[];
  /** Set while the grid is published to the projected screen and the phones. */
  publishedAt: string | null;
}

/** What the last auto-schedule says, in one line (the CLI prints it). */
export interface ScheduleReport {
  scheduled: number;
  figures: ScheduleFigures;
  ms: number;
}

/**
 * The report in one line, as `agora schedule` prints it:
 * `scheduled 18 sessions; attendance 92.5% (74 of 80 pairs); clashes 6; overflow 0; unplaced 2; 143 ms`.
 */
export function formatScheduleReport({ scheduled, figures: f, ms }: ScheduleReport): string {
  const attendance = (f.attendance * 100).toFixed(1).replace(/\.0$/, '');
  return [
    `scheduled ${scheduled} sessions`,
    `attendance ${attendance}% (${f.keptPairs} of ${f.totalPairs} pairs)`,
    `clashes ${f.clashes}`,
    `overflow ${f.overflow}`,
    `unplaced ${f.unplaced}`,
    `${Math.round(ms)} ms`,
  ].join('; ');
}

export const PlaceSession = z.object({
  workshopId: Id,
  sessionId: SessionId,
  /** Both null: take it off the grid. A cell already taken swaps the two sessions (a locked one refuses). */
  roomId: Id.nullable(),
  slotId: Id.nullable(),
});

export const SessionPatch = z.object({
  hostParticipantId: Id.nullable().optional(),
  locked: z.boolean().optional(),
});
