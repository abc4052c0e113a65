/**
 * The grid's sentences in the UI's language: warnings (as they are, and as a move would make
 * them), why the auto-schedule left a session out (the scheduler's Explanation, by its reason and
 * numbers, never its English message), why a drop is refused, and the core's refusals said again.
 * Names and titles typed by people are isolated (FSI…PDI), since these are plain strings.
 */
import type { TFunction } from 'i18next';
import type { Explanation } from '../../../../shared/domain/schedule/model.ts';
import type { GridWarning } from '../../../../shared/grid.ts';
import type { AgoraError } from '../../../../shared/result.ts';
import i18n from '../../../shared/i18n/index.ts';
import { isolate } from '../../components/isolate.ts';
import { localiseMessage } from '../../lib/errors.ts';
import { type Cell, type DropRefusal, type GridContext, slotTimes } from './gridModel.ts';

/** Names for the ids of one grid: sessions' titles and hosts, rooms, slots. */
export interface GridNames {
  title(sessionId: string): string;
  host(sessionId: string): string;
  room(roomId: string | undefined): string;
  slot(slotId: string | undefined): string;
  /** "Garonne Room · 10:15–11:00". */
  place(cell: Cell | null): string;
}

export function gridNames({ grid, rooms, slots }: GridContext, t: TFunction): GridNames {
  const sessions = new Map(grid.sessions.map((s) => [s.id, s]));
  const roomNames = new Map(rooms.map((r) => [r.id, r.name]));
  const slotById = new Map(slots.map((s) => [s.id, s]));
  const names: GridNames = {
    title: (id) => t('grid.quoted', { text: isolate(sessions.get(id)?.title ?? '?') }),
    host: (id) => isolate(sessions.get(id)?.hostName || t('grid.card.noHost')),
    room: (id) => isolate(roomNames.get(id ?? '') ?? '?'),
    slot: (id) => {
      const slot = slotById.get(id ?? '');
      return slot ? slotTimes(slot) : '?';
    },
    place: (cell) =>
      cell ? t('grid.place', { room: names.room(cell.roomId), slot: names.slot(cell.slotId) }) : t('grid.offGrid'),
  };
  return names;
}

const list = (items: string[]): string =>
  new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' }).format(items);

/** A warning of the grid as it is (`mode: 'now'`), or as a move would make it (`'would'`). */
export function warningText(w: GridWarning, names: GridNames, t: TFunction, mode: 'now' | 'would' = 'now'): string {
  const base = `grid.${mode === 'now' ? 'warnings' : 'preview'}`;
  const slot = names.slot(w.slotId);
  switch (w.kind) {
    case 'host-double-booked':
      return t(`${base}.hostDoubleBooked`, {
        host: names.host(w.sessionIds[0] ?? ''),
        slot,
        titles: list(w.sessionIds.map(names.title)),
      });
    case 'room-overflow':
      return t(`${base}.roomOverflow`, {
        count: w.count ?? 0,
        room: names.room(w.roomId),
        title: names.title(w.sessionIds[0] ?? ''),
        slot,
      });
    case 'voters-clash':
      return t(`${base}.votersClash`, { count: w.count ?? 0, slot, titles: list(w.sessionIds.map(names.title)) });
    case 'unavailable':
      return t(`${base}.unavailable`, {
        title: names.title(w.sessionIds[0] ?? ''),
        room: names.room(w.roomId),
        slot,
      });
  }
}

/** Why the auto-schedule (or the room choice) left a session out, from its reason and numbers. */
export function explanationText(e: Explanation, names: GridNames, t: TFunction): string {
  switch (e.reason) {
    case 'grid-full':
      return t('grid.leftOut.gridFull', {
        count: e.detail.demand,
        smallest: e.detail.smallestPlacedDemand,
      });
    case 'host-busy':
      return t('grid.leftOut.hostBusy', { host: names.host(e.sessionId) });
    case 'lock-invalid':
      return t('grid.leftOut.lockInvalid');
    case 'no-free-cell':
      return e.detail.slotId
        ? t('grid.leftOut.noRoomInSlot', { slot: names.slot(e.detail.slotId) })
        : t('grid.leftOut.noFreeCell');
  }
}

export const refusalText = (reason: DropRefusal, t: TFunction): string => t(`grid.refused.${reason}`);

const KNOWN: [RegExp, string, (m: RegExpExecArray) => Record<string, string>][] = [
  [/^“(.+)” is locked: unlock it first to move it\.$/s, 'grid.errors.locked', (m) => ({ title: m[1]! })],
  [
    /^“(.+)” is out of use at “(.+)”: put it back in use first, or choose another cell\.$/s,
    'grid.errors.outOfUse',
    (m) => ({ room: m[1]!, slot: m[2]! }),
  ],
  [
    /^“(.+)” is locked in that cell: unlock it first, or choose another cell\.$/s,
    'grid.errors.occupantLocked',
    (m) => ({ title: m[1]! }),
  ],
  [
    /^“(.+)” cannot take “(.+)”'s place: that cell is out of use\./s,
    'grid.errors.swapOutOfUse',
    (m) => ({ title: m[1]! }),
  ],
  [
    /^“(.+)” is not on the grid: place it first, then lock it there\.$/s,
    'grid.errors.lockNeedsPlace',
    (m) => ({ title: m[1]! }),
  ],
  [
    /^“(.+)” is in a cell out of use: move it before locking it\.$/s,
    'grid.errors.lockOutOfUse',
    (m) => ({ title: m[1]! }),
  ],
  [/^No vote round has ballots yet/, 'grid.errors.noBallots', () => ({})],
  [/^The round “(.+)” has no ballots yet/s, 'grid.errors.roundNoBallots', (m) => ({ question: m[1]! })],
  [/^There is no room to place sessions in/, 'grid.errors.noRooms', () => ({})],
  [/^There is no session slot to place sessions in/, 'grid.errors.noSlots', () => ({})],
  [/^There are no topics or groups to schedule/, 'grid.errors.noSessions', () => ({})],
  [/^The grid changed while the schedule was being made/, 'grid.errors.changedMeanwhile', () => ({})],
  [
    /^The grid cannot be scheduled: (.+) Nothing was changed\.$/s,
    'grid.errors.cannotSchedule',
    (m) => ({ detail: m[1]! }),
  ],
];

/** A refusal from the grid's core in the UI's language (names isolated), else the general translations. */
export function gridMessage(message: string): string {
  const bare = message.replace(/^[A-Za-z.0-9]+: /, '');
  for (const [pattern, key, values] of KNOWN) {
    const match = pattern.exec(bare);
    if (match) {
      const found = values(match);
      return i18n.t(
        key,
        Object.fromEntries(Object.entries(found).map(([k, v]) => [k, k === 'detail' ? v : isolate(v)])),
      );
    }
  }
  return localiseMessage(bare);
}

export const gridError = (error: AgoraError): string => gridMessage(error.message);
