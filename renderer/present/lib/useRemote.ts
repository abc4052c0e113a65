/**
 * Data a view reads from the core, with a `reload` for when a push event says it changed.
 * Answers that come back out of order are dropped, so a slow early read never overwrites a
 * newer one; the last good value stays on screen while a reload is under way or fails.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AgoraError, Result } from '../../../shared/result.ts';

export interface Remote<T> {
  data: T | null;
  error: AgoraError | null;
  reload(): void;
}

export function useRemote<T>(load: (() => Promise<Result<T>>) | null, key: string): Remote<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<AgoraError | null>(null);
  const sequence = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(() => {
    const current = loadRef.current;
    if (!current) return;
    const ticket = ++sequence.current;
    void current().then((result) => {
      if (ticket !== sequence.current) return;
      if (result.ok) {
        setData(result.value);
        setError(null);
      } else {
        setError(result.error);
      }
    });
  }, []);

  // A new key (another workshop or round) starts from nothing rather than showing the old one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key is what says the source changed
  useEffect(() => {
    sequence.current++;
    setData(null);
    setError(null);
    reload();
  }, [key, reload]);

  return { data, error, reload };
}
