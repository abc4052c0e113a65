import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { THEMES, type Theme, type Topic } from '../schemas.ts';
import { filterTopics, normaliseForSearch, queryTerms } from './topicFilter.ts';

let seq = 0;
function topic(fields: Partial<Topic> & { title: string }): Topic {
  seq += 1;
  return {
    id: `t${seq}`,
    workshopId: 'w1',
    seq,
    createdAt: '2013-05-16T09:00:00.000Z',
    updatedAt: '2013-05-16T09:00:00.000Z',
    pitch: '',
    proposer: '',
    theme: null,
    tags: [],
    status: 'proposed',
    ...fields,
  };
}

const wall = [
  topic({
    title: 'Linking traditional and new ICT industries',
    proposer: 'Élodie Garçon',
    theme: 'economy',
    tags: ['e-commerce', 'data'],
  }),
  topic({
    title: 'Greentech business encounters',
    pitch: 'After the summer, in Lappeenranta.',
    proposer: 'Aino Mäkelä',
    theme: 'economy',
    tags: ['greentech'],
  }),
  topic({
    title: 'Retaining young talent',
    pitch: 'Why do graduates leave Łódź?',
    proposer: 'Agnieszka Wróbel',
    theme: 'people',
  }),
  topic({
    title: 'Open data for the métropole',
    pitch: 'Des données ouvertes pour tous',
    proposer: 'Jérôme Lefèvre',
    theme: 'governance',
    tags: ['open-data'],
  }),
  topic({ title: 'Bus lanes and cycling', proposer: 'João Simões', theme: 'mobility', tags: ['vélo'] }),
  topic({ title: 'Untagged idea', proposer: 'Ioana Mureșan' }),
];
const titles = (topics: readonly Topic[]) => topics.map((t) => t.title);

describe('normaliseForSearch', () => {
  it('drops case and accents', () => {
    expect(normaliseForSearch('Métropole')).toBe('metropole');
    expect(normaliseForSearch('MÉTROPOLE')).toBe('metropole');
    expect(normaliseForSearch('São Paulo')).toBe('sao paulo');
    expect(normaliseForSearch('Mureșan')).toBe('muresan');
    expect(normaliseForSearch('Garçon Lefèvre Mäkelä Côté')).toBe('garcon lefevre makela cote');
  });

  it('folds the letters NFD keeps whole', () => {
    expect(normaliseForSearch('Łódź')).toBe('lodz');
    expect(normaliseForSearch('Paweł Łukasiewicz')).toBe('pawel lukasiewicz');
    expect(normaliseForSearch('Œuvre, cœur')).toBe('oeuvre, coeur');
    expect(normaliseForSearch('Straße')).toBe('strasse');
    expect(normaliseForSearch('Søren Ærø')).toBe('soren aero');
  });

  it('treats precomposed and decomposed accents alike', () => {
    expect(normaliseForSearch('e\u0301conomie')).toBe(normaliseForSearch('\u00e9conomie'));
  });

  it('straightens typographic apostrophes', () => {
    expect(normaliseForSearch('l’économie')).toBe("l'economie");
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const once = normaliseForSearch(s);
        expect(normaliseForSearch(once)).toBe(once);
      }),
    );
  });
});

describe('queryTerms', () => {
  it('splits on any whitespace and ignores a blank query', () => {
    expect(queryTerms('  Green\tTECH  économie ')).toEqual(['green', 'tech', 'economie']);
    expect(queryTerms('   ')).toEqual([]);
    expect(queryTerms('')).toEqual([]);
  });
});

