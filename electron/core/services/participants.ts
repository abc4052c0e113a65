import type { ImportReport } from '../../../shared/contract/index.ts';
import { type Participant, ParticipantFields } from '../../../shared/schemas.ts';
import { newId, now } from '../db/ids.ts';
import {
  deleteParticipant,
  findParticipant,
  insertParticipant,
  listParticipants,
  updateParticipant,
} from '../db/participants.ts';
import { changeWriter } from './changes.ts';
import type { CoreContext, HandlersOf } from './context.ts';
import { describeZodError } from './dispatch.ts';
import { requireFound, requireWorkshop } from './guards.ts';
import { applyPatch } from './patch.ts';

type Methods =
  | 'participants:list'
  | 'participants:add'
  | 'participants:update'
  | 'participants:remove'
  | 'participants:import';

/** Same person twice in a list: same name and organisation, ignoring case and accents. */
const identity = (p: { name: string; organisation: string }) =>
  `${p.name}\u0000${p.organisation}`.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');

export function participantHandlers({ db, emit }: CoreContext): HandlersOf<Methods> {
  const writes = changeWriter({ emit });
  const requireParticipant = (id: string) => requireFound(findParticipant(db, id), 'participant', id, 'participantId');

  return {
    'participants:list': ({ workshopId }) => {
      requireWorkshop(db, workshopId);
      return listParticipants(db, workshopId);
    },
    'participants:add': writes(['participants'], ({ workshopId, participant }) => {
      requireWorkshop(db, workshopId);
      const created = { ...participant, id: newId(), workshopId };
      insertParticipant(db, created, now());
      return created;
    }),
    'participants:update': writes(['participants'], ({ participantId, patch }) => {
      const current = requireParticipant(participantId);
      const updated = applyPatch(current, patch, ParticipantFields);
      updateParticipant(db, updated);
      return updated;
    }),
    'participants:remove': writes(['participants'], ({ participantId }) => {
      const current = requireParticipant(participantId);
      deleteParticipant(db, participantId);
      return { participantId, workshopId: current.workshopId };
    }),
    'participants:import': writes(
      { areas: ['participants'], workshopOf: (input) => input.workshopId },
      ({ workshopId, rows }) => {
        requireWorkshop(db, workshopId);
        const seen = new Map(listParticipants(db, workshopId).map((p) => [identity(p), 0]));
        const report: ImportReport = { imported: [], rejected: [] };
        const accepted: Participant[] = [];
        for (const row of rows) {
          const parsed = ParticipantFields.safeParse(row.values);
          if (!parsed.success) {
            const { message, field } = describeZodError(parsed.error);
            // zod's enum message does not say what it got; the organiser needs the value to fix the file.
            const reason = field === 'orgType' ? `unknown type of organisation "${row.values.orgType}"` : message;
            report.rejected.push({ line: row.line, field: field ?? null, reason });
            continue;
          }
          const key = identity(parsed.data);
          const earlier = seen.get(key);
          if (earlier !== undefined) {
            report.rejected.push({
              line: row.line,
              field: 'name',
              reason: earlier === 0 ? 'already in the participant list' : `same person as line ${earlier}`,
            });
            continue;
          }
          seen.set(key, row.line);
          accepted.push({ ...parsed.data, id: newId(), workshopId });
        }
        const createdAt = now();
        db.transaction(() => {
          for (const p of accepted) insertParticipant(db, p, createdAt);
        })();
        report.imported = accepted;
        return report;
      },
    ),
  };
}
