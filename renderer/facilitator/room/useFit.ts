/**
 * How much the room bar must fold to stay on one line: 0 shows every label, each level up hides
 * a little more (the CSS says what, under .roombar--fit-N), up to `max`. Measured, not guessed
 * from the window's width, because the labels' length depends on the language ("Compte à
 * rebours") and on live figures (12 phones joined). Every pass runs before paint: no flicker.
 */
import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** True when a child reaches past the content box (scrollWidth would forgive the end padding). */
function overflows(el: HTMLElement): boolean {
  const right = el.getBoundingClientRect().right - Number.parseFloat(getComputedStyle(el).paddingRight);
  for (const child of el.children) if (child.getBoundingClientRect().right > right + 0.5) return true;
  return false;
}

export function useFit(ref: RefObject<HTMLElement | null>, contentKey: string, max: number): number {
  const [level, setLevel] = useState(0);
  // Bumped when the window is resized or the web font arrives: the widths to fit change.
  const [layout, setLayout] = useState(0);
  const fitted = useRef('');

  useEffect(() => {
    const relayout = () => setLayout((n) => n + 1);
    window.addEventListener('resize', relayout);
    void document.fonts?.ready.then(relayout);
    return () => window.removeEventListener('resize', relayout);
  }, []);

  useLayoutEffect(() => {
    // Something changed the content or the room: start again from the full labels…
    const key = `${contentKey}\n${layout}`;
    if (fitted.current !== key) {
      fitted.current = key;
      if (level !== 0) {
        setLevel(0);
        return;
      }
    }
    // …and fold one level per pass while the bar overflows.
    const el = ref.current;
    if (el && level < max && overflows(el)) setLevel(level + 1);
  });

  return level;
}
