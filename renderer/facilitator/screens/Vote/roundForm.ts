/**
 * The round dialog's draft and the pure steps around it: from a round (or defaults), back to the
 * contract's input, and the checks worth making before the core answers (the core checks again).
 */
import type { Topic } from '../../../../shared/schemas.ts';
import {
  type Criterion,
  type Round,
  type RoundShape,
  suggestedBudget,
  VOTE_LIMITS,
  type VoteMethod,
} from '../../../../shared/voting.ts';

/** Which topics the round votes on. */
export type ItemsMode = 'all' | 'shortlisted' | 'pick';

export interface CriterionDraft {
  /** Kept for a criterion the round already has (ballots refer to it); new ones get a key from the label. */
  id: string | null;
  /** Stable key for React while rows are added and removed. */
  rowKey: number;
  label: string;
  weight: string;
}

export interface RoundDraft {
  question: string;
  method: VoteMethod;
  itemsMode: ItemsMode;
  picked: string[];
  budget: string;
  /** False until the facilitator types a budget: until then it follows the suggestion. */
  budgetTouched: boolean;
  maxPerItem: string;
  criteria: CriterionDraft[];
  named: boolean;
  hideResults: boolean;
  ticketOnly: boolean;
}

export type DraftField =
  | 'question'
  | 'method'
  | 'items'
  | 'budget'
  | 'maxPerItem'
  | 'criteria'
  | 'named'
  | 'hideResults'
  | 'ticketOnly';
export type DraftErrors = Partial<Record<DraftField, string>>;

/** Topics that can be voted on: the pending (optimistic) cards are not in the core yet. */
export const votable = (topics: readonly (Topic & { pending?: boolean })[]) => topics.filter((t) => !t.pending);

export function itemIdsFor(mode: ItemsMode, topics: readonly Topic[], picked: readonly string[]): string[] {
  if (mode === 'all') return topics.map((t) => t.id);
  if (mode === 'shortlisted') return topics.filter((t) => t.status === 'shortlisted').map((t) => t.id);
  const known = new Set(topics.map((t) => t.id));
  return picked.filter((id) => known.has(id));
}

let rowKeys = 0;
export const newCriterion = (label = '', weight = '1', id: string | null = null): CriterionDraft => ({
  id,
  rowKey: ++rowKeys,
  label,
  weight,
});

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

export function newDraft(topics: readonly Topic[], defaultCriteria: [string, string]): RoundDraft {
  const shortlisted = topics.some((t) => t.status === 'shortlisted');
  const count = itemIdsFor(shortlisted ? 'shortlisted' : 'all', topics, []).length;
  const budget = suggestedBudget(count);
  return {
    question: '',
    method: 'dot',
    // A shortlist is the facilitator saying "these are the candidates": start from it.
    itemsMode: shortlisted ? 'shortlisted' : 'all',
    picked: [],
    budget: String(budget),
    budgetTouched: false,
    maxPerItem: String(Math.min(3, budget)),
    criteria: defaultCriteria.map((label) => newCriterion(label)),
    named: false,
    hideResults: false,
    ticketOnly: false,
  };
}

export function draftFromRound(round: Round, topics: readonly Topic[]): RoundDraft {
  const ids = round.items.map((i) => i.id);
  const itemsMode: ItemsMode = sameSet(ids, itemIdsFor('all', topics, []))
    ? 'all'
    : sameSet(ids, itemIdsFor('shortlisted', topics, []))
      ? 'shortlisted'
      : 'pick';
  return {
    question: round.question,
    method: round.method,
    itemsMode,
    picked: ids,
    budget: String(round.budget),
    budgetTouched: true,
    maxPerItem: String(round.maxPerItem),
    criteria: round.criteria.map((c) => newCriterion(c.label, String(c.weight), c.id)),
    named: round.named,
    hideResults: round.hideResults,
    ticketOnly: round.ticketOnly,
  };
}

/**
 * A short key for a criterion from its label ("Faisabilité technique" → "faisabilite-technique"),
 * unique among `taken`. The core wants a-z, 0-9 and -, at most 24 characters.
 */
export function criterionKey(label: string, taken: ReadonlySet<string>): string {
  const slug = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // 21 characters leave room for a "-99" suffix; a cut word is dropped rather than left half.
  let base = slug.slice(0, 21);
  if (slug.length > 21 && slug[21] !== '-' && base.includes('-')) base = base.slice(0, base.lastIndexOf('-'));
  base = base.replace(/-+$/, '') || 'criterion';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

const wholeNumber = (text: string): number | null => {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(n) ? n : null;
};

const weightOf = (text: string): number | null => {
  const n = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(n) ? n : null;
};

export interface DraftMessages {
  questionRequired: string;
  budgetRange: string;
  maxPerItemRange: string;
  maxOverBudget: string;
  criteriaNeeded: string;
  criterionLabel: string;
  criterionWeight: string;
  itemsNeeded: string;
}

/** The draft as the contract's RoundShape, or the first problem with each field. */
export function toRoundShape(
  draft: RoundDraft,
  itemIds: readonly string[],
  say: DraftMessages,
): { ok: true; shape: RoundShape } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const question = draft.question.trim();
  if (!question) errors.question = say.questionRequired;
  if (itemIds.length === 0) errors.items = say.itemsNeeded;

  const budget = wholeNumber(draft.budget);
  const maxPerItem = wholeNumber(draft.maxPerItem);
  if (draft.method !== 'scoring') {
    if (budget === null || budget < 1 || budget > VOTE_LIMITS.budget) errors.budget = say.budgetRange;
    if (draft.method === 'dot') {
      if (maxPerItem === null || maxPerItem < 1 || maxPerItem > VOTE_LIMITS.budget)
        errors.maxPerItem = say.maxPerItemRange;
      else if (budget !== null && maxPerItem > budget) errors.maxPerItem = say.maxOverBudget;
    }
  }

  const criteria: Criterion[] = [];
  if (draft.method === 'scoring') {
    const taken = new Set(draft.criteria.flatMap((c) => (c.id ? [c.id] : [])));
    for (const row of draft.criteria) {
      const label = row.label.trim();
      const weight = weightOf(row.weight);
      if (!label) errors.criteria ??= say.criterionLabel;
      else if (weight === null || weight < 0.1 || weight > 10) errors.criteria ??= say.criterionWeight;
      const id = row.id ?? criterionKey(label, taken);
      taken.add(id);
      criteria.push({ id, label, weight: weight ?? 1 });
    }
    if (criteria.length === 0) errors.criteria = say.criteriaNeeded;
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const b = draft.method === 'scoring' ? 1 : (budget ?? 1);
  return {
    ok: true,
    shape: {
      question,
      method: draft.method,
      budget: b,
      // Approval: one per item; scoring: unused. Kept within the budget so the core's rule holds.
      maxPerItem: draft.method === 'dot' ? (maxPerItem ?? 1) : 1,
      criteria: draft.method === 'scoring' ? criteria : [],
      named: draft.named,
      hideResults: draft.hideResults,
      ticketOnly: draft.ticketOnly,
    },
  };
}
