import { describe, expect, it } from 'vitest';
import en from '../../../shared/i18n/groups.en.json';
import fr from '../../../shared/i18n/groups.fr.json';
import { stepWords, undoShortcut, undoText } from './undo.ts';

/** A tiny `t` over the feature's strings: nested keys, _one/_other, {{placeholders}}. */
function translator(strings: unknown) {
  const lookup = (key: string): string | undefined => {
    let node: unknown = strings;
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    return typeof node === 'string' ? node : undefined;
  };
  return (key: string, values: Record<string, unknown> = {}) => {
    const count = values.count;
    const text =
      (typeof count === 'number' ? lookup(`${key}_${count === 1 ? 'one' : 'other'}`) : undefined) ?? lookup(key) ?? key;
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
  };
}

const step = (label: Parameters<typeof stepWords>[0]['label'], count: number) => ({ label, count, at: '' });

describe('undo and redo labels', () => {
  it('say what the step did, in English and French', () => {
    const t = translator(en);
    expect(undoText(t, 'undo', step('topics-merge', 3))).toBe('Undo: merge 3 topics');
    expect(undoText(t, 'undo', step('topics-move', 1))).toBe('Undo: move 1 topic');
    expect(undoText(t, 'redo', step('group-create', 4))).toBe('Redo: new group');
    expect(undoText(t, 'undo', null)).toBe('Undo');
    const f = translator(fr);
    expect(undoText(f, 'undo', step('topics-merge', 3))).toBe('Annuler : fusionner 3 sujets');
    expect(undoText(f, 'redo', null)).toBe('Rétablir');
  });

  it('have words for every label the core records', async () => {
    const { UNDO_LABELS } = await import('../../../../shared/grouping.ts');
    const t = translator(en);
    for (const label of UNDO_LABELS) {
      const { key } = stepWords(step(label, 2));
      expect(t(key, { count: 2 }), label).not.toBe(key);
    }
  });
});

describe('undo shortcuts', () => {
  const body = { tagName: 'BODY' };
  const press = (key: string, extra: Partial<Parameters<typeof undoShortcut>[0]> = {}) => ({ key, ...extra });

  it('Ctrl or Cmd+Z undoes; with Shift, or Ctrl+Y, redoes', () => {
    expect(undoShortcut(press('z', { ctrlKey: true }), body)).toBe('undo');
    expect(undoShortcut(press('z', { metaKey: true }), body)).toBe('undo');
    expect(undoShortcut(press('Z', { ctrlKey: true, shiftKey: true }), body)).toBe('redo');
    expect(undoShortcut(press('Z', { metaKey: true, shiftKey: true }), body)).toBe('redo');
    expect(undoShortcut(press('y', { ctrlKey: true }), body)).toBe('redo');
    expect(undoShortcut(press('z'), body)).toBeNull();
    expect(undoShortcut(press('z', { ctrlKey: true, altKey: true }), body)).toBeNull();
    expect(undoShortcut(press('x', { ctrlKey: true }), body)).toBeNull();
  });

  it('leave typing, dialogs, drags and handled presses alone', () => {
    const ctrlZ = press('z', { ctrlKey: true });
    expect(undoShortcut(ctrlZ, { tagName: 'INPUT', type: 'text' })).toBeNull();
    expect(undoShortcut(ctrlZ, { tagName: 'TEXTAREA' })).toBeNull();
    expect(undoShortcut(ctrlZ, { tagName: 'DIV', isContentEditable: true })).toBeNull();
    expect(undoShortcut(ctrlZ, body, { dialogOpen: true })).toBeNull();
    expect(undoShortcut(ctrlZ, body, { dragging: true })).toBeNull();
    expect(undoShortcut({ ...ctrlZ, defaultPrevented: true }, body)).toBeNull();
    // A checkbox or a button takes no letters: the shortcut works from there.
    expect(undoShortcut(ctrlZ, { tagName: 'INPUT', type: 'checkbox' })).toBe('undo');
    expect(undoShortcut(ctrlZ, { tagName: 'BUTTON' })).toBe('undo');
  });
});
