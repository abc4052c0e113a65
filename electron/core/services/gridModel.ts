/**
 * The session grid as the core reads it: which sessions are candidates, their demand from the
 * scheduling round, their hosts and places, the grid's rooms and session slots, what is out
 * of use, and the pure scheduler's instance made from all that. The grid service, the phones
 * and the workshop file read the grid through here, so they agree on every rule.
 *
 * - Candidates: every live group, and every live topic in no group (merged and removed topics
 *   are not). A session's id is its subject's: `topic:<id>`, `group:<id>`.
 * - Demand: the voters of the scheduling round who gave it at least one dot (or scored it): a
 *   topic round counts a group's session for every voter of any of its topics, once; a group
 *   round counts groups directly. Paper ballots and raised hands add a head count
 *   (`extraDemand`) only where the item has no phone or juror ballot to say who; a group takes
 *   the largest such count of its topics (their paper voters may be the same people).
 * - The scheduling round: the one chosen, else the latest closed round with ballots, else the
 *   latest round with ballots.
 * - Host: the participant chosen for the session, else the participant whose name matches the
 *   topic's proposer (case and accents aside; a group: its first topic with a proposer), else
 *   nobody, with the proposer as typed for a name. Two sessions of one unmatched proposer are
 *   still the same host for the scheduler.
 * - Columns: session slots only (breaks and plenaries never hold parallel sessions).
 */
import { normaliseForSearch } from '../../../shared/domain/topicFilter.ts';
import {
  computeFigures,
  type Explanation,
  type Placement,
  type ScheduleInstance,
  type ScheduleUnavailable,
} from '../../../shared/domain/schedule/index.ts';
import {
  type Grid,
  type GridSession,
  type GridWarning,
  type SessionSubject,
  sessionIdOf,
} from '../../../shared/grid.ts';
import type { Participant, Room, Slot } from '../../../shared/schemas.ts';
import { hasBallots } from '../db/ballots.ts';
import {
  countAttendance,
  findGridSettings,
  type GridSettingsRow,
  listBallotPairs,
  listFreeTopics,
  listSessionRows,
  listUnavailable,
  manualCountsByItem,
  type SessionRow,
} from '../db/grid.ts';
import { listGroups } from '../db/groups.ts';
import type { Db } from '../db/open.ts';
import { listParticipants } from '../db/participants.ts';
import { listRooms } from '../db/rooms.ts';
import { findRound, listRoundRecords, type RoundRecord } from '../db/rounds.ts';
import { listSlots } from '../db/slots.ts';
import { listTopics } from '../db/topics.ts';

export interface Candidate {
  id: string;
  kind: SessionSubject;
  subjectId: string;
  title: string;
  color: string | null;
  /** The topics it is made of (a topic: itself). */
  topicIds: string[];
  row: SessionRow | undefined;
  hostParticipantId: string | null;
  hostName: string;
  /** Who the scheduler keeps out of two sessions of one slot: a participant, or a proposer's folded name. */
  hostKey: string | null;
  /** Indices into GridModel.voterIds. */
  voters: number[];
  extraDemand: number;
  demand: number;
  attending: number;
}

/** What the grid keeps out of use, as the scheduler takes it (every list present). */
export interface Unavailable extends ScheduleUnavailable {
  roomIds: string[];
  slotIds: string[];
  cells: { roomId: string; slotId: string }[];
}

export interface GridModel {
  workshopId: string;
  settings: GridSettingsRow | undefined;
  round: RoundRecord | null;
  rooms: Room[];
  /** Session slots, in time order. */
  slots: Slot[];
  participants: Participant[];
  /** Most wanted first; equal demand in board order (groups, then free topics by number). */
  candidates: Candidate[];
  byId: Map<string, Candidate>;
  /** Voter index → voter id (anonymous to the renderer: it gets indices only). */
  voterIds: string[];
  /** An item of the scheduling round → the session that counts its voters. */
  sessionOfItem: Map<string, string>;
  /** Any phone marked attendance: head counts come from the marks, not from demand. */
  counted: boolean;
  unavailable: Unavailable;
  instance: ScheduleInstance;
  /** Sessions placed in a room and a session slot of the grid. */
  placements: Placement[];
}

