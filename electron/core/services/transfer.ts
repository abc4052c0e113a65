/** Export a workshop to the portable JSON format, and import one back as a new workshop. */
import { sessionIdOf } from '../../../shared/grid.ts';
import type { Topic } from '../../../shared/schemas.ts';
import { TRANSFER_FORMAT_VERSION, type TransferSession, type WorkshopTransfer } from '../../../shared/transfer.ts';
import { insertSessionRow } from '../db/grid.ts';
import { newId, now } from '../db/ids.ts';
import type { Db } from '../db/open.ts';
import { insertParticipant, listParticipants } from '../db/participants.ts';
import { insertRoom, listRooms } from '../db/rooms.ts';
import { insertSlot, listSlots } from '../db/slots.ts';
import { insertGroup, insertGroupTopic, listGroups, listMergedTopics, writeTopicMergeRow } from '../db/groups.ts';
import { findTopic, insertTopic, listDeletedTopicsInRounds, listTopics, setTopicDeleted } from '../db/topics.ts';
import { insertWorkshop } from '../db/workshops.ts';
import { changeWriter } from './changes.ts';
import type { CoreContext, HandlersOf } from './context.ts';
import { requireWorkshop } from './guards.ts';
import { readGridModel } from './gridModel.ts';
import { insertRounds, type RefsByKind, readRounds } from './roundTransfer.ts';

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

/**
 * What a round item's `ref` indexes, per kind: topics and groups in file order; sessions (a
 * round on a mix) index the groups first, then the topics (`group:`/`topic:` ids).
 */
function refsByKind(topicIds: readonly string[], groupIds: readonly string[]): RefsByKind {
  return {
    topic: topicIds,
    group: groupIds,
    session: [...groupIds.map((id) => sessionIdOf('group', id)), ...topicIds.map((id) => sessionIdOf('topic', id))],
  };
}

/** Everything a workshop holds, without ids: what export writes and duplicate copies. */
export function readWorkshopTree(db: Db, workshopId: string): Omit<WorkshopTransfer, 'agora' | 'exportedAt'> {
  const { id: _i, createdAt: _c, updatedAt: _u, ...workshop } = requireWorkshop(db, workshopId);
  // Removed topics that a round still counts travel too (marked), so no vote is lost on the way.
  // Merged topics travel too: their proposers and pitches stay under the topic they joined.
  const merged = listMergedTopics(db, workshopId);
  const mergedIds = new Set(merged.map((m) => m.id));
  const topics = [
    ...listTopics(db, workshopId).map((t) => ({ ...t, deleted: false })),
    ...listDeletedTopicsInRounds(db, workshopId)
      .filter((t) => !mergedIds.has(t.id))
      .map((t) => ({ ...t, deleted: true })),
    ...merged.map((m) => ({ ...(findTopic(db, m.id) as Topic), deleted: false })),
  ];
  const topicIndex = new Map(topics.map((t, i) => [t.id, i]));
  const mergedInto = new Map(merged.map((m) => [m.id, topicIndex.get(m.intoId)]));
  const groups = listGroups(db, workshopId);
  const rooms = listRooms(db, workshopId);
  const slots = listSlots(db, workshopId);
  const participants = listParticipants(db, workshopId);
  return {
    workshop,
    rooms: rooms.map(({ name, capacity }) => ({ name, capacity })),
    slots: slots.map(({ start, end, label, kind }) => ({ start, end, label, kind })),
    participants: participants.map(({ id: _id, workshopId: _w, ...fields }) => fields),
    topics: topics.map(({ id, title, pitch, proposer, theme, tags, status, deleted }) => {
      const into = mergedInto.get(id);
      return {
        title,
        pitch,
        proposer,
        theme,
        tags,
        status,
        ...(deleted ? { deleted } : {}),
        ...(into !== undefined ? { mergedInto: into } : {}),
      };
    }),
    groups: groups.map(({ title, color, topicIds }) => ({
      title,
      color,
      topics: topicIds.flatMap((id) => topicIndex.get(id) ?? []),
    })),
    rounds: readRounds(
      db,
      workshopId,
      refsByKind(
        topics.map((t) => t.id),
        groups.map((g) => g.id),
      ),
    ),
    sessions: readSessions(db, workshopId, {
      topic: topicIndex,
      group: new Map(groups.map((g, i) => [g.id, i])),
      room: new Map(rooms.map((r, i) => [r.id, i])),
      slot: new Map(slots.map((s, i) => [s.id, i])),
      participant: new Map(participants.map((p, i) => [p.id, i])),
    }),
  };
}

