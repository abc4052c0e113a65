/**
 * The session grid (shared/contract/grid.ts): auto-schedule in a worker, manual moves and
 * swaps, locks and hosts, rooms, slots and cells out of use, the room choice by head count,
 * publishing. Every write is one transaction that first frees the cells of sessions that are
 * no longer candidates, and answers the whole grid with its figures and warnings recomputed.
 */
import {
  assignRooms,
  checkInstance,
  checkPlacements,
  type Explanation,
  type Problem,
  type ScheduleInstance,
} from '../../../shared/domain/schedule/index.ts';
import { type Grid, parseSessionId, type ScheduleReport } from '../../../shared/grid.ts';
import { DomainError } from '../../../shared/result.ts';
import { hasBallots } from '../db/ballots.ts';
import {
  clearUnlockedPlaces,
  ensureSessionRow,
  type GridSettingsRow,
  releaseStaleSessions,
  saveGridSettings,
  setSessionHost,
  setSessionLocked,
  setSessionPlace,
  setUnavailable,
} from '../db/grid.ts';
import { now } from '../db/ids.ts';
import type { Db } from '../db/open.ts';
import { findParticipant } from '../db/participants.ts';
import { findRoom } from '../db/rooms.ts';
import { findSlot } from '../db/slots.ts';
import { autoScheduleOffThread } from '../workers/schedule.ts';
import { changeWriter } from './changes.ts';
import type { CoreContext, HandlersOf } from './context.ts';
import {
  type Candidate,
  type GridModel,
  gridOf,
  humanise,
  isUnavailable,
  readGridModel,
  slotName,
} from './gridModel.ts';
import { requireWorkshop } from './guards.ts';
import { requireRound } from './rounds.ts';

type Methods =
  | 'grid:get'
  | 'grid:setRound'
  | 'grid:autoSchedule'
  | 'grid:place'
  | 'grid:updateSession'
  | 'grid:setAvailability'
  | 'grid:assignRooms'
  | 'grid:publish';

/** How long the auto-scheduler searches (it usually converges well before). */
const SCHEDULE_TIME_LIMIT_MS = 800;

/** Lets the event loop run what waits (phones' requests) before going on. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

const quote = (text: string) => `“${text}”`;
const roomLabel = (model: GridModel, roomId: string) => quote(model.rooms.find((r) => r.id === roomId)?.name ?? roomId);
const slotLabel = (model: GridModel, slotId: string) => {
  const slot = model.slots.find((s) => s.id === slotId);
  return quote(slot ? slotName(slot) : slotId);
};

/** The settings row as it is, or the defaults. */
const settingsOf = (model: Pick<GridModel, 'workshopId' | 'settings'>): GridSettingsRow =>
  model.settings ?? {
    workshop_id: model.workshopId,
    scheduling_round_id: null,
    published_at: null,
    explanations: '[]',
    updated_at: now(),
  };

function saveSettings(db: Db, model: GridModel, change: Partial<GridSettingsRow>): void {
  saveGridSettings(db, { ...settingsOf(model), ...change, updated_at: now() });
}

/**
 * Why the grid cannot be scheduled as it is (checkInstance's problems), in the facilitator's
 * words: which session, which room or slot, and what to do.
 */
