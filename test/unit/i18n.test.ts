/**
 * Every string file under renderer/shared/i18n comes in one copy per language: en.json/fr.json,
 * vote.en.json/vote.fr.json, present.*, phone.*. A key missing in French shows English on a
 * French screen (i18next falls back); an empty string shows nothing; a placeholder missing or
 * misspelt shows a literal "{{count}}" or drops a name. The files are discovered, not listed,
 * so a new feature's pair is checked as soon as it exists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(import.meta.dirname, '../../renderer/shared/i18n');
const REFERENCE = 'en';

/** "vote.fr.json" → {feature: 'vote', lang: 'fr'}; "fr.json" → {feature: '', lang: 'fr'}. */
function parseName(file: string): { feature: string; lang: string } | null {
  const m = /^(?:([a-z][a-z0-9-]*)\.)?([a-z]{2})\.json$/.exec(file);
  return m ? { feature: m[1] ?? '', lang: m[2]! } : null;
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const parsed = files.map((file) => ({ file, name: parseName(file) }));
const languages = [...new Set(parsed.flatMap((p) => (p.name ? [p.name.lang] : [])))].sort();
const features = [...new Set(parsed.flatMap((p) => (p.name ? [p.name.feature] : [])))].sort();
const fileOf = (feature: string, lang: string) => (feature ? `${feature}.${lang}.json` : `${lang}.json`);

function load(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, unknown>;
}

/** Nested keys flattened to "a.b.c" → value; anything that is not an object is a leaf. */
function flatten(node: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    for (const [k, v] of Object.entries(node)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.set(prefix, node);
  return out;
}

/** {{count}}, {{- name}}, {{date, datetime}} → count, name, date. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*-?\s*([^},\s]+)[^}]*\}\}/g)].map((m) => m[1]!).sort();
}

/** i18next plural forms other than _other, where a language may say "one" or "the" instead of {{count}}. */
const SINGULAR_PLURAL = /_(zero|one|two)$/;

describe('i18n string files', () => {
  it('are all named <lang>.json or <feature>.<lang>.json, in English and French', () => {
    expect(parsed.filter((p) => !p.name).map((p) => p.file)).toEqual([]);
    expect(languages).toEqual(expect.arrayContaining(['en', 'fr']));
    expect(features).toEqual(expect.arrayContaining(['', 'vote', 'present', 'phone']));
  });

  for (const feature of features) {
    const label = fileOf(feature, '*');
    describe(label, () => {
      it('exists in every language', () => {
        for (const lang of languages)
          expect(files, `${fileOf(feature, lang)} is missing`).toContain(fileOf(feature, lang));
      });

      const reference = files.includes(fileOf(feature, REFERENCE)) ? flatten(load(fileOf(feature, REFERENCE))) : null;

      for (const lang of languages) {
        const file = fileOf(feature, lang);
        if (!files.includes(file)) continue;
        const strings = flatten(load(file));

        it(`${file}: every value is a non-empty string`, () => {
          const bad = [...strings].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
          expect(bad, `empty or non-string values in ${file}`).toEqual([]);
        });

        if (!reference || lang === REFERENCE) continue;

        it(`${file}: has the same keys as ${fileOf(feature, REFERENCE)}`, () => {
          const missing = [...reference.keys()].filter((k) => !strings.has(k));
          const extra = [...strings.keys()].filter((k) => !reference.has(k));
          expect({ missing, extra }).toEqual({ missing: [], extra: [] });
        });

        it(`${file}: uses the same {{placeholders}} as ${fileOf(feature, REFERENCE)} in every string`, () => {
          const mismatched: string[] = [];
          for (const [key, value] of strings) {
            const other = reference.get(key);
            if (typeof value !== 'string' || typeof other !== 'string') continue;
            let mine = placeholders(value);
            let theirs = placeholders(other);
            if (SINGULAR_PLURAL.test(key)) {
              // "Remplace le créneau existant." is a correct _one form without {{count}}
              mine = mine.filter((p) => p !== 'count');
              theirs = theirs.filter((p) => p !== 'count');
            }
            if (mine.join() !== theirs.join())
              mismatched.push(`${key}: ${lang} {${mine.join(', ')}} vs ${REFERENCE} {${theirs.join(', ')}}`);
          }
          expect(mismatched).toEqual([]);
        });
      }
    });
  }

  it('never reuse a top-level key across the files of one language (they are merged shallowly)', () => {
    // renderer/shared/i18n/index.ts spreads {...en, ...voteEn, ...presentEn, ...phoneEn}: a second
    // "common" would replace the first one whole, and its strings would vanish from the UI.
    for (const lang of languages) {
      const seen = new Map<string, string>();
      const clashes: string[] = [];
      for (const feature of features) {
        const file = fileOf(feature, lang);
        if (!files.includes(file)) continue;
        for (const key of Object.keys(load(file))) {
          const first = seen.get(key);
          if (first) clashes.push(`"${key}" in ${first} and ${file}`);
          else seen.set(key, file);
        }
      }
      expect(clashes).toEqual([]);
    }
  });
});

describe('placeholders()', () => {
  it('reads the forms i18next interpolates', () => {
    expect(placeholders('{{count}} topics by {{ name }}')).toEqual(['count', 'name']);
    expect(placeholders('{{- title}} on {{date, datetime}}')).toEqual(['date', 'title']);
    expect(placeholders('no placeholder, {single} braces')).toEqual([]);
  });
});
