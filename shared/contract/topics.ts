/** Topics the room proposes: captured on the laptop, or proposed from phones and moderated. */
import { z } from 'zod';
import { Id, LIMITS, patchOf, type Topic, TopicFields } from '../schemas.ts';
import type { TopicSuggestion } from '../voting.ts';
import { ByWorkshop, method } from './define.ts';
import { type ImportReport, ImportRow } from './setup.ts';

/** What `topics:import` did: the topics added (in file order), and each problem of the others by line. */
export interface TopicImportReport {
  imported: Topic[];
  rejected: ImportReport['rejected'];
}

export const topicsMethods = {
  'topics:list': method(ByWorkshop).returns<Topic[]>(),
  'topics:add': method(z.object({ workshopId: Id, topic: TopicFields })).returns<Topic>(),
  'topics:update': method(z.object({ topicId: Id, patch: patchOf(TopicFields) })).returns<Topic>(),
  /** Soft delete: `topics:restore` undoes it. */
  'topics:remove': method(z.object({ topicId: Id })).returns<{ topicId: string; workshopId: string }>(),
  'topics:restore': method(z.object({ topicId: Id })).returns<Topic>(),
  /**
   * Topics from a CSV file (rows after the column mapping, shared/domain/topicCsv.ts): the valid
   * rows are added together, each invalid one is reported (a title already on the wall or twice in
   * the file, a theme that is not one of the six, a text over its limit: refused, never cut).
   */
  'topics:import': method(
    z.object({ workshopId: Id, rows: z.array(ImportRow).min(1).max(LIMITS.csvRows) }),
  ).returns<TopicImportReport>(),

  /** Topics proposed from phones, pending first. */
  'suggestions:list': method(ByWorkshop).returns<TopicSuggestion[]>(),
  /** Creates the topic (the facilitator may retouch the title or pitch first). */
  'suggestions:accept': method(
    z.object({ suggestionId: Id, patch: patchOf(TopicFields).pick({ title: true, pitch: true }).default({}) }),
  ).returns<Topic>(),
  'suggestions:reject': method(z.object({ suggestionId: Id })).returns<TopicSuggestion>(),
  /**
   * Several at once, all or nothing: accept each as a new topic, reject them, or merge them into
   * an existing topic (their proposers and pitches stay on the proposals, the topic keeps its title).
   */
  'suggestions:decide': method(
    z.discriminatedUnion('decision', [
      z.object({ decision: z.literal('accept'), suggestionIds: z.array(Id).min(1).max(500) }),
      z.object({ decision: z.literal('reject'), suggestionIds: z.array(Id).min(1).max(500) }),
      z.object({ decision: z.literal('merge'), suggestionIds: z.array(Id).min(1).max(500), intoTopicId: Id }),
    ]),
  ).returns<{ workshopId: string; suggestions: TopicSuggestion[]; topics: Topic[] }>(),
} as const;

/** `suggestions`: topics proposed from phones, accepted or rejected. */
export const topicsAreas = ['topics', 'suggestions'] as const;
