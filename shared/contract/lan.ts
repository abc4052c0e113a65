/** The participant server (phones on the local network) and each workshop's join code. */
import { z } from 'zod';
import { Id } from '../schemas.ts';
import { type JoinInfo, LanStartOptions, type LanStatus, type Ticket, VOTE_LIMITS } from '../voting.ts';
import { ByWorkshop, Empty, method } from './define.ts';

export const lanMethods = {
  'lan:status': method(Empty).returns<LanStatus>(),
  'lan:start': method(LanStartOptions).returns<LanStatus>(),
  'lan:stop': method(Empty).returns<LanStatus>(),
  /** Which of the laptop's addresses phones are given (the join URL, the QR) when it has several. */
  'lan:advertise': method(z.object({ address: z.string().trim().min(1).max(64) })).returns<LanStatus>(),
  /** The workshop's join code (made on first ask), its URL and the number of joined phones. */
  'join:get': method(ByWorkshop).returns<JoinInfo>(),
  /** A new join code; `revokeTokens` also signs out every phone that joined before. */
  'join:regenerate': method(z.object({ workshopId: Id, revokeTokens: z.boolean().default(false) })).returns<JoinInfo>(),
  /** Lets phones waiting beyond the ceiling in, first come first served (all of them by default). */
  'join:admit': method(
    z.object({ workshopId: Id, count: z.number().int().min(1).max(VOTE_LIMITS.maxVoters).optional() }),
  ).returns<JoinInfo>(),
  /** Sets the voter ceiling (null: follow the participant list); waiting phones come in up to it. */
  'join:setCeiling': method(
    z.object({ workshopId: Id, maxVoters: z.number().int().min(1).max(VOTE_LIMITS.maxVoters).nullable() }),
  ).returns<JoinInfo>(),

  /** Whether phones may switch between open rounds, or show only the one in focus. */
  'join:setAllRounds': method(z.object({ workshopId: Id, allRounds: z.boolean() })).returns<JoinInfo>(),

  /** Printed tickets for binding votes, in the order printed. */
  'tickets:list': method(ByWorkshop).returns<Ticket[]>(),
  /** Makes `count` more tickets, numbered after the existing ones. */
  'tickets:create': method(
    z.object({ workshopId: Id, count: z.number().int().min(1).max(VOTE_LIMITS.ticketsPerBatch) }),
  ).returns<Ticket[]>(),
  /** Lets a used ticket join again on another phone, as the same voter (the first phone is signed out). */
  'tickets:release': method(z.object({ ticketId: Id })).returns<Ticket>(),
} as const;

/** `join`: the join code, the ceiling or the phones changed; `tickets`: tickets made, used or released. */
export const lanAreas = ['join', 'tickets'] as const;

export interface LanEvents {
  /** The participant server started or stopped. */
  'lan:changed': LanStatus;
}
