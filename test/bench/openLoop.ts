/**
 * Headroom, measured the way a venue makes it: open loop. Each phone has its own source
 * address and its own keep-alive connection, and taps at random times (exponential gaps,
 * 0.5 requests/s on average) whether or not its last tap was answered — so a slow server
 * meets the traffic that keeps coming, and latency counts from when the tap was due, not
 * when a free connection let it out (no coordinated omission). A tap adds a dot, the next
 * takes it back: a real phone changes its mind, and the budget is never the bottleneck.
 *
 * The server is `agora serve --lan` as its own process (the CLI bundle); the phones are one
 * client process on the same 2 cores, speaking HTTP/1.1 over raw sockets (a few µs a request,
 * where node:http's client costs about as much as the server's work).
 *
 * Two tables:
 *   1. a sweep of phone counts, 20 s each; a level holds when vote p99 ≤ 50 ms with 0 errors;
 *   2. 200 phones, with and without 5,000 slow connections held open against the LAN port
 *      (each sending a header line now and then, reopened when the server drops it): the
 *      phones' p99 must stay within 1.5× and the facilitator's host must keep answering.
 *
 *   tsx test/bench/run.ts open              both tables
 *   AGORA_BENCH_LEVELS=1000,2000            the sweep's levels (default 1000,2000,3000,4000,5000)
 *   AGORA_BENCH_SECONDS=20                  seconds per level
 *   AGORA_BENCH_PROF=<dir>                  the server writes a CPU profile (--cpu-prof) there
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildCli, CLI_BUNDLE } from '../../scripts/build-electron.ts';
import { type Figure, percentile } from './table.ts';

const ROOT = resolve(import.meta.dirname, '../..');
// An empty list skips the sweep (only the slow-connections table).
const LEVELS = (process.env.AGORA_BENCH_LEVELS ?? '1000,2000,3000,4000,5000').split(',').filter(Boolean).map(Number);
const SECONDS = Number(process.env.AGORA_BENCH_SECONDS ?? 20);
const RATE_PER_PHONE = 0.5;
const TARGET_P99_MS = 50;
const SLOW_CONNECTIONS = 5_000;
const SLOW_PHONES = 200;
const TIMEOUT_MS = 10_000;

// ---- the server ------------------------------------------------------------------------------

interface Server {
  lanPort: number;
  hostPort: number;
  hostToken: string;
  code: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

async function startServer(dataDir: string): Promise<Server> {
  const prof = process.env.AGORA_BENCH_PROF;
  const child = spawn(
    process.execPath,
    [
      ...(prof ? ['--cpu-prof', '--cpu-prof-dir', resolve(prof)] : []),
      join(ROOT, CLI_BUNDLE),
      'serve',
      '--data-dir',
      dataDir,
      '--port',
      '0',
      '--lan',
      '--lan-port',
      '0',
      '--lan-host',
      '127.0.0.1',
      '--max-voters',
      '10000',
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = await new Promise<string[]>((done, fail) => {
    let out = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (/participants: \S+\n/.test(out)) done(out.split('\n'));
    });
    child.once('exit', (code) => fail(new Error(`agora serve exited (${code})`)));
  });
  const facilitator = new URL(lines.find((l) => l.startsWith('facilitator: '))!.slice('facilitator: '.length));
  const participants = lines.find((l) => l.startsWith('participants: '))!.match(/:(\d+)\/j\/([A-Z0-9]+)$/)!;
  return {
    lanPort: Number(participants[1]),
    hostPort: Number(facilitator.port),
    hostToken: facilitator.searchParams.get('token') ?? '',
    code: participants[2]!,
    child,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

// ---- a light HTTP/1.1 client: one socket per phone, one request at a time -----------------------

interface Answer {
  status: number;
  body: string;
}

/**
 * One keep-alive connection from one source address; requests queue and go one at a time.
 * Like a browser, a request that met a reused connection closing under it (the server's idle
 * timeout and the request crossing on the wire) is sent again once on a new connection; the
 * vote's request id makes that safe.
 */
class Connection {
  private socket: Socket | null = null;
  private buffer = '';
  private queue: { request: string; done: (a: Answer | Error) => void; resent?: boolean }[] = [];
  private busy = false;
  /** Answers received on the current socket: a reused socket may have been closed by the server meanwhile. */
  private served = 0;

  constructor(
    private readonly port: number,
    private readonly address: string,
  ) {}

