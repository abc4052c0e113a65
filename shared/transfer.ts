/**
 * The workshop file format of `agora export` / `agora import` (and later the app's own
 * export): plain JSON, versioned, validated with the same field schemas as the API.
 */
import { z } from 'zod';
import { LIMITS, ParticipantFields, RoomFields, SlotFields, TopicFields, WorkshopFields } from './schemas.ts';

export const TRANSFER_FORMAT_VERSION = 1;

export const WorkshopTransfer = z.object({
  agora: z.literal(TRANSFER_FORMAT_VERSION),
  exportedAt: z.string(),
  workshop: WorkshopFields,
  rooms: z.array(RoomFields).max(500).default([]),
  slots: z.array(SlotFields).max(500).default([]),
  participants: z.array(ParticipantFields).max(LIMITS.csvRows).default([]),
  topics: z.array(TopicFields).max(LIMITS.csvRows).default([]),
});
export type WorkshopTransfer = z.infer<typeof WorkshopTransfer>;
