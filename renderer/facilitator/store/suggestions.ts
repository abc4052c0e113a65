/** Topics proposed from phones: the moderation queue (pending first, then the newest). */
import type { Input, Output } from '../../../shared/contract/index.ts';
import type { Result } from '../../../shared/result.ts';
import type { Topic } from '../../../shared/schemas.ts';
import type { TopicSuggestion } from '../../../shared/voting.ts';
import { api } from '../lib/api.ts';
import { createListStore } from './listStore.ts';
import { upsertTopic } from './topics.ts';

const suggestions = createListStore<TopicSuggestion>({
  list: (workshopId) => api()['suggestions:list']({ workshopId }),
  sort: (a, b) =>
    Number(b.state === 'pending') - Number(a.state === 'pending') ||
    // Pending: in the order they came in, so the queue is worked through first come, first served.
    (a.state === 'pending' ? a.createdAt.localeCompare(b.createdAt) : b.createdAt.localeCompare(a.createdAt)),
});

export const useSuggestions = suggestions.useStore;
export const loadSuggestions = suggestions.load;
export const resetSuggestions = suggestions.reset;

export async function acceptSuggestion(
  suggestion: TopicSuggestion,
  edits: { title?: string; pitch?: string } = {},
): Promise<Result<Topic>> {
  const result = await api()['suggestions:accept']({ suggestionId: suggestion.id, patch: edits });
  if (result.ok) {
    suggestions.upsert({ ...suggestion, state: 'accepted', topicId: result.value.id });
    // The new topic is on the wall at once: this window skips re-reading its own changes.
    upsertTopic(result.value);
  }
  return result;
}

export async function rejectSuggestion(suggestionId: string): Promise<Result<TopicSuggestion>> {
  const result = await api()['suggestions:reject']({ suggestionId });
  if (result.ok) suggestions.upsert(result.value);
  return result;
}

/**
 * Several proposals at once, all or nothing: accepted as new topics, rejected, or merged into a
 * topic already on the wall. The answer is applied here (this window skips its own change events):
 * the proposals leave the queue and the new topics are on the wall at once. A refusal (one of them
 * was decided meanwhile, from another window) changes nothing.
 */
export async function decideSuggestions(
  decision: Input<'suggestions:decide'>,
): Promise<Result<Output<'suggestions:decide'>>> {
  const result = await api()['suggestions:decide'](decision);
  if (result.ok) {
    for (const suggestion of result.value.suggestions) suggestions.upsert(suggestion);
    for (const topic of result.value.topics) upsertTopic(topic);
  }
  return result;
}
