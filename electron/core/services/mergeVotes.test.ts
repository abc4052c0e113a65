import { describe, expect, it } from 'vitest';
import type { TargetVotesImage } from '../db/targetVotes.ts';
import { mergeTargetVotes, type RoundRule } from './mergeVotes.ts';

const at = '2026-01-01T00:00:00.000Z';
const empty: TargetVotesImage = { items: [], votes: [], scores: [], counts: [] };

describe('votes following a merge of B into A', () => {
  it('a round listing only B lists A at B’s place, with B’s dots', () => {
    const image: TargetVotesImage = {
      ...empty,
      items: [{ round_id: 'r1', target_id: 'B', position: 4 }],
      votes: [{ round_id: 'r1', item_id: 'B', voter_id: 'v1', dots: 2 }],
    };
    const rules = new Map<string, RoundRule>([['r1', { method: 'dot', maxPerItem: 3 }]]);
    expect(mergeTargetVotes(image, rules, ['B'], 'A')).toEqual({
      ...empty,
      items: [{ round_id: 'r1', target_id: 'A', position: 4 }],
      votes: [{ round_id: 'r1', item_id: 'A', voter_id: 'v1', dots: 2 }],
    });
  });

  it('an approval of both counts once; dots add up to the per-item cap', () => {
    const image: TargetVotesImage = {
      ...empty,
      items: [
        { round_id: 'approve', target_id: 'A', position: 1 },
        { round_id: 'approve', target_id: 'B', position: 2 },
        { round_id: 'dots', target_id: 'A', position: 2 },
        { round_id: 'dots', target_id: 'B', position: 1 },
      ],
      votes: [
        { round_id: 'approve', item_id: 'A', voter_id: 'v1', dots: 1 },
        { round_id: 'approve', item_id: 'B', voter_id: 'v1', dots: 1 },
        { round_id: 'dots', item_id: 'A', voter_id: 'v1', dots: 2 },
        { round_id: 'dots', item_id: 'B', voter_id: 'v1', dots: 2 },
        { round_id: 'dots', item_id: 'B', voter_id: 'v2', dots: 1 },
      ],
    };
    const rules = new Map<string, RoundRule>([
      ['approve', { method: 'approval', maxPerItem: 1 }],
      ['dots', { method: 'dot', maxPerItem: 3 }],
    ]);
    const merged = mergeTargetVotes(image, rules, ['B'], 'A');
    expect(merged.items).toEqual([
      { round_id: 'approve', target_id: 'A', position: 1 },
      { round_id: 'dots', target_id: 'A', position: 2 },
    ]);
    expect(merged.votes).toEqual([
      { round_id: 'approve', item_id: 'A', voter_id: 'v1', dots: 1 },
      { round_id: 'dots', item_id: 'A', voter_id: 'v1', dots: 3 },
      { round_id: 'dots', item_id: 'A', voter_id: 'v2', dots: 1 },
    ]);
  });

  it('a juror keeps the scores of the kept item, or brings those of the first merged one; counts add up', () => {
    const score = (item: string, voter: string, score: number) => ({
      round_id: 'jury',
      item_id: item,
      voter_id: voter,
      criterion_id: 'impact',
      score,
    });
    const image: TargetVotesImage = {
      items: ['A', 'B', 'C'].map((id, i) => ({ round_id: 'jury', target_id: id, position: i + 1 })),
      votes: [],
      scores: [score('A', 'j1', 5), score('B', 'j1', 1), score('C', 'j2', 2), score('B', 'j2', 4)],
      counts: [
        { round_id: 'jury', item_id: 'A', source: 'hands', count: 99_999, updated_at: at },
        { round_id: 'jury', item_id: 'B', source: 'hands', count: 5, updated_at: at },
      ],
    };
    const merged = mergeTargetVotes(image, new Map([['jury', { method: 'scoring', maxPerItem: 1 }]]), ['B', 'C'], 'A');
    expect(merged.scores).toEqual([score('A', 'j1', 5), { ...score('A', 'j2', 4) }]);
    expect(merged.counts).toEqual([
      { round_id: 'jury', item_id: 'A', source: 'hands', count: 100_000, updated_at: at },
    ]);
  });
});
