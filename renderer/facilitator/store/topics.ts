/**
 * Topics of the workshop on screen, in capture order. Adding is optimistic: a pending card
 * appears at once with a provisional number, and the core's answer replaces it (the core
 * is the truth: its number, its trimmed text). A failed add takes the pending card away.
 */
import type { Input } from '../../../shared/contract/index.ts';
import type { Result } from '../../../shared/result.ts';
import type { Topic } from '../../../shared/schemas.ts';
import { api } from '../lib/api.ts';
import { createListStore } from './listStore.ts';

export type TopicItem = Topic & { pending?: boolean };

const PENDING = 'pending:';
let pendingCounter = 0;

const topics = createListStore<TopicItem>({
  list: (workshopId) => api()['topics:list']({ workshopId }),
  sort: (a, b) => a.seq - b.seq,
  // Keep cards still waiting for their answer, unless the server list already has them.
  merge: (fromServer, current) => [...fromServer, ...current.filter((t) => t.pending)],
});

export const useTopics = topics.useStore;
export const loadTopics = topics.load;
export const resetTopics = topics.reset;
/** A topic created elsewhere in this window (an accepted proposal), shown without a re-read. */
export const upsertTopic = (topic: Topic): void => topics.upsert(topic);

export async function addTopic(workshopId: string, topic: Input<'topics:add'>['topic']): Promise<Result<Topic>> {
  const items = useTopics.getState().items;
  const now = new Date().toISOString();
  const pendingId = `${PENDING}${++pendingCounter}`;
  const pending: TopicItem = {
    id: pendingId,
    workshopId,
    seq: items.reduce((max, t) => Math.max(max, t.seq), 0) + 1,
    title: topic.title.trim(),
    pitch: topic.pitch?.trim() ?? '',
    proposer: topic.proposer?.trim() ?? '',
    theme: topic.theme ?? null,
    tags: topic.tags ?? [],
    status: topic.status ?? 'proposed',
    createdAt: now,
    updatedAt: now,
    pending: true,
  };
  topics.upsert(pending);
  const result = await api()['topics:add']({ workshopId, topic });
  topics.removeLocal(pendingId);
  if (result.ok) topics.upsert(result.value);
  return result;
}

export async function updateTopic(topicId: string, patch: Input<'topics:update'>['patch']): Promise<Result<Topic>> {
  const result = await api()['topics:update']({ topicId, patch });
  if (result.ok) topics.upsert(result.value);
  return result;
}

export async function removeTopic(topicId: string): Promise<Result<{ topicId: string }>> {
  const result = await api()['topics:remove']({ topicId });
  if (result.ok) topics.removeLocal(topicId);
  return result;
}

export async function restoreTopic(topicId: string): Promise<Result<Topic>> {
  const result = await api()['topics:restore']({ topicId });
  if (result.ok) topics.upsert(result.value);
  return result;
}
