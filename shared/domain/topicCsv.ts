/**
 * Topics from a spreadsheet: which column is which (English and French headers), the rows as
 * `ImportRow`s for `topics:import`, and the check each row goes through (`checkTopicRows`), run
 * by the core before it imports and by the import dialog for its preview, so both say the same.
 * Parsing the file itself is `parseCsv` (csv.ts): delimiters, BOM, quoted line breaks.
 *
 * Nothing is cut or guessed silently: a text over its limit is refused with its length, a theme
 * that is not one of the six is refused with what the file said, and a title already on the wall
 * (or twice in the file) is refused, ignoring case and accents.
 */
import type { ImportReport, ImportRow } from '../contract/setup.ts';
import { LIMITS, THEMES, type Theme, TopicFields } from '../schemas.ts';
import { hasVisibleText } from './text.ts';
import { normaliseForSearch } from './topicFilter.ts';

export const TOPIC_IMPORT_FIELDS = ['title', 'pitch', 'proposer', 'theme', 'tags'] as const;
export type TopicImportField = (typeof TOPIC_IMPORT_FIELDS)[number];
export type TopicColumnMapping = readonly (TopicImportField | null)[];
export type ImportRejection = ImportReport['rejected'][number];

/** Lower case, no accents, punctuation as spaces: "Mots-clés" → "mots cles", "Proposé par :" → "propose par". */
function key(text: string): string {
  return normaliseForSearch(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const HEADER_SYNONYMS: Record<TopicImportField, readonly string[]> = {
  title: [
    'title',
    'topic',
    'topic title',
    'subject',
    'session',
    'session title',
    'titre',
    'sujet',
    'titre du sujet',
    'intitule',
    'nom du sujet',
    'atelier',
  ],
  pitch: ['pitch', 'description', 'summary', 'abstract', 'details', 'resume', 'presentation', 'en quelques mots'],
  proposer: [
    'proposer',
    'proposed by',
    'author',
    'host',
    'speaker',
    'propose par',
    'proposee par',
    'porteur',
    'porteuse',
    'porteur du sujet',
    'porte par',
    'auteur',
    'autrice',
  ],
  theme: ['theme', 'axis', 'category', 'axe', 'thematique', 'categorie'],
  tags: ['tags', 'tag', 'keywords', 'key words', 'mots cles', 'mot cle', 'mots clefs', 'etiquettes'],
};

const HEADER_LOOKUP = new Map<string, TopicImportField>(
  TOPIC_IMPORT_FIELDS.flatMap((field) => HEADER_SYNONYMS[field].map((s) => [s, field] as const)),
);

/**
 * One guess per column (null: not imported), case- and accent-insensitive ("Thème", "THEME",
 * "theme" alike). Each field goes to its first matching column only; a later column with the
 * same meaning is left for the organiser to map by hand.
 */
export function guessTopicMapping(headers: readonly string[]): (TopicImportField | null)[] {
  const taken = new Set<TopicImportField>();
  return headers.map((header) => {
    const field = HEADER_LOOKUP.get(key(header)) ?? null;
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** How the six themes are written in English and French (the app's own labels included). */
const THEME_SYNONYMS: Record<Theme, readonly string[]> = {
  economy: ['economy', 'economie', 'economic', 'economique', 'smart economy'],
  governance: ['governance', 'gouvernance', 'smart governance'],
  people: ['people', 'population', 'habitants', 'citizens', 'citoyens', 'smart people'],
  mobility: ['mobility', 'mobilite', 'mobilites', 'transport', 'transports', 'smart mobility'],
  environment: ['environment', 'environnement', 'smart environment'],
  living: ['living', 'cadre de vie', 'quality of life', 'qualite de vie', 'smart living'],
};

const THEME_LOOKUP = new Map<string, Theme>(
  THEMES.flatMap((theme) => THEME_SYNONYMS[theme].map((s) => [key(s), theme] as const)),
);

/** A theme from what people write ("Économie", "MOBILITÉ", "cadre de vie"); null for none or one not known. */
export function themeFromText(raw: string): Theme | null {
  return THEME_LOOKUP.get(key(raw)) ?? null;
}

/** "open data; tiers-lieux, , Open data" → ["open data", "tiers-lieux"]: split on , or ;, trimmed, no repeats. */
export function splitTags(raw: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of raw.split(/[,;]/)) {
    const tag = part.trim();
    const id = normaliseForSearch(tag);
    if (tag === '' || seen.has(id)) continue;
    seen.add(id);
    tags.push(tag);
  }
  return tags;
}

/** Titles compared for duplicates: case, accents and spacing ignored ("Tiers-lieux" = "TIERS-LIEUX  " = "tiers-lieux"). */
export const titleKey = (title: string): string => normaliseForSearch(title).replace(/\s+/g, ' ').trim();

/**
 * Rows → `ImportRow`s, one per row, in order. Several columns mapped to the same field: the
 * first non-empty one wins. Empty cells are left out, so the defaults apply (no theme, no tags).
 * Values are passed as written: the core (`checkTopicRows`) decides, and nothing is cut here.
 */
export function prepareTopicRows(
  rows: readonly (readonly string[])[],
  mapping: TopicColumnMapping,
  lines?: readonly number[],
): ImportRow[] {
  return rows.map((row, i) => {
    const values: Record<string, string> = {};
    mapping.forEach((field, column) => {
      const cell = (row[column] ?? '').trim();
      if (field !== null && cell !== '') values[field] ??= cell;
    });
    values.title ??= '';
    return { line: lines?.[i] ?? i + 2, values };
  });
}

/**
 * The longest cell `topics:import` carries (`ImportRow`). Any longer cell is over every field's
 * limit anyway; `splitTransportable` keeps such rows out of the call and reports them itself.
 */
export const MAX_CELL = LIMITS.description;

const LENGTH_LIMITS = { title: LIMITS.title, pitch: LIMITS.pitch, proposer: LIMITS.name } as const;

/** "245 characters, at most 200": the reason a text is refused, its length counted as the schema counts it. */
export const tooLongReason = (length: number, max: number): string => `${length} characters, at most ${max}`;

export interface CheckedRow {
  line: number;
  fields: TopicFields;
}

/**
 * Each row checked against the rules of `TopicFields` and against the wall: returns the rows to
 * import, in file order, and a rejection per problem (a row can have several, each with its field).
 * A title already on the wall, or the same as an earlier row's, is refused by title
 * ("already on the wall as #5", "same title as line 3"), case- and accent-insensitive.
 */
export function checkTopicRows(
  rows: readonly ImportRow[],
  wall: readonly { title: string; seq: number }[],
): { accepted: CheckedRow[]; rejected: ImportRejection[] } {
  const onWall = new Map(wall.map((t) => [titleKey(t.title), t.seq]));
  const inFile = new Map<string, number>();
  const accepted: CheckedRow[] = [];
  const rejected: ImportRejection[] = [];
  for (const { line, values } of rows) {
    const problems: ImportRejection[] = [];
    const refuse = (field: TopicImportField, reason: string) => problems.push({ line, field, reason });
    const text = (field: 'title' | 'pitch' | 'proposer') => (values[field] ?? '').trim();

    const title = text('title');
    if (!hasVisibleText(title)) refuse('title', 'a title is required');
    else if (title.length > LENGTH_LIMITS.title) refuse('title', tooLongReason(title.length, LENGTH_LIMITS.title));
    else {
      const id = titleKey(title);
      const seq = onWall.get(id);
      const earlier = inFile.get(id);
      if (seq !== undefined) refuse('title', `already on the wall as #${seq}`);
      else if (earlier !== undefined) refuse('title', `same title as line ${earlier}`);
      else inFile.set(id, line);
    }
    for (const field of ['pitch', 'proposer'] as const) {
      const value = text(field);
      if (value.length > LENGTH_LIMITS[field]) refuse(field, tooLongReason(value.length, LENGTH_LIMITS[field]));
    }

    const themeText = (values.theme ?? '').trim();
    const theme = themeText === '' ? null : themeFromText(themeText);
    if (themeText !== '' && theme === null) refuse('theme', `unknown theme "${themeText}"`);

    const tags = splitTags(values.tags ?? '');
    const long = tags.find((tag) => tag.length > LIMITS.tag);
    if (long !== undefined) refuse('tags', `tag "${long}": ${tooLongReason(long.length, LIMITS.tag)}`);
    else if (tags.length > LIMITS.tags) refuse('tags', `${tags.length} tags, at most ${LIMITS.tags}`);

    if (problems.length > 0) {
      rejected.push(...problems);
      continue;
    }
    // The schema has the last word (invisible characters, trimming); the checks above match it.
    const parsed = TopicFields.safeParse({ title, pitch: text('pitch'), proposer: text('proposer'), theme, tags });
    if (parsed.success) accepted.push({ line, fields: parsed.data });
    else {
      const issue = parsed.error.issues[0];
      rejected.push({ line, field: String(issue?.path[0] ?? 'title'), reason: issue?.message ?? 'not valid' });
    }
  }
  return { accepted, rejected };
}

/**
 * Rows that can travel in one `topics:import` call, and those that cannot because a cell is
 * longer than any field allows (`MAX_CELL`), reported here with the same reason the core gives.
 */
export function splitTransportable(rows: readonly ImportRow[]): { send: ImportRow[]; rejected: ImportRejection[] } {
  const send: ImportRow[] = [];
  const rejected: ImportRejection[] = [];
  for (const row of rows) {
    const over = Object.entries(row.values).filter(([, value]) => value.length > MAX_CELL);
    if (over.length === 0) {
      send.push(row);
      continue;
    }
    for (const [field, value] of over) {
      const max = field in LENGTH_LIMITS ? LENGTH_LIMITS[field as keyof typeof LENGTH_LIMITS] : MAX_CELL;
      rejected.push({ line: row.line, field, reason: tooLongReason(value.length, max) });
    }
  }
  return { send, rejected };
}
