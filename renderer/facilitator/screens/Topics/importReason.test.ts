import { describe, expect, it } from 'vitest';
import { checkTopicRows, splitTransportable } from '../../../../shared/domain/topicCsv.ts';
import { LIMITS } from '../../../../shared/schemas.ts';
import { topicImportReason } from './importReason.ts';

const t = (key: string, options?: Record<string, unknown>) => `${key} ${JSON.stringify(options ?? {})}`;
const say = (reason: string) => topicImportReason(reason, t, (r) => `other: ${r}`);

describe('topicImportReason', () => {
  it('says every reason the check gives in the UI language, with its numbers and values', () => {
    const { rejected } = checkTopicRows(
      [
        { line: 2, values: { title: 'x'.repeat(LIMITS.title + 1) } },
        { line: 3, values: { title: 'A', tags: 'g'.repeat(LIMITS.tag + 1) } },
        { line: 4, values: { title: 'B', tags: Array.from({ length: LIMITS.tags + 1 }, (_, i) => `t${i}`).join(',') } },
        { line: 5, values: { title: 'C', theme: 'Sport' } },
        { line: 6, values: { title: 'On the wall' } },
        { line: 7, values: { title: 'a' } },
        { line: 8, values: { title: '' } },
      ],
      [{ title: 'ON THE WALL', seq: 3 }],
    );
    const { rejected: far } = splitTransportable([{ line: 9, values: { title: 'x', pitch: 'p'.repeat(6000) } }]);
    expect([...rejected, ...far].map((r) => say(r.reason))).toEqual([
      `topics.import.reason.tooLong {"length":"${LIMITS.title + 1}","max":"${LIMITS.title}"}`,
      `topics.import.reason.tagTooLong {"tag":"\u2068${'g'.repeat(LIMITS.tag + 1)}\u2069","length":"${LIMITS.tag + 1}","max":"${LIMITS.tag}"}`,
      `topics.import.reason.tooManyTags {"count":"${LIMITS.tags + 1}","max":"${LIMITS.tags}"}`,
      'topics.import.reason.unknownTheme {"value":"\u2068Sport\u2069"}',
      'topics.import.reason.onWall {"seq":"3"}',
      'topics.import.reason.sameAsLine {"line":"3"}',
      'other: a title is required',
      `topics.import.reason.tooLong {"length":"6000","max":"${LIMITS.pitch}"}`,
    ]);
  });
});
