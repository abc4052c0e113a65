/** The moderation queue: topics proposed from phones wait here until the facilitator decides. */
import { DomainError } from '../../../shared/result.ts';
import { type Topic, TopicFields } from '../../../shared/schemas.ts';
import type { TopicSuggestion } from '../../../shared/voting.ts';
import { newId, now } from '../db/ids.ts';
import { decideSuggestion, findSuggestion, listSuggestions } from '../db/suggestions.ts';
import { findTopic, insertTopic, nextTopicSeq } from '../db/topics.ts';
import { changeWriter } from './changes.ts';
import type { CoreContext, HandlersOf } from './context.ts';
import { requireWorkshop } from './guards.ts';

type Methods = 'suggestions:list' | 'suggestions:accept' | 'suggestions:reject' | 'suggestions:decide';

export function suggestionHandlers({ db, emit }: CoreContext): HandlersOf<Methods> {
  const requirePending = (suggestionId: string) => {
    const suggestion = findSuggestion(db, suggestionId);
    if (!suggestion) throw new DomainError('not_found', `No proposed topic with id ${suggestionId}.`, 'suggestionId');
    requireWorkshop(db, suggestion.workshopId);
    if (suggestion.state !== 'pending')
      throw new DomainError('conflict', `This proposed topic was already ${suggestion.state}.`);
    return suggestion;
  };
  const writes = changeWriter({ emit });

  return {
    'suggestions:list': ({ workshopId }) => {
      requireWorkshop(db, workshopId);
      return listSuggestions(db, workshopId);
    },
    'suggestions:accept': writes(['suggestions', 'topics'], ({ suggestionId, patch: { title, pitch } }) => {
      const suggestion = requirePending(suggestionId);
      const fields = TopicFields.parse({
        title: title ?? suggestion.title,
        pitch: pitch ?? suggestion.pitch,
        proposer: suggestion.proposer,
      });
      const at = now();
      const topic = { ...fields, id: newId(), workshopId: suggestion.workshopId, seq: 0, createdAt: at, updatedAt: at };
      db.transaction(() => {
        topic.seq = nextTopicSeq(db, suggestion.workshopId);
        insertTopic(db, topic);
        decideSuggestion(db, suggestionId, 'accepted', topic.id, at);
      }).immediate();
      return topic;
    }),
    'suggestions:decide': writes(['suggestions', 'topics'], (input) => {
      const pending = [...new Set(input.suggestionIds)].map(requirePending);
      const workshopId = (pending[0] as TopicSuggestion).workshopId;
      if (pending.some((s) => s.workshopId !== workshopId))
        throw new DomainError('invalid_input', 'These proposals belong to different workshops.', 'suggestionIds');
      const at = now();
      const topics: Topic[] = [];
      const decided: TopicSuggestion[] = [];
      let into: Topic | undefined;
      if (input.decision === 'merge') {
        const found = findTopic(db, input.intoTopicId);
        if (!found || found.deletedAt || found.workshopId !== workshopId)
          throw new DomainError(
            'not_found',
            `No topic with id ${input.intoTopicId} on this workshop's wall.`,
            'intoTopicId',
          );
        const { deletedAt: _d, ...topic } = found;
        into = topic;
      }
      db.transaction(() => {
        for (const suggestion of pending) {
          if (input.decision === 'accept') {
            const fields = TopicFields.parse(suggestion);
            const topic = {
              ...fields,
              id: newId(),
              workshopId,
              seq: nextTopicSeq(db, workshopId),
              createdAt: at,
              updatedAt: at,
            };
            insertTopic(db, topic);
            topics.push(topic);
            decideSuggestion(db, suggestion.id, 'accepted', topic.id, at);
            decided.push({ ...suggestion, state: 'accepted', topicId: topic.id });
          } else if (input.decision === 'reject') {
            decideSuggestion(db, suggestion.id, 'rejected', null, at);
            decided.push({ ...suggestion, state: 'rejected' });
          } else {
            const topicId = (into as Topic).id;
            decideSuggestion(db, suggestion.id, 'merged', topicId, at);
            decided.push({ ...suggestion, state: 'merged', topicId });
          }
        }
      }).immediate();
      return { workshopId, suggestions: decided, topics };
    }),
    'suggestions:reject': writes(['suggestions'], ({ suggestionId }) => {
      const suggestion = requirePending(suggestionId);
      decideSuggestion(db, suggestionId, 'rejected', null, now());
      return { ...suggestion, state: 'rejected' as const };
    }),
  };
}
