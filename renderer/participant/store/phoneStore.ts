/**
 * Everything the phone page shows, in one zustand store. The flows that change it live beside
 * it: session.ts (join, state, rejoin), votes.ts (taps, queued and retried), events.ts (the
 * server's push stream), topics.ts (proposing a topic).
 */
import { create } from 'zustand';
import type { PhoneBallot, PhoneState } from '../../../shared/protocol.ts';

export type Phase =
  /** Reading the address and the saved token. */
  | 'starting'
  /** Asking for an optional name before joining. */
  | 'join'
  | 'joining'
  /** Joined; reading the state for the first time. */
  | 'loading'
  | 'ready'
  /** The code in the address is unknown (mistyped, or replaced by a new one). */
  | 'badCode'
  /** The ticket in the address (/t/…) is unknown: type it again. */
  | 'badTicket'
  /** Signed out because this phone's ticket is now used on another phone (the facilitator released it). */
  | 'ticketUsed'
  /** The facilitator put the workshop away (in the trash); it comes back if restored. */
  | 'closed';

/** One tap or one item's scores, waiting to be acknowledged by the server. */
export interface PendingVote {
  requestId: string;
  roundId: string;
  itemId: string;
  delta?: 1 | -1;
  scores?: Record<string, number>;
}

export interface Notice {
  /** A PhoneErrorCode, or a client-side reason (network, item_limit…): the key of its message. */
  code: string;
  /** Changes every time, so the same message twice is announced twice. */
  id: number;
}

export interface PhoneStore {
  phase: Phase;
  /** The join code in the address (/j/CODE); null on a ticket's address (/t/TICKET). */
  code: string | null;
  /** The printed ticket this phone joins with (10 characters, no dash), or null for the join code. */
  ticket: string | null;
  /** Where the session and the queued taps are kept (lib/session.ts): the code, or the ticket's key. */
  sessionKey: string | null;
  /**
   * The open vote the participant picked when phones may switch between them, while the focus
   * stays where it was: a new focus (the facilitator projects or opens another vote) brings the
   * phone to it. Null: the one in focus.
   */
  chosenRound: { roundId: string; focusId: string | null } | null;
  /** Why the code is refused: unknown, or the facilitator started a new session. */
  badCodeReason: 'unknown' | 'signed-out';
  token: string | null;
  name: string;
  joinError: string | null;
  state: PhoneState | null;
  /** The server's word on my ballot per round, newer than the state when a vote was answered since. */
  confirmed: Record<string, PhoneBallot>;
  pending: PendingVote[];
  /** Scores tapped for an item whose other criteria are not scored yet (nothing sent). */
  scoreDrafts: Record<string, Record<string, Record<string, number>>>;
  /** Rounds that closed while this phone was showing them. */
  ended: { id: string; question: string }[];
  /** Votes or reads waiting for the network, and whether the push stream is down. */
  retrying: { state: boolean; votes: boolean; stream: boolean };
  /** A named round refused my vote: ask for a name and join again with it. */
  needName: boolean;
  notice: Notice | null;
}

export const usePhone = create<PhoneStore>(() => ({
  phase: 'starting',
  code: null,
  ticket: null,
  sessionKey: null,
  chosenRound: null,
  badCodeReason: 'unknown',
  token: null,
  name: '',
  joinError: null,
  state: null,
  confirmed: {},
  pending: [],
  scoreDrafts: {},
  ended: [],
  retrying: { state: false, votes: false, stream: false },
  needName: false,
  notice: null,
}));

let noticeId = 0;
export function showNotice(code: string): void {
  usePhone.setState({ notice: { code, id: ++noticeId } });
}

export function setRetrying(part: keyof PhoneStore['retrying'], value: boolean): void {
  const current = usePhone.getState().retrying;
  if (current[part] !== value) usePhone.setState({ retrying: { ...current, [part]: value } });
}

export const selectReconnecting = (s: PhoneStore): boolean => s.retrying.state || s.retrying.votes || s.retrying.stream;
