/** The browser host on a real loopback port: the secret guards every /api/ route. */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Host, startHost } from '../../../electron/core/net/host.ts';
import { ORIGIN_HEADER } from '../../../shared/bridge.ts';
import { type AgoraEvent, METHODS } from '../../../shared/contract/index.ts';
import { openTestCore, sampleWorkshop, type TestCore } from '../../helpers/core.ts';

let t: TestCore;
let host: Host;
const SECRET = 'test-secret-0123456789abcdefghijklmnopqrstuvwxyz';

beforeAll(async () => {
  t = await openTestCore();
  host = await startHost({ core: t.core, port: 0, staticDir: '/nonexistent', secret: SECRET });
});
afterAll(async () => {
  await host.close();
  await t.close();
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${host.url}${path.slice(1)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
const auth = { authorization: `Bearer ${SECRET}` };

describe('browser host', () => {
  it('prints a facilitator address that carries the secret', () => {
    expect(host.facilitatorUrl).toBe(`http://127.0.0.1:${host.port}/?token=${SECRET}`);
  });

  it('answers 401 on every /api/ route without the secret, and with a wrong one', async () => {
    for (const method of METHODS) {
      expect((await post(`/api/call/${method}`, {})).status, method).toBe(401);
      expect((await post(`/api/call/${method}`, {}, { authorization: 'Bearer wrong' })).status, method).toBe(401);
    }
    expect((await fetch(`${host.url}api/events`)).status).toBe(401);
    expect((await fetch(`${host.url}api/events?token=wrong`)).status).toBe(401);
    expect((await fetch(`${host.url}api/anything-else`)).status).toBe(401);
    // Other spellings that route into the API are guarded too.
    for (const path of ['%61pi/call/workshops:list', 'api/call/workshops%3Alist', 'api/call/workshops:list/']) {
      expect((await post(`/${path}`, {})).status, path).toBe(401);
    }
    const body = (await (await post('/api/call/workshops:list', {})).json()) as { error: { code: string } };
    expect(body.error.code).toBe('unauthorized');
    expect(t.count('workshops')).toBe(0);
  });

  it('does not accept the secret in the query string except for the event stream', async () => {
    expect((await post(`/api/call/workshops:list?token=${SECRET}`, {})).status).toBe(401);
  });

  it('passes the window’s client id on, so the change its call causes names it', async () => {
    const w = (await (await post('/api/call/workshops:create', sampleWorkshop, auth)).json()) as {
      value: { id: string };
    };
    const seen: AgoraEvent[] = [];
    const unsubscribe = t.core.subscribe((e) => seen.push(e));
    const topic = { workshopId: w.value.id, topic: { title: 'Bus delays' } };
    expect((await post('/api/call/topics:add', topic, { ...auth, [ORIGIN_HEADER]: 'tab-1' })).status).toBe(200);
    expect((await post('/api/call/topics:add', topic, auth)).status).toBe(200);
    unsubscribe();
    expect(seen.map((e) => e.name === 'workshop:changed' && e.payload.origin)).toEqual(['tab-1', undefined]);
  });

  it('refuses heavy bodies before parsing them: large calls only where a file is sent, no deep nesting', async () => {
    const raw = (method: string, body: string) =>
      fetch(`${host.url}api/call/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth },
        body,
      });
    const bigTitle = JSON.stringify({ workshopId: 'x', topic: { title: 'x'.repeat(300 * 1024) } });
    const big = await raw('topics:add', bigTitle);
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { code: string } }).error.code).toBe('invalid_input');

    // A 4 MB array of arrays: refused unparsed, quickly, with a clear message.
    const deep = '['.repeat(2 * 1024 * 1024) + ']'.repeat(2 * 1024 * 1024);
    const started = performance.now();
    const nested = await raw('participants:import', deep);
    expect(nested.status).toBe(400);
    expect(((await nested.json()) as { error: { message: string } }).error.message).toMatch(/nests deeper/);
    expect(performance.now() - started).toBeLessThan(1_000);

    // A big import still goes through (1,000 rows, ~150 KB… and the same padded past 256 KB).
    const w = (await (await post('/api/call/workshops:create', sampleWorkshop, auth)).json()) as {
      value: { id: string };
    };
    const rows = Array.from({ length: 1000 }, (_, i) => ({
      line: i + 2,
      values: { name: `Participant ${i}`, organisation: 'Ville de Lyon', role: 'x'.repeat(200) },
    }));
    const imported = await raw('participants:import', JSON.stringify({ workshopId: w.value.id, rows }));
    expect(imported.status).toBe(200);
    expect(((await imported.json()) as { value: { imported: unknown[] } }).value.imported).toHaveLength(1000);
    // Not JSON at all: the usual error shape.
    const broken = await raw('topics:add', '{"workshopId": ');
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: { code: string } }).error.code).toBe('invalid_input');
  });

  it('dispatches calls with the secret and maps error codes to HTTP statuses', async () => {
    const created = await post('/api/call/workshops:create', sampleWorkshop, auth);
    expect(created.status).toBe(200);
    expect(((await created.json()) as { ok: boolean }).ok).toBe(true);
    expect((await post('/api/call/workshops:create', { ...sampleWorkshop, title: '' }, auth)).status).toBe(400);
    expect((await post('/api/call/workshops:get', { workshopId: 'nope' }, auth)).status).toBe(404);
    expect((await post('/api/call/no:such', {}, auth)).status).toBe(404);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/api/call/workshops:list',
          method: 'POST',
          headers: { host: 'evil.example', ...auth },
        },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(403);
  });

  it('streams change events to the renderer', async () => {
    const controller = new AbortController();
    const response = await fetch(`${host.url}api/events?token=${SECRET}`, { signal: controller.signal });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = response.body!.getReader();
    await reader.read(); // the ": connected" comment
    await post('/api/call/workshops:create', { ...sampleWorkshop, title: 'Second' }, auth);
    let text = '';
    while (!text.includes('workshops:changed')) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toContain('data: {"name":"workshops:changed"');
    controller.abort();
  });

  it('says how to build the renderer when it is missing', async () => {
    const res = await fetch(host.url);
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/npm run build:renderer/);
  });
});
