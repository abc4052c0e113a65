import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD, type SuggestInput, suggestGroups } from './suggest.ts';
import { syntheticTopics } from './synthetic.ts';

const topicsOf = (...titles: string[]) => titles.map((title, i) => ({ id: `t${i + 1}`, title }));

const wall = topicsOf(
  'Pistes cyclables sécurisées',
  'Des pistes cyclables continues',
  'Budget participatif : bilan',
  'Un budget participatif pour les jeunes',
  'Qualité de l’eau du robinet',
  'Mobilité douce en centre-ville',
  'MOBILITÉS DOUCES et vélo',
  'mobilite douce ?',
  'Horaires de la médiathèque',
);

describe('suggestGroups', () => {
  it('groups the alike, leaves the lone topics out, largest then most cohesive first', () => {
    const { suggestions } = suggestGroups({ topics: wall });
    expect(suggestions[0]!.topicIds).toEqual(['t6', 't7', 't8']);
    expect(
      suggestions
        .slice(1)
        .map((s) => s.topicIds)
        .sort(),
    ).toEqual([
      ['t1', 't2'],
      ['t3', 't4'],
    ]);
    for (const [i, s] of suggestions.entries()) {
      expect(s.cohesion).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
      expect(s.cohesion).toBeLessThanOrEqual(1);
      const next = suggestions[i + 1];
      if (next && next.topicIds.length === s.topicIds.length) expect(next.cohesion).toBeLessThanOrEqual(s.cohesion);
    }
  });

  it('labels a group with its shared words, spelled as most titles spell them', () => {
    const label = (id: string) =>
      suggestGroups({ topics: wall }).suggestions.find((s) => s.topicIds.includes(id))?.label;
    expect(label('t6')).toBe('Mobilité · douce');
    expect(label('t3')).toBe('Budget · participatif');
    expect(label('t1')).toBe('Pistes · cyclables');
  });

  it('labels Chinese groups with the longest run of characters they share', () => {
    const { suggestions } = suggestGroups({
      topics: topicsOf('参与式预算试点经验分享', '青少年参与式预算', '学校节约用水'),
    });
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]!.label).toBe('参与式预算');
  });

  it('is deterministic: same input, same answer, whatever ran before', () => {
    const topics = syntheticTopics(300, 3);
    const first = suggestGroups({ topics });
    suggestGroups({ topics: syntheticTopics(50, 9) });
    const again = suggestGroups({ topics: topics.map((t) => ({ ...t })) });
    expect(again.suggestions).toEqual(first.suggestions);
  });

  it('suggests nothing at threshold 1, even for identical titles', () => {
    expect(suggestGroups({ topics: topicsOf('Vélo', 'Vélo', 'vélo'), threshold: 1 }).suggestions).toEqual([]);
    expect(suggestGroups({ topics: wall, threshold: 1 }).suggestions).toEqual([]);
  });

  it('puts every topic in one group at threshold 0, even those with nothing in common', () => {
    const topics = [...wall, { id: 'smile', title: '🙂' }, { id: 'marks', title: '?!' }];
    const { suggestions } = suggestGroups({ topics, threshold: 0 });
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]!.topicIds).toHaveLength(wall.length + 2);
  });

  it('does not crash on empty, single, identical, emoji-only or punctuation-only walls', () => {
    expect(suggestGroups({ topics: [] }).suggestions).toEqual([]);
    expect(suggestGroups({ topics: topicsOf('Vélo') }).suggestions).toEqual([]);
    const same = suggestGroups({ topics: topicsOf('Vélo', 'Vélo', 'Vélo') }).suggestions;
    expect(same).toHaveLength(1);
    expect(same[0]!.cohesion).toBeCloseTo(1, 5);
    expect(same[0]!.label).toBe('Vélo');
    expect(suggestGroups({ topics: topicsOf('🚲', '🚲🚲', '🙂') }).suggestions.map((s) => s.topicIds)).toEqual([
      ['t1', 't2'],
    ]);
    expect(suggestGroups({ topics: topicsOf('?!', '...', '') }).suggestions).toEqual([]);
    expect(suggestGroups({ topics: topicsOf('?!', '...'), threshold: 0 }).suggestions[0]!.label).toBe('?!');
  });

  it('treats out-of-range thresholds as their bound and NaN as the default', () => {
    expect(suggestGroups({ topics: wall, threshold: 7 }).suggestions).toEqual([]);
    expect(suggestGroups({ topics: wall, threshold: -1 }).suggestions).toHaveLength(1);
    expect(suggestGroups({ topics: wall, threshold: Number.NaN }).suggestions).toEqual(
      suggestGroups({ topics: wall }).suggestions,
    );
  });

  it('counts a topic listed twice once', () => {
    const { suggestions } = suggestGroups({ topics: [...wall, wall[0]!] });
    expect(suggestions.flatMap((s) => s.topicIds).filter((id) => id === 't1')).toHaveLength(1);
  });

  describe('with existing groups', () => {
    const groups = [{ id: 'g-bike', topicIds: ['t1', 't2'] }];

    it('never moves a grouped topic, and suggests a close free topic join the group', () => {
      const topics = [...wall, { id: 't10', title: 'Pistes cyclables le long du canal' }];
      const { suggestions } = suggestGroups({ topics, existingGroups: groups });
      const ids = suggestions.flatMap((s) => s.topicIds);
      expect(ids).not.toContain('t1');
      expect(ids).not.toContain('t2');
      const join = suggestions.find((s) => s.groupId === 'g-bike');
      expect(join?.topicIds).toEqual(['t10']);
      expect(join?.label).toBe('Pistes · cyclables');
      // the other groups are still new groups
      expect(suggestions.filter((s) => s.groupId === undefined).map((s) => s.topicIds)).toEqual([
        ['t6', 't7', 't8'],
        ['t3', 't4'],
      ]);
    });

    it('ignores ids it was not given and keeps a topic in two groups in the first', () => {
      const existingGroups = [
        { id: 'g1', topicIds: ['nope', 't3'] },
        { id: 'g2', topicIds: ['t3', 't4'] },
      ];
      const { suggestions } = suggestGroups({
        topics: [...wall, { id: 't10', title: 'Budget participatif' }],
        existingGroups,
      });
      const ids = suggestions.flatMap((s) => s.topicIds);
      expect(ids).not.toContain('t3');
      expect(ids).not.toContain('t4');
      // g1 is {t3} and g2 is {t4} now; t10 is suggested to join one of them.
      const join = suggestions.find((s) => s.topicIds.includes('t10'));
      expect(join?.groupId).toMatch(/^g[12]$/);
    });
  });

  it('clusters 1,000 topics in under 2 s', () => {
    const topics = syntheticTopics(1000, 11);
    suggestGroups({ topics: topics.slice(0, 100) }); // warm the JIT as a running app would be
    const started = performance.now();
    const { suggestions, ms } = suggestGroups({ topics });
    const elapsed = performance.now() - started;
    expect(suggestions.length).toBeGreaterThan(5);
    expect(ms).toBeLessThanOrEqual(elapsed);
    expect(elapsed).toBeLessThan(2000);
  });
});

