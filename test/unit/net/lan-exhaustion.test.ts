/**
 * The participant port cannot exhaust the process: connections over the caps are closed at
 * once, slow and idle ones are cut off by the timeouts, and meanwhile phones from other
 * addresses and the facilitator's own host keep answering (they share the process).
 */
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Host, startHost } from '../../../electron/core/net/host.ts';
import { openTestCore, type TestCore, tempDir } from '../../helpers/core.ts';
import { phoneRequest } from '../../helpers/phone.ts';

const SECRET = 'exhaustion-secret-0123456789abcdefghijklmnop';
const renderer = tempDir('agora-renderer-');

let t: TestCore;
let host: Host;
let port: number;

beforeAll(async () => {
  t = await openTestCore({
    seedDemo: true,
    rendererDir: renderer.dir,
    lanLimits: {
      connections: { total: 60, perAddress: 40 },
      timeouts: { headersMs: 600, requestMs: 1_200, keepAliveMs: 700, idleSocketMs: 5_000 },
    },
  });
  port = (await t.must('lan:start', { host: '127.0.0.1', port: 0 })).port!;
  host = await startHost({ core: t.core, port: 0, staticDir: '/nonexistent', secret: SECRET });
});
afterAll(async () => {
  await host.close();
  await t.close();
  renderer.cleanup();
});

/** A raw connection from `from`; `closed` resolves with how long the server kept it open. */
function rawSocket(from: string): Promise<{ socket: Socket; closed: Promise<number>; received: () => string }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, localAddress: from });
    let data = '';
    const opened = performance.now();
    const closed = new Promise<number>((done) => socket.once('close', () => done(performance.now() - opened)));
    socket.on('data', (chunk) => {
      data += chunk.toString();
    });
    socket.on('error', () => {});
    socket.once('connect', () => resolve({ socket, closed, received: () => data }));
    socket.once('error', reject);
  });
}

const hostAnswers = async () => {
  const res = await fetch(`${host.url}api/call/workshops:list`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${SECRET}` },
    body: '{}',
  });
  return res.status;
};
const closedWithin = (closed: Promise<number>, ms: number) =>
  Promise.race([closed, new Promise<number>((r) => setTimeout(() => r(Number.POSITIVE_INFINITY), ms))]);

describe('connection caps', () => {
  it('refuses connections over the per-address and total caps at once; the rest of the room and the host still answer', async () => {
    // 40 half-open connections from one address: its cap.
    const slow = await Promise.all(Array.from({ length: 40 }, () => rawSocket('127.0.0.41')));
    for (const s of slow) s.socket.write('GET /p/state HTTP/1.1\r\nHost: agora\r\n');
    const over = await rawSocket('127.0.0.41');
    expect(await closedWithin(over.closed, 500)).toBeLessThan(500);
    // Another address (another phone) is served meanwhile, and the facilitator's host answers.
    expect((await phoneRequest(`http://127.0.0.1:${port}`, '/', { from: '127.0.0.42', agent: false })).status).toBe(
      200,
    );
    expect(await hostAnswers()).toBe(200);

    // Up to the total cap from others, then nobody new until connections close.
    const more = await Promise.all(Array.from({ length: 20 }, () => rawSocket('127.0.0.43')));
    const beyond = await rawSocket('127.0.0.44');
    expect(await closedWithin(beyond.closed, 500)).toBeLessThan(500);
    expect(t.core.lan.connections().refused).toBeGreaterThanOrEqual(2);
    expect(await hostAnswers()).toBe(200);

    // Once they close, the room gets in again.
    for (const s of [...slow, ...more]) s.socket.destroy();
    await expect.poll(() => t.core.lan.connections().total).toBe(0);
    expect((await phoneRequest(`http://127.0.0.1:${port}`, '/', { from: '127.0.0.44', agent: false })).status).toBe(
      200,
    );
  });
});

describe('timeouts', () => {
  it('closes a connection whose headers never finish', async () => {
    const { socket, closed } = await rawSocket('127.0.0.51');
    socket.write('GET /p/state HTTP/1.1\r\nHost: agora\r\n');
    // A header line every 300 ms keeps the socket busy but never completes the request.
    const drip = setInterval(() => socket.write('X-Slow: 1\r\n'), 300);
    const lifetime = await closedWithin(closed, 5_000);
    clearInterval(drip);
    expect(lifetime).toBeLessThan(2_500);
  });

  it('closes a request whose body never finishes', async () => {
    const { socket, closed } = await rawSocket('127.0.0.52');
    socket.write(
      'POST /p/join HTTP/1.1\r\nHost: agora\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"co',
    );
    const drip = setInterval(() => socket.write(' '), 200);
    const lifetime = await closedWithin(closed, 5_000);
    clearInterval(drip);
    expect(lifetime).toBeLessThan(3_000);
  });

  it('closes an idle keep-alive connection after the request it served', async () => {
    const { socket, closed, received } = await rawSocket('127.0.0.53');
    socket.write('GET / HTTP/1.1\r\nHost: agora\r\nConnection: keep-alive\r\n\r\n');
    const lifetime = await closedWithin(closed, 5_000);
    expect(received()).toMatch(/^HTTP\/1.1 200/);
    expect(lifetime).toBeLessThan(2_500);
  });
});