/** Folded for matching a proposer to a participant: case, accents and spacing aside. */
export const foldName = (name: string): string => normaliseForSearch(name).replace(/\s+/g, ' ').trim();

/** The round whose ballots give demand: the chosen one, else the default. */
export function schedulingRound(db: Db, workshopId: string, chosen: string | null | undefined): RoundRecord | null {
  if (chosen) {
    const round = findRound(db, chosen);
    if (round && round.workshopId === workshopId) return round;
  }
  const rounds = listRoundRecords(db, workshopId);
  const withBallots = rounds.filter((r) => hasBallots(db, r.id));
  const closed = withBallots
    .filter((r) => r.state === 'closed')
    .sort((a, b) => (b.closedAt ?? '').localeCompare(a.closedAt ?? ''));
  return closed[0] ?? withBallots.at(-1) ?? null;
}

export function readGridModel(db: Db, workshopId: string, roundId?: string): GridModel {
  const settings = findGridSettings(db, workshopId);
  const round = schedulingRound(db, workshopId, roundId ?? settings?.scheduling_round_id);
  const rooms = listRooms(db, workshopId);
  const slots = listSlots(db, workshopId).filter((s) => s.kind === 'session');
  const participants = listParticipants(db, workshopId);
  const participantById = new Map(participants.map((p) => [p.id, p]));
  const participantByName = new Map<string, Participant>();
  for (const p of participants)
    if (!participantByName.has(foldName(p.name))) participantByName.set(foldName(p.name), p);
  const topics = new Map(listTopics(db, workshopId).map((t) => [t.id, t]));
  const rows = new Map(listSessionRows(db, workshopId).map((r) => [sessionIdOf(r.subject_kind, r.subject_id), r]));

  const candidates: Candidate[] = [];
  const add = (kind: SessionSubject, subjectId: string, title: string, color: string | null, topicIds: string[]) => {
    const id = sessionIdOf(kind, subjectId);
    const row = rows.get(id);
    const chosen = row?.host_participant_id ? participantById.get(row.host_participant_id) : undefined;
    let host: { id: string | null; name: string; key: string | null } = { id: null, name: '', key: null };
    if (chosen) host = { id: chosen.id, name: chosen.name, key: chosen.id };
    else {
      const proposers = topicIds.map((t) => topics.get(t)?.proposer.trim() ?? '').filter((p) => p !== '');
      const matched = proposers.map((p) => participantByName.get(foldName(p))).find((p) => p !== undefined);
      if (matched) host = { id: matched.id, name: matched.name, key: matched.id };
      else if (proposers[0]) host = { id: null, name: proposers[0], key: `name:${foldName(proposers[0])}` };
    }
    candidates.push({
      id,
      kind,
      subjectId,
      title,
      color,
      topicIds,
      row,
      hostParticipantId: host.id,
      hostName: host.name,
      hostKey: host.key,
      voters: [],
      extraDemand: 0,
      demand: 0,
      attending: 0,
    });
  };
  for (const g of listGroups(db, workshopId)) add('group', g.id, g.title, g.color, g.topicIds);
  for (const t of listFreeTopics(db, workshopId)) add('topic', t.id, t.title, null, [t.id]);

  // Demand from the round's ballots.
  const voterIds: string[] = [];
  const sessionOfItem = new Map<string, string>();
  if (round) {
    const voterIndex = new Map<string, number>();
    const votersOfItem = new Map<string, number[]>();
    for (const { item_id, voter_id } of listBallotPairs(db, round.id)) {
      let v = voterIndex.get(voter_id);
      if (v === undefined) {
        v = voterIds.length;
        voterIndex.set(voter_id, v);
        voterIds.push(voter_id);
      }
      const list = votersOfItem.get(item_id);
      if (list) list.push(v);
      else votersOfItem.set(item_id, [v]);
    }
    const counts = manualCountsByItem(db, round.id);
    for (const c of candidates) {
      // What the round counted for this session: its topics, the group itself, or the session (a mix).
      const items =
        round.targetKind === 'session'
          ? [c.id]
          : round.targetKind === 'group'
            ? c.kind === 'group'
              ? [c.subjectId]
              : []
            : c.topicIds;
      const voters = new Set<number>();
      for (const item of items) {
        sessionOfItem.set(item, c.id);
        const ballots = votersOfItem.get(item);
        if (ballots) for (const v of ballots) voters.add(v);
        else c.extraDemand = Math.max(c.extraDemand, counts.get(item) ?? 0);
      }
      c.voters = [...voters].sort((a, b) => a - b);
    }
  }
  const marks = countAttendance(db, workshopId);
  for (const c of candidates) {
    c.demand = c.voters.length + c.extraDemand;
    c.attending = c.row ? (marks.get(c.row.id) ?? 0) : 0;
  }
  const order = new Map(candidates.map((c, i) => [c.id, i]));
  candidates.sort((a, b) => b.demand - a.demand || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));

  // Out of use: only what concerns the grid's rooms and session slots.
  const roomIds = new Set(rooms.map((r) => r.id));
  const slotIds = new Set(slots.map((s) => s.id));
  const unavailable: Unavailable = { roomIds: [], slotIds: [], cells: [] };
  for (const u of listUnavailable(db, workshopId)) {
    if (u.room_id !== null && u.slot_id !== null) {
      if (roomIds.has(u.room_id) && slotIds.has(u.slot_id))
        unavailable.cells.push({ roomId: u.room_id, slotId: u.slot_id });
    } else if (u.room_id !== null) {
      if (roomIds.has(u.room_id)) unavailable.roomIds.push(u.room_id);
    } else if (u.slot_id !== null && slotIds.has(u.slot_id)) unavailable.slotIds.push(u.slot_id);
  }

  const placements: Placement[] = [];
  for (const c of candidates) {
    const r = c.row;
    if (r?.room_id && r.slot_id && roomIds.has(r.room_id) && slotIds.has(r.slot_id))
      placements.push({ sessionId: c.id, roomId: r.room_id, slotId: r.slot_id });
  }

  const instance: ScheduleInstance = {
    rooms: rooms.map((r) => ({ id: r.id, capacity: r.capacity })),
    slots: slots.map((s) => ({ id: s.id })),
    sessions: candidates.map((c) => ({
      id: c.id,
      voters: c.voters,
      ...(c.extraDemand > 0 ? { extraDemand: c.extraDemand } : {}),
      hostId: c.hostKey,
      // A lock whose room or slot was removed keeps the other half: checkInstance names it.
      lock: c.row?.locked ? { roomId: c.row.room_id ?? '', slotId: c.row.slot_id ?? '' } : null,
    })),
    voterCount: voterIds.length,
    unavailable,
  };

  return {
    workshopId,
    settings,
    round,
    rooms,
    slots,
    participants,
    candidates,
    byId: new Map(candidates.map((c) => [c.id, c])),
    voterIds,
    sessionOfItem,
    counted: marks.size > 0,
    unavailable,
    instance,
    placements,
  };
}

