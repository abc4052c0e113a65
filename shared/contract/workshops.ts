/** Workshops as a whole: the list, details, trash, duplicate, and the portable file. */
import { z } from 'zod';
import { Id, patchOf, type Workshop, WorkshopFields, type WorkshopSummary } from '../schemas.ts';
import { WorkshopTransfer } from '../transfer.ts';
import { ByWorkshop, Empty, method } from './define.ts';

export const workshopsMethods = {
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
} as const;

/** The workshop's own details (title, date, venue, language …). */
export const workshopsAreas = ['details'] as const;

export interface WorkshopsEvents {
  /** The list of workshops changed (created, renamed, deleted, restored). */
  'workshops:changed': Record<string, never>;
}
