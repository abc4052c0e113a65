/**
 * The largest type at which a view's content fits its box, measured in the page, not guessed: a
 * projector cannot show a title on hover, so nothing may be cut or run off the screen. A binary
 * search sets the content's font size and checks it against the box before paint; it runs again
 * when the content (`key`), the box's size or the web font changes.
 */
import { type RefObject, useEffect, useLayoutEffect, useState } from 'react';

export function useFitFont(
  box: RefObject<HTMLElement | null>,
  content: RefObject<HTMLElement | null>,
  key: string,
  minPx: number,
  maxPx: number,
): number {
  const [font, setFont] = useState(maxPx);
  const [layout, setLayout] = useState(0);

  useEffect(() => {
    const el = box.current;
    const relayout = () => setLayout((n) => n + 1);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(relayout);
    if (el) observer?.observe(el);
    void document.fonts?.ready.then(relayout);
    return () => observer?.disconnect();
  }, [box]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: key and layout say when to measure again
  useLayoutEffect(() => {
    const outer = box.current;
    const inner = content.current;
    if (!outer || !inner) return;
    const fits = (px: number) => {
      inner.style.fontSize = `${px}px`;
      return inner.scrollHeight <= outer.clientHeight + 0.5 && inner.scrollWidth <= outer.clientWidth + 0.5;
    };
    let low = minPx;
    let high = maxPx;
    if (fits(high)) low = high;
    else
      for (let step = 0; step < 12 && high - low > 0.25; step++) {
        const mid = (low + high) / 2;
        if (fits(mid)) low = mid;
        else high = mid;
      }
    const best = Math.floor(low * 4) / 4;
    inner.style.fontSize = `${best}px`;
    setFont(best);
  }, [key, layout, minPx, maxPx]);

  return font;
}
