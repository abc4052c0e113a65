/**
 * Participants from a spreadsheet: parse the CSV, guess which column is which, and turn the
 * rows into `ImportRow`s for `participants:import`. Runs in the renderer (preview and column
 * mapping) and in the CLI; the core validates each row with `ParticipantFields` and reports
 * the rejected ones by line, so nothing here decides whether a row is valid.
 */
import Papa from 'papaparse';
import type { ImportRow } from '../contract/index.ts';
import { DomainError } from '../result.ts';
import { LIMITS, ORG_TYPES, type OrgType, ParticipantFields } from '../schemas.ts';
import { normaliseForSearch } from './topicFilter.ts';

export type CsvDelimiter = ',' | ';' | '\t';

export interface ParsedCsv {
  /** The first non-empty line, trimmed. */
  headers: string[];
  /** Every later non-empty record, trimmed, padded with '' to the number of headers. */
  rows: string[][];
  /**
   * `lines[i]` is the line in the file where `rows[i]` starts, 1-based, so the header is
   * line 1 in an ordinary file. Not simply i + 2: empty lines are skipped and a quoted cell
   * can span several lines, and the organiser must be able to find "line 14" in a text
   * editor. It is also the spreadsheet row number unless an earlier cell holds a line break.
   */
  lines: number[];
  delimiter: CsvDelimiter;
}

const DELIMITERS: readonly CsvDelimiter[] = [';', '\t', ','];

/**
 * The delimiter is read from the header line alone: it is the one line every participant
 * list has, it rarely holds quoted text, and it is where a spreadsheet's choice shows
 * (French Excel writes ';' because ',' is the decimal separator). Papa's own guess looks at
 * field counts over the first rows and falls back to ',' as soon as a blank line or a ragged
 * row appears, which real exports have. The most frequent candidate outside quotes wins;
 * with none (a single column) ',' is as good as any.
 */
