import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportRow } from '../contract/setup.ts';
import { LIMITS } from '../schemas.ts';
import { parseCsv } from './csv.ts';
import {
  checkTopicRows,
  guessTopicMapping,
  MAX_CELL,
  prepareTopicRows,
  splitTags,
  splitTransportable,
  themeFromText,
  titleKey,
} from './topicCsv.ts';

const row = (line: number, values: Record<string, string>): ImportRow => ({ line, values });

describe('guessTopicMapping', () => {
  it('reads English and French headers, ignoring case, accents and punctuation', () => {
    expect(guessTopicMapping(['Titre', 'Porteur', 'Thème', 'Résumé', 'Mots-clés'])).toEqual([
      'title',
      'proposer',
      'theme',
      'pitch',
      'tags',
    ]);
    expect(guessTopicMapping(['TOPIC', 'Description', 'Author', 'Theme', 'Tags'])).toEqual([
      'title',
      'pitch',
      'proposer',
      'theme',
      'tags',
    ]);
    expect(guessTopicMapping(['Sujet', 'Proposé par :', 'Axe', 'Pitch'])).toEqual([
      'title',
      'proposer',
      'theme',
      'pitch',
    ]);
    expect(guessTopicMapping(['title', 'Proposed by', 'Keywords'])).toEqual(['title', 'proposer', 'tags']);
  });

  it('leaves unknown columns and a second column of the same meaning unmapped', () => {
    expect(guessTopicMapping(['Titre', 'Salle', 'Sujet', '', 'Horaire'])).toEqual(['title', null, null, null, null]);
  });
});

describe('themes and tags', () => {
  it('maps the six themes from English and French names', () => {
    const cases: [string, string][] = [
      ['Économie', 'economy'],
      ['economy', 'economy'],
      ['GOUVERNANCE', 'governance'],
      ['Governance', 'governance'],
      ['Population', 'people'],
      ['habitants', 'people'],
      ['People', 'people'],
      ['Citoyens', 'people'],
      ['Mobilité', 'mobility'],
      ['mobility', 'mobility'],
      ['Environnement', 'environment'],
      ['environment', 'environment'],
      ['Cadre de vie', 'living'],
      ['  cadre  de   vie ', 'living'],
      ['Living', 'living'],
    ];
    for (const [text, theme] of cases) expect(themeFromText(text), text).toBe(theme);
    expect(themeFromText('Sport')).toBeNull();
    expect(themeFromText('')).toBeNull();
  });

  it('splits tags on commas and semicolons, trimmed, without repeats', () => {
    expect(splitTags('open data; tiers-lieux, , Open data ;Données')).toEqual(['open data', 'tiers-lieux', 'Données']);
    expect(splitTags('')).toEqual([]);
  });

  it('compares titles without case, accents or extra spaces', () => {
    expect(titleKey('  Tiers-lieux  et   ÉCONOMIE ')).toBe(titleKey('tiers-lieux et economie'));
    expect(titleKey('Łódź')).toBe('lodz');
  });
});

describe('parseCsv + prepareTopicRows', () => {
  const mapped = (text: string) => {
    const csv = parseCsv(text);
    return prepareTopicRows(csv.rows, guessTopicMapping(csv.headers), csv.lines);
  };

  it('reads ; , and tab files, a BOM, and quoted line breaks, with the lines of the file', () => {
    const semicolon =
      '\uFEFFTitre;Porteur;Thème\nVélo en ville;Anne;Mobilité\n\n"Tiers-lieux\net ruralité";Paul;Cadre de vie\n';
    expect(mapped(semicolon)).toEqual([
      row(2, { title: 'Vélo en ville', proposer: 'Anne', theme: 'Mobilité' }),
      row(4, { title: 'Tiers-lieux\net ruralité', proposer: 'Paul', theme: 'Cadre de vie' }),
    ]);
    const comma = 'Title,Pitch,Tags\r\nOpen data,"Why, and how","open data; APIs"\r\nNight buses,,\r\n';
    expect(mapped(comma)).toEqual([
      row(2, { title: 'Open data', pitch: 'Why, and how', tags: 'open data; APIs' }),
      row(3, { title: 'Night buses' }),
    ]);
    const tab = 'Sujet\tAxe\nCircuits courts\tÉconomie\n';
    expect(mapped(tab)).toEqual([row(2, { title: 'Circuits courts', theme: 'Économie' })]);
  });

  it('keeps the first non-empty of several columns mapped to one field, and an empty title as empty', () => {
    expect(
      prepareTopicRows(
        [
          ['', 'Second title', 'x'],
          ['', '', ''],
        ],
        ['title', 'title', null],
      ),
    ).toEqual([row(2, { title: 'Second title' }), row(3, { title: '' })]);
  });

  it('never cuts a cell', () => {
    const long = 'x'.repeat(MAX_CELL + 10);
    expect(prepareTopicRows([[long]], ['pitch'])[0]?.values.pitch).toBe(long);
  });
});

