/**
 * The session grid: auto-schedule, manual moves with live warnings, locks and hosts, rooms or
 * slots out of use, publishing to the projected screen and the phones, head counts.
 * Every write answers the whole grid (figures and warnings recomputed).
 */
import { z } from 'zod';
import { type Grid, PlaceSession, type ScheduleReport, SessionId, SessionPatch } from '../grid.ts';
import { Id } from '../schemas.ts';
import { ByWorkshop, method } from './define.ts';

export const gridMethods = {
  'grid:get': method(ByWorkshop).returns<Grid>(),
  /** Which round gives demand (null: the default one). */
  'grid:setRound': method(z.object({ workshopId: Id, roundId: Id.nullable() })).returns<Grid>(),
  /**
   * Chooses which sessions run and places them (off the thread that answers phones); locked
   * sessions stay. Refused with the reason when the input cannot be scheduled (a lock into a
   * removed room, two locks in one cell, a round with no ballots), writing nothing.
   */
  'grid:autoSchedule': method(z.object({ workshopId: Id, roundId: Id.optional() })).returns<
    Grid & { report: ScheduleReport }
  >(),
  'grid:place': method(PlaceSession).returns<Grid>(),
  'grid:updateSession': method(z.object({ workshopId: Id, sessionId: SessionId, patch: SessionPatch })).returns<Grid>(),
  /** A room, a slot, or one cell (both) out of use, or back in use. */
  'grid:setAvailability': method(
    z
      .object({ workshopId: Id, roomId: Id.optional(), slotId: Id.optional(), available: z.boolean() })
      .refine((a) => a.roomId !== undefined || a.slotId !== undefined, 'a room, a slot, or both'),
  ).returns<Grid>(),
  /** Re-runs the room choice only (times kept): the largest head count in the largest room. */
  'grid:assignRooms': method(ByWorkshop).returns<Grid>(),
  'grid:publish': method(z.object({ workshopId: Id, published: z.boolean() })).returns<Grid>(),
} as const;

/**
 * `grid`: sessions, their places, hosts, locks, availability, the scheduling round, publishing.
 * `attendance`: phones' "I'll attend" marks (the head counts): apart, so a mark from a phone
 * does not make every phone of the room re-read the published grid.
 */
export const gridAreas = ['grid', 'attendance'] as const;
