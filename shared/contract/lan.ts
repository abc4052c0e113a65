/** The participant server (phones on the local network) and each workshop's join code. */
import { z } from 'zod';
import { Id } from '../schemas.ts';
import { type JoinInfo, LanStartOptions, type LanStatus } from '../voting.ts';
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
} as const;

/** `join`: the join code changed or a phone joined. */
export const lanAreas = ['join'] as const;

export interface LanEvents {
  /** The participant server started or stopped. */
  'lan:changed': LanStatus;
}