/** A cell, a room or a slot out of use. */
export function isUnavailable(model: GridModel, roomId: string, slotId: string): boolean {
  const u = model.unavailable;
  return (
    u.roomIds.includes(roomId) ||
    u.slotIds.includes(slotId) ||
    u.cells.some((c) => c.roomId === roomId && c.slotId === slotId)
  );
}

/** The people a session's room must seat: its attendance marks once phones mark any, else its demand. */
export const headCount = (model: GridModel, c: Candidate): number => (model.counted ? c.attending : c.demand);

/** A slot as people say it: its label, else its times. */
export const slotName = (slot: Slot): string =>
  slot.label ? `${slot.label} (${slot.start}–${slot.end})` : `${slot.start}–${slot.end}`;

const namesOf = new WeakMap<GridModel, Map<string, string>>();

/** Ids in the scheduler's English sentences ("topic:…", room and slot ids) turned into the names people know. */
export function humanise(model: GridModel, message: string): string {
  let names = namesOf.get(model);
  if (!names) {
    names = new Map<string, string>();
    for (const c of model.candidates) names.set(c.id, `“${c.title}”`);
    for (const r of model.rooms) names.set(r.id, `“${r.name}”`);
    for (const s of model.slots) names.set(s.id, `“${slotName(s)}”`);
    for (const c of model.candidates) if (c.hostKey) names.set(c.hostKey, c.hostName);
    namesOf.set(model, names);
  }
  const known = names;
  return message.replace(/"([^"]+)"/g, (whole, id: string) => known.get(id) ?? whole);
}

