/**
 * The shapes of Agora's data, as zod schemas. Every boundary (IPC, browser host, LAN,
 * CSV import, CLI import) validates with these, so a rule lives in exactly one place.
 */
import { z } from 'zod';
import { hasVisibleText } from './domain/text.ts';

/** Limits chosen so a projected card or a PDF line stays readable; generous for real use. */
export const LIMITS = {
  id: 64,
  title: 200,
  name: 120,
  shortText: 200,
  pitch: 2000,
  description: 5000,
  tag: 40,
  tags: 12,
  capacity: 10000,
  csvRows: 5000,
} as const;

/**
 * The schema of a partial update. zod's `.partial()` keeps `.default()`s, so a patch that
 * leaves a field out would reset it to its default; here absent stays absent.
 */
export function patchOf<S extends z.ZodRawShape>(schema: z.ZodObject<S>) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [
      key,
      ((field instanceof z.ZodDefault ? field.unwrap() : field) as z.ZodType).optional(),
    ]),
  );
  return z.object(shape) as unknown as z.ZodObject<{
    [K in keyof S]: z.ZodOptional<S[K] extends z.ZodDefault<infer Inner> ? Inner : S[K]>;
  }>;
}

export const Id = z.string().trim().min(1, 'an id is required').max(LIMITS.id);

const text = (max: number) => z.string().trim().max(max, `at most ${max} characters`);
/** Required text: something a reader can see, not only spaces and invisible characters. */
export const requiredText = (max: number, what: string) =>
  z.string().trim().max(max, `at most ${max} characters`).refine(hasVisibleText, `${what} is required`);
const required = requiredText;

export const WORKSHOP_FORMATS = ['mini-barcamp', 'co-creation', 'stocktaking'] as const;
export const WorkshopFormat = z.enum(WORKSHOP_FORMATS);
export type WorkshopFormat = z.infer<typeof WorkshopFormat>;

export const LANGUAGES = ['en', 'fr'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/** The six smart-city axes of the UCLG study, used to tag topics. */
export const THEMES = ['economy', 'governance', 'people', 'mobility', 'environment', 'living'] as const;
export const Theme = z.enum(THEMES);
export type Theme = z.infer<typeof Theme>;

export const TOPIC_STATUSES = ['proposed', 'shortlisted', 'set-aside'] as const;
export const TopicStatus = z.enum(TOPIC_STATUSES);
export type TopicStatus = z.infer<typeof TopicStatus>;

export const ORG_TYPES = [
  'local-government',
  'public-agency',
  'sme',
  'startup',
  'large-company',
  'university',
  'civil-society',
  'resident',
  'international',
  'other',
] as const;
export const OrgType = z.enum(ORG_TYPES);
export type OrgType = z.infer<typeof OrgType>;

/**
 * session: parallel sessions in the rooms; break: no sessions; plenary: the whole room together
 * (opening, topic market, closing), which the session grid keeps free of parallel sessions.
 */
export const SLOT_KINDS = ['session', 'break', 'plenary'] as const;
export const SlotKind = z.enum(SLOT_KINDS);
export type SlotKind = z.infer<typeof SlotKind>;

/** ISO calendar date, YYYY-MM-DD, checked to be a real day. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'not a real date');

/** Time of day, HH:MM, 24-hour clock. */
export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM');

export const WorkshopFields = z.object({
  title: required(LIMITS.title, 'a title'),
  format: WorkshopFormat,
  date: IsoDate,
  venue: text(LIMITS.shortText).default(''),
  territory: text(LIMITS.shortText).default(''),
  language: Language,
  description: text(LIMITS.description).default(''),
});
export type WorkshopFields = z.infer<typeof WorkshopFields>;

export interface Workshop extends WorkshopFields {
  id: string;
  createdAt: string;
  updatedAt: string;
}
export interface WorkshopSummary extends Workshop {
  topicCount: number;
  participantCount: number;
  roomCount: number;
  deletedAt: string | null;
}

export const RoomFields = z.object({
  name: required(LIMITS.name, 'a room name'),
  capacity: z.number().int().min(1).max(LIMITS.capacity).nullable().default(null),
});
export type RoomFields = z.infer<typeof RoomFields>;
export interface Room extends RoomFields {
  id: string;
  workshopId: string;
  position: number;
}

/** Without the start<end rule, so patches can be partial; services check the merged slot. */
export const SlotShape = z.object({
  start: TimeOfDay,
  end: TimeOfDay,
  label: text(LIMITS.name).default(''),
  kind: SlotKind.default('session'),
});
export const SlotFields = SlotShape.refine((s) => s.start < s.end, {
  message: 'a slot must end after it starts',
  path: ['end'],
});
export type SlotFields = z.infer<typeof SlotFields>;
export interface Slot extends SlotFields {
  id: string;
  workshopId: string;
}

export const ParticipantFields = z.object({
  name: required(LIMITS.name, 'a name'),
  organisation: text(LIMITS.shortText).default(''),
  territory: text(LIMITS.shortText).default(''),
  role: text(LIMITS.shortText).default(''),
  orgType: OrgType.default('other'),
  email: z.union([z.literal(''), z.string().trim().email('not an e-mail address').max(LIMITS.shortText)]).default(''),
});
export type ParticipantFields = z.infer<typeof ParticipantFields>;
export interface Participant extends ParticipantFields {
  id: string;
  workshopId: string;
}

export const Tag = z.string().trim().min(1).max(LIMITS.tag);

export const TopicFields = z.object({
  title: required(LIMITS.title, 'a title'),
  pitch: text(LIMITS.pitch).default(''),
  proposer: text(LIMITS.name).default(''),
  theme: Theme.nullable().default(null),
  tags: z.array(Tag).max(LIMITS.tags).default([]),
  status: TopicStatus.default('proposed'),
});
export type TopicFields = z.infer<typeof TopicFields>;
export interface Topic extends TopicFields {
  id: string;
  workshopId: string;
  /** Order of capture, 1-based within a workshop; never reused. */
  seq: number;
  createdAt: string;
  updatedAt: string;
}

/** A day's grid request: sessions fill start→end, skipping the breaks. */
export const SlotGridRequest = z
  .object({
    start: TimeOfDay,
    end: TimeOfDay,
    sessionMinutes: z.number().int().min(5).max(480),
    gapMinutes: z.number().int().min(0).max(120).default(0),
    breaks: z
      .array(
        z.object({
          start: TimeOfDay,
          end: TimeOfDay,
          label: text(LIMITS.name).default(''),
          /** A fixed slot of the day: a break, or a plenary (the whole room together). */
          kind: z.enum(['break', 'plenary']).default('break'),
        }),
      )
      .max(10)
      .default([]),
  })
  .refine((g) => g.start < g.end, { message: 'the day must end after it starts', path: ['end'] });
export type SlotGridRequest = z.infer<typeof SlotGridRequest>;

export interface BackupInfo {
  file: string;
  createdAt: string;
  bytes: number;
  reason: 'rotating' | 'pre-migration' | 'manual';
}

export interface AppInfo {
  version: string;
  dataDir: string;
  databaseFile: string;
  schemaVersion: number;
  transport: 'electron' | 'browser-host';
}
