import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import frCsv from '../../test/fixtures/participants.csv?raw';
import enCsv from '../../test/fixtures/participants-en.csv?raw';
import { ImportRow } from '../contract/index.ts';
import { DomainError } from '../result.ts';
import { LIMITS, ORG_TYPES, type OrgType, ParticipantFields } from '../schemas.ts';
import {
  applyMapping,
  COLUMN_TARGETS,
  guessMapping,
  guessOrgType,
  normaliseOrgType,
  parseCsv,
  prepareImport,
} from './csv.ts';

// The fixtures come in through `?raw`, not node:fs: shared/ (tests included) stays free of node:*.
function expectFileError(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('invalid_input');
    expect((error as DomainError).field).toBe('file');
    return error as DomainError;
  }
  throw new Error('expected a DomainError');
}

/** What the core does with each row: the schema decides, the line number reports. */
function validate(rows: ImportRow[]) {
  const accepted: { line: number; participant: ParticipantFields }[] = [];
  const rejected: { line: number; field: string | null }[] = [];
  for (const row of rows) {
    expect(ImportRow.safeParse(row).success).toBe(true);
    const parsed = ParticipantFields.safeParse(row.values);
    if (parsed.success) accepted.push({ line: row.line, participant: parsed.data });
    else rejected.push({ line: row.line, field: String(parsed.error.issues[0]?.path[0] ?? null) });
  }
  return { accepted, rejected };
}

describe('the French fixture (Excel: BOM, ";", CRLF, accents)', () => {
  const parsed = parseCsv(frCsv);
  const mapping = guessMapping(parsed.headers);
  const rows = applyMapping(parsed.rows, mapping, parsed.lines);

  it('is read as UTF-8 with its BOM still there (so the test proves parseCsv strips it)', () => {
    expect(frCsv.charCodeAt(0)).toBe(0xfeff);
    expect(frCsv).toContain('\r\n');
  });

  it('detects ";" and strips the BOM from the first header', () => {
    expect(parsed.delimiter).toBe(';');
    expect(parsed.headers).toEqual([
      'Prénom',
      'Nom',
      'Organisme',
      'Ville',
      'Fonction',
      "Type d'organisation",
      'Courriel',
    ]);
    expect(parsed.headers[0]?.charCodeAt(0)).toBe('P'.charCodeAt(0));
  });

  it('skips the empty ";;;;;;" and trailing lines, keeping 13 rows of 7 cells', () => {
    expect(parsed.rows).toHaveLength(13);
    expect(parsed.rows.every((r) => r.length === 7)).toBe(true);
  });

  it('keeps every accent and non-Latin-1 letter as written', () => {
    const text = parsed.rows.flat().join(' ');
    for (const word of [
      'Élodie',
      'Garçon',
      'Mäkelä',
      'Simões',
      'Urząd Miasta Łodzi',
      'Łódź',
      'Conceição',
      'São Paulo',
    ]) {
      expect(text).toContain(word);
    }
    for (const word of [
      'Côté',
      'Paweł Łukasiewicz'.split(' ')[0],
      'Kraków',
      'Mureșan',
      'Eurométropole',
      'Brückner',
      'Nguyễn',
    ]) {
      expect(text).toContain(word);
    }
    expect(text).toContain('« ville intelligente »');
  });

  it('keeps a quoted cell holding ";" whole, and a "," inside an unquoted cell', () => {
    const ioana = parsed.rows.find((r) => r[0] === 'Ioana');
    expect(ioana?.[4]).toBe('Chargée de mission Europe; numérique');
    const aino = parsed.rows.find((r) => r[0] === 'Aino');
    expect(aino?.[4]).toBe('Research director, Green Campus');
  });

  it('gives each row its line in the file (header = 1, the blank line counted)', () => {
    expect(parsed.lines).toEqual([2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15]);
    expect(rows.map((r) => r.line)).toEqual(parsed.lines);
  });

  it('guesses every column, "Prénom" as the first name and "Nom" beside it as the last name', () => {
    expect(mapping).toEqual(['firstName', 'lastName', 'organisation', 'territory', 'role', 'orgType', 'email']);
  });

  it('joins first and last name and maps the French types', () => {
    expect(rows[0]).toEqual({
      line: 2,
      values: {
        name: 'Élodie Garçon',
        organisation: 'Bordeaux Métropole',
        territory: 'Bordeaux',
        role: "Directrice de l'économie numérique",
        orgType: 'local-government',
        email: 'elodie.garcon@bordeaux-metropole.example',
      },
    });
    const types = Object.fromEntries(rows.map((r) => [r.values.name, r.values.orgType]));
    expect(types).toMatchObject({
      'Aino Mäkelä': 'university',
      'João Simões': 'local-government',
      'Agnieszka Wróbel': 'local-government',
      'Conceição Araújo': 'local-government',
      'Paweł Łukasiewicz': 'public-agency',
      'Mathilde Rossi': 'civil-society',
      'Lukas Brückner': 'startup',
      'Hervé Nguyễn': 'sme',
      'Jérôme Lefèvre': 'resident',
    });
  });

  it('has exactly one bad row, line 12, with no name; every other row passes the schema', () => {
    const { accepted, rejected } = validate(rows);
    expect(rejected).toEqual([{ line: 12, field: 'name' }]);
    expect(rows.find((r) => r.line === 12)?.values.name).toBe('');
    expect(accepted).toHaveLength(12);
    const jerome = accepted.find((a) => a.participant.name === 'Jérôme Lefèvre');
    // empty organisation and e-mail were left out, so the defaults apply
    expect(jerome?.participant).toMatchObject({
      organisation: '',
      email: '',
      orgType: 'resident',
      territory: 'Strasbourg',
    });
  });
});

