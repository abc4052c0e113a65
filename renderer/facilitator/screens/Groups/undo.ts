/**
 * The undo and redo buttons' words and keys. A step comes from the core as a label and a count
 * (shared/grouping.ts UndoStep); the window words it in its own language: "Undo: merge 3 topics".
 * Ctrl+Z (⌘Z) undoes, Ctrl+Shift+Z (⌘⇧Z) and Ctrl+Y redo — never while typing in a field (the
 * field's own undo comes first), never with a dialog open, never mid-drag.
 */
import type { UndoLabel, UndoStep } from '../../../../shared/grouping.ts';
import { type FocusTarget, type KeyPress, takesLetters } from '../../room/shortcuts.ts';

/** The i18n key (under groups.step) and count that say what a step did. */
export function stepWords(step: UndoStep): { key: string; count: number } {
  const keys: Record<UndoLabel, string> = {
    'group-create': 'groups.step.create',
    'group-update': 'groups.step.update',
    'group-remove': 'groups.step.remove',
    'group-merge': 'groups.step.mergeGroups',
    'group-reorder': 'groups.step.reorder',
    'topics-move': 'groups.step.move',
    'topics-merge': 'groups.step.mergeTopics',
  };
  return { key: keys[step.label] ?? 'groups.step.unknown', count: step.count };
}

/** "Undo: merge 3 topics", with `t` the window's translate function. */
export function undoText(
  t: (key: string, values?: Record<string, unknown>) => string,
  direction: 'undo' | 'redo',
  step: UndoStep | null,
): string {
  if (!step) return t(`groups.${direction}.none`);
  const { key, count } = stepWords(step);
  return t(`groups.${direction}.step`, { step: t(key, { count }) });
}

export interface UndoKeyPress extends KeyPress {
  shiftKey?: boolean;
}

export function undoShortcut(
  press: UndoKeyPress,
  focus: FocusTarget | null,
  { dialogOpen = false, dragging = false } = {},
): 'undo' | 'redo' | null {
  if (press.defaultPrevented || press.altKey) return null;
  if (!(press.ctrlKey || press.metaKey)) return null;
  if (dialogOpen || dragging || takesLetters(focus)) return null;
  const key = press.key.toLowerCase();
  if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !press.shiftKey) return 'redo';
  return null;
}