function detectDelimiter(headerLine: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const c of headerLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && counts.has(c as CsvDelimiter))
      counts.set(c as CsvDelimiter, (counts.get(c as CsvDelimiter) ?? 0) + 1);
  }
  let best: CsvDelimiter = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const n = counts.get(d) ?? 0;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Parses a participants CSV (already decoded as text; the file reader decodes UTF-8).
 * Strips a UTF-8 byte-order mark (Excel's "CSV UTF-8" writes one), detects ',' ';' or tab,
 * trims cells, skips lines with no content (including Excel's ";;;;" lines), and keeps every
 * character as written (é, ł, ș, ã, ü …: nothing is transliterated).
 *
 * Throws `DomainError('invalid_input', …, 'file')` when there is no header row, or when a
 * quoted cell is never closed: Papa would otherwise swallow the rest of the file into that
 * one cell and the import would silently lose every later participant.
 */
export function parseCsv(text: string): ParsedCsv {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Excel sometimes leaves ";;;;" lines above the table: they are not the header.
  const firstContent = body.split(/\r\n|\n|\r/).find((line) => /[^\s,;]/.test(line));
  if (firstContent === undefined) {
    throw new DomainError('invalid_input', 'The file is empty: the first line must name the columns.', 'file');
  }
  const delimiter = detectDelimiter(firstContent);

  const records: { cells: string[]; line: number }[] = [];
  let newlineChar: '\n' | '\r' | null = null;
  let counted = 0; // offset up to which line breaks have been counted
  let line = 1;
  let start = 0; // offset where the current record starts
  let unclosedAt = null as number | null; // set inside the step callback
  Papa.parse<string[]>(body, {
    delimiter,
    skipEmptyLines: false, // done below, so the line count stays right
    step: (result) => {
      // Papa settles the line break ('\r\n', '\n' or old Mac '\r') before the first record.
      newlineChar ??= result.meta.linebreak.includes('\n') ? '\n' : '\r';
      // Lines start where the previous record's cursor stopped: count the breaks before it.
      for (let i = counted; i < start; i++) if (body[i] === newlineChar) line++;
      counted = start;
      if (result.errors.some((e) => e.code === 'MissingQuotes')) unclosedAt = line;
      const cells = result.data.map((cell) => cell.trim());
      if (cells.some((cell) => cell !== '')) records.push({ cells, line });
      start = result.meta.cursor;
    },
  });
  if (unclosedAt !== null) {
    throw new DomainError(
      'invalid_input',
      `Line ${unclosedAt}: a quoted cell is never closed (a " is missing), so the rest of the file cannot be read.`,
      'file',
    );
  }

  const [header, ...data] = records;
  // Cannot happen (firstContent has content), but keeps the types honest.
  if (header === undefined) throw new DomainError('invalid_input', 'The file has no header row.', 'file');
  const headers = header.cells;
  const width = headers.length;
  // Shorter rows are padded (Excel drops trailing empty cells); cells beyond the last header
  // have no column to map to and are dropped.
  const rows = data.map(({ cells }) =>
    cells.length === width ? cells : Array.from({ length: width }, (_, i) => cells[i] ?? ''),
  );
  return { headers, rows, lines: data.map((r) => r.line), delimiter };
}

export const PARTICIPANT_FIELDS = ['name', 'organisation', 'territory', 'role', 'orgType', 'email'] as const;
export type ParticipantField = (typeof PARTICIPANT_FIELDS)[number];

/**
 * What a column can be mapped to: a participant's field, or one half of the name. First and
 * last name columns are joined into `name` as "first last" whatever their order in the file
 * ("Nom;Prénom" → "Hélène Lefèvre"), the usual order in English and French alike.
 */
export const COLUMN_TARGETS = [
  'name',
  'firstName',
  'lastName',
  'organisation',
  'territory',
  'role',
  'orgType',
  'email',
] as const;
export type ColumnTarget = (typeof COLUMN_TARGETS)[number];
export type ColumnMapping = readonly (ColumnTarget | null)[];

/** Lower case, no accents, punctuation as spaces: "Type d'organisation *" → "type d organisation". */
function key(text: string): string {
  return normaliseForSearch(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const HEADER_SYNONYMS: Record<ColumnTarget, readonly string[]> = {
  name: [
    'name',
    'full name',
    'participant',
    'participant name',
    'attendee',
    'nom',
    'nom complet',
    'nom et prenom',
    'nom prenom',
    'prenom nom',
    'prenom et nom',
    'nom du participant',
    'participant e',
  ],
  firstName: ['first name', 'firstname', 'given name', 'forename', 'prenom', 'prenoms'],
  lastName: ['last name', 'lastname', 'surname', 'family name', 'nom de famille', 'nom d usage'],
  organisation: [
    'organisation',
    'organization',
    'organisation name',
    'organization name',
    'company',
    'institution',
    'employer',
    'affiliation',
    'organisme',
    'structure',
    'nom de la structure',
    'entreprise',
    'societe',
    'etablissement',
    'employeur',
  ],
  territory: ['city', 'town', 'territory', 'municipality', 'region', 'ville', 'territoire', 'commune', 'localite'],
  role: [
    'role',
    'position',
    'job title',
    'job',
    // not 'title'/'titre': in registration exports that is usually "Mr/Ms/Dr"
    'function',
    'occupation',
    'fonction',
    'poste',
    'intitule du poste',
    'qualite',
  ],
  orgType: [
    'type',
    'type of organisation',
    'type of organization',
    'organisation type',
    'organization type',
    'category',
    'sector',
    'type d organisation',
    'type d organisme',
    'type de structure',
    'categorie',
    'secteur',
  ],
  email: [
    'email',
    'e mail',
    'mail',
    'email address',
    'e mail address',
    'courriel',
    'adresse mail',
    'adresse e mail',
    'adresse email',
    'adresse electronique',
    'mel',
  ],
};

const HEADER_LOOKUP = new Map<string, ColumnTarget>(
  COLUMN_TARGETS.flatMap((field) => HEADER_SYNONYMS[field].map((s) => [s, field] as const)),
);

/**
 * One guess per column (null: not imported), from English and French header names, case-
 * and accent-insensitive ("Rôle", "ROLE", "role" alike; "E-mail" as "email").
 *
 * Each target is given to its first matching column only: a later duplicate (a second
 * "Ville") is left unmapped, since a guess that two columns are the same field is more often
 * wrong than right; the organiser can map it by hand.
 *
 * First and last names: "Prénom", "First name", "Given name" are the first name; "Nom de
 * famille", "Last name", "Surname" the last name. A bare "Nom" or "Name" is the whole name,
 * except beside a first-name column, where it can only be the last name ("Nom;Prénom").
 */
export function guessMapping(headers: readonly string[]): (ColumnTarget | null)[] {
  const guesses = headers.map((header) => HEADER_LOOKUP.get(key(header)) ?? null);
  const splitName = guesses.includes('firstName') && !guesses.includes('lastName');
  const taken = new Set<ColumnTarget>();
  return headers.map((header, column) => {
    let field = guesses[column] ?? null;
    if (field === 'name' && splitName && BARE_NAME.has(key(header))) field = 'lastName';
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** Headers that name the whole name alone, and the last name beside a first-name column. */
const BARE_NAME = new Set(['nom', 'name']);

const ORG_TYPE_SYNONYMS: Record<OrgType, readonly string[]> = {
  'local-government': [
    'local government',
    'local authority',
    'city',
    'city council',
    'city hall',
    'town hall',
    'municipality',
    'metropolis',
    'metropolitan authority',
    'region',
    'ville',
    'mairie',
    'hotel de ville',
    'commune',
    'municipalite',
    'metropole',
    'collectivite',
    'collectivite territoriale',
    'collectivite locale',
    'agglomeration',
    'communaute d agglomeration',
    'communaute urbaine',
    'communaute de communes',
    'intercommunalite',
    'epci',
    'departement',
    'conseil departemental',
    'conseil regional',
    'eurometropole',
  ],
  'public-agency': [
    'public agency',
    'agency',
    'government agency',
    'public body',
    'development agency',
    'chamber of commerce',
    'agence',
    'agence publique',
    'agence de developpement',
    'etablissement public',
    'chambre de commerce',
    'cci',
    'service de l etat',
    'state',
    'etat',
  ],
  // A bare "company" is most often a small one at these workshops; large ones say so.
  sme: [
    'sme',
    'smes',
    'small business',
    'small company',
    'small and medium enterprise',
    'small and medium sized enterprise',
    'company',
    'business',
    'private company',
    'private sector',
    'pme',
    'tpe',
    'pmi',
    'pme pmi',
    'tpe pme',
    'entreprise',
    'petite entreprise',
    'secteur prive',
  ],
  startup: ['startup', 'start up', 'scale up', 'scaleup', 'jeune pousse'],
  'large-company': [
    'large company',
    'large enterprise',
    'large business',
    'corporation',
    'multinational',
    'industry',
    'manufacturer',
    'grande entreprise',
    'grand groupe',
    'groupe',
    'eti',
    'industriel',
  ],
  university: [
    'university',
    'research',
    'research centre',
    'research center',
    'research institute',
    'academia',
    'academic',
    'higher education',
    'school',
    'business school',
    'laboratory',
    'universite',
    'recherche',
    'centre de recherche',
    'laboratoire',
    'enseignement superieur',
    'ecole',
    'grande ecole',
  ],
  'civil-society': [
    'civil society',
    'ngo',
    'non profit',
    'nonprofit',
    'charity',
    'foundation',
    'association',
    'societe civile',
    'ong',
    'fondation',
    'collectif',
  ],
  resident: [
    'resident',
    'citizen',
    'inhabitant',
    'individual',
    'habitant',
    'habitante',
    'citoyen',
    'citoyenne',
    'particulier',
  ],
  international: [
    'international',
    'international organisation',
    'international organization',
    'city network',
    'network of cities',
    'organisation internationale',
    'reseau de villes',
    'reseau international',
  ],
  other: ['other', 'others', 'autre', 'autres', 'divers'],
};

const ORG_TYPE_LOOKUP = new Map<string, OrgType>([
  // the canonical values themselves, e.g. from a file Agora exported
  ...ORG_TYPES.map((t) => [key(t), t] as const),
  ...ORG_TYPES.flatMap((t) => ORG_TYPE_SYNONYMS[t].map((s) => [key(s), t] as const)),
]);

/**
 * Maps what people write in a "type" column to an `OrgType`, in English or French, case-
 * and accent-insensitive: "Ville", "Mairie", "Métropole", "Municipality" → 'local-government';
 * "PME"/"SME" → 'sme'; "Start-up" → 'startup'; "Université"/"Research" → 'university';
 * "Association"/"NGO"/"ONG" → 'civil-society'; "Habitant"/"Citizen" → 'resident' …
 *
 * Also tries the singular ("Associations") and then ever shorter leading words, so
 * "Association loi 1901", "Université de Bordeaux" and "Ville de Lisbonne" are recognised
 * while "Grande entreprise" stays 'large-company' (the longest match wins).
 * Returns null for an empty or unrecognised value.
 */
export function normaliseOrgType(raw: string): OrgType | null {
  const words = key(raw).split(' ').filter(Boolean);
  for (let n = words.length; n > 0; n--) {
    const candidate = words.slice(0, n).join(' ');
    const found =
      ORG_TYPE_LOOKUP.get(candidate) ??
      (candidate.endsWith('s') ? ORG_TYPE_LOOKUP.get(candidate.slice(0, -1)) : undefined);
    if (found !== undefined) return found;
  }
  return null;
}

/**
 * A guess at the type of an organisation from its name, for files without a type column:
 * "Ville de Lyon", "Mairie de Nice", "Bordeaux Métropole", "City of Lisbon" → local government;
 * "Université de Bordeaux", "École des Ponts", "University of Turku" → university; a company's
 * legal form ("SARL", "SAS", "GmbH", "Ltd") → SME; "start-up" → start-up; "Association …",
 * "Fondation …", "NGO" → civil society; "Agence …", "Chambre de commerce" → public agency.
 *
 * Conservative on purpose: only words that say what the organisation is count, whole words
 * only (a few only as the first word), and when several do the first one in the name wins ("Agence d'urbanisme de la Ville
 * de Lyon" is an agency, "Association des maires" an association). Anything else gives null
 * (the participant is then filed as 'other'), never a guess from a place or brand name.
 */
export function guessOrgType(organisation: string): OrgType | null {
  const words = ` ${key(organisation)} `;
  if (words.trim() === '') return null;
  let best: { at: number; type: OrgType } | null = null;
  for (const [hint, type] of ORG_NAME_HINTS) {
    const first = hint.startsWith('^');
    const phrase = ` ${first ? hint.slice(1) : hint} `;
    const at = first ? (words.startsWith(phrase) ? 0 : -1) : words.indexOf(phrase);
    if (at >= 0 && (best === null || at < best.at)) best = { at, type };
  }
  return best?.type ?? null;
}

/** Words in an organisation's name that say what it is (compared as `key()` writes them). */
const ORG_NAME_HINTS: readonly (readonly [string, OrgType])[] = [
  ...(
    [
      'ville de',
      'ville d',
      'mairie',
      'hotel de ville',
      'commune de',
      'commune d',
      'metropole',
      'eurometropole',
      'conseil departemental',
      'conseil regional',
      // only as the first word: "Région Occitanie", not "Agence … de la région"
      '^departement',
      '^region',
      'communaute d agglomeration',
      'communaute urbaine',
      'communaute de communes',
      'agglomeration',
      'camara municipal',
      'prefeitura',
      'urzad miasta',
      'city of',
      'town of',
      'city council',
      'city hall',
      'town hall',
      'municipality',
      'municipality of',
      'county council',
      'borough council',
      'metropolitan authority',
      'stadt',
      'gemeente',
      'ayuntamiento',
      'comune di',
    ] as const
  ).map((p) => [p, 'local-government'] as const),
  ...(
    [
      'agence',
      'agency',
      'chambre de commerce',
      'chamber of commerce',
      'cci',
      'etablissement public',
      'caisse des depots',
    ] as const
  ).map((p) => [p, 'public-agency'] as const),
  ...(
    [
      'universite',
      'university',
      'universidade',
      'universidad',
      'universita',
      'universitat',
      'uniwersytet',
      'ecole',
      'school of',
      'business school',
      'polytechnique',
      'politecnico',
      'institute of technology',
      'laboratoire',
      'research institute',
      'institut de recherche',
      'cnrs',
      'inria',
      'inrae',
      'cerema',
    ] as const
  ).map((p) => [p, 'university'] as const),
  ...(['start up', 'startup', 'jeune pousse'] as const).map((p) => [p, 'startup'] as const),
  // Legal forms of small and medium companies; "SA", "AG" or "plc" say nothing of the size.
  ...(
    [
      'sarl',
      'sas',
      'sasu',
      'eurl',
      'scop',
      'gmbh',
      'ltd',
      'limited',
      'llc',
      'ltda',
      'srl',
      'sp z o o',
      'oy',
      'bv',
      'pme',
      'tpe',
    ] as const
  ).map((p) => [p, 'sme'] as const),
  ...(['association', 'fondation', 'foundation', 'ngo', 'ong', 'collectif', 'charity'] as const).map(
    (p) => [p, 'civil-society'] as const,
  ),
  ...(
    [
      'uclg',
      'cglu',
      'eurocities',
      'iclei',
      'united nations',
      'un habitat',
      'oecd',
      'ocde',
      'world bank',
      'banque mondiale',
      'european commission',
      'commission europeenne',
    ] as const
  ).map((p) => [p, 'international'] as const),
];

/** How the type of organisation is set when no column holds it. */
export type OrgTypeRule = 'guess' | OrgType | 'none';

export interface ImportWarning {
  /** The row's line in the file, as `ImportRow.line`. */
  line: number;
  field: ParticipantField;
  /** `emailDropped`: not an address, so the person is imported without it. */
  kind: 'emailDropped';
  /** What the file held. */
  value: string;
}

export interface PreparedImport {
  rows: ImportRow[];
  /** Changes made to a row that still goes through: shown in the report, never silent. */
  warnings: ImportWarning[];
  /** Lines whose type of organisation was guessed from the organisation's name, with the guess. */
  guessedTypes: Map<number, OrgType>;
}

export interface PrepareOptions {
  /** `parseCsv(...).lines`; without it, row i is taken to be on line i + 2. */
  lines?: readonly number[];
  /**
   * Only when no column is mapped to the type: 'guess' (the default) reads it from the
   * organisation's name (`guessOrgType`), an `OrgType` sets it for every row, 'none' leaves it
   * to the default ('other').
   */
  orgType?: OrgTypeRule;
}

const EMAIL = ParticipantFields.shape.email;

/**
 * Rows → `ImportRow`s, one per row, in order, with what was changed on the way.
 *
 * - Several columns mapped to `name` are joined with a space in column order; first and last
 *   name columns are joined as "first last" whatever their order in the file.
 *   For the other fields the first non-empty mapped column wins.
 * - `name` is always present (possibly ''), so the server reports "a name is required" for
 *   that line. Other empty fields are left out, so the schema's defaults apply (an empty
 *   type becomes 'other').
 * - An e-mail the schema would refuse is left out, so the person is imported without it, and
 *   a warning names the line and what the file held: a typo in an address is no reason to
 *   leave someone off the list.
 * - `orgType` goes through `normaliseOrgType`. An unrecognised value is kept as written
 *   rather than turned into 'other': the server's enum then rejects that row and the report
 *   names its line and the field, so the organiser can fix the file. Quietly filing
 *   "Syndicat mixte" under 'other' would lose what they meant and nobody would notice.
 *   With no type column, `options.orgType` decides (see `PrepareOptions`).
 * - A cell longer than the contract allows for any value is cut to that limit, so one
 *   pasted essay rejects its own row (every field's limit is far below it) instead of
 *   failing the whole import call.
 */
export function prepareImport(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  options: PrepareOptions = {},
): PreparedImport {
  const typeColumn = mapping.includes('orgType');
  const rule = options.orgType ?? 'guess';
  const warnings: ImportWarning[] = [];
  const guessedTypes = new Map<number, OrgType>();
  const prepared = rows.map((row, i) => {
    const line = options.lines?.[i] ?? i + 2;
    const parts: Record<'firstName' | 'name' | 'lastName', string[]> = { firstName: [], name: [], lastName: [] };
    const values: Record<string, string> = {};
    mapping.forEach((field, column) => {
      if (field === null) return;
      const cell = (row[column] ?? '').trim().slice(0, LIMITS.description);
      if (cell === '') return;
      if (field === 'name' || field === 'firstName' || field === 'lastName') parts[field].push(cell);
      else values[field] ??= cell;
    });
    values.name = [...parts.firstName, ...parts.name, ...parts.lastName].join(' ').slice(0, LIMITS.description);
    if (values.email !== undefined && !EMAIL.safeParse(values.email).success) {
      warnings.push({ line, field: 'email', kind: 'emailDropped', value: values.email });
      delete values.email;
    }
    if (typeColumn) {
      if (values.orgType !== undefined) values.orgType = normaliseOrgType(values.orgType) ?? values.orgType;
    } else if (rule === 'guess') {
      const guess = values.organisation === undefined ? null : guessOrgType(values.organisation);
      if (guess !== null) {
        values.orgType = guess;
        guessedTypes.set(line, guess);
      }
    } else if (rule !== 'none') {
      values.orgType = rule;
    }
    return { line, values };
  });
  return { rows: prepared, warnings, guessedTypes };
}

/** `prepareImport(...).rows`: the rows alone, for callers that show no report (`lines` as there). */
export function applyMapping(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  lines?: readonly number[],
  orgType: OrgTypeRule = 'guess',
): ImportRow[] {
  return prepareImport(rows, mapping, { ...(lines ? { lines } : {}), orgType }).rows;
}
