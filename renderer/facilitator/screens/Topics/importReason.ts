/**
 * Why `topics:import` left a row out, in the UI's language. The core's reasons are English
 * sentences (shared/domain/topicCsv.ts writes them); the known ones are said again here with
 * their numbers and values, anything else goes through the common messages (`importReason`).
 */
import { isolate } from '../../components/isolate.ts';

type T = (key: string, options?: Record<string, unknown>) => string;

const REASONS: [RegExp, (m: RegExpExecArray, t: T) => string][] = [
  [/^(\d+) characters, at most (\d+)$/, (m, t) => t('topics.import.reason.tooLong', { length: m[1], max: m[2] })],
  [
    /^tag "([\s\S]*)": (\d+) characters, at most (\d+)$/,
    (m, t) => t('topics.import.reason.tagTooLong', { tag: isolate(m[1] ?? ''), length: m[2], max: m[3] }),
  ],
  [/^(\d+) tags, at most (\d+)$/, (m, t) => t('topics.import.reason.tooManyTags', { count: m[1], max: m[2] })],
  [/^unknown theme "([\s\S]*)"$/, (m, t) => t('topics.import.reason.unknownTheme', { value: isolate(m[1] ?? '') })],
  [/^already on the wall as #(\d+)$/, (m, t) => t('topics.import.reason.onWall', { seq: m[1] })],
  [/^same title as line (\d+)$/, (m, t) => t('topics.import.reason.sameAsLine', { line: m[1] })],
];

export function topicImportReason(reason: string, t: T, otherwise: (reason: string) => string): string {
  for (const [pattern, say] of REASONS) {
    const match = pattern.exec(reason);
    if (match) return say(match, t);
  }
  return otherwise(reason);
}
