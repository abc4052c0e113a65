import { describe, expect, it } from 'vitest';
import { charGrams, fold, tokenize } from './tokenize.ts';

const terms = (text: string) => tokenize(text).words.map((w) => w.term);

describe('fold', () => {
  it('removes accents and case, so spellings of one word meet', () => {
    expect(fold('Mobilité')).toBe('mobilite');
    expect(fold('MOBILITÉ')).toBe('mobilite');
    expect(fold('Łódź')).toBe('lodz');
    expect(fold('Ćwiczenia źródła żółć ąę')).toBe('cwiczenia zrodla zolc ae');
  });

  it('folds both Romanian spellings: comma below (ș ț) and the old cedilla (ş ţ)', () => {
    expect(fold('Școală Țară')).toBe('scoala tara');
    expect(fold('Şcoală Ţară')).toBe('scoala tara');
  });

  it('unifies compatibility forms (full-width, ligatures) and the letters NFKD keeps whole', () => {
    expect(fold('Ｍｏｂｉ ﬁnance Œuvre straße')).toBe('mobi finance oeuvre strasse');
  });

  it('keeps Japanese voicing marks and Hangul whole (they are not accents)', () => {
    expect(fold('が')).toBe('が');
    expect(fold('한국')).toBe('한국');
  });
});

describe('tokenize', () => {
  it('keeps the spelling as typed beside the folded term, for labels', () => {
    expect(tokenize('Mobilité douce').words).toEqual([
      { term: 'mobilite', surface: 'Mobilité' },
      { term: 'douce', surface: 'douce' },
    ]);
  });

  it('drops stop words of each language and one-letter leftovers of elisions', () => {
    expect(terms("Comment améliorer l'énergie de la ville ?")).toEqual(['ameliorer', 'energie', 'ville']);
    expect(terms('How can we improve the bus network')).toEqual(['improve', 'bus', 'network']);
    expect(terms('Jak poprawić komunikację w mieście')).toEqual(['poprawic', 'komunikacje', 'miescie']);
    expect(terms('Cum facem transportul public mai bun și pentru bătrâni')).toEqual([
      'facem',
      'transportul',
      'public',
      'bun',
      'batrani',
    ]);
  });

  it('splits on punctuation and keeps numbers', () => {
    expect(terms('Vélos-cargos, 15 minutes... (ville du quart d’heure)!')).toEqual([
      'velos',
      'cargos',
      '15',
      'minutes',
      'ville',
      'quart',
      'heure',
    ]);
  });

  it('gives Chinese unigrams and bigrams, without the function characters', () => {
    expect(terms('共享单车')).toEqual(['共', '共享', '享', '享单', '单', '单车', '车']);
    // 的 is a stop character: it ends a run, so no pair holds it.
    expect(terms('城市的交通')).toEqual(['城', '城市', '市', '交', '交通', '通']);
    expect(terms('如何改善')).toEqual(['改', '改善', '善']);
  });

  it('splits a run where Latin meets Han ("5G基站")', () => {
    expect(terms('5G基站')).toEqual(['5g', '基', '基站', '站']);
  });

  it('makes an emoji a token, and n-grams only of words', () => {
    const t = tokenize('🚲 Vélo');
    expect(t.words.map((w) => w.term)).toEqual(['🚲', 'velo']);
    expect(t.grams).toEqual(charGrams('velo'));
  });

  it('gives no token for punctuation or invisible characters only', () => {
    expect(tokenize('?!… — \u200b\u202e')).toEqual({ words: [], grams: [] });
  });
});

describe('charGrams', () => {
  it('has boundary markers, so plurals and accents share most grams', () => {
    expect(charGrams('velo')).toEqual(['<ve', 'vel', 'elo', '<vel', 'velo', 'elo>']);
    const shared = (a: string, b: string) => {
      const g = new Set(charGrams(fold(a)));
      const h = charGrams(fold(b));
      return h.filter((x) => g.has(x)).length / h.length;
    };
    expect(shared('mobilité', 'mobilités')).toBeGreaterThan(0.7);
    expect(shared('mobility', 'mobilité')).toBeGreaterThan(0.6);
    expect(shared('mobility', 'bus')).toBe(0);
  });
});