describe('suggestGroups, any input', () => {
  const text = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    fc.constantFrom('Vélo', 'vélo', 'VÉLO', '共享单车', '🚲', '', ' ', 'l’eau', 'Łódź'),
  );
  const input: fc.Arbitrary<SuggestInput> = fc.record({
    topics: fc.array(
      fc.record({ id: fc.string({ maxLength: 3 }), title: text, pitch: fc.option(text, { nil: undefined }) }),
      {
        maxLength: 25,
      },
    ),
    threshold: fc.option(fc.double({ min: -0.5, max: 1.5 }), { nil: undefined }),
    existingGroups: fc.option(
      fc.array(fc.record({ id: fc.string(), topicIds: fc.array(fc.string({ maxLength: 3 })) })),
      {
        nil: undefined,
      },
    ),
  });

  it('never throws, names only input topics, each at most once, never a grouped one', () => {
    fc.assert(
      fc.property(input, (inp) => {
        const { suggestions } = suggestGroups(inp);
        const ids = suggestions.flatMap((s) => s.topicIds);
        const known = new Set(inp.topics.map((t) => t.id));
        const grouped = new Set((inp.existingGroups ?? []).flatMap((g) => g.topicIds));
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) {
          expect(known.has(id)).toBe(true);
          expect(grouped.has(id)).toBe(false);
        }
        for (const s of suggestions) {
          if (s.groupId === undefined) expect(s.topicIds.length).toBeGreaterThanOrEqual(2);
          expect(s.cohesion).toBeGreaterThanOrEqual(0);
          expect(s.cohesion).toBeLessThanOrEqual(1);
          expect(typeof s.label).toBe('string');
        }
      }),
      { numRuns: 300 },
    );
  });
});