export function warningsOf(model: GridModel): GridWarning[] {
  const warnings: GridWarning[] = [];
  const capacity = new Map(model.rooms.map((r) => [r.id, r.capacity]));
  const bySlot = new Map<string, Candidate[]>();
  for (const p of model.placements) {
    const c = model.byId.get(p.sessionId) as Candidate;
    const list = bySlot.get(p.slotId);
    if (list) list.push(c);
    else bySlot.set(p.slotId, [c]);
    if (isUnavailable(model, p.roomId, p.slotId))
      warnings.push({ kind: 'unavailable', sessionIds: [c.id], roomId: p.roomId, slotId: p.slotId });
    const seats = capacity.get(p.roomId) ?? null;
    const people = headCount(model, c);
    if (seats !== null && people > seats)
      warnings.push({
        kind: 'room-overflow',
        sessionIds: [c.id],
        roomId: p.roomId,
        slotId: p.slotId,
        count: people - seats,
      });
  }
  for (const slot of model.slots) {
    const sessions = bySlot.get(slot.id) ?? [];
    const byHost = new Map<string, string[]>();
    for (const c of sessions) {
      if (!c.hostKey) continue;
      const list = byHost.get(c.hostKey);
      if (list) list.push(c.id);
      else byHost.set(c.hostKey, [c.id]);
    }
    for (const ids of byHost.values())
      if (ids.length > 1) warnings.push({ kind: 'host-double-booked', sessionIds: ids, slotId: slot.id });
    const wanted = new Map<number, number>();
    for (const c of sessions) for (const v of c.voters) wanted.set(v, (wanted.get(v) ?? 0) + 1);
    let lost = 0;
    for (const k of wanted.values()) lost += k - 1;
    if (lost > 0) {
      const torn = new Set([...wanted].filter(([, k]) => k > 1).map(([v]) => v));
      warnings.push({
        kind: 'voters-clash',
        sessionIds: sessions.filter((c) => c.voters.some((v) => torn.has(v))).map((c) => c.id),
        slotId: slot.id,
        count: lost,
      });
    }
  }
  return warnings;
}

/** The whole grid as the renderer gets it. */
export function gridOf(model: GridModel): Grid {
  const placed = new Map(model.placements.map((p) => [p.sessionId, p]));
  const sessions: GridSession[] = model.candidates.map((c) => ({
    id: c.id,
    kind: c.kind,
    subjectId: c.subjectId,
    title: c.title,
    color: c.color,
    hostParticipantId: c.hostParticipantId,
    hostName: c.hostName,
    roomId: placed.get(c.id)?.roomId ?? null,
    slotId: placed.get(c.id)?.slotId ?? null,
    locked: c.row?.locked === 1,
    demand: c.demand,
    attending: c.attending,
  }));
  return {
    workshopId: model.workshopId,
    schedulingRoundId: model.round?.id ?? null,
    sessions,
    demandVoters: Object.fromEntries(model.candidates.map((c) => [c.id, c.voters])),
    voterCount: model.voterIds.length,
    unavailable: {
      roomIds: [...model.unavailable.roomIds],
      slotIds: [...model.unavailable.slotIds],
      cells: model.unavailable.cells.map((c) => ({ ...c })),
    },
    figures: computeFigures(model.instance, model.placements),
    warnings: warningsOf(model),
    explanations: JSON.parse(model.settings?.explanations ?? '[]') as Explanation[],
    publishedAt: model.settings?.published_at ?? null,
  };
}