/**
 * The grid's sessions that hold something (a place, a lock, a chosen host), in the order they
 * were first touched. A lock whose room or slot was removed does not travel: it holds nowhere.
 */
function readSessions(
  db: Db,
  workshopId: string,
  index: Record<'topic' | 'group' | 'room' | 'slot' | 'participant', Map<string, number>>,
): TransferSession[] {
  const model = readGridModel(db, workshopId);
  const placed = new Map(model.placements.map((p) => [p.sessionId, p]));
  return model.candidates
    .filter((c) => c.row !== undefined)
    .sort((a, b) => (a.row?.id ?? 0) - (b.row?.id ?? 0))
    .flatMap((c): TransferSession[] => {
      const ref = index[c.kind].get(c.subjectId);
      const place = placed.get(c.id);
      const host = c.row?.host_participant_id ? (index.participant.get(c.row.host_participant_id) ?? null) : null;
      if (ref === undefined || (!place && host === null)) return [];
      return [
        {
          subject: c.kind,
          ref,
          room: place ? (index.room.get(place.roomId) ?? null) : null,
          slot: place ? (index.slot.get(place.slotId) ?? null) : null,
          host,
          locked: place !== undefined && c.row?.locked === 1,
        },
      ];
    });
}

/** Everything a workshop holds, inserted in one transaction under new ids; returns the workshop's id. */
export function insertWorkshopTree(
  db: Db,
  data: Omit<WorkshopTransfer, 'agora' | 'exportedAt' | 'sessions'> & { sessions?: TransferSession[] },
  seedKey: string | null = null,
): string {
  const workshopId = newId();
  const at = now();
  db.transaction(() => {
    insertWorkshop(db, { ...data.workshop, id: workshopId, createdAt: at, seedKey });
    const roomIds = data.rooms.map((room, i) => {
      const id = newId();
      insertRoom(db, { ...room, id, workshopId, position: i + 1 });
      return id;
    });
    const slotIds = data.slots.map((slot) => {
      const id = newId();
      insertSlot(db, { ...slot, id, workshopId });
      return id;
    });
    const participantIds = data.participants.map((p) => {
      const id = newId();
      insertParticipant(db, { ...p, id, workshopId }, at);
      return id;
    });
    const topicIds = data.topics.map(({ deleted, mergedInto: _m, ...topic }, i) => {
      const id = newId();
      insertTopic(db, { ...topic, id, workshopId, seq: i + 1, createdAt: at, updatedAt: at });
      if (deleted) setTopicDeleted(db, id, at);
      return id;
    });
    for (const [i, topic] of data.topics.entries()) {
      const into = topic.mergedInto === undefined ? undefined : topicIds[topic.mergedInto];
      if (into) writeTopicMergeRow(db, { id: topicIds[i] as string, deleted_at: at, merged_into: into });
    }
    const groupIds = data.groups.map((group, g) => {
      const id = newId();
      insertGroup(db, {
        id,
        workshop_id: workshopId,
        title: group.title,
        color: group.color,
        position: g + 1,
        created_at: at,
        updated_at: at,
        deleted_at: null,
      });
      for (const [j, index] of group.topics.entries()) {
        const topicId = topicIds[index];
        if (topicId) insertGroupTopic(db, { topic_id: topicId, group_id: id, position: j + 1 });
      }
      return id;
    });
    insertRounds(db, workshopId, data.rounds, refsByKind(topicIds, groupIds), at);
    for (const s of data.sessions ?? []) {
      const subjectId = (s.subject === 'topic' ? topicIds : groupIds)[s.ref];
      if (!subjectId) continue;
      const roomId = s.room === null ? null : (roomIds[s.room] ?? null);
      const slotId = s.slot === null ? null : (slotIds[s.slot] ?? null);
      insertSessionRow(db, {
        workshop_id: workshopId,
        subject_kind: s.subject,
        subject_id: subjectId,
        room_id: roomId,
        slot_id: slotId,
        locked: s.locked && roomId !== null && slotId !== null ? 1 : 0,
        host_participant_id: s.host === null ? null : (participantIds[s.host] ?? null),
        updated_at: at,
      });
    }
  })();
  return workshopId;
}
