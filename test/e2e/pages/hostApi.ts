/**
 * The facilitator's API called straight from the test (Node's fetch), as the laptop UI would:
 * `POST /api/call/<method>` with the host's per-launch secret. For setting a scene quickly
 * (create and open a round, start the phone server, drive the projector) when the scene,
 * not the laptop UI, is what a test is about.
 */
import type { Input, Method, Output } from '../../../shared/contract/index.ts';
import type { Result } from '../../../shared/result.ts';

export type HostApi = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>;

export function hostApi(hostUrl: string): HostApi {
  const url = new URL(hostUrl);
  const secret = url.searchParams.get('token') ?? '';
  return async (method, input) => {
    const response = await fetch(new URL(`/api/call/${method}`, url.origin), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as Result<Output<typeof method>>;
    if (!body.ok) throw new Error(`${method} failed: ${body.error.code} — ${body.error.message}`);
    return body.value;
  };
}

/** The projected screen's address on the browser host, secret included, as the laptop opens it. */
export function projectorUrl(hostUrl: string, workshopId: string): string {
  const url = new URL(hostUrl);
  const secret = url.searchParams.get('token') ?? '';
  return `${url.origin}/present/index.html?token=${encodeURIComponent(secret)}#/w/${encodeURIComponent(workshopId)}`;
}