function describeProblems(model: GridModel, problems: readonly Problem[]): string[] {
  const title = (id: string | undefined) => quote(model.byId.get(id ?? '')?.title ?? id ?? '?');
  const room = (id: string | undefined) => {
    const found = model.rooms.find((r) => r.id === id);
    return found ? quote(found.name) : 'a room that was removed';
  };
  const slot = (id: string | undefined) => {
    const found = model.slots.find((s) => s.id === id);
    return found ? quote(slotName(found)) : 'a slot that was removed or is no longer a session slot';
  };
  const lockedWith = (p: Problem, same: (c: Candidate) => boolean) =>
    model.candidates.find((c) => c.id !== p.sessionId && c.row?.locked === 1 && c.row.slot_id === p.slotId && same(c));
  return problems.map((p) => {
    switch (p.code) {
      case 'lock-unknown-room':
        return `${title(p.sessionId)} is locked into ${room(p.roomId)}: unlock it or place it in another room.`;
      case 'lock-unknown-slot':
        return `${title(p.sessionId)} is locked into ${slot(p.slotId)}: unlock it or place it in a session slot.`;
      case 'lock-unavailable':
        return `${title(p.sessionId)} is locked into ${room(p.roomId)} at ${slot(p.slotId)}, which is marked unavailable: unlock it or put that cell back in use.`;
      case 'lock-cell-taken': {
        const other = lockedWith(p, (c) => c.row?.room_id === p.roomId);
        return `${title(other?.id)} and ${title(p.sessionId)} are both locked into ${room(p.roomId)} at ${slot(p.slotId)}: unlock one of them.`;
      }
      case 'lock-host-busy': {
        const host = model.byId.get(p.sessionId ?? '');
        const other = lockedWith(p, (c) => c.hostKey === host?.hostKey);
        return `${host?.hostName || 'The same host'} hosts two sessions locked into ${slot(p.slotId)}, ${title(other?.id)} and ${title(p.sessionId)}: unlock one of them or choose another host.`;
      }
      default:
        return humanise(model, p.message);
    }
  });
}

/** Refuses, naming every problem, when the grid's locks cannot hold. */
function requireSchedulable(model: GridModel): void {
  const problems = checkInstance(model.instance);
  if (problems.length > 0)
    throw new DomainError(
      'conflict',
      `The grid cannot be scheduled: ${describeProblems(model, problems).join(' ')} Nothing was changed.`,
    );
}

