import type { AgoraEvent, Method, Output, ParsedInput } from '../../../shared/contract/index.ts';
import type { AppInfo } from '../../../shared/schemas.ts';
import type { LanStartOptions, LanStatus } from '../../../shared/voting.ts';
import type { BackupStore } from '../backups.ts';
import type { Db } from '../db/open.ts';
import type { ConnectionCounts } from '../net/connectionGuard.ts';

/** What every service needs: the store, a way to tell open windows, and the app's facts. */
export interface CoreContext {
  db: Db;
  emit: (event: AgoraEvent) => void;
  backups: BackupStore;
  info: () => AppInfo;
  lan: LanControl;
  /** The voter ceiling for workshops whose facilitator set none (`serve --lan --max-voters N`). */
  defaultMaxVoters?: number;
}

/** The participant server as the services see it (implemented in net/lan.ts). */
export interface LanControl {
  status(): LanStatus;
  start(options: LanStartOptions): Promise<LanStatus>;
  stop(): Promise<LanStatus>;
  /** Puts one of the server's addresses first: the one join URLs and QR codes give. */
  advertise(address: string): LanStatus;
  /** Ends the event streams of a workshop's phones that joined before this generation. */
  signOutOlderPhones(workshopId: string, generation: number): void;
  /** Open and refused connections on the participant port. */
  connections(): ConnectionCounts;
  /** Tells these waiting phones they are in. */
  admitted(voterIds: readonly string[]): void;
}

/** Who made a call: the window's client id (the Electron preload or the browser host sends it). */
export interface CallMeta {
  origin?: string;
}

/** One handler per contract method; inputs are already validated by the dispatcher. */
export type Handlers = {
  [M in Method]: (input: ParsedInput<M>, call: CallMeta) => Output<M> | Promise<Output<M>>;
};
export type HandlersOf<K extends Method> = Pick<Handlers, K>;
