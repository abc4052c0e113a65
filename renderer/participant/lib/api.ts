/**
 * The participant protocol (shared/protocol.ts) as seen from the phone: one function per
 * route, each answering a value, a protocol error from the server, or "the network failed"
 * (Wi-Fi dropped, the laptop asleep), which callers retry. Nothing here throws.
 */
import type {
  AttendRequest,
  JoinResponse,
  PhoneAttendance,
  PhoneBallot,
  PhoneErrorCode,
  PhoneGrid,
  PhoneState,
  SuggestTopicResponse,
  VoteRequest,
} from '../../../shared/protocol.ts';

export type Outcome<T> =
  | { ok: true; value: T }
  | { ok: false; kind: 'refused'; code: PhoneErrorCode; message: string; retryAfterMs: number | null }
  | { ok: false; kind: 'network' };

// A phone on a busy venue Wi-Fi can take a while; longer than this and we try again.
const TIMEOUT_MS = 12_000;

async function request<T>(
  method: 'GET' | 'POST',
  path: string,
  token: string | null,
  body?: unknown,
): Promise<Outcome<T>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller.signal,
      cache: 'no-store',
    });
    const json = (await response.json().catch(() => null)) as unknown;
    if (response.ok) return { ok: true, value: json as T };
    const error = (json as { error?: { code?: string; message?: string } } | null)?.error;
    // A proxy or captive portal answering instead of Agora: treat it as a network problem.
    if (!error?.code) return { ok: false, kind: 'network' };
    const retryAfter = Number(response.headers.get('retry-after'));
    return {
      ok: false,
      kind: 'refused',
      code: error.code as PhoneErrorCode,
      message: error.message ?? '',
      retryAfterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : null,
    };
  } catch {
    return { ok: false, kind: 'network' };
  } finally {
    clearTimeout(timer);
  }
}

export const phoneApi = {
  /** With the join code on the screen, or with a printed ticket (as typed: the server reads "k7mq2-xr4pa"). */
  join: (entry: { code: string } | { ticket: string }, name: string) =>
    request<JoinResponse>('POST', '/p/join', null, { ...entry, name }),
  state: (token: string) => request<PhoneState>('GET', '/p/state', token),
  vote: (token: string, vote: VoteRequest) => request<PhoneBallot>('POST', '/p/votes', token, vote),
  suggest: (token: string, topic: { title: string; pitch: string; requestId: string }) =>
    request<SuggestTopicResponse>('POST', '/p/topics', token, topic),
  rename: (token: string, name: string) => request<{ name: string }>('POST', '/p/name', token, { name }),
  /** The published session grid, with this phone's sessions and marks (404 grid_not_published before). */
  grid: (token: string) => request<PhoneGrid>('GET', '/p/grid', token),
  attend: (token: string, body: AttendRequest) => request<PhoneAttendance>('POST', '/p/attend', token, body),
  eventsUrl: (token: string) => `/p/events?token=${encodeURIComponent(token)}`,
};