  send(method: 'GET' | 'POST', path: string, body?: unknown, token?: string): Promise<Answer | Error> {
    const payload = body === undefined ? '' : JSON.stringify(body);
    const request =
      `${method} ${path} HTTP/1.1\r\nHost: agora\r\nConnection: keep-alive\r\n` +
      (token ? `Authorization: Bearer ${token}\r\n` : '') +
      (payload ? `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(payload)}\r\n` : '') +
      `\r\n${payload}`;
    return new Promise((done) => {
      this.queue.push({ request, done });
      this.next();
    });
  }

  private open(): Socket {
    const socket = connect({ host: '127.0.0.1', port: this.port, localAddress: this.address });
    socket.setNoDelay(true);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      this.buffer += chunk;
      this.parse();
    });
    const fail = (error: Error) => {
      if (this.socket !== socket) return;
      const reused = this.served > 0 && this.buffer === '';
      this.socket = null;
      this.buffer = '';
      this.served = 0;
      if (this.busy) {
        this.busy = false;
        const head = this.queue[0];
        if (head && reused && !head.resent) head.resent = true;
        else this.queue.shift()?.done(error);
        this.next();
      }
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('closed')));
    return socket;
  }

  private next(): void {
    if (this.busy || this.queue.length === 0) return;
    this.busy = true;
    this.socket ??= this.open();
    this.socket.write(this.queue[0]!.request);
  }

  private parse(): void {
    const headEnd = this.buffer.indexOf('\r\n\r\n');
    if (headEnd < 0) return;
    const head = this.buffer.slice(0, headEnd);
    const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? 0);
    // Bodies are JSON (ASCII-safe enough for a length check on short answers).
    if (Buffer.byteLength(this.buffer.slice(headEnd + 4)) < length) return;
    const body = this.buffer.slice(headEnd + 4, headEnd + 4 + length);
    this.buffer = this.buffer.slice(headEnd + 4 + length);
    const status = Number(head.slice(9, 12));
    this.busy = false;
    this.served++;
    this.queue.shift()?.done({ status, body });
    this.next();
  }

  close(): void {
    this.socket?.destroy();
    this.socket = null;
  }
}

// ---- phones -------------------------------------------------------------------------------------

interface Phone {
  connection: Connection;
  token: string;
  roundId: string;
  items: string[];
  taps: number;
}

let block = 20;
/** Source addresses 127.B.x.y, a fresh block per call. */
function addresses(count: number): string[] {
  const b = block++;
  return Array.from({ length: count }, (_, i) => `127.${b}.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`);
}

async function joinPhones(server: Server, count: number): Promise<Phone[]> {
  const phones: Phone[] = [];
  const list = addresses(count);
  // Joins at 100 at a time: a room arriving, not part of the measure.
  for (let i = 0; i < list.length; i += 100) {
    const batch = await Promise.all(
      list.slice(i, i + 100).map(async (address) => {
        const connection = new Connection(server.lanPort, address);
        const joined = await connection.send('POST', '/p/join', { code: server.code });
        if (joined instanceof Error || joined.status !== 200) throw new Error(`join failed: ${String(joined)}`);
        const token = (JSON.parse(joined.body) as { token: string }).token;
        const state = await connection.send('GET', '/p/state', undefined, token);
        if (state instanceof Error || state.status !== 200) throw new Error(`state failed: ${String(state)}`);
        const round = (JSON.parse(state.body) as { rounds: { id: string; items: { id: string }[] }[] }).rounds[0]!;
        return { connection, token, roundId: round.id, items: round.items.map((it) => it.id), taps: 0 };
      }),
    );
    phones.push(...batch);
  }
  return phones;
}

interface LevelFigures {
  phones: number;
  sent: number;
  answered: number;
  latencies: number[];
  errors: Map<string, number>;
  seconds: number;
}

/** Exponential gaps with the given mean: a Poisson stream of taps. */
const gapMs = (ratePerSecond: number) => (-Math.log(1 - Math.random()) / ratePerSecond) * 1000;

