/**
 * The single source of truth of Agora's API, composed from one file per area: method name →
 * input schema → output type, the change areas, and the push events.
 *
 * The core registers one handler per method (electron/core/services/handlers.ts), the Electron
 * preload exposes one function per method, the browser host serves one route per method, and
 * the renderer's client type is derived from this table. A new area adds its file here (see
 * docs/architecture.md, "Adding an area"); the type checker then points at what must follow.
 */
import type { z } from 'zod';
import type { Result } from '../result.ts';
import { appMethods } from './app.ts';
import { backupsMethods } from './backups.ts';
import { gridAreas, gridMethods } from './grid.ts';
import { groupsAreas, groupsMethods } from './groups.ts';
import { type LanEvents, lanAreas, lanMethods } from './lan.ts';
import { type ProjectorEvents, projectorMethods } from './projector.ts';
import { setupAreas, setupMethods } from './setup.ts';
import { topicsAreas, topicsMethods } from './topics.ts';
import { type VotingEvents, votingAreas, votingMethods } from './voting.ts';
import { type WorkshopsEvents, workshopsAreas, workshopsMethods } from './workshops.ts';

export type { ImportReport } from './setup.ts';
export { ImportRow } from './setup.ts';

export const contract = {
  ...appMethods,
  ...workshopsMethods,
  ...setupMethods,
  ...topicsMethods,
  ...groupsMethods,
  ...gridMethods,
  ...votingMethods,
  ...lanMethods,
  ...projectorMethods,
  ...backupsMethods,
} as const;

/** The parts of a workshop a `workshop:changed` event can name; each area file owns its own. */
export const CHANGE_AREAS = [
  ...workshopsAreas,
  ...setupAreas,
  ...topicsAreas,
  ...groupsAreas,
  ...gridAreas,
  ...votingAreas,
  ...lanAreas,
] as const;
export type ChangeArea = (typeof CHANGE_AREAS)[number];

/**
 * Push events from the core to every open window (IPC in Electron, a server-sent event
 * stream in the browser host). Payloads are small: they say what changed, and the
 * renderer re-reads what it shows.
 */
export interface EventMap extends WorkshopsEvents, VotingEvents, LanEvents, ProjectorEvents {
  /**
   * Something inside one workshop changed. `origin` is the window whose call made the change
   * (absent for phones, the CLI and the core itself): that window already holds the answer.
   */
  'workshop:changed': { workshopId: string; area: ChangeArea; origin?: string };
}
export type EventName = keyof EventMap;
export type AgoraEvent = { [E in EventName]: { name: E; payload: EventMap[E] } }[EventName];
export type EventListener = (event: AgoraEvent) => void;

export type Contract = typeof contract;
export type Method = keyof Contract;
export const METHODS = Object.keys(contract) as Method[];
export const isMethod = (name: string): name is Method => Object.hasOwn(contract, name);

/** What a caller passes (defaults still optional). */
export type Input<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives, after validation and defaults. */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = Contract[M]['output'];

/** The API as the renderer sees it, whatever the transport. */
export type AgoraApi = { [M in Method]: (input: Input<M>) => Promise<Result<Output<M>>> };
