/** The moderation queue: topics proposed from phones wait here until the facilitator decides. */
import { DomainError } from '../../../shared/result.ts';
import { TopicFields } from '../../../shared/schemas.ts';
import { newId, now } from '../db/ids.ts';
import { decideSuggestion, findSuggestion, listSuggestions } from '../db/suggestions.ts';
import { insertTopic, nextTopicSeq } from '../db/topics.ts';
import { changeWriter } from './changes.ts';
import type { CoreContext, HandlersOf } from './context.ts';
import { requireWorkshop } from './guards.ts';

type Methods = 'suggestions:list' | 'suggestions:accept' | 'suggestions:reject';

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
    'suggestions:reject': writes(['suggestions'], ({ suggestionId }) => {
      const suggestion = requirePending(suggestionId);
      decideSuggestion(db, suggestionId, 'rejected', null, now());
      return { ...suggestion, state: 'rejected' as const };
    }),
  };
}
