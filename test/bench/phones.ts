/**
 * "500 phones vote at once": simulated phones on loopback against the REAL participant server,
 * started as its own process (`agora serve --lan`), beside a bare node:http endpoint measured
 * with the same client, phones and concurrency in the same run.
 *
 * Each phone joins (POST /p/join), reads its state (GET /p/state), then casts 5 dots one after
 * another (POST /p/votes, +1, each with its own request id), waiting for each answer as the
 * phone page does. Every phone has its own source address (127.0.x.y) and keep-alive
 * connection, because the server rate-limits per address as it should in a room of 500 phones.
 *
 * The client is plain node:http, not autocannon: autocannon replays one fixed request (or a
 * fixed list) over N connections, while each phone here is a stateful journey — the join
 * returns a token the next requests carry, the state names the round and items to vote on,
 * every vote needs a fresh request id, and we must know which votes were acknowledged to
 * compare them with the store afterwards.
 *
 * Figures: vote throughput and latency at 100 then 500 phones in flight, errors, votes lost
 * (acknowledged votes vs the store, read from `agora export` after the server stopped), and
 * the delay from a vote's acknowledgement to the facilitator's `votes:changed` event with 500
 * phones listening on /p/events. Targets are printed beside the figures, judged on what was
 * measured.
 *
 *   tsx test/bench/run.ts phones        this table alone
 *   AGORA_BENCH_PHONES=200              fewer phones (default 500)
 *   AGORA_BENCH_IN_FLIGHT=500           only these concurrency levels (default 100,500)
 *   AGORA_BENCH_PROF=<dir>              the server process writes a CPU profile (--cpu-prof) there
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { type Figure, percentile } from './table.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PHONES = Number(process.env.AGORA_BENCH_PHONES ?? 500);
const VOTES_PER_PHONE = 5;
const IN_FLIGHT = (process.env.AGORA_BENCH_IN_FLIGHT ?? '100,500').split(',').map((n) => Math.min(Number(n), PHONES));
const WARMUP_PHONES = Math.min(50, PHONES);
const EVENT_VOTES = 200;
const REQUEST_TIMEOUT_MS = 30_000;
const EVENT_TIMEOUT_MS = 2_000;

const TARGETS = { p99Ms: 50, eventMs: 250, ratio: 0.3 } as const;

// ---- processes ---------------------------------------------------------------------------

interface Proc {
  child: ChildProcess;
  /** Resolves with the first stdout line matching `pattern`. */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  stderr(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with how it ended. */
  stop(graceMs?: number): Promise<string>;
}

function startProcess(args: string[], cwd = ROOT): Proc {
  const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let err = '';
  const waiters = new Set<() => void>();
  let buffered = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    lines.push(...parts);
    for (const w of waiters) w();
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    err = (err + chunk).slice(-20_000);
  });
  const exited = new Promise<string>((done) =>
    child.once('exit', (code, signal) => done(signal ? `killed by ${signal}` : `exit ${code}`)),
  );
  return {
    child,
    stderr: () => err,
    waitForLine(pattern, timeoutMs = 60_000) {
      return new Promise((done, fail) => {
        const check = () => {
          for (const line of lines) {
            const m = line.match(pattern);
            if (m) {
              cleanup();
              return done(m);
            }
          }
          if (child.exitCode !== null || child.signalCode !== null) {
            cleanup();
            fail(new Error(`process ended before printing ${pattern}:\n${err}`));
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          fail(new Error(`no line matching ${pattern} within ${timeoutMs} ms:\n${lines.join('\n')}\n${err}`));
        }, timeoutMs);
        const onExit = () => check();
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
          child.off('exit', onExit);
        };
        waiters.add(check);
        child.on('exit', onExit);
        check();
      });
    },
    async stop(graceMs = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const how = await exited;
      clearTimeout(timer);
      return how;
    },
  };
}

