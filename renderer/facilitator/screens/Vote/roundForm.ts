/**
 * The round dialog's draft and the pure steps around it: from a round (or defaults), back to the
 * contract's input, and the checks worth making before the core answers (the core checks again).
 */
import type { SearchableTopic } from '../../../../shared/domain/topicFilter.ts';
import { sessionIdOf } from '../../../../shared/grid.ts';
import type { Group } from '../../../../shared/grouping.ts';
import type { Topic } from '../../../../shared/schemas.ts';
import {
  type Criterion,
  type Round,
  type RoundShape,
  suggestedBudget,
  type TargetKind,
  VOTE_LIMITS,
  type VoteMethod,
} from '../../../../shared/voting.ts';

/** Which of the kind's items the round votes on: all of them, the shortlist (topics only), or a hand-picked list. */
export type ItemsMode = 'all' | 'shortlisted' | 'pick';

/** What the dialog can put in a round: the workshop's votable topics and the groups of its board. */
export interface VoteSources {
  topics: readonly Topic[];
  groups: readonly Group[];
}

/**
 * One thing a round of some kind can count, as the picker lists it (searchable like a topic: a
 * group by its title only).
 */
export interface Candidate extends SearchableTopic {
  /** The target id the round takes: a topic or group id, or `group:<id>` / `topic:<id>` for a session. */
  id: string;
  /** What it is on screen: a group shows its topic count, a topic its number. */
  of: 'topic' | 'group';
  title: string;
  /** A topic's number (#12). */
  seq: number | null;
  /** A group's topic count. */
  topicCount: number | null;
}

/** The modes a kind offers: a shortlist is a topic's status, so groups and sessions have none. */
export const modesFor = (kind: TargetKind): readonly ItemsMode[] =>
  kind === 'topic' ? ['all', 'shortlisted', 'pick'] : ['all', 'pick'];

/** Topics in no group of the board, in their order. */
export function looseTopics(topics: readonly Topic[], groups: readonly Group[]): Topic[] {
  const grouped = new Set(groups.flatMap((g) => g.topicIds));
  return topics.filter((t) => !grouped.has(t.id));
}

const topicCandidate = (t: Topic, id = t.id): Candidate => ({
  id,
  of: 'topic',
  title: t.title,
  seq: t.seq,
  topicCount: null,
  pitch: t.pitch,
  proposer: t.proposer,
  tags: t.tags,
  theme: t.theme,
});
const groupCandidate = (g: Group, id = g.id): Candidate => ({
  id,
  of: 'group',
  title: g.title,
  seq: null,
  topicCount: g.topicIds.length,
  pitch: '',
  proposer: '',
  tags: [],
  theme: null,
});

/**
 * Every current target of the kind, in the core's natural order: topics by number, groups as on
 * the board, sessions the groups first and then the loose topics.
 */
export function candidatesFor(kind: TargetKind, sources: VoteSources): Candidate[] {
  if (kind === 'group') return sources.groups.map((g) => groupCandidate(g));
  if (kind === 'session')
    return [
      ...sources.groups.map((g) => groupCandidate(g, sessionIdOf('group', g.id))),
      ...looseTopics(sources.topics, sources.groups).map((t) => topicCandidate(t, sessionIdOf('topic', t.id))),
    ];
  return sources.topics.map((t) => topicCandidate(t));
}

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
  /** What the round counts; fixed once the round exists. */
  itemsKind: TargetKind;
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

/** The ids the round takes for a kind and a mode; a picked id no longer among the kind's targets is dropped. */
export function itemIdsFor(
  kind: TargetKind,
  mode: ItemsMode,
  sources: VoteSources,
  picked: readonly string[],
): string[] {
  if (kind === 'topic' && mode === 'shortlisted')
    return sources.topics.filter((t) => t.status === 'shortlisted').map((t) => t.id);
  const all = candidatesFor(kind, sources).map((c) => c.id);
  if (mode !== 'pick') return all;
  const known = new Set(all);
  return picked.filter((id) => known.has(id));
}

/** The draft after choosing another kind: all of its items, the budget following the new count unless typed. */
export function withKind(draft: RoundDraft, kind: TargetKind, sources: VoteSources): RoundDraft {
  if (kind === draft.itemsKind) return draft;
  const next: RoundDraft = { ...draft, itemsKind: kind, itemsMode: 'all', picked: [] };
  return followSuggestion(next, sources);
}

/** An untouched budget follows the suggestion for the draft's item count (and the maximum per item stays within it). */
export function followSuggestion(draft: RoundDraft, sources: VoteSources): RoundDraft {
  if (draft.budgetTouched) return draft;
  const budget = suggestedBudget(itemIdsFor(draft.itemsKind, draft.itemsMode, sources, draft.picked).length);
  const max = Math.min(Number(draft.maxPerItem) || 1, budget);
  return { ...draft, budget: String(budget), maxPerItem: String(Math.max(1, max)) };
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

export function newDraft(sources: VoteSources, defaultCriteria: [string, string]): RoundDraft {
  const shortlisted = sources.topics.some((t) => t.status === 'shortlisted');
  const count = itemIdsFor('topic', shortlisted ? 'shortlisted' : 'all', sources, []).length;
  const budget = suggestedBudget(count);
  return {
    question: '',
    method: 'dot',
    itemsKind: 'topic',
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

/** The draft of an existing round: its kind, and the mode its items match (all, the shortlist, else a pick). */
export function draftFromRound(round: Round, sources: VoteSources): RoundDraft {
  const ids = round.items.map((i) => i.id);
  const kind = round.targetKind ?? 'topic';
  const itemsMode: ItemsMode =
    modesFor(kind).find((mode) => mode !== 'pick' && sameSet(ids, itemIdsFor(kind, mode, sources, []))) ?? 'pick';
  return {
    question: round.question,
    method: round.method,
    itemsKind: kind,
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