describe('checkTopicRows', () => {
  const wall = [
    { title: 'Open data as raw material', seq: 4 },
    { title: 'Économie circulaire', seq: 7 },
  ];

  it('imports valid rows with their theme and tags, and reports each problem by line and field', () => {
    const { accepted, rejected } = checkTopicRows(
      [
        row(2, { title: 'Vélo en ville', proposer: 'Anne', theme: 'Mobilité', tags: 'vélo; sécurité' }),
        row(3, { title: 'ECONOMIE CIRCULAIRE' }),
        row(4, { title: 'Ateliers numériques', theme: 'Sport' }),
        row(5, { title: 'vélo en  VILLE' }),
        row(6, { title: '' }),
        row(7, { title: '\u200B ' }),
        row(8, { title: 'Les communs', pitch: 'p'.repeat(LIMITS.pitch + 1), theme: 'foot' }),
        row(9, { title: 'Budget participatif', theme: '' }),
      ],
      wall,
    );
    expect(accepted).toEqual([
      {
        line: 2,
        fields: {
          title: 'Vélo en ville',
          pitch: '',
          proposer: 'Anne',
          theme: 'mobility',
          tags: ['vélo', 'sécurité'],
          status: 'proposed',
        },
      },
      {
        line: 9,
        fields: { title: 'Budget participatif', pitch: '', proposer: '', theme: null, tags: [], status: 'proposed' },
      },
    ]);
    expect(rejected).toEqual([
      { line: 3, field: 'title', reason: 'already on the wall as #7' },
      { line: 4, field: 'theme', reason: 'unknown theme "Sport"' },
      { line: 5, field: 'title', reason: 'same title as line 2' },
      { line: 6, field: 'title', reason: 'a title is required' },
      { line: 7, field: 'title', reason: 'a title is required' },
      { line: 8, field: 'pitch', reason: `${LIMITS.pitch + 1} characters, at most ${LIMITS.pitch}` },
      { line: 8, field: 'theme', reason: 'unknown theme "foot"' },
    ]);
  });

  it('counts and refuses long texts and tags, never cuts them', () => {
    const { accepted, rejected } = checkTopicRows(
      [
        row(2, { title: 't'.repeat(LIMITS.title + 45) }),
        row(3, { title: 'ok', proposer: 'n'.repeat(LIMITS.name + 1) }),
        row(4, { title: 'ok 2', tags: `short, ${'g'.repeat(LIMITS.tag + 2)}` }),
        row(5, { title: 'ok 3', tags: Array.from({ length: LIMITS.tags + 2 }, (_, i) => `t${i}`).join(',') }),
        row(6, {
          title: 't'.repeat(LIMITS.title),
          tags: Array.from({ length: LIMITS.tags }, (_, i) => `t${i}`).join(';'),
        }),
      ],
      [],
    );
    expect(rejected).toEqual([
      { line: 2, field: 'title', reason: `${LIMITS.title + 45} characters, at most ${LIMITS.title}` },
      { line: 3, field: 'proposer', reason: `${LIMITS.name + 1} characters, at most ${LIMITS.name}` },
      {
        line: 4,
        field: 'tags',
        reason: `tag "${'g'.repeat(LIMITS.tag + 2)}": ${LIMITS.tag + 2} characters, at most ${LIMITS.tag}`,
      },
      { line: 5, field: 'tags', reason: `${LIMITS.tags + 2} tags, at most ${LIMITS.tags}` },
    ]);
    expect(accepted.map((r) => [r.line, r.fields.title.length, r.fields.tags.length])).toEqual([
      [6, LIMITS.title, LIMITS.tags],
    ]);
  });

  it('a title is imported exactly as written when it fits, refused with its length when not', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: LIMITS.title + 20 }), (raw) => {
        const title = raw.trim();
        const { accepted, rejected } = checkTopicRows([row(2, { title })], []);
        if (accepted.length === 1) {
          expect(accepted[0]?.fields.title).toBe(title);
          expect(title.length).toBeLessThanOrEqual(LIMITS.title);
        } else {
          expect(rejected.length).toBeGreaterThan(0);
          if (title.length > LIMITS.title) expect(rejected[0]?.reason).toBe(`${title.length} characters, at most 200`);
        }
      }),
    );
  });
});

describe('splitTransportable', () => {
  it('keeps rows with a cell longer than any field out of the call, reporting them with their length', () => {
    const rows = [row(2, { title: 'A' }), row(3, { title: 'B', pitch: 'p'.repeat(MAX_CELL + 1) })];
    const { send, rejected } = splitTransportable(rows);
    expect(send).toEqual([rows[0]]);
    expect(rejected).toEqual([
      { line: 3, field: 'pitch', reason: `${MAX_CELL + 1} characters, at most ${LIMITS.pitch}` },
    ]);
    for (const r of send) expect(ImportRow.safeParse(r).success).toBe(true);
  });
});
