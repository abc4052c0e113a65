/**
 * Push events from the core to every open window (IPC in Electron, a server-sent event
 * stream in the browser host). Payloads are small: they say what changed, and the
 * renderer re-reads what it shows.
 */
export type ChangeArea = 'details' | 'rooms' | 'slots' | 'participants' | 'topics';

export interface EventMap {
  /** The list of workshops changed (created, renamed, deleted, restored). */
  'workshops:changed': Record<string, never>;
  /** Something inside one workshop changed. */
  'workshop:changed': { workshopId: string; area: ChangeArea };
}
export type EventName = keyof EventMap;
export type AgoraEvent = { [E in EventName]: { name: E; payload: EventMap[E] } }[EventName];
export type EventListener = (event: AgoraEvent) => void;
