/** A workshop's setup: rooms, the day's time slots, participants (by hand or from a CSV file). */
import { z } from 'zod';
import {
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
} from '../schemas.ts';
import { ByWorkshop, method } from './define.ts';

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

export const setupMethods = {
  'rooms:list': method(ByWorkshop).returns<Room[]>(),
  'rooms:add': method(z.object({ workshopId: Id, room: RoomFields })).returns<Room>(),
  'rooms:update': method(z.object({ roomId: Id, patch: patchOf(RoomFields) })).returns<Room>(),
  'rooms:remove': method(z.object({ roomId: Id })).returns<{ roomId: string; workshopId: string }>(),

  'slots:list': method(ByWorkshop).returns<Slot[]>(),
  /** Builds a day's grid; `replace` clears the existing slots first (in the same transaction). */
  'slots:generate': method(
    z.object({ workshopId: Id, grid: SlotGridRequest, replace: z.boolean().default(true) }),
  ).returns<Slot[]>(),
  'slots:add': method(z.object({ workshopId: Id, slot: SlotFields })).returns<Slot>(),
  'slots:update': method(z.object({ slotId: Id, patch: patchOf(SlotShape) })).returns<Slot>(),
  'slots:remove': method(z.object({ slotId: Id })).returns<{ slotId: string; workshopId: string }>(),

  'participants:list': method(ByWorkshop).returns<Participant[]>(),
  'participants:add': method(z.object({ workshopId: Id, participant: ParticipantFields })).returns<Participant>(),
  'participants:update': method(
    z.object({ participantId: Id, patch: patchOf(ParticipantFields) }),
  ).returns<Participant>(),
  'participants:remove': method(z.object({ participantId: Id })).returns<{
    participantId: string;
    workshopId: string;
  }>(),
  /** Valid rows are imported together; each invalid row is reported with its reason. */
  'participants:import': method(
    z.object({ workshopId: Id, rows: z.array(ImportRow).min(1).max(LIMITS.csvRows) }),
  ).returns<ImportReport>(),
} as const;

export const setupAreas = ['rooms', 'slots', 'participants'] as const;