describe('the English fixture (",", quotes, a line break inside a cell)', () => {
  const parsed = parseCsv(enCsv);
  const mapping = guessMapping(parsed.headers);
  const rows = applyMapping(parsed.rows, mapping, parsed.lines);

  it('detects "," and guesses every column', () => {
    expect(parsed.delimiter).toBe(',');
    expect(mapping).toEqual(['name', 'organisation', 'territory', 'role', 'orgType', 'email']);
  });

  it('keeps a quoted comma, doubled quotes and a line break inside their cells', () => {
    expect(rows[0]?.values.organisation).toBe('City of Lappeenranta, Business Services');
    expect(rows.find((r) => r.values.name === 'Marek Świątek')?.values.role).toBe(
      'Head of investor services\nInternational relations',
    );
    expect(rows.find((r) => r.values.name === 'Marie-Ève Tremblay')?.values.organisation).toBe(
      'Association "Les Amis du Tram"',
    );
  });

  it('counts the line break inside a cell when numbering the rows after it', () => {
    expect(parsed.lines).toEqual([2, 3, 4, 6, 7, 8, 9, 10]);
  });

  it('maps the English types and passes the schema on every row', () => {
    expect(rows.map((r) => r.values.orgType)).toEqual([
      'local-government',
      'public-agency',
      'public-agency',
      'university',
      'civil-society',
      'civil-society',
      'sme',
      'resident',
    ]);
    const { accepted, rejected } = validate(rows);
    expect(rejected).toEqual([]);
    expect(accepted.map((a) => a.participant.territory)).toContain('Galați');
  });
});

