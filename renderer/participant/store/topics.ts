/**
 * Proposing a topic from the phone: sent to the facilitator's moderation queue. A network
 * failure is retried with the same request id, so a topic is never proposed twice.
 */
import { phoneApi } from '../lib/api.ts';
import { backoffMs, sleep } from '../lib/backoff.ts';
import { newRequestId } from '../lib/requestId.ts';
import { setRetrying, usePhone } from './phoneStore.ts';
import { rejoin } from './session.ts';

const MAX_TRIES = 8;

/** Resolves to null when sent, or the error code to show. */
export async function proposeTopic(title: string, pitch: string): Promise<string | null> {
  const requestId = newRequestId();
  for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
    const token = usePhone.getState().token;
    if (!token) return 'unauthorized';
    const result = await phoneApi.suggest(token, { title: title.trim(), pitch: pitch.trim(), requestId });
    if (result.ok) {
      setRetrying('votes', false);
      return null;
    }
    if (result.kind === 'network') {
      setRetrying('votes', true);
      await sleep(backoffMs(attempt));
      continue;
    }
    if (result.code === 'unauthorized' && (await rejoin())) continue;
    if (result.code === 'rate_limited') {
      await sleep(result.retryAfterMs ?? backoffMs(attempt));
      continue;
    }
    return result.code;
  }
  setRetrying('votes', false);
  return 'network';
}