async function openLoop(phones: Phone[], seconds: number): Promise<LevelFigures> {
  const latencies: number[] = [];
  const errors = new Map<string, number>();
  const pending: Promise<void>[] = [];
  let sent = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  const noteError = (kind: string) => errors.set(kind, (errors.get(kind) ?? 0) + 1);
  await new Promise<void>((allScheduled) => {
    let live = phones.length;
    for (const phone of phones) {
      const tap = (due: number) => {
        if (due > end) {
          if (--live === 0) allScheduled();
          return;
        }
        setTimeout(
          () => {
            sent++;
            // +1 on an item, then −1 on it: the ballot never passes one dot.
            const item = phone.items[Math.floor(phone.taps / 2) % phone.items.length]!;
            const delta = phone.taps++ % 2 === 0 ? 1 : -1;
            const answered = phone.connection
              .send(
                'POST',
                '/p/votes',
                { roundId: phone.roundId, itemId: item, delta, requestId: `${phone.token.slice(0, 12)}-${phone.taps}` },
                phone.token,
              )
              .then((answer) => {
                if (answer instanceof Error) noteError(answer.message);
                else if (answer.status !== 200) noteError(`HTTP ${answer.status}`);
                // From when the tap was due: queueing behind a slow answer counts.
                else latencies.push(performance.now() - due);
              });
            pending.push(answered);
            tap(due + gapMs(RATE_PER_PHONE));
          },
          Math.max(0, due - performance.now()),
        );
      };
      tap(start + gapMs(RATE_PER_PHONE));
    }
  });
  await Promise.race([Promise.all(pending), new Promise((r) => setTimeout(r, TIMEOUT_MS))]);
  const answered = latencies.length + [...errors.values()].reduce((a, b) => a + b, 0);
  if (answered < sent) errors.set('no answer in 10 s', sent - answered);
  return { phones: phones.length, sent, answered, latencies, errors, seconds };
}

const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');
const describeErrors = (errors: Map<string, number>) => {
  const total = [...errors.values()].reduce((a, b) => a + b, 0);
  return total === 0 ? '0' : `${total} (${[...errors].map(([k, n]) => `${k} ×${n}`).join(', ')})`;
};

// ---- slow connections ------------------------------------------------------------------------

/**
 * The attacker, as its own process (as it would be: its reconnect storms must not stall the
 * phones' client): keeps `count` connections open from as many addresses, each sending a
 * header line every 3 s and reopened 200 ms after the server drops it. Prints how many are
 * open every second.
 */
const SLOW_HOLDER = `
import { connect } from 'node:net';
const [port, count, block] = process.argv.slice(-3).map(Number);
const open = new Set();
const openOne = (address) => {
  const socket = connect({ host: '127.0.0.1', port, localAddress: address });
  open.add(socket);
  let drip;
  socket.on('connect', () => {
    socket.write('GET /p/state HTTP/1.1\\r\\nHost: agora\\r\\n');
    drip = setInterval(() => socket.write('X-Slow: 1\\r\\n'), 3000);
  });
  socket.on('error', () => {});
  socket.on('close', () => {
    clearInterval(drip);
    open.delete(socket);
    setTimeout(() => openOne(address), 200);
  });
};
for (let i = 0; i < count; i++) openOne('127.' + block + '.' + (1 + Math.floor(i / 250)) + '.' + (1 + (i % 250)));
setInterval(() => console.log('open ' + open.size), 1000);
`;

function holdSlowConnections(port: number, count: number): { open: () => number; stop: () => void } {
  const child = spawn(
    process.execPath,
    ['--input-type=module', '-e', SLOW_HOLDER, String(port), String(count), String(block++)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let open = 0;
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    const last = chunk
      .trim()
      .split('\n')
      .at(-1)
      ?.match(/^open (\d+)/);
    if (last) open = Number(last[1]);
  });
  return { open: () => open, stop: () => child.kill('SIGKILL') };
}

