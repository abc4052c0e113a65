import { describe, expect, it } from 'vitest';
import { PROJECTOR_KEYS, projectorViewFor, takesLetters } from './shortcuts.ts';

const body = { tagName: 'BODY' };
const press = (key: string, extra: Partial<Parameters<typeof projectorViewFor>[0]> = {}) => ({ key, ...extra });

describe('projector shortcuts', () => {
  it('map J T R C B, either case, to the five views', () => {
    expect(Object.values(PROJECTOR_KEYS)).toEqual(['J', 'T', 'R', 'G', 'N', 'C', 'B']);
    expect(projectorViewFor(press('j'), body, false)).toBe('join');
    expect(projectorViewFor(press('T'), body, false)).toBe('topics');
    expect(projectorViewFor(press('r'), body, false)).toBe('results');
    expect(projectorViewFor(press('c'), body, false)).toBe('countdown');
    expect(projectorViewFor(press('b'), body, false)).toBe('blank');
    expect(projectorViewFor(press('x'), body, false)).toBeNull();
    expect(projectorViewFor(press('Enter'), body, false)).toBeNull();
  });

  it('leave Ctrl, Cmd and Alt combinations, held keys and handled presses alone', () => {
    expect(projectorViewFor(press('c', { ctrlKey: true }), body, false)).toBeNull();
    expect(projectorViewFor(press('r', { metaKey: true }), body, false)).toBeNull();
    expect(projectorViewFor(press('b', { altKey: true }), body, false)).toBeNull();
    expect(projectorViewFor(press('t', { repeat: true }), body, false)).toBeNull();
    expect(projectorViewFor(press('t', { defaultPrevented: true }), body, false)).toBeNull();
  });

  it('never fire while typing or while a dialog is open', () => {
    expect(projectorViewFor(press('t'), { tagName: 'INPUT', type: 'text' }, false)).toBeNull();
    expect(projectorViewFor(press('t'), { tagName: 'INPUT', type: 'search' }, false)).toBeNull();
    expect(projectorViewFor(press('t'), { tagName: 'TEXTAREA' }, false)).toBeNull();
    expect(projectorViewFor(press('t'), { tagName: 'DIV', isContentEditable: true }, false)).toBeNull();
    expect(projectorViewFor(press('t'), body, true)).toBeNull();
  });

  it('work from buttons, links, checkboxes and radios', () => {
    expect(projectorViewFor(press('t'), { tagName: 'BUTTON' }, false)).toBe('topics');
    expect(projectorViewFor(press('t'), { tagName: 'A' }, false)).toBe('topics');
    expect(projectorViewFor(press('t'), { tagName: 'INPUT', type: 'checkbox' }, false)).toBe('topics');
    expect(projectorViewFor(press('t'), { tagName: 'INPUT', type: 'radio' }, false)).toBe('topics');
    expect(projectorViewFor(press('t'), null, false)).toBe('topics');
  });
});

describe('takesLetters', () => {
  it('is true for text-like fields and selects (type-ahead), false elsewhere', () => {
    for (const type of ['text', 'search', 'email', 'number', 'tel', 'url', 'password'])
      expect(takesLetters({ tagName: 'INPUT', type })).toBe(true);
    expect(takesLetters({ tagName: 'input' })).toBe(true); // no type attribute: a text field
    expect(takesLetters({ tagName: 'SELECT' })).toBe(true);
    for (const type of ['checkbox', 'radio', 'button', 'submit', 'range', 'file'])
      expect(takesLetters({ tagName: 'INPUT', type })).toBe(false);
    expect(takesLetters({ tagName: 'BUTTON' })).toBe(false);
    expect(takesLetters(null)).toBe(false);
  });
});
