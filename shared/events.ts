import type { LanStatus, ProjectorState } from './voting.ts';

/**
 * Push events from the core to every open window (IPC in Electron, a server-sent event
 * stream in the browser host). Payloads are small: they say what changed, and the
 * renderer re-reads what it shows.
 */
export type ChangeArea =
  | 'details'
  | 'rooms'
  | 'slots'
  | 'participants'
  | 'topics'
  /** Rounds created, edited, opened, closed or revealed. */
  | 'rounds'
  /** Topics proposed from phones, accepted or rejected. */
  | 'suggestions'
  /** The join code changed or a phone joined. */
  | 'join';

export interface EventMap {
  /** The list of workshops changed (created, renamed, deleted, restored). */
  'workshops:changed': Record<string, never>;
  /** Something inside one workshop changed. */
  'workshop:changed': { workshopId: string; area: ChangeArea };
  /** A vote or a typed-in count changed a round's results (sent once per acknowledged vote). */
  'votes:changed': { workshopId: string; roundId: string };
  /** The projected screen's view changed. */
  'projector:changed': ProjectorState;
  /** The participant server started or stopped. */
  'lan:changed': LanStatus;
}
export type EventName = keyof EventMap;
export type AgoraEvent = { [E in EventName]: { name: E; payload: EventMap[E] } }[EventName];
export type EventListener = (event: AgoraEvent) => void;