async function hostLatency(server: Server): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(`http://127.0.0.1:${server.hostPort}/api/call/workshops:list`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.hostToken}` },
    body: '{}',
  });
  await res.text();
  if (res.status !== 200) throw new Error(`host answered ${res.status}`);
  return performance.now() - t0;
}

// ---- the bench ---------------------------------------------------------------------------------

export interface OpenLoopBench {
  tables: { title: string; columns: string[]; figures: Figure[] }[];
  notes: string[];
}

export async function benchOpenLoop(): Promise<OpenLoopBench> {
  await buildCli();
  const notes: string[] = [];
  const tables: OpenLoopBench['tables'] = [];
  const load = () => loadavg()[0]!.toFixed(2);

  // 1. The sweep: a fresh server per level, so one level's phones do not weigh on the next.
  const sweep: Figure[] = [];
  let largest = 0;
  for (const level of LEVELS) {
    const dataDir = mkdtempSync(join(tmpdir(), 'agora-bench-open-'));
    const server = await startServer(dataDir);
    try {
      const phones = await joinPhones(server, level);
      await openLoop(phones.slice(0, Math.min(200, phones.length)), 3); // warm-up (JIT, caches)
      const loadBefore = load();
      const r = await openLoop(phones, SECONDS);
      for (const p of phones) p.connection.close();
      const p99 = percentile(r.latencies, 99);
      const errorCount = r.sent - r.latencies.length;
      const holds = p99 <= TARGET_P99_MS && errorCount === 0;
      if (holds) largest = Math.max(largest, level);
      sweep.push({
        measure: `${level} phones (${(level * RATE_PER_PHONE).toFixed(0)} votes/s offered)`,
        cells: [
          f1(r.latencies.length / r.seconds),
          f1(percentile(r.latencies, 50)),
          f1(percentile(r.latencies, 95)),
          f1(p99),
          f1(r.latencies.length ? Math.max(...r.latencies) : Number.NaN),
          describeErrors(r.errors),
          `${loadBefore}→${load()}`,
        ],
        target: `p99 ≤ ${TARGET_P99_MS} ms, 0 errors`,
        met: holds,
      });
    } finally {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  tables.push({
    title: `Open loop: phones tapping at ${RATE_PER_PHONE} votes/s each (Poisson), ${SECONDS} s a level, each on its own address and connection`,
    columns: ['votes/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'errors', 'load'],
    figures: sweep,
  });
  notes.push(
    largest > 0
      ? `largest level that holds (p99 ≤ ${TARGET_P99_MS} ms, 0 errors): ${largest} phones`
      : `no level held (p99 ≤ ${TARGET_P99_MS} ms, 0 errors)`,
  );

  // 2. Slow connections: 200 phones, without and with 5,000 slow connections held open.
  const dataDir = mkdtempSync(join(tmpdir(), 'agora-bench-slow-'));
  const server = await startServer(dataDir);
  try {
    const phones = await joinPhones(server, SLOW_PHONES);
    await openLoop(phones, 3);
    const calm = await openLoop(phones, SECONDS);
    const calmHost = await hostLatency(server);
    const slow = holdSlowConnections(server.lanPort, SLOW_CONNECTIONS);
    await new Promise((r) => setTimeout(r, 3_000));
    const held = slow.open();
    const busy = await openLoop(phones, SECONDS);
    let busyHost = Number.NaN;
    try {
      busyHost = await hostLatency(server);
    } catch (error) {
      notes.push(`the host did not answer with the slow connections held: ${(error as Error).message}`);
    }
    const heldAfter = slow.open();
    slow.stop();
    for (const p of phones) p.connection.close();
    const calmP99 = percentile(calm.latencies, 99);
    const busyP99 = percentile(busy.latencies, 99);
    tables.push({
      title: `${SLOW_PHONES} phones at ${RATE_PER_PHONE} votes/s, without and with ${SLOW_CONNECTIONS} slow connections on the LAN port`,
      columns: ['without', 'with'],
      figures: [
        { measure: 'slow connections open (start / end)', cells: ['0', `${held} / ${heldAfter}`] },
        { measure: 'vote p50 (ms)', cells: [f1(percentile(calm.latencies, 50)), f1(percentile(busy.latencies, 50))] },
        {
          measure: 'vote p99 (ms)',
          cells: [f1(calmP99), f1(busyP99)],
          target: '≤ 1.5× without',
          met: busyP99 <= 1.5 * calmP99,
        },
        {
          measure: 'errors',
          cells: [describeErrors(calm.errors), describeErrors(busy.errors)],
          target: '0',
          met: busy.errors.size === 0,
        },
        {
          measure: 'facilitator host: workshops:list (ms)',
          cells: [f1(calmHost), f1(busyHost)],
          target: 'answers',
          met: Number.isFinite(busyHost),
        },
      ],
    });
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  notes.push(`${cpus().length} CPUs shared by the phones' client and the server; load average now ${load()}`);
  if (process.env.AGORA_BENCH_PROF) notes.push(`server CPU profiles in ${resolve(process.env.AGORA_BENCH_PROF)}`);
  return { tables, notes };
}