describe('parseCsv', () => {
  it('detects a tab', () => {
    const parsed = parseCsv('Name\tCity\nAna\tLisbon\n');
    expect(parsed.delimiter).toBe('\t');
    expect(parsed.rows).toEqual([['Ana', 'Lisbon']]);
  });

  it('prefers the delimiter of the header even when cells hold the others', () => {
    const parsed = parseCsv('nom;ville;fonction\nAna;Lisbon;"Head, unit"\nBo;Nice;a, b, c, d\n');
    expect(parsed.delimiter).toBe(';');
    expect(parsed.rows).toEqual([
      ['Ana', 'Lisbon', 'Head, unit'],
      ['Bo', 'Nice', 'a, b, c, d'],
    ]);
  });

  it('reads a single column', () => {
    const parsed = parseCsv('name\nAna\nBo\n');
    expect(parsed.headers).toEqual(['name']);
    expect(parsed.rows).toEqual([['Ana'], ['Bo']]);
  });

  it('trims cells and headers', () => {
    expect(parseCsv('  name , city \n  Ana  ,  Lisbon  ')).toMatchObject({
      headers: ['name', 'city'],
      rows: [['Ana', 'Lisbon']],
    });
  });

  it('skips blank lines anywhere, including before the header, and keeps line numbers true', () => {
    const parsed = parseCsv('\n;;\nname;city\n\nAna;Lisbon\n   \n;;\nBo;Nice\n\n');
    expect(parsed.headers).toEqual(['name', 'city']);
    expect(parsed.rows).toEqual([
      ['Ana', 'Lisbon'],
      ['Bo', 'Nice'],
    ]);
    expect(parsed.lines).toEqual([5, 8]);
  });

  it('counts lines the same with CRLF, LF and old Mac CR', () => {
    for (const br of ['\r\n', '\n', '\r']) {
      const parsed = parseCsv(['name,role', 'Ana,"a', 'b"', '', 'Bo,c'].join(br));
      expect(parsed.lines).toEqual([2, 5]);
      expect(parsed.rows[0]?.[1]).toBe(`a${br}b`);
    }
  });

  it('pads short rows and drops cells beyond the last header', () => {
    const parsed = parseCsv('name,city,role\nAna\nBo,Nice,Mayor,extra,more\n');
    expect(parsed.rows).toEqual([
      ['Ana', '', ''],
      ['Bo', 'Nice', 'Mayor'],
    ]);
  });

  it('returns no rows for a header alone', () => {
    expect(parseCsv('\uFEFFname;city\r\n')).toEqual({ headers: ['name', 'city'], rows: [], lines: [], delimiter: ';' });
  });

  it('refuses an empty file', () => {
    for (const empty of ['', '\uFEFF', '\n\n', ' \r\n ', ';;;\n;;;']) {
      expect(expectFileError(() => parseCsv(empty)).message).toMatch(/empty/);
    }
  });

  it('refuses a quoted cell that is never closed, naming its line', () => {
    const error = expectFileError(() => parseCsv('name,role\nAna,Mayor\nBo,"Deputy\nCy,Officer\n'));
    expect(error.message).toMatch(/^Line 3:/);
  });

  it('round-trips what Papa writes, with any characters in the cells', () => {
    const headerCell = fc.string({
      unit: fc.constantFrom('a', 'b', 'é', 'ł', 'ș', 'ã', 'ü', 'Z', ' ', "'"),
      minLength: 1,
      maxLength: 8,
    });
    const cell = fc.string({
      unit: fc.constantFrom('x', 'É', 'ł', 'ș', 'ã', ' ', ',', ';', '\t', '"', '\n', '«', '»', '’'),
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5 }).chain((width) =>
          fc.record({
            header: fc.array(headerCell, { minLength: width, maxLength: width }),
            rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 }),
            delimiter: fc.constantFrom(',' as const, ';' as const, '\t' as const),
            newline: fc.constantFrom('\r\n', '\n'),
          }),
        ),
        ({ header, rows, delimiter, newline }) => {
          fc.pre(header.every((h) => h.trim() !== ''));
          const text = Papa.unparse([header, ...rows], { delimiter, newline, quotes: false });
          const parsed = parseCsv(text);
          expect(parsed.delimiter).toBe(delimiter);
          expect(parsed.headers).toEqual(header.map((h) => h.trim()));
          // expected: trimmed rows, the empty ones skipped, each on the line after the previous record
          const expectedRows: string[][] = [];
          const expectedLines: number[] = [];
          let line = 2;
          for (const row of rows) {
            const trimmed = row.map((c) => c.trim());
            if (trimmed.some((c) => c !== '')) {
              expectedRows.push(trimmed);
              expectedLines.push(line);
            }
            line += 1 + row.join('').split('\n').length - 1;
          }
          expect(parsed.rows).toEqual(expectedRows);
          expect(parsed.lines).toEqual(expectedLines);
        },
      ),
    );
  });
});

