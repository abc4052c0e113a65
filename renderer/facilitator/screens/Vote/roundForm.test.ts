import { describe, expect, it } from 'vitest';
import type { Group } from '../../../../shared/grouping.ts';
import type { Topic } from '../../../../shared/schemas.ts';
import type { Round } from '../../../../shared/voting.ts';
import {
  candidatesFor,
  criterionKey,
  type DraftMessages,
  draftFromRound,
  itemIdsFor,
  looseTopics,
  newCriterion,
  newDraft,
  toRoundShape,
  type VoteSources,
  withKind,
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

const group = (id: string, title: string, topicIds: string[]): Group => ({
  id,
  workshopId: 'w',
  title,
  color: 'teal',
  position: 1,
  topicIds,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

/** A round as the core answers it, with what the draft reads. */
const roundOn = (targetKind: Round['targetKind'], ids: string[]): Round =>
  ({
    targetKind,
    items: ids.map((id, i) => ({ id, title: '', position: i + 1 })),
    question: 'Q',
    method: 'approval',
    budget: 2,
    maxPerItem: 1,
    criteria: [],
    named: false,
    hideResults: true,
    ticketOnly: false,
  }) as unknown as Round;

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
  const noGroups: VoteSources = { topics, groups: [] };
  // Two groups on the board (t3 and t1 in one, t5 in the other): t2, t4 and t6 are loose.
  const board: VoteSources = { topics, groups: [group('g1', 'Mobility', ['t3', 't1']), group('g2', 'Data', ['t5'])] };

  it('starts from topics, the shortlist when there is one, with the suggested budget', () => {
    const draft = newDraft(board, ['Impact', 'Feasibility']);
    expect(draft.itemsKind).toBe('topic');
    expect(draft.itemsMode).toBe('shortlisted');
    expect(draft.budget).toBe('1'); // a third of 2, at least one
    expect(draft.maxPerItem).toBe('1');
    const six = [topic(1), topic(2), topic(3), topic(4), topic(5), topic(6)];
    expect(newDraft({ topics: six, groups: [] }, ['a', 'b']).budget).toBe('2');
  });

  it('lists the topic ids of each choice', () => {
    expect(itemIdsFor('topic', 'all', noGroups, [])).toHaveLength(6);
    expect(itemIdsFor('topic', 'shortlisted', noGroups, [])).toEqual(['t2', 't4']);
    expect(itemIdsFor('topic', 'pick', noGroups, ['t5', 'gone', 't1'])).toEqual(['t5', 't1']);
  });

  it('lists the group ids of each choice: the board order, a pick keeping only groups still there', () => {
    expect(itemIdsFor('group', 'all', board, [])).toEqual(['g1', 'g2']);
    expect(itemIdsFor('group', 'pick', board, ['g2', 'gone', 't1'])).toEqual(['g2']);
    // A shortlist is a topic's status: for groups it means them all.
    expect(itemIdsFor('group', 'shortlisted', board, [])).toEqual(['g1', 'g2']);
    expect(itemIdsFor('group', 'all', noGroups, [])).toEqual([]);
  });

  it('lists sessions: the groups first, then the topics in no group, with prefixed ids', () => {
    expect(looseTopics(topics, board.groups).map((t) => t.id)).toEqual(['t2', 't4', 't6']);
    expect(itemIdsFor('session', 'all', board, [])).toEqual([
      'group:g1',
      'group:g2',
      'topic:t2',
      'topic:t4',
      'topic:t6',
    ]);
    expect(itemIdsFor('session', 'pick', board, ['topic:t6', 'topic:t1', 'g1', 'group:g1'])).toEqual([
      'topic:t6',
      'group:g1',
    ]);
    expect(itemIdsFor('session', 'all', noGroups, [])).toHaveLength(6);
  });

  it('shows a group with its title and topic count, a topic with its number', () => {
    const [mobility, , loose] = candidatesFor('session', board);
    expect(mobility).toMatchObject({ id: 'group:g1', of: 'group', title: 'Mobility', topicCount: 2, seq: null });
    expect(loose).toMatchObject({ id: 'topic:t2', of: 'topic', title: 'Topic 2', seq: 2, topicCount: null });
    expect(candidatesFor('group', board)[1]).toMatchObject({ id: 'g2', title: 'Data', topicCount: 1 });
  });

  it('choosing another kind takes all of it, and an untouched budget follows the new count', () => {
    const draft = { ...newDraft(board, ['a', 'b']), itemsMode: 'pick' as const, picked: ['t1'] };
    const onSessions = withKind(draft, 'session', board);
    expect(onSessions).toMatchObject({ itemsKind: 'session', itemsMode: 'all', picked: [], budget: '2' });
    expect(withKind(onSessions, 'group', board)).toMatchObject({ itemsKind: 'group', budget: '1' });
    const typed = { ...draft, budget: '9', budgetTouched: true };
    expect(withKind(typed, 'session', board).budget).toBe('9');
    expect(withKind(draft, 'topic', board)).toBe(draft);
  });

  it('reports every field in error at once', () => {
    const draft = {
      ...newDraft(board, ['a', 'b']),
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
      ...newDraft(board, ['a', 'b']),
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

  it('reads a topic round back, recognising "all topics" and "the shortlist"', () => {
    const draft = draftFromRound(roundOn('topic', ['t2', 't4']), board);
    expect(draft.itemsKind).toBe('topic');
    expect(draft.itemsMode).toBe('shortlisted');
    expect(draft.budgetTouched).toBe(true);
    expect(draft.hideResults).toBe(true);
    expect(draftFromRound(roundOn('topic', ['t6', 't5', 't4', 't3', 't2', 't1']), board).itemsMode).toBe('all');
    expect(draftFromRound(roundOn('topic', ['t1', 't2']), board)).toMatchObject({
      itemsMode: 'pick',
      picked: ['t1', 't2'],
    });
  });

  it('reads a group round back with its kind: all groups, or a pick', () => {
    expect(draftFromRound(roundOn('group', ['g2', 'g1']), board)).toMatchObject({
      itemsKind: 'group',
      itemsMode: 'all',
    });
    const picked = draftFromRound(roundOn('group', ['g2']), board);
    expect(picked).toMatchObject({ itemsKind: 'group', itemsMode: 'pick', picked: ['g2'] });
    expect(itemIdsFor(picked.itemsKind, picked.itemsMode, board, picked.picked)).toEqual(['g2']);
  });

  it('reads a round on a mix back with its kind: every session, or a pick', () => {
    const all = ['group:g1', 'group:g2', 'topic:t2', 'topic:t4', 'topic:t6'];
    expect(draftFromRound(roundOn('session', all), board)).toMatchObject({ itemsKind: 'session', itemsMode: 'all' });
    // The shortlist is no choice for sessions, even when the ids look like it.
    const picked = draftFromRound(roundOn('session', ['topic:t2', 'topic:t4']), board);
    expect(picked).toMatchObject({ itemsKind: 'session', itemsMode: 'pick', picked: ['topic:t2', 'topic:t4'] });
  });
});
