/**
 * The core's validation messages about rounds are English sentences from shared/voting.ts;
 * the ones a facilitator can meet are said again in the UI's language. Anything else goes
 * through the app's general translations (lib/errors.ts), or is shown as the core wrote it.
 */
import i18n from '../../../shared/i18n/index.ts';
import { localiseMessage } from '../../lib/errors.ts';

const KNOWN: [RegExp, string][] = [
  [/^a question is required$/, 'vote.errors.questionRequired'],
  [/^the maximum per item cannot exceed the budget$/, 'vote.errors.maxOverBudget'],
  [/^a scoring round needs at least one criterion$/, 'vote.errors.criteriaNeeded'],
  [/^two criteria have the same key$/, 'vote.errors.criteriaSameKey'],
  [/^a criterion needs a name$/, 'vote.errors.criterionLabel'],
  [/^the juror's name is required$/, 'vote.errors.jurorRequired'],
];

export function coreMessage(message: string): string {
  // Rule messages come as "maxPerItem: the maximum…": the field shows where, the rest says what.
  const bare = message.replace(/^[A-Za-z.0-9]+: /, '');
  for (const [pattern, key] of KNOWN) if (pattern.test(bare)) return i18n.t(key);
  return localiseMessage(bare);
}