describe('guessMapping', () => {
  it('recognises English and French names whatever the case and accents', () => {
    expect(guessMapping(['NOM COMPLET', 'Structure', 'Territoire', 'Rôle', "Type d'organisme", 'E-mail'])).toEqual([
      'name',
      'organisation',
      'territory',
      'role',
      'orgType',
      'email',
    ]);
    expect(guessMapping(['Full Name', 'Organization', 'Commune', 'Job title', 'Sector', 'Mail'])).toEqual([
      'name',
      'organisation',
      'territory',
      'role',
      'orgType',
      'email',
    ]);
    expect(guessMapping(['participant', 'entreprise', 'ville', 'position', 'catégorie', 'courriel'])).toEqual([
      'name',
      'organisation',
      'territory',
      'role',
      'orgType',
      'email',
    ]);
    expect(guessMapping(['Nom', 'Organisme', 'Fonction', 'Type', 'Adresse e-mail *'])).toEqual([
      'name',
      'organisation',
      'role',
      'orgType',
      'email',
    ]);
  });

  it('maps first and last name columns to the two halves of the name, in any order', () => {
    expect(guessMapping(['First name', 'Last name', 'Email'])).toEqual(['firstName', 'lastName', 'email']);
    expect(guessMapping(['NOM', 'Prénom', 'Ville'])).toEqual(['lastName', 'firstName', 'territory']);
    expect(guessMapping(['Surname', 'Given name'])).toEqual(['lastName', 'firstName']);
    expect(guessMapping(['Name', 'First name'])).toEqual(['lastName', 'firstName']);
    expect(guessMapping(['Nom de famille', 'Prénom'])).toEqual(['lastName', 'firstName']);
  });

  it('keeps a bare "Nom" or "Name" as the whole name when there is no first-name column', () => {
    expect(guessMapping(['Nom', 'Ville'])).toEqual(['name', 'territory']);
    expect(guessMapping(['Name', 'Last name'])).toEqual(['name', 'lastName']);
    // a full-name header stays the full name even beside a first name
    expect(guessMapping(['Nom complet', 'Prénom'])).toEqual(['name', 'firstName']);
  });

  it('leaves unknown columns and repeated fields unmapped', () => {
    expect(guessMapping(['Name', 'Phone', 'City', 'Ville', '', 'Title'])).toEqual([
      'name',
      null,
      'territory',
      null,
      null,
      null,
    ]);
  });

  it('gives one entry per column', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (headers) => {
        const mapping = guessMapping(headers);
        expect(mapping).toHaveLength(headers.length);
        for (const field of mapping) expect(field === null || COLUMN_TARGETS.includes(field)).toBe(true);
        const named = mapping.filter((f) => f !== null);
        expect(new Set(named).size).toBe(named.length);
      }),
    );
  });
});

describe('normaliseOrgType', () => {
  const cases: [string, OrgType][] = [
    ['Ville', 'local-government'],
    ['Municipality', 'local-government'],
    ['City', 'local-government'],
    ['Mairie', 'local-government'],
    ['Métropole', 'local-government'],
    ['METROPOLE', 'local-government'],
    ['Collectivité', 'local-government'],
    ['Collectivité territoriale', 'local-government'],
    ["Communauté d'agglomération", 'local-government'],
    ['Local authority', 'local-government'],
    ['Agence publique', 'public-agency'],
    ['Chambre de commerce', 'public-agency'],
    ['CCI', 'public-agency'],
    ['PME', 'sme'],
    ['SME', 'sme'],
    ['SMEs', 'sme'],
    ['TPE', 'sme'],
    ['Entreprise', 'sme'],
    ['Start-up', 'startup'],
    ['startup', 'startup'],
    ['Start up', 'startup'],
    ['Grande entreprise', 'large-company'],
    ['Large company', 'large-company'],
    ['Multinational', 'large-company'],
    ['Université', 'university'],
    ['University', 'university'],
    ['Research', 'university'],
    ['Recherche', 'university'],
    ['Laboratoire', 'university'],
    ['Association', 'civil-society'],
    ['Associations', 'civil-society'],
    ['NGO', 'civil-society'],
    ['ONG', 'civil-society'],
    ['Non-profit', 'civil-society'],
    ['Habitant', 'resident'],
    ['Habitante', 'resident'],
    ['Resident', 'resident'],
    ['Citizen', 'resident'],
    ['Citoyen', 'resident'],
    ['International organisation', 'international'],
    ['Réseau de villes', 'international'],
    ['Autre', 'other'],
    ['Other', 'other'],
    // leading words: the rest of the label is ignored
    ['Association loi 1901', 'civil-society'],
    ['Université de Bordeaux', 'university'],
    ['Ville de Lisbonne', 'local-government'],
    ['Other (please specify)', 'other'],
  ];
  it.each(cases)('%s → %s', (raw, expected) => {
    expect(normaliseOrgType(raw)).toBe(expected);
  });

  it('accepts the canonical values themselves', () => {
    for (const t of ORG_TYPES) expect(normaliseOrgType(t)).toBe(t);
  });

  it('returns null for empty and unknown values', () => {
    for (const raw of ['', '   ', 'Banane', 'Public', 'Xyz ville', 'Syndicat mixte'])
      expect(normaliseOrgType(raw)).toBeNull();
  });
});

