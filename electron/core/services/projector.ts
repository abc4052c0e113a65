/**
 * What the projected screen shows. Kept in memory: after a restart the screen starts on the
 * join view, which is what a facilitator wants when the laptop comes back anyway.
 */

import { DomainError } from '../../../shared/result.ts';
import type { ProjectorState } from '../../../shared/voting.ts';
import { listOpenRoundRecords, listRoundRecords } from '../db/rounds.ts';
import type { CoreContext, HandlersOf } from './context.ts';
import { requireWorkshop } from './guards.ts';
import { requireRound } from './rounds.ts';

export function projectorHandlers({ db, emit }: CoreContext): HandlersOf<'projector:get' | 'projector:show'> {
  let state: ProjectorState = {
    workshopId: null,
    view: 'join',
    roundId: null,
    endsAt: null,
    seconds: null,
    version: 0,
  };

  /** The round a results view shows when none is named: the open one, else the latest. */
  const defaultRound = (workshopId: string): string | null =>
    listOpenRoundRecords(db, workshopId).at(-1)?.id ?? listRoundRecords(db, workshopId).at(-1)?.id ?? null;

  return {
    'projector:get': () => state,
    'projector:show': ({ workshopId, view, roundId, seconds }) => {
      requireWorkshop(db, workshopId);
      if (roundId && requireRound(db, roundId).workshopId !== workshopId)
        throw new DomainError('not_found', 'This round belongs to another workshop.', 'roundId');
      if (view === 'countdown' && !seconds)
        throw new DomainError('invalid_input', 'seconds: a countdown needs its length', 'seconds');
      const countdown = view === 'countdown' && seconds;
      state = {
        workshopId,
        view,
        roundId: roundId ?? (view === 'results' ? defaultRound(workshopId) : state.roundId),
        endsAt: countdown ? new Date(Date.now() + seconds * 1000).toISOString() : null,
        seconds: countdown ? seconds : null,
        version: state.version + 1,
      };
      emit({ name: 'projector:changed', payload: state });
      return state;
    },
  };
}