const execNode = promisify(execFile);
async function cli(args: string[]): Promise<string> {
  const { stdout } = await execNode(process.execPath, ['--import', 'tsx', 'electron/cli.ts', ...args], {
    cwd: ROOT,
    maxBuffer: 256 * 1024 * 1024,
  });
  return stdout;
}

/** A bare node:http endpoint speaking just enough of the protocol for the same journey: read a JSON body, answer JSON. */
const BARE_SERVER = `
import http from 'node:http';
let joined = 0;
const items = Array.from({ length: 20 }, (_, i) => ({ id: 'i' + (i + 1), title: 'Topic ' + (i + 1) }));
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    let body = null;
    try {
      if (chunks.length > 0) body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.writeHead(400, { 'content-type': 'application/json' });
      return res.end('{"error":{"code":"invalid_input","message":"bad JSON"}}');
    }
    let out;
    if (req.url === '/p/join') out = { token: 'bare-' + ++joined, workshop: { title: 'Bare', language: 'en' } };
    else if (req.url === '/p/state')
      out = { workshop: { title: 'Bare', language: 'en' }, name: '', rounds: [{ id: 'r1', question: 'Bare', method: 'dot',
        budget: 7, maxPerItem: 3, named: false, criteria: [], items, myVotes: {}, myScores: {}, remaining: 7, results: null }] };
    else out = { roundId: body && body.roundId, myVotes: { [body && body.itemId]: 1 }, myScores: {}, remaining: 6 };
    const text = JSON.stringify(out);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  });
});
server.keepAliveTimeout = 72_000;
server.listen(0, '127.0.0.1', () => console.log('listening: ' + server.address().port));
process.on('SIGTERM', () => process.exit(0));
`;

// ---- the phone client ----------------------------------------------------------------------

interface Target {
  name: string;
  host: string;
  port: number;
  code: string;
}

interface Phone {
  /** 127.0.x.y: one source address per phone, as on the venue's Wi-Fi. */
  address: string;
  agent: http.Agent;
  token?: string;
  roundId?: string;
  items?: { id: string; title: string }[];
  /** Where this phone's dots start among the items, and how many it tried: its n-th dot goes on items[start + n]. */
  start: number;
  tried: number;
}

interface Reply {
  status: number;
  body: unknown;
  ms: number;
  /** Network error code, or the HTTP error code from the body. */
  error?: string;
}