describe('applyMapping', () => {
  it('numbers rows from line 2 when no line numbers are given', () => {
    const rows = applyMapping([['Ana'], ['Bo']], ['name']);
    expect(rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('always sends name, and leaves out the other empty or unmapped fields', () => {
    const [row] = applyMapping([['', 'Lisbon', '', 'ignored']], ['name', 'territory', 'orgType', null]);
    expect(row?.values).toEqual({ name: '', territory: 'Lisbon' });
  });

  it('joins name columns in column order, skipping an empty part', () => {
    const mapping = ['name', 'name', 'name'] as const;
    expect(applyMapping([['Dupont', 'Marie', '']], mapping)[0]?.values.name).toBe('Dupont Marie');
    expect(applyMapping([['', 'Marie', 'Dupont']], mapping)[0]?.values.name).toBe('Marie Dupont');
  });

  it('writes the first name before the last name, whatever the order of the columns', () => {
    expect(applyMapping([['Lefèvre', 'Hélène']], ['lastName', 'firstName'])[0]?.values.name).toBe('Hélène Lefèvre');
    expect(applyMapping([['Hélène', 'Lefèvre']], ['firstName', 'lastName'])[0]?.values.name).toBe('Hélène Lefèvre');
    expect(applyMapping([['Lefèvre', '']], ['lastName', 'firstName'])[0]?.values.name).toBe('Lefèvre');
    expect(applyMapping([['', 'Hélène']], ['lastName', 'firstName'])[0]?.values.name).toBe('Hélène');
    // "Nom;Prénom" as a registration form exports it, end to end
    const parsed = parseCsv('Nom;Prénom;Organisme\nLefèvre;Hélène;Ville de Lyon\n');
    const [row] = applyMapping(parsed.rows, guessMapping(parsed.headers), parsed.lines);
    expect(row?.values).toEqual({ name: 'Hélène Lefèvre', organisation: 'Ville de Lyon', orgType: 'local-government' });
  });

  it('takes the first non-empty column when two map to the same other field', () => {
    const [row] = applyMapping([['Ana', '', 'Lisbon', 'Porto']], ['name', 'territory', 'territory', 'territory']);
    expect(row?.values.territory).toBe('Lisbon');
  });

  it('keeps an unknown type as written, so the server rejects that row by name', () => {
    const rows = applyMapping(
      [
        ['Ana', 'Mairie annexe'],
        ['Bo', 'Banane'],
      ],
      ['name', 'orgType'],
      [7, 9],
    );
    expect(rows[0]?.values.orgType).toBe('local-government');
    expect(rows[1]?.values.orgType).toBe('Banane');
    expect(validate(rows).rejected).toEqual([{ line: 9, field: 'orgType' }]);
  });

  it('cuts a huge cell to the contract limit so only its own row is rejected', () => {
    const huge = 'x'.repeat(LIMITS.description + 100);
    const rows = applyMapping([[huge, huge]], ['name', 'role']);
    expect(ImportRow.safeParse(rows[0]).success).toBe(true);
    expect(rows[0]?.values.role).toHaveLength(LIMITS.description);
    expect(validate(rows).rejected).toHaveLength(1);
  });

  it('tolerates rows shorter than the mapping', () => {
    expect(applyMapping([['Ana']], ['name', 'email'])[0]?.values).toEqual({ name: 'Ana' });
  });
});

describe('prepareImport: e-mails', () => {
  const mapping = ['name', 'email'] as const;

  it('drops a bad e-mail, keeps the person, and says so with the line and what the file held', () => {
    const { rows, warnings } = prepareImport(
      [
        ['Ana', 'ana@lisboa.example'],
        ['Bo', 'bo at nice'],
        ['Cy', 'cy@'],
        ['Di', ''],
      ],
      mapping,
      { lines: [2, 3, 5, 6] },
    );
    expect(rows.map((r) => r.values)).toEqual([
      { name: 'Ana', email: 'ana@lisboa.example' },
      { name: 'Bo' },
      { name: 'Cy' },
      { name: 'Di' },
    ]);
    expect(warnings).toEqual([
      { line: 3, field: 'email', kind: 'emailDropped', value: 'bo at nice' },
      { line: 5, field: 'email', kind: 'emailDropped', value: 'cy@' },
    ]);
    expect(validate(rows).rejected).toEqual([]);
  });

  it('never sends an e-mail the schema refuses', () => {
    fc.assert(
      fc.property(fc.string(), (email) => {
        const { rows, warnings } = prepareImport([['Ana', email]], mapping);
        const sent = rows[0]?.values.email;
        if (sent !== undefined) expect(ParticipantFields.shape.email.safeParse(sent).success).toBe(true);
        expect(warnings.length).toBe(sent === undefined && email.trim() !== '' ? 1 : 0);
        expect(validate(rows).rejected).toEqual([]);
      }),
    );
  });
});

describe('prepareImport: the type of organisation without a type column', () => {
  const rows = [
    ['Ana', 'Ville de Lyon'],
    ['Bo', 'Azur Mobility Lab'],
    ['Cy', ''],
  ];

  it('guesses it from the organisation’s name by default, and says which lines were guessed', () => {
    const prepared = prepareImport(rows, ['name', 'organisation']);
    expect(prepared.rows.map((r) => r.values.orgType)).toEqual(['local-government', undefined, undefined]);
    expect([...prepared.guessedTypes]).toEqual([[2, 'local-government']]);
  });

  it('sets one type for every row when asked, or none', () => {
    expect(prepareImport(rows, ['name', 'organisation'], { orgType: 'sme' }).rows.map((r) => r.values.orgType)).toEqual(
      ['sme', 'sme', 'sme'],
    );
    const none = prepareImport(rows, ['name', 'organisation'], { orgType: 'none' });
    expect(none.rows.map((r) => r.values.orgType)).toEqual([undefined, undefined, undefined]);
    expect(none.guessedTypes.size).toBe(0);
  });

  it('reads a type column when there is one, and never guesses over it', () => {
    const prepared = prepareImport(
      [
        ['Ana', 'Ville de Lyon', 'Association'],
        ['Bo', 'Ville de Nice', ''],
      ],
      ['name', 'organisation', 'orgType'],
      { orgType: 'sme' },
    );
    expect(prepared.rows.map((r) => r.values.orgType)).toEqual(['civil-society', undefined]);
    expect(prepared.guessedTypes.size).toBe(0);
  });
});

describe('guessOrgType (from an organisation’s name)', () => {
  const cases: [string, OrgType][] = [
    ['Ville de Montréal', 'local-government'],
    ["Ville d'Angers", 'local-government'],
    ['Mairie de Nice', 'local-government'],
    ['Bordeaux Métropole', 'local-government'],
    ["Métropole Nice Côte d'Azur", 'local-government'],
    ['Eurométropole de Strasbourg', 'local-government'],
    ['City of Lappeenranta, Business Services', 'local-government'],
    ['Lisbon City Council', 'local-government'],
    ['Câmara Municipal de Lisboa', 'local-government'],
    ['Urząd Miasta Łodzi', 'local-government'],
    ['Région Nouvelle-Aquitaine', 'local-government'],
    ['Conseil départemental de la Gironde', 'local-government'],
    ['Université de Bordeaux', 'university'],
    ['Lappeenranta University of Technology', 'university'],
    ['École des Ponts ParisTech', 'university'],
    ['Atelier Garonne Bois SARL', 'sme'],
    ['Dupont & Fils SAS', 'sme'],
    ['Stadtwerke Beratung GmbH', 'sme'],
    ['BeeTech Ltda', 'sme'],
    ['Green Bytes Ltd', 'sme'],
    ['Start-up Azur Mobility', 'startup'],
    ['Association "Les Amis du Tram"', 'civil-society'],
    ['Fondation pour la ville', 'civil-society'],
    ["Agence d'urbanisme de la Ville de Lyon", 'public-agency'],
    ['CCI Bordeaux Gironde', 'public-agency'],
    ['Association des maires de France', 'civil-society'],
    ['UCLG Committee on Digital and Knowledge-based Cities', 'international'],
  ];
  it.each(cases)('%s → %s', (name, expected) => {
    expect(guessOrgType(name)).toBe(expected);
  });

  it('stays out of it when the name says nothing of the kind', () => {
    for (const name of [
      '',
      'Cap Digital',
      'Azur Mobility Lab',
      'Lisboa E-Nova',
      'Krakowski Park Technologiczny',
      'Tehnopol Galați',
      'City Bikes', // a brand, not a city
      'Sassari Consulting', // "sas" only as a whole word
      'La Région en action', // "région" only as the first word
    ])
      expect(guessOrgType(name), name).toBeNull();
  });
});
