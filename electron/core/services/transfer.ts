/** Export a workshop to the portable JSON format, and import one back as a new workshop. */
import { TRANSFER_FORMAT_VERSION, type WorkshopTransfer } from '../../../shared/transfer.ts';
import { newId, now } from '../db/ids.ts';
import type { Db } from '../db/open.ts';
import { insertParticipant, listParticipants } from '../db/participants.ts';
import { insertRoom, listRooms } from '../db/rooms.ts';
import { insertSlot, listSlots } from '../db/slots.ts';
import { insertTopic, listDeletedTopicsInRounds, listTopics, setTopicDeleted } from '../db/topics.ts';
import { insertWorkshop } from '../db/workshops.ts';
import { changeWriter } from './changes.ts';
import type { CoreContext, HandlersOf } from './context.ts';
import { requireWorkshop } from './guards.ts';
import { insertRounds, readRounds } from './roundTransfer.ts';

export function transferHandlers({ db, emit }: CoreContext): HandlersOf<'workshops:export' | 'workshops:import'> {
  const writes = changeWriter({ emit });
  return {
    'workshops:export': ({ workshopId }) => ({
      agora: TRANSFER_FORMAT_VERSION,
      exportedAt: now(),
      ...readWorkshopTree(db, workshopId),
    }),

    'workshops:import': writes({ workshopList: true }, ({ data }) => {
      const workshopId = insertWorkshopTree(db, data);
      return requireWorkshop(db, workshopId);
    }),
  };
}

/** Everything a workshop holds, without ids: what export writes and duplicate copies. */
export function readWorkshopTree(db: Db, workshopId: string): Omit<WorkshopTransfer, 'agora' | 'exportedAt'> {
  const { id: _i, createdAt: _c, updatedAt: _u, ...workshop } = requireWorkshop(db, workshopId);
  // Removed topics that a round still counts travel too (marked), so no vote is lost on the way.
  const topics = [
    ...listTopics(db, workshopId).map((t) => ({ ...t, deleted: false })),
    ...listDeletedTopicsInRounds(db, workshopId).map((t) => ({ ...t, deleted: true })),
  ];
  return {
    workshop,
    rooms: listRooms(db, workshopId).map(({ name, capacity }) => ({ name, capacity })),
    slots: listSlots(db, workshopId).map(({ start, end, label, kind }) => ({ start, end, label, kind })),
    participants: listParticipants(db, workshopId).map(({ id: _id, workshopId: _w, ...fields }) => fields),
    topics: topics.map(({ title, pitch, proposer, theme, tags, status, deleted }) => ({
      title,
      pitch,
      proposer,
      theme,
      tags,
      status,
      ...(deleted ? { deleted } : {}),
    })),
    rounds: readRounds(
      db,
      workshopId,
      topics.map((t) => t.id),
    ),
  };
}

/** Everything a workshop holds, inserted in one transaction under new ids; returns the workshop's id. */
export function insertWorkshopTree(
  db: Db,
  data: Omit<WorkshopTransfer, 'agora' | 'exportedAt'>,
  seedKey: string | null = null,
): string {
  const workshopId = newId();
  const at = now();
  db.transaction(() => {
    insertWorkshop(db, { ...data.workshop, id: workshopId, createdAt: at, seedKey });
    for (const [i, room] of data.rooms.entries()) insertRoom(db, { ...room, id: newId(), workshopId, position: i + 1 });
    for (const slot of data.slots) insertSlot(db, { ...slot, id: newId(), workshopId });
    for (const p of data.participants) insertParticipant(db, { ...p, id: newId(), workshopId }, at);
    const topicIds = data.topics.map(({ deleted, ...topic }, i) => {
      const id = newId();
      insertTopic(db, { ...topic, id, workshopId, seq: i + 1, createdAt: at, updatedAt: at });
      if (deleted) setTopicDeleted(db, id, at);
      return id;
    });
    insertRounds(db, workshopId, data.rounds, topicIds, at);
  })();
  return workshopId;
}
