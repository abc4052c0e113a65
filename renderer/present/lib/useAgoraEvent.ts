/** Subscribes a component to the core's push events for as long as it is on screen. */
import { useEffect, useRef } from 'react';
import type { AgoraEvent } from '../../../shared/contract/index.ts';
import { getClient } from '../../shared/client.ts';

export function useAgoraEvent(listener: (event: AgoraEvent) => void): void {
  // The latest listener, so callers need not memoise it and the subscription stays put.
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => getClient().onEvent((event) => latest.current(event)), []);
}
