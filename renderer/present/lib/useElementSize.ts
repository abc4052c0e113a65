/**
 * The size of an element, kept current as the window (or the projector's resolution) changes.
 * Returns a callback ref, so it also measures an element that appears after the first render
 * (a view shows a loading message first).
 */
import { useLayoutEffect, useState } from 'react';

export interface Size {
  width: number;
  height: number;
}

export function useElementSize(): [(element: HTMLElement | null) => void, Size] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  useLayoutEffect(() => {
    if (!element) return;
    const measure = () => {
      const { width, height } = element.getBoundingClientRect();
      setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, size];
}
