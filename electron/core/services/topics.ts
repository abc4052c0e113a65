import { DomainError } from '../../../shared/result.ts';
import { TopicFields } from '../../../shared/schemas.ts';
import { newId, now } from '../db/ids.ts';
import {
  findMergedInto,
  findTopic,
  insertTopic,
  listTopics,
  nextTopicSeq,
  setTopicDeleted,
  updateTopic,
} from '../db/topics.ts';
import { changeWriter } from './changes.ts';
import type { CoreContext, HandlersOf } from './context.ts';
import { requireWorkshop } from './guards.ts';
import { applyPatch } from './patch.ts';

type Methods = 'topics:list' | 'topics:add' | 'topics:update' | 'topics:remove' | 'topics:restore';

export function topicHandlers({ db, emit }: CoreContext): HandlersOf<Methods> {
  const writes = changeWriter({ emit });
  const requireTopic = (topicId: string, allowDeleted = false) => {
    const topic = findTopic(db, topicId);
    if (!topic || (topic.deletedAt && !allowDeleted))
      throw new DomainError('not_found', `No topic with id ${topicId}.`, 'topicId');
    requireWorkshop(db, topic.workshopId);
    return topic;
  };

  return {
    'topics:list': ({ workshopId }) => {
      requireWorkshop(db, workshopId);
      return listTopics(db, workshopId);
    },
    'topics:add': writes(['topics'], ({ workshopId, topic }) => {
      requireWorkshop(db, workshopId);
      const at = now();
      const created = { ...topic, id: newId(), workshopId, seq: 0, createdAt: at, updatedAt: at };
      // Reading the next number and inserting in one transaction keeps numbers unique under concurrent writers.
      db.transaction(() => {
        created.seq = nextTopicSeq(db, workshopId);
        insertTopic(db, created);
      }).immediate();
      return created;
    }),
    'topics:update': writes(['topics'], ({ topicId, patch }) => {
      const { deletedAt: _d, ...current } = requireTopic(topicId);
      const updated = { ...applyPatch(current, patch, TopicFields), updatedAt: now() };
      updateTopic(db, updated);
      return updated;
    }),
    'topics:remove': writes(['topics'], ({ topicId }) => {
      const topic = requireTopic(topicId);
      setTopicDeleted(db, topicId, now());
      return { topicId, workshopId: topic.workshopId };
    }),
    'topics:restore': writes(['topics'], ({ topicId }) => {
      const { deletedAt, ...topic } = requireTopic(topicId, true);
      if (findMergedInto(db, topicId))
        throw new DomainError(
          'conflict',
          `“${topic.title}” was merged into another topic: undo the merge on the Groups board to bring it back.`,
        );
      if (deletedAt) setTopicDeleted(db, topicId, null);
      return topic;
    }),
  };
}