let addressBlock = 10;
const agents: http.Agent[] = [];
/** `count` phones with fresh source addresses (a new block per call, so no phone is reused). */
function makePhones(count: number): Phone[] {
  const block = addressBlock++;
  return Array.from({ length: count }, (_, i) => {
    const address = `127.${block}.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1, localAddress: address });
    agents.push(agent);
    // spread the phones' dots over the items, so no item reaches the per-item limit
    return { address, agent, start: i * 3, tried: 0 };
  });
}

function send(target: Target, phone: Phone, method: 'GET' | 'POST', path: string, body?: unknown): Promise<Reply> {
  return new Promise((done) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers: http.OutgoingHttpHeaders = { accept: 'application/json' };
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(payload);
    }
    if (phone.token) headers.authorization = `Bearer ${phone.token}`;
    const t0 = performance.now();
    const fail = (error: Error & { code?: string }) =>
      done({ status: 0, body: undefined, ms: performance.now() - t0, error: error.code ?? error.message });
    const req = http.request(
      {
        host: target.host,
        port: target.port,
        method,
        path,
        headers,
        agent: phone.agent,
        localAddress: phone.address,
        timeout: REQUEST_TIMEOUT_MS,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', fail);
        res.on('end', () => {
          const ms = performance.now() - t0;
          let parsed: unknown;
          try {
            parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            parsed = undefined;
          }
          const status = res.statusCode ?? 0;
          const code = (parsed as { error?: { code?: string } } | undefined)?.error?.code;
          done({ status, body: parsed, ms, ...(status === 200 ? {} : { error: `${status} ${code ?? ''}`.trim() }) });
        });
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    req.on('error', fail);
    req.end(payload);
  });
}

/** Runs `work` over `items` with at most `concurrency` at a time. */
async function pool<T>(items: readonly T[], concurrency: number, work: (item: T, index: number) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await work(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

interface Errors {
  count: number;
  byKind: Map<string, number>;
}
const newErrors = (): Errors => ({ count: 0, byKind: new Map() });
function noteError(errors: Errors, where: string, reply: Reply): void {
  errors.count++;
  const kind = `${where} ${reply.error}`;
  errors.byKind.set(kind, (errors.byKind.get(kind) ?? 0) + 1);
}
const describeErrors = (e: Errors) =>
  e.count === 0
    ? '0'
    : `${e.count} (${[...e.byKind]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ×${n}`)
        .join(', ')})`;

/** Acknowledged +1s per item title, to compare with the store. */
type Acks = Map<string, number>;

/** Join and read the state: the phone learns its token, the open dot round and its items. */
async function joinPhone(target: Target, phone: Phone, errors: Errors, joinMs: number[]): Promise<boolean> {
  const joined = await send(target, phone, 'POST', '/p/join', { code: target.code });
  if (joined.status !== 200) {
    noteError(errors, 'join', joined);
    return false;
  }
  joinMs.push(joined.ms);
  phone.token = (joined.body as { token: string }).token;
  const state = await send(target, phone, 'GET', '/p/state');
  if (state.status !== 200) {
    noteError(errors, 'state', state);
    return false;
  }
  joinMs.push(state.ms);
  const rounds = (state.body as { rounds: { id: string; method: string; items: { id: string; title: string }[] }[] })
    .rounds;
  const round = rounds.find((r) => r.method === 'dot');
  if (!round || round.items.length === 0) {
    noteError(errors, 'state', { ...state, error: 'no open dot round' });
    return false;
  }
  phone.roundId = round.id;
  phone.items = round.items;
  return true;
}

/** One +1 on the phone's next item: a different item for each of its dots. */
async function vote(target: Target, phone: Phone, errors: Errors, acks: Acks) {
  const items = phone.items!;
  const item = items[(phone.start + phone.tried++) % items.length]!;
  const reply = await send(target, phone, 'POST', '/p/votes', {
    roundId: phone.roundId,
    itemId: item.id,
    delta: 1,
    requestId: randomUUID(),
  });
  if (reply.status === 200) acks.set(item.title, (acks.get(item.title) ?? 0) + 1);
  else noteError(errors, 'vote', reply);
  return reply;
}

interface RunFigures {
  votes: number;
  seconds: number;
  latencies: number[];
  joinMs: number[];
  errors: Errors;
}

/** `phones` join, then vote with `inFlight` phones at a time, each casting its dots one after another. */
async function runPhones(target: Target, phones: Phone[], inFlight: number, acks: Acks): Promise<RunFigures> {
  const errors = newErrors();
  const joinMs: number[] = [];
  const ready: Phone[] = [];
  await pool(phones, inFlight, async (phone) => {
    if (await joinPhone(target, phone, errors, joinMs)) ready.push(phone);
  });
  const latencies: number[] = [];
  const t0 = performance.now();
  await pool(ready, inFlight, async (phone) => {
    for (let n = 0; n < VOTES_PER_PHONE; n++) {
      const reply = await vote(target, phone, errors, acks);
      if (reply.status === 200) latencies.push(reply.ms);
    }
  });
  const seconds = (performance.now() - t0) / 1000;
  return { votes: latencies.length, seconds, latencies, joinMs, errors };
}

// ---- event streams -------------------------------------------------------------------------

interface Stream {
  close(): void;
}

/** Opens a text/event-stream and calls `onData` with each `data:` payload; resolves once the server said hello. */
function openStream(
  url: URL,
  options: { headers?: http.OutgoingHttpHeaders; localAddress?: string },
  onData: (data: string) => void,
): Promise<Stream> {
  return new Promise((done, fail) => {
    const req = http.get(url, { headers: options.headers, localAddress: options.localAddress, agent: false }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        return fail(new Error(`${url.pathname}: HTTP ${res.statusCode}`));
      }
      res.setEncoding('utf8');
      let buffered = '';
      let hello = false;
      res.on('data', (chunk: string) => {
        if (!hello) {
          hello = true;
          done({ close: () => req.destroy() });
        }
        buffered += chunk;
        const blocks = buffered.split('\n\n');
        buffered = blocks.pop() ?? '';
        for (const block of blocks)
          for (const line of block.split('\n')) if (line.startsWith('data:')) onData(line.slice(5).trim());
      });
    });
    req.on('error', fail);
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error('event stream: no hello')));
  });
}

// ---- the store -----------------------------------------------------------------------------

interface StoreTotals {
  /** Dots per item title in the open dot round. */
  byTitle: Map<string, number>;
  source: string;
}

interface ExportedRound {
  method: string;
  state: string;
  items: { title: string }[];
  ballots: { dots: Record<string, number> }[];
}

/** Reads the round's dots per item from `agora export`, else from the SQLite file itself. */
async function storeTotals(dataDir: string, workshopId: string): Promise<StoreTotals> {
  // --out, not stdout: the CLI ends with process.exit(), which can cut a large piped output short.
  const file = join(dataDir, `export-${Date.now()}.json`);
  await cli(['export', workshopId, '--format', 'json', '--data-dir', dataDir, '--out', file]);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { rounds?: ExportedRound[] };
  if (exported.rounds) {
    const rounds = exported.rounds.filter((r) => r.method === 'dot' && r.state === 'open');
    if (rounds.length !== 1) throw new Error(`export: expected one open dot round, found ${rounds.length}`);
    const round = rounds[0]!;
    const byTitle = new Map<string, number>(round.items.map((item) => [item.title, 0]));
    for (const ballot of round.ballots)
      for (const [index, dots] of Object.entries(ballot.dots)) {
        const title = round.items[Number(index)]?.title ?? `#${index}`;
        byTitle.set(title, (byTitle.get(title) ?? 0) + dots);
      }
    return { byTitle, source: 'agora export' };
  }
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(join(dataDir, 'agora.sqlite'), { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT t.title AS title, COALESCE(SUM(v.dots), 0) AS dots
           FROM rounds r JOIN round_items i ON i.round_id = r.id JOIN topics t ON t.id = i.target_id
           LEFT JOIN votes v ON v.round_id = r.id AND v.item_id = i.target_id
          WHERE r.workshop_id = ? AND r.state = 'open' AND r.method = 'dot'
          GROUP BY i.target_id`,
      )
      .all(workshopId) as { title: string; dots: number }[];
    return { byTitle: new Map(rows.map((r) => [r.title, r.dots])), source: 'SQLite file (export has no rounds)' };
  } finally {
    db.close();
  }
}

// ---- the bench -----------------------------------------------------------------------------

const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');
const stats = (values: number[]) => ({
  p50: percentile(values, 50),
  p95: percentile(values, 95),
  p99: percentile(values, 99),
  max: values.length ? Math.max(...values) : Number.NaN,
});

export interface PhonesBench {
  title: string;
  columns: string[];
  figures: Figure[];
  notes: string[];
}

export async function benchPhones(): Promise<PhonesBench> {
  const dataDir = mkdtempSync(join(tmpdir(), 'agora-bench-phones-'));
  const procs: Proc[] = [];
  const notes: string[] = [];
  const streams: Stream[] = [];
  // Client, bare server and Agora share this machine: a busy machine moves every figure.
  const load = () => loadavg()[0]!.toFixed(2);
  const loadBefore = load();
  try {
    // The store before any phone: `list` seeds the demo workshop and names it.
    const listed = await cli(['list', '--data-dir', dataDir]);
    const workshopId = listed.split('\n')[0]?.split('\t')[0];
    if (!workshopId) throw new Error(`agora list printed no workshop:\n${listed}`);
    // Dots already in the round (none in the demo today), read the same way as after the bench.
    const baseline = await storeTotals(dataDir, workshopId).catch((error: Error) => {
      notes.push(`baseline from the store failed (${error.message}); assuming an empty round`);
      return { byTitle: new Map<string, number>(), source: 'none' };
    });

    const bare = startProcess(['--input-type=module', '-e', BARE_SERVER]);
    procs.push(bare);
    const barePort = Number((await bare.waitForLine(/^listening: (\d+)/))[1]);

    const prof = process.env.AGORA_BENCH_PROF;
    const agora = startProcess([
      ...(prof ? ['--cpu-prof', '--cpu-prof-dir', resolve(prof)] : []),
      '--import',
      'tsx',
      'electron/cli.ts',
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
      // Every simulated phone votes: the voter ceiling (30 for the demo) has its own tests.
      '--max-voters',
      '10000',
    ]);
    procs.push(agora);
    const facilitatorUrl = new URL((await agora.waitForLine(/^facilitator: (\S+)/))[1]!);
    const participants = (await agora.waitForLine(/^participants: (\S+)/))[1]!;
    const joinUrl = participants.match(/^http:\/\/[^/:]+:(\d+)\/j\/([A-Z0-9]+)$/);
    if (!joinUrl) throw new Error(`participants line is not http://<addr>:<port>/j/<CODE>: ${participants}`);
    const agoraTarget: Target = { name: 'agora', host: '127.0.0.1', port: Number(joinUrl[1]), code: joinUrl[2]! };
    const bareTarget: Target = { name: 'bare', host: '127.0.0.1', port: barePort, code: agoraTarget.code };

    // The projector's side: the facilitator's event stream on the host, from the start.
    const eventTimes: number[] = [];
    let onEvent: (() => void) | null = null;
    streams.push(
      await openStream(
        new URL(`/api/events?token=${facilitatorUrl.searchParams.get('token')}`, facilitatorUrl),
        {},
        (data) => {
          if ((JSON.parse(data) as { name?: string }).name !== 'votes:changed') return;
          eventTimes.push(performance.now());
          onEvent?.();
        },
      ),
    );

    const acks: Acks = new Map();

    // Warm both servers up (JIT, statement caches); these phones' votes still count for "lost".
    await runPhones(bareTarget, makePhones(WARMUP_PHONES), WARMUP_PHONES, new Map());
    const warm = await runPhones(agoraTarget, makePhones(WARMUP_PHONES), WARMUP_PHONES, acks);
    if (warm.errors.count > 0) notes.push(`warm-up errors: ${describeErrors(warm.errors)}`);

    const figures: Figure[] = [];
    let eventPhones: Phone[] = [];
    let ackedInRuns = warm.votes;
    for (const inFlight of IN_FLIGHT) {
      const b = await runPhones(bareTarget, makePhones(PHONES), inFlight, new Map());
      const phones = makePhones(PHONES);
      const a = await runPhones(agoraTarget, phones, inFlight, acks);
      ackedInRuns += a.votes;
      eventPhones = phones.filter((p) => p.token);
      const at = `${inFlight} in flight`;
      const as = stats(a.latencies);
      const bs = stats(b.latencies);
      const tputA = a.votes / a.seconds;
      const tputB = b.votes / b.seconds;
      const ratio = tputA / tputB;
      const expectedVotes = PHONES * VOTES_PER_PHONE;
      figures.push(
        {
          measure: `${at}: votes acknowledged`,
          cells: [`${a.votes}/${expectedVotes}`, `${b.votes}/${expectedVotes}`],
        },
        { measure: `${at}: throughput (votes/s)`, cells: [f1(tputA), f1(tputB)] },
        {
          measure: `${at}: throughput agora / bare`,
          cells: [`${ratio.toFixed(2)}×`, ''],
          target: `≥ ${TARGETS.ratio}×`,
          met: ratio >= TARGETS.ratio,
        },
        { measure: `${at}: vote latency p50 (ms)`, cells: [f1(as.p50), f1(bs.p50)] },
        { measure: `${at}: vote latency p95 (ms)`, cells: [f1(as.p95), f1(bs.p95)] },
        {
          measure: `${at}: vote latency p99 (ms)`,
          cells: [f1(as.p99), f1(bs.p99)],
          target: `≤ ${TARGETS.p99Ms} ms`,
          met: as.p99 <= TARGETS.p99Ms,
        },
        { measure: `${at}: vote latency max (ms)`, cells: [f1(as.max), f1(bs.max)] },
        {
          measure: `${at}: join + state p95 (ms)`,
          cells: [f1(percentile(a.joinMs, 95)), f1(percentile(b.joinMs, 95))],
        },
        {
          measure: `${at}: errors`,
          cells: [describeErrors(a.errors), describeErrors(b.errors)],
          target: '0',
          met: a.errors.count === 0,
        },
      );
    }
    // "sent once per acknowledged vote" (shared/events.ts): let the stream drain, then count.
    await new Promise((r) => setTimeout(r, 500));
    figures.push({
      measure: 'projector votes:changed events / acknowledged votes',
      cells: [`${eventTimes.length}/${ackedInRuns}`, ''],
    });

    // Projector delay: 500 phones listening on /p/events, one vote at a time, ack → facilitator event.
    const phoneStreams = await Promise.allSettled(
      eventPhones.map((phone) =>
        openStream(
          new URL(`http://${agoraTarget.host}:${agoraTarget.port}/p/events`),
          { headers: { authorization: `Bearer ${phone.token}` }, localAddress: phone.address },
          () => {},
        ),
      ),
    );
    const listening = phoneStreams.filter((s) => s.status === 'fulfilled').length;
    for (const s of phoneStreams) if (s.status === 'fulfilled') streams.push(s.value);
    const failedStreams = phoneStreams.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failedStreams)
      notes.push(`phone event streams: ${eventPhones.length - listening} failed (${failedStreams.reason})`);

    const delays: number[] = [];
    const eventErrors = newErrors();
    let missing = 0;
    let beforeAck = 0;
    const rereads: number[] = [];
    let staleReads = 0;
    let lastTotal = -1;
    const hostTarget: Target = { name: 'host', host: '127.0.0.1', port: Number(facilitatorUrl.port), code: '' };
    const facilitator: Phone = {
      address: '127.0.0.1',
      agent: new http.Agent({ keepAlive: true, maxSockets: 1 }),
      token: facilitatorUrl.searchParams.get('token') ?? '',
      start: 0,
      tried: 0,
    };
    for (let k = 0; k < Math.min(EVENT_VOTES, eventPhones.length * 2); k++) {
      const phone = eventPhones[k % eventPhones.length]!;
      const seen = eventTimes.length;
      const reply = await vote(agoraTarget, phone, eventErrors, acks);
      if (reply.status !== 200) continue;
      const ackAt = performance.now();
      const arrived = await new Promise<number | null>((done) => {
        if (eventTimes.length > seen) return done(eventTimes[seen]!);
        const timer = setTimeout(() => {
          onEvent = null;
          done(null);
        }, EVENT_TIMEOUT_MS);
        onEvent = () => {
          clearTimeout(timer);
          onEvent = null;
          done(eventTimes[seen]!);
        };
      });
      if (arrived === null) missing++;
      else {
        if (arrived < ackAt) beforeAck++;
        delays.push(Math.max(0, arrived - ackAt));
        // What the projector does next: re-read the results through the host's API.
        const read = await send(hostTarget, facilitator, 'POST', '/api/call/rounds:results', {
          roundId: phone.roundId,
        });
        const total = (read.body as { value?: { ballotTotal?: number } } | undefined)?.value?.ballotTotal;
        if (read.status !== 200 || total === undefined) noteError(eventErrors, 'results', read);
        else {
          if (total <= lastTotal) staleReads++;
          lastTotal = total;
          rereads.push(performance.now() - ackAt);
        }
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    const ds = stats(delays);
    figures.push(
      { measure: `projector: phones listening on /p/events`, cells: [`${listening}/${eventPhones.length}`, ''] },
      { measure: `projector: ack → votes:changed p50 (ms)`, cells: [f1(ds.p50), ''] },
      {
        measure: `projector: ack → votes:changed p95 (ms)`,
        cells: [f1(ds.p95), ''],
        target: `≤ ${TARGETS.eventMs} ms`,
        met: ds.p95 <= TARGETS.eventMs,
      },
      {
        measure: `projector: ack → votes:changed max (ms)`,
        cells: [f1(ds.max), ''],
        target: `≤ ${TARGETS.eventMs} ms`,
        met: ds.max <= TARGETS.eventMs && missing === 0,
      },
      {
        measure: 'projector: ack → results re-read via the host API p50 (ms)',
        cells: [f1(percentile(rereads, 50)), ''],
      },
      {
        measure: 'projector: ack → results re-read via the host API p95 (ms)',
        cells: [f1(percentile(rereads, 95)), ''],
      },
      {
        measure: 'projector: re-read results missing the vote just acknowledged',
        cells: [`${staleReads}/${rereads.length}`, ''],
      },
      {
        measure: `projector: votes without an event within ${EVENT_TIMEOUT_MS} ms`,
        cells: [`${missing}/${delays.length + missing}`, ''],
        target: '0',
        met: missing === 0 && eventErrors.count === 0,
      },
    );
    if (beforeAck > 0)
      notes.push(`${beforeAck} of ${delays.length} events arrived before the vote's answer (counted as 0 ms)`);
    if (eventErrors.count > 0) notes.push(`projector votes refused: ${describeErrors(eventErrors)}`);

    for (const s of streams.splice(0)) s.close();
    const how = await agora.stop();
    if (how !== 'exit 0') notes.push(`the server ended with "${how}" on SIGTERM`);
    if (prof) notes.push(`server CPU profile written to ${resolve(prof)} (open in Chrome DevTools → Performance)`);

    // Votes lost: acknowledged +1s vs the store after the server stopped.
    const final = await storeTotals(dataDir, workshopId);
    let lost = 0;
    let unacknowledged = 0;
    let acked = 0;
    for (const title of new Set([...final.byTitle.keys(), ...acks.keys()])) {
      const expected = (baseline.byTitle.get(title) ?? 0) + (acks.get(title) ?? 0);
      const stored = final.byTitle.get(title) ?? 0;
      acked += acks.get(title) ?? 0;
      if (stored < expected) lost += expected - stored;
      else unacknowledged += stored - expected;
    }
    figures.push(
      {
        measure: `votes lost (acknowledged, not in the store)`,
        cells: [`${lost}/${acked}`, '—'],
        target: '0',
        met: lost === 0,
      },
      { measure: 'votes stored without an acknowledgement', cells: [String(unacknowledged), '—'] },
    );
    notes.push(`store read from: ${final.source}`);
    notes.push(
      `${cpus().length} CPUs shared by the phones, the bare server and Agora; load average ${loadBefore} before, ${load()} after`,
    );
    return {
      title: `${PHONES} phones voting on loopback: the real participant server (agora) vs bare node:http (bare), ${VOTES_PER_PHONE} dots each`,
      columns: ['agora', 'bare'],
      figures,
      notes,
    };
  } finally {
    for (const s of streams) s.close();
    for (const agent of agents.splice(0)) agent.destroy();
    await Promise.all(procs.map((p) => p.stop(5_000)));
    if (process.env.AGORA_BENCH_KEEP) console.log(`  note: data kept in ${dataDir}`);
    else if (existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
  }
}
