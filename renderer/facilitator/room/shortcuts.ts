/**
 * The projected screen's single-key shortcuts (J, T, R, G, N, C, B), as on a presentation clicker, in
 * plain functions so the rules are unit-tested: a key acts only when the focus is not in a place
 * that takes letters, with no modifier held, and not while a key is held down (auto-repeat
 * would flash the room's screen between views).
 */
import type { ProjectorView } from '../../../shared/voting.ts';

export const PROJECTOR_KEYS: Record<ProjectorView, string> = {
  join: 'J',
  topics: 'T',
  results: 'R',
  grid: 'G',
  now: 'N',
  countdown: 'C',
  blank: 'B',
};

const VIEW_BY_KEY = new Map(Object.entries(PROJECTOR_KEYS).map(([view, key]) => [key, view as ProjectorView]));

/** Input types that take no letters: shortcuts still work from a checkbox, a radio or a button. */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** What the shortcut rules need to know of the focused element (a DOM element has all of it). */
export interface FocusTarget {
  tagName: string;
  type?: string;
  isContentEditable?: boolean;
}

/** True when typing a letter here writes it: a text field, a text area, a select (type-ahead), contenteditable. */
export function takesLetters(target: FocusTarget | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !NON_TEXT_INPUTS.has((target.type ?? 'text').toLowerCase());
  return false;
}

export interface KeyPress {
  key: string;
  repeat?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  defaultPrevented?: boolean;
}

/**
 * The view a key press asks for, or null when it is not a projector shortcut here: another key,
 * a modifier (Ctrl+C copies), a held key, a press something else already handled, the focus in a
 * field, or a dialog open (its own keys come first).
 */
export function projectorViewFor(
  press: KeyPress,
  focus: FocusTarget | null,
  dialogOpen: boolean,
): ProjectorView | null {
  if (press.defaultPrevented || press.repeat || press.ctrlKey || press.metaKey || press.altKey) return null;
  if (dialogOpen || takesLetters(focus)) return null;
  return VIEW_BY_KEY.get(press.key.toUpperCase()) ?? null;
}