export function gridHandlers({ db, emit }: CoreContext): HandlersOf<Methods> {
  const writes = changeWriter({ emit });
  const grid = (workshopId: string): Grid => gridOf(readGridModel(db, workshopId));

  /**
   * One write: in a transaction, frees the cells of sessions that are no longer candidates,
   * reads the grid, runs `change`; a refusal thrown inside rolls everything back.
   */
  const commit = (workshopId: string, change: (model: GridModel, at: string) => void): void => {
    requireWorkshop(db, workshopId);
    db.transaction(() => {
      const at = now();
      releaseStaleSessions(db, workshopId, at);
      change(readGridModel(db, workshopId), at);
    }).immediate();
  };
  const write = (workshopId: string, change: (model: GridModel, at: string) => void): Grid => {
    commit(workshopId, change);
    return grid(workshopId);
  };

  const requireCandidate = (model: GridModel, sessionId: string): Candidate => {
    const found = model.byId.get(sessionId);
    if (!found) {
      const { kind } = parseSessionId(sessionId);
      throw new DomainError(
        'not_found',
        `No session ${sessionId} in this workshop's grid: the ${kind} was removed, merged${kind === 'topic' ? ', or put in a group' : ''}.`,
        'sessionId',
      );
    }
    return found;
  };

  const rowOf = (model: GridModel, c: Candidate, at: string) =>
    ensureSessionRow(db, model.workshopId, c.kind, c.subjectId, at);

  const placeOf = (model: GridModel, sessionId: string) => model.placements.find((p) => p.sessionId === sessionId);

  const requireRoom = (workshopId: string, roomId: string) => {
    const room = findRoom(db, roomId);
    if (!room || room.workshopId !== workshopId)
      throw new DomainError('not_found', `No room with id ${roomId} in this workshop.`, 'roomId');
    return room;
  };

  const requireSessionSlot = (workshopId: string, slotId: string) => {
    const slot = findSlot(db, slotId);
    if (!slot || slot.workshopId !== workshopId)
      throw new DomainError('not_found', `No time slot with id ${slotId} in this workshop.`, 'slotId');
    if (slot.kind !== 'session')
      throw new DomainError(
        'invalid_input',
        `${quote(slotName(slot))} is a ${slot.kind}: only session slots hold parallel sessions.`,
        'slotId',
      );
    return slot;
  };

  return {
    'grid:get': ({ workshopId }) => {
      requireWorkshop(db, workshopId);
      return grid(workshopId);
    },

    'grid:setRound': writes(['grid'], ({ workshopId, roundId }) => {
      if (roundId !== null && requireRound(db, roundId).workshopId !== workshopId)
        throw new DomainError('not_found', `No vote round with id ${roundId} in this workshop.`, 'roundId');
      return write(workshopId, (model) => saveSettings(db, model, { scheduling_round_id: roundId }));
    }),

    'grid:autoSchedule': writes(['grid'], async ({ workshopId, roundId }) => {
      requireWorkshop(db, workshopId);
      if (roundId !== undefined && requireRound(db, roundId).workshopId !== workshopId)
        throw new DomainError('not_found', `No vote round with id ${roundId} in this workshop.`, 'roundId');
      const model = readGridModel(db, workshopId, roundId);
      const round = model.round;
      if (!round)
        throw new DomainError(
          'conflict',
          'No vote round has ballots yet: the grid is made from what the room voted for. Nothing was changed.',
        );
      if (!hasBallots(db, round.id))
        throw new DomainError(
          'conflict',
          `The round ${quote(round.question)} has no ballots yet: the grid is made from what the room voted for. Nothing was changed.`,
          'roundId',
        );
      if (model.rooms.length === 0 || model.slots.length === 0)
        throw new DomainError(
          'conflict',
          `There is ${model.rooms.length === 0 ? 'no room' : 'no session slot'} to place sessions in: add some in Setup. Nothing was changed.`,
        );
      if (model.candidates.length === 0)
        throw new DomainError('conflict', 'There are no topics or groups to schedule. Nothing was changed.');
      requireSchedulable(model);

      const result = await autoScheduleOffThread(model.instance, { timeLimitMs: SCHEDULE_TIME_LIMIT_MS });
      // The loop answers phones between the steps: the write, then reading the grid back.
      await turn();
      commit(workshopId, (current, at) => {
        // The workshop may have changed while the worker searched: the result must still hold
        // (a session added meanwhile simply stays off the grid).
        const broken = checkPlacements(current.instance, result.placements);
        if (broken[0])
          throw new DomainError(
            'conflict',
            `The grid changed while the schedule was being made (${humanise(current, broken[0].message)}). Nothing was changed: schedule again.`,
          );
        clearUnlockedPlaces(db, workshopId, at);
        for (const p of result.placements) {
          const c = current.byId.get(p.sessionId) as Candidate;
          if (c.row?.locked) continue;
          setSessionPlace(db, rowOf(current, c, at).id, p.roomId, p.slotId, at);
        }
        const explanations: Explanation[] = result.unplaced.map((e) => ({
          ...e,
          message: humanise(current, e.message),
        }));
        saveSettings(db, current, {
          ...(roundId !== undefined ? { scheduling_round_id: roundId } : {}),
          explanations: JSON.stringify(explanations),
        });
      });
      await turn();
      const answered = grid(workshopId);
      const report: ScheduleReport = {
        scheduled: result.placements.length,
        figures: answered.figures,
        ms: Math.round(result.ms),
      };
      return { ...answered, report };
    }),

    'grid:place': writes(['grid'], ({ workshopId, sessionId, roomId, slotId }) => {
      if ((roomId === null) !== (slotId === null))
        throw new DomainError('invalid_input', 'Give a room and a slot, or neither to take the session off the grid.');
      if (roomId !== null) requireRoom(workshopId, roomId);
      if (slotId !== null) requireSessionSlot(workshopId, slotId);
      return write(workshopId, (model, at) => {
        const moving = requireCandidate(model, sessionId);
        if (moving.row?.locked)
          throw new DomainError(
            'conflict',
            `${quote(moving.title)} is locked: unlock it first to move it.`,
            'sessionId',
          );
        const from = placeOf(model, sessionId);
        const row = rowOf(model, moving, at);
        if (roomId === null || slotId === null) {
          setSessionPlace(db, row.id, null, null, at);
          saveSettings(db, model, { explanations: '[]' });
          return;
        }
        if (from && from.roomId === roomId && from.slotId === slotId) return;
        if (isUnavailable(model, roomId, slotId))
          throw new DomainError(
            'conflict',
            `${roomLabel(model, roomId)} is out of use at ${slotLabel(model, slotId)}: put it back in use first, or choose another cell.`,
          );
        const occupant = model.placements.find((p) => p.roomId === roomId && p.slotId === slotId);
        const other = occupant && (model.byId.get(occupant.sessionId) as Candidate);
        if (other?.row?.locked)
          throw new DomainError(
            'conflict',
            `${quote(other.title)} is locked in that cell: unlock it first, or choose another cell.`,
          );
        setSessionPlace(db, row.id, null, null, at);
        if (other?.row) {
          // A swap: the other session takes this one's place (or leaves the grid if it had none).
          if (from && isUnavailable(model, from.roomId, from.slotId))
            throw new DomainError(
              'conflict',
              `${quote(other.title)} cannot take ${quote(moving.title)}'s place: that cell is out of use. Move ${quote(other.title)} elsewhere first.`,
            );
          setSessionPlace(db, other.row.id, from?.roomId ?? null, from?.slotId ?? null, at);
        }
        setSessionPlace(db, row.id, roomId, slotId, at);
        saveSettings(db, model, { explanations: '[]' });
      });
    }),

    'grid:updateSession': writes(['grid'], ({ workshopId, sessionId, patch }) => {
      if (patch.hostParticipantId) {
        const participant = findParticipant(db, patch.hostParticipantId);
        if (!participant || participant.workshopId !== workshopId)
          throw new DomainError(
            'not_found',
            `No participant with id ${patch.hostParticipantId} in this workshop.`,
            'patch.hostParticipantId',
          );
      }
      return write(workshopId, (model, at) => {
        const session = requireCandidate(model, sessionId);
        const row = rowOf(model, session, at);
        if (patch.hostParticipantId !== undefined) setSessionHost(db, row.id, patch.hostParticipantId, at);
        if (patch.locked === true && row.locked === 0) {
          const place = placeOf(model, sessionId);
          if (!place)
            throw new DomainError(
              'conflict',
              `${quote(session.title)} is not on the grid: place it first, then lock it there.`,
              'patch.locked',
            );
          if (isUnavailable(model, place.roomId, place.slotId))
            throw new DomainError(
              'conflict',
              `${quote(session.title)} is in a cell out of use: move it before locking it.`,
              'patch.locked',
            );
        }
        if (patch.locked !== undefined) setSessionLocked(db, row.id, patch.locked, at);
        saveSettings(db, model, { explanations: '[]' });
      });
    }),

    'grid:setAvailability': writes(['grid'], ({ workshopId, roomId, slotId, available }) => {
      if (roomId !== undefined) requireRoom(workshopId, roomId);
      if (slotId !== undefined) requireSessionSlot(workshopId, slotId);
      return write(workshopId, (model) => {
        setUnavailable(db, workshopId, roomId ?? null, slotId ?? null, !available);
        saveSettings(db, model, { explanations: '[]' });
      });
    }),

    'grid:assignRooms': writes(['grid'], ({ workshopId }) =>
      write(workshopId, (model, at) => {
        requireSchedulable(model);
        // Rooms by head count: the marks once phones made any, else demand.
        const counts: ScheduleInstance = {
          ...model.instance,
          sessions: model.instance.sessions.map((s) => {
            const c = model.byId.get(s.id) as Candidate;
            return { ...s, voters: [], extraDemand: model.counted ? c.attending : c.demand };
          }),
          voterCount: 0,
        };
        const result = assignRooms(counts, model.placements);
        for (const p of model.placements) {
          const c = model.byId.get(p.sessionId) as Candidate;
          if (!c.row?.locked && c.row) setSessionPlace(db, c.row.id, null, null, at);
        }
        for (const p of result.placements) {
          const c = model.byId.get(p.sessionId) as Candidate;
          if (!c.row?.locked) setSessionPlace(db, rowOf(model, c, at).id, p.roomId, p.slotId, at);
        }
        const explanations = result.unplaced.map((e) => ({ ...e, message: humanise(model, e.message) }));
        saveSettings(db, model, { explanations: JSON.stringify(explanations) });
      }),
    ),

    'grid:publish': writes(['grid'], ({ workshopId, published }) =>
      write(workshopId, (model, at) => saveSettings(db, model, { published_at: published ? at : null })),
    ),
  };
}
