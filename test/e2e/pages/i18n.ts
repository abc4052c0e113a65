/**
 * Finds English left on a screen that should be in French: every string of en.json that
 * fr.json translates differently is looked for in the page's visible text and in the names,
 * placeholders and tooltips that assistive tech and hover show.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';

type Messages = { [key: string]: string | Messages };

const I18N = resolve(import.meta.dirname, '../../../renderer/shared/i18n');
const FEATURES = ['vote', 'room', 'tickets', 'present', 'phone', 'grid'];
const readFile = (name: string) => JSON.parse(readFileSync(`${I18N}/${name}.json`, 'utf8')) as Messages;
/** All of a language's strings: the app's file and each feature's (see renderer/shared/i18n/index.ts). */
const read = (language: string): Messages =>
  Object.assign(readFile(language), ...FEATURES.map((f) => readFile(`${f}.${language}`)));

function flatten(messages: Messages, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else flatten(value, `${prefix}${key}.`, out);
  }
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** en.json strings that French says differently, as anchored patterns ("{{count}} topics" → /^.+ topics$/). */
function englishOnlyPatterns(): { key: string; pattern: RegExp }[] {
  const en = flatten(read('en'));
  const fr = flatten(read('fr'));
  const patterns: { key: string; pattern: RegExp }[] = [];
  for (const [key, text] of en) {
    if (fr.get(key) === text) continue;
    // Words shared by both languages ("Participants", "Pitch") say nothing, and a pattern that is
    // mostly placeholders ("{{sessions}} and {{breaks}}") would match any sentence.
    if (!/[a-z]{4}/i.test(text.replace(/\{\{\w+\}\}/g, ''))) continue;
    const source = text
      .split(/\{\{\w+\}\}/)
      .map(escapeRegExp)
      .join('.+');
    patterns.push({ key, pattern: new RegExp(`^${source}$`) });
  }
  return patterns;
}

/** Each visible text (an element's own text nodes), accessible label, placeholder and tooltip on the page. */
export async function visibleStrings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = new Set<string>();
    const add = (s: string | null | undefined) => {
      const text = s?.replace(/\s+/g, ' ').trim();
      if (text) found.add(text);
    };
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      // Text marked as another language (the switcher's "English") is meant to stay so.
      if (element.closest('[lang]')?.getAttribute('lang') !== document.documentElement.lang) continue;
      const isOption = element instanceof HTMLOptionElement;
      if (!isOption && !element.checkVisibility({ visibilityProperty: true })) {
        // Visually hidden text is still read out: keep it when only clipped, not when hidden.
        if (!element.closest('.visually-hidden')) continue;
      }
      if (isOption && !(element.closest('select') as HTMLElement | null)?.checkVisibility()) continue;
      add(
        Array.from(element.childNodes)
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent)
          .join(''),
      );
      for (const attribute of ['aria-label', 'placeholder', 'title']) add(element.getAttribute(attribute));
    }
    add(document.title);
    return Array.from(found);
  });
}

/** The English strings (with their en.json key) showing on a page that should be all French. */
export async function englishLeftovers(page: Page): Promise<string[]> {
  const patterns = englishOnlyPatterns();
  const leftovers: string[] = [];
  for (const text of await visibleStrings(page)) {
    for (const { key, pattern } of patterns) {
      if (pattern.test(text)) leftovers.push(`${key}: “${text}”`);
    }
  }
  return leftovers;
}
