import { describe, expect, it } from 'vitest';
import type { Topic } from '../../../../shared/schemas.ts';
import type { Round } from '../../../../shared/voting.ts';
import {
  criterionKey,
  type DraftMessages,
  draftFromRound,
  itemIdsFor,
  newCriterion,
  newDraft,
  toRoundShape,
} from './roundForm.ts';

const topic = (seq: number, status: Topic['status'] = 'proposed'): Topic => ({
  id: `t${seq}`,
  workshopId: 'w',
  seq,
  title: `Topic ${seq}`,
  pitch: '',
  proposer: '',
  theme: null,
  tags: [],
  status,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

const say: DraftMessages = {
  questionRequired: 'question',
  budgetRange: 'budget',
  maxPerItemRange: 'max',
  maxOverBudget: 'over',
  criteriaNeeded: 'criteria',
  criterionLabel: 'label',
  criterionWeight: 'weight',
  itemsNeeded: 'items',
};

describe('criterionKey', () => {
  it('makes a short a-z/0-9/- key from the label, accents folded', () => {
    expect(criterionKey('Faisabilité technique', new Set())).toBe('faisabilite-technique');
    expect(criterionKey('  Impact!  ', new Set())).toBe('impact');
    expect(criterionKey('Coût / bénéfice pour la population locale', new Set())).toMatch(/^[a-z0-9-]{1,24}$/);
  });

  it('never repeats a key already taken, and never returns an empty one', () => {
    expect(criterionKey('Impact', new Set(['impact']))).toBe('impact-2');
    expect(criterionKey('Impact', new Set(['impact', 'impact-2']))).toBe('impact-3');
    expect(criterionKey('!!!', new Set())).toBe('criterion');
  });
});

describe('round drafts', () => {
  const topics = [topic(1), topic(2, 'shortlisted'), topic(3), topic(4, 'shortlisted'), topic(5), topic(6)];

  it('starts from the shortlist when there is one, with the suggested budget', () => {
    const draft = newDraft(topics, ['Impact', 'Feasibility']);
    expect(draft.itemsMode).toBe('shortlisted');
    expect(draft.budget).toBe('1'); // a third of 2, at least one
    expect(draft.maxPerItem).toBe('1');
    expect(newDraft([topic(1), topic(2), topic(3), topic(4), topic(5), topic(6)], ['a', 'b']).budget).toBe('2');
  });

  it('lists the item ids of each choice', () => {
    expect(itemIdsFor('all', topics, [])).toHaveLength(6);
    expect(itemIdsFor('shortlisted', topics, [])).toEqual(['t2', 't4']);
    expect(itemIdsFor('pick', topics, ['t5', 'gone', 't1'])).toEqual(['t5', 't1']);
  });

  it('reports every field in error at once', () => {
    const draft = {
      ...newDraft(topics, ['a', 'b']),
      question: ' ',
      method: 'dot' as const,
      budget: '2',
      maxPerItem: '3',
    };
    const checked = toRoundShape(draft, [], say);
    expect(checked).toEqual({ ok: false, errors: { question: 'question', items: 'items', maxPerItem: 'over' } });
  });

  it('gives scoring criteria keys from their labels and keeps the keys a round already has', () => {
    const draft = {
      ...newDraft(topics, ['a', 'b']),
      question: 'Which pitch?',
      method: 'scoring' as const,
      criteria: [newCriterion('Impact', '2', 'impact-old'), newCriterion('Impact', '1,5'), newCriterion('Coût')],
    };
    const checked = toRoundShape(draft, ['t1'], say);
    expect(checked.ok && checked.shape.criteria).toEqual([
      { id: 'impact-old', label: 'Impact', weight: 2 },
      { id: 'impact', label: 'Impact', weight: 1.5 },
      { id: 'cout', label: 'Coût', weight: 1 },
    ]);
    expect(toRoundShape({ ...draft, criteria: [] }, ['t1'], say)).toEqual({
      ok: false,
      errors: { criteria: 'criteria' },
    });
  });

  it('reads a round back, recognising "all topics" and "the shortlist"', () => {
    const round = {
      items: [
        { id: 't2', title: '', position: 1 },
        { id: 't4', title: '', position: 2 },
      ],
      question: 'Q',
      method: 'approval',
      budget: 2,
      maxPerItem: 1,
      criteria: [],
      named: false,
      hideResults: true,
    } as unknown as Round;
    const draft = draftFromRound(round, topics);
    expect(draft.itemsMode).toBe('shortlisted');
    expect(draft.budgetTouched).toBe(true);
    expect(draft.hideResults).toBe(true);
  });
});
