/** Topics from a CSV file: every row checked (shared/domain/topicCsv.ts), the valid ones added together. */
import type { TopicImportReport } from '../../../shared/contract/topics.ts';
import { checkTopicRows } from '../../../shared/domain/topicCsv.ts';
import type { Topic } from '../../../shared/schemas.ts';
import { newId, now } from '../db/ids.ts';
import { insertTopic, listTopics, nextTopicSeq } from '../db/topics.ts';
import { changeWriter } from './changes.ts';
import type { CoreContext, HandlersOf } from './context.ts';
import { requireWorkshop } from './guards.ts';

export function topicImportHandlers({ db, emit }: CoreContext): HandlersOf<'topics:import'> {
  const writes = changeWriter({ emit });
  return {
    'topics:import': writes({ areas: ['topics'], workshopOf: (input) => input.workshopId }, ({ workshopId, rows }) => {
      requireWorkshop(db, workshopId);
      const at = now();
      let report: TopicImportReport = { imported: [], rejected: [] };
      // The wall is read inside the write transaction: a topic added meanwhile from another
      // window is a duplicate like any other, and the numbers follow on without a gap or a clash.
      db.transaction(() => {
        const { accepted, rejected } = checkTopicRows(rows, listTopics(db, workshopId));
        const first = nextTopicSeq(db, workshopId);
        const imported = accepted.map(
          ({ fields }, i): Topic => ({
            ...fields,
            id: newId(),
            workshopId,
            seq: first + i,
            createdAt: at,
            updatedAt: at,
          }),
        );
        for (const topic of imported) insertTopic(db, topic);
        report = { imported, rejected };
      }).immediate();
      return report;
    }),
  };
}