describe('filterTopics', () => {
  it('returns everything, as a new array, with no query and no theme', () => {
    const result = filterTopics(wall, { query: '', theme: null });
    expect(result).toEqual(wall);
    expect(result).not.toBe(wall);
  });

  it('finds a topic whatever the accents and case typed', () => {
    expect(titles(filterTopics(wall, { query: 'METROPOLE', theme: null }))).toEqual(['Open data for the métropole']);
    expect(titles(filterTopics(wall, { query: 'données', theme: null }))).toEqual(['Open data for the métropole']);
    expect(titles(filterTopics(wall, { query: 'lodz', theme: null }))).toEqual(['Retaining young talent']);
    expect(titles(filterTopics(wall, { query: 'Łódź', theme: null }))).toEqual(['Retaining young talent']);
  });

  it('searches the proposer and the tags too', () => {
    expect(titles(filterTopics(wall, { query: 'garcon', theme: null }))).toEqual([
      'Linking traditional and new ICT industries',
    ]);
    expect(titles(filterTopics(wall, { query: 'muresan', theme: null }))).toEqual(['Untagged idea']);
    expect(titles(filterTopics(wall, { query: 'velo', theme: null }))).toEqual(['Bus lanes and cycling']);
    expect(titles(filterTopics(wall, { query: 'e-commerce', theme: null }))).toEqual([
      'Linking traditional and new ICT industries',
    ]);
  });

  it('needs every word, in any field and any order', () => {
    expect(titles(filterTopics(wall, { query: 'lappeenranta greentech', theme: null }))).toEqual([
      'Greentech business encounters',
    ]);
    expect(titles(filterTopics(wall, { query: 'makela summer', theme: null }))).toEqual([
      'Greentech business encounters',
    ]);
    expect(filterTopics(wall, { query: 'greentech lodz', theme: null })).toEqual([]);
  });

  it('does not match a word across two fields', () => {
    // title ends "cycling", proposer starts "João": "cyclingjoao" must not match
    expect(filterTopics(wall, { query: 'cyclingjoao', theme: null })).toEqual([]);
  });

  it('filters by theme, alone or with a query', () => {
    expect(titles(filterTopics(wall, { query: '', theme: 'economy' }))).toEqual([
      'Linking traditional and new ICT industries',
      'Greentech business encounters',
    ]);
    expect(titles(filterTopics(wall, { query: 'greentech', theme: 'economy' }))).toEqual([
      'Greentech business encounters',
    ]);
    expect(filterTopics(wall, { query: 'greentech', theme: 'living' })).toEqual([]);
  });

  it('sees an edit made in place to a topic object', () => {
    const t = topic({ title: 'Coworking spaces' });
    const list = [t];
    expect(filterTopics(list, { query: 'coworking', theme: null })).toHaveLength(1);
    t.title = 'Fab labs';
    expect(filterTopics(list, { query: 'coworking', theme: null })).toHaveLength(0);
    expect(filterTopics(list, { query: 'fab', theme: null })).toHaveLength(1);
    t.tags = ['makers'];
    expect(filterTopics(list, { query: 'makers', theme: null })).toHaveLength(1);
  });

  describe('properties', () => {
    // A small alphabet with accents, so random queries actually hit random topics.
    const char = fc.constantFrom('a', 'e', 'é', 'E', 'É', 'l', 'ł', 'Ł', 'o', 'ó', 's', 'ș', 'ß', ' ', '-');
    const str = (maxLength: number) => fc.string({ unit: char, maxLength });
    const themeArb: fc.Arbitrary<Theme | null> = fc.constantFrom(null, ...THEMES);
    const topicArb = fc
      .record({
        title: str(12),
        pitch: str(20),
        proposer: str(8),
        tags: fc.array(str(6), { maxLength: 3 }),
        theme: themeArb,
      })
      .map((fields) => topic(fields));
    const topicsArb = fc.array(topicArb, { maxLength: 30 });
    const filterArb = fc.record({ query: str(6), theme: themeArb });

    it('returns a subset of the topics, in their original order', () => {
      fc.assert(
        fc.property(topicsArb, filterArb, (topics, filter) => {
          const result = filterTopics(topics, filter);
          // a subsequence: walking the input finds every result item, in order
          let i = 0;
          for (const t of topics) if (i < result.length && result[i] === t) i++;
          expect(i).toBe(result.length);
        }),
      );
    });

    it('keeps exactly the topics a naive search keeps', () => {
      const naive = (t: Topic, query: string, theme: Theme | null) => {
        if (theme !== null && t.theme !== theme) return false;
        const fields = [t.title, t.pitch, t.proposer, ...t.tags].map(normaliseForSearch);
        return queryTerms(query).every((term) => fields.some((f) => f.includes(term)));
      };
      fc.assert(
        fc.property(topicsArb, filterArb, (topics, { query, theme }) => {
          expect(filterTopics(topics, { query, theme })).toEqual(topics.filter((t) => naive(t, query, theme)));
        }),
      );
    });

    it('never changes its input', () => {
      fc.assert(
        fc.property(topicsArb, filterArb, (topics, filter) => {
          const before = [...topics];
          filterTopics(topics, filter);
          expect(topics).toEqual(before);
        }),
      );
    });
  });
});
