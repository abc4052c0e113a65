import { describe, expect, it } from 'vitest';
import { WorkshopFields } from '../schemas.ts';
import { hasVisibleText, visibleText } from './text.ts';

describe('visible text', () => {
  it('sees through zero-width characters, joiners, the BOM, soft hyphens and bidi controls', () => {
    for (const invisible of ['\u200B', '\u200C\u200D', '\uFEFF', '\u00AD', '\u202E', '\u2066\u2069', '\u2060 \u200E'])
      expect(hasVisibleText(invisible), JSON.stringify(invisible)).toBe(false);
    expect(visibleText('\u202EBike lanes\u202C ')).toBe('Bike lanes');
  });

  it('keeps what a reader sees: accents, scripts, emoji and their joiners in context', () => {
    for (const text of ['Łódź', 'نقل عام', '城市', '👩‍💻 Digital skills', 'a'])
      expect(hasVisibleText(text), text).toBe(true);
  });

  it('makes a required title that is only invisible characters a clear refusal', () => {
    const base = { format: 'mini-barcamp', date: '2026-03-12', language: 'en' } as const;
    const invisible = WorkshopFields.safeParse({ ...base, title: '\u200B\u202E \uFEFF' });
    expect(invisible.success).toBe(false);
    if (!invisible.success) expect(invisible.error.issues[0]?.message).toBe('a title is required');
    // Text with controls inside is kept as typed: the screens show it isolated.
    const kept = WorkshopFields.safeParse({ ...base, title: 'Smart \u202Eecnanrevog' });
    expect(kept.success && kept.data.title).toBe('Smart \u202Eecnanrevog');
  });
});
