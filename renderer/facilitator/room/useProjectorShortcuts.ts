/**
 * Installs the projected screen's single-key shortcuts (see shortcuts.ts) on the document while
 * the room bar is shown, so J, T, R, C and B work from every workshop screen.
 */
import { useEffect, useRef } from 'react';
import type { ProjectorView } from '../../../shared/voting.ts';
import { type FocusTarget, projectorViewFor } from './shortcuts.ts';

export function useProjectorShortcuts(onView: (view: ProjectorView) => void): void {
  const handler = useRef(onView);
  useEffect(() => {
    handler.current = onView;
  });

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const focus = e.target instanceof HTMLElement ? (e.target as FocusTarget & HTMLElement) : null;
      const view = projectorViewFor(e, focus, document.querySelector('dialog[open]') !== null);
      if (!view) return;
      e.preventDefault();
      handler.current(view);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
