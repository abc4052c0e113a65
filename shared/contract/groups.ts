/**
 * Grouping: the affinity board between Topics and the grid. Every write answers the whole
 * board (a few kilobytes for 300 topics), so the window that made it applies it at once, and
 * is one step of the workshop's undo history (kept in the database: it survives a reload).
 */
import { z } from 'zod';
import type { SuggestOutput } from '../domain/cluster/index.ts';
import { type GroupBoard, GroupFields } from '../grouping.ts';
import { Id, patchOf } from '../schemas.ts';
import { ByWorkshop, method } from './define.ts';

const TopicIds = z.array(Id).min(1).max(500);

export const groupsMethods = {
  'groups:board': method(ByWorkshop).returns<GroupBoard>(),
  /** A new group, at the end of the board or at `position`; `topicIds` move into it (a split: some topics of a group). */
  'groups:create': method(
    z.object({
      workshopId: Id,
      group: GroupFields,
      topicIds: z.array(Id).max(500).default([]),
      position: z.number().int().min(1).optional(),
    }),
  ).returns<GroupBoard>(),
  /** Rename or recolour. */
  'groups:update': method(z.object({ groupId: Id, patch: patchOf(GroupFields) })).returns<GroupBoard>(),
  /** Ungroup: the group goes, its topics go back to the loose ones. */
  'groups:remove': method(z.object({ groupId: Id })).returns<GroupBoard>(),
  /** The order of the groups on the board (all of them). */
  'groups:reorder': method(z.object({ workshopId: Id, groupIds: z.array(Id).max(300) })).returns<GroupBoard>(),
  /**
   * Topics into a group at `position` (1-based; default: the end), or back to the loose ones
   * (`groupId: null`). Moving inside one group reorders it.
   */
  'groups:moveTopics': method(
    z.object({
      workshopId: Id,
      topicIds: TopicIds,
      groupId: Id.nullable(),
      position: z.number().int().min(1).optional(),
    }),
  ).returns<GroupBoard>(),
  /** Two groups become one: `fromGroupId`'s topics join `intoGroupId`, and its votes too (see mergeVotes). */
  'groups:merge': method(z.object({ fromGroupId: Id, intoGroupId: Id })).returns<GroupBoard>(),
  /**
   * Duplicates become one topic: each of `fromTopicIds` is merged into `intoTopicId`, which keeps
   * its title; their proposers and pitches stay readable under it, and their votes join its
   * votes, never counting a voter twice beyond the round's per-item cap.
   */
  'topics:merge': method(z.object({ fromTopicIds: TopicIds, intoTopicId: Id })).returns<GroupBoard>(),
  /**
   * Clusters of similar free topics (TF-IDF on words and character n-grams, average linkage),
   * offline and off the thread that answers phones; nothing changes until the facilitator
   * accepts one (`groups:create`, or `groups:moveTopics` for a suggestion to join a group).
   */
  'groups:suggest': method(
    z.object({ workshopId: Id, threshold: z.number().min(0).max(1).optional() }),
  ).returns<SuggestOutput>(),
  'groups:undo': method(ByWorkshop).returns<GroupBoard>(),
  'groups:redo': method(ByWorkshop).returns<GroupBoard>(),
} as const;

/** `groups`: the board (groups, their topics, merges, the undo history). */
export const groupsAreas = ['groups'] as const;
