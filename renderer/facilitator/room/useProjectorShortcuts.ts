/**
 * Single-key shortcuts for the projected screen (J, T, R, C, B), as on a presentation clicker.
 * They only act when the focus is not in a text field and no dialog is open, so typing a
 * question or a count never switches the room's screen.
 */
import { useEffect, useRef } from 'react';
import type { ProjectorView } from '../../../../shared/voting.ts';

export const PROJECTOR_KEYS: Record<ProjectorView, string> = {
  join: 'J',
  topics: 'T',
  results: 'R',
  countdown: 'C',
  blank: 'B',
};

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    // Checkboxes, radios and buttons take no letters: shortcuts still work from them.
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  }
  return false;
}

export function useProjectorShortcuts(onView: (view: ProjectorView) => void): void {
  const handler = useRef(onView);
  useEffect(() => {
    handler.current = onView;
  });

  useEffect(() => {
    const byKey = new Map(Object.entries(PROJECTOR_KEYS).map(([view, key]) => [key, view as ProjectorView]));
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat || e.ctrlKey || e.metaKey || e.altKey) return;
      if (typingIn(e.target) || document.querySelector('dialog[open]')) return;
      const view = byKey.get(e.key.toUpperCase());
      if (!view) return;
      e.preventDefault();
      handler.current(view);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
