/**
 * The participant server: what phones on the local network reach. It serves the phone page
 * at /j/<CODE> and the participant protocol under /p/ (shared/protocol.ts), and nothing
 * else: no facilitator route exists on this port, whatever the path.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { AgoraEvent, ChangeArea, EventListener } from '../../../shared/contract/index.ts';
import { PHONE_ERROR_STATUS, type PhoneErrorCode, type PhoneEvent } from '../../../shared/protocol.ts';
import { DomainError } from '../../../shared/result.ts';
import type { LanAddress, LanStartOptions, LanStatus } from '../../../shared/voting.ts';
import type { Voter } from '../db/voters.ts';
import type { LanControl } from '../services/context.ts';
import type { PhoneResult, PhoneService } from '../services/phones.ts';
import {
  type ConnectionCounts,
  type ConnectionLimits,
  defaultConnectionLimits,
  guardConnections,
} from './connectionGuard.ts';
import { type EventStream, openEventStream } from './eventStream.ts';
import { type RateLimit, RateLimiter } from './rateLimit.ts';
import { CONTENT_SECURITY_POLICY } from './security.ts';

export interface LanLimits {
  /** Largest request body; a topic with a long pitch is ~3 KB. */
  bodyBytes: number;
  /** Every request from one address (one phone on the venue's network). */
  perAddress: RateLimit;
  /** Every request with one token. */
  perToken: RateLimit;
  /** Joins from one address. */
  joinsPerAddress: RateLimit;
  /** Open connections, in all and from one address (connectionGuard.ts). */
  connections: ConnectionLimits;
  timeouts: LanTimeouts;
}

/**
 * Slow clients are cut off: headers must arrive within 5 s (one packet, or a few retransmits
 * on a congested Wi-Fi), a whole request (≤ 16 KB) within 10 s, and a keep-alive connection
 * idle for 15 s is closed (a voting phone reuses it sooner; the browser reopens one when it
 * needs to). A socket silent for 45 s is dropped; event streams write a heartbeat every 20 s.
 */
export interface LanTimeouts {
  headersMs: number;
  requestMs: number;
  keepAliveMs: number;
  idleSocketMs: number;
}

/**
 * A venue's Wi-Fi often puts the whole room behind one NAT address, so limits per address
 * must let a room through: 300 phones opening the page (~6 requests each) and voting at
 * 0.5 requests/s, 300 joins within a minute. What stops a flood of invented voters is the
 * voter ceiling and tickets (services/phones.ts), and what one token may do, not the address.
 */
export const DEFAULT_LAN_LIMITS: LanLimits = {
  bodyBytes: 16 * 1024,
  perAddress: { perSecond: 500, burst: 2_000 },
  perToken: { perSecond: 10, burst: 30 },
  // A room arriving together: 300 joins at once from one address, then 10 a second.
  joinsPerAddress: { perSecond: 10, burst: 300 },
  connections: defaultConnectionLimits(),
  timeouts: { headersMs: 5_000, requestMs: 10_000, keepAliveMs: 15_000, idleSocketMs: 45_000 },
};

/** How often Node checks the header and request timeouts (its default, 30 s, lets them overrun). */
const TIMEOUT_CHECK_MS = 1_000;

export interface LanServerOptions {
  phones: PhoneService;
  subscribe: (listener: EventListener) => () => void;
  emit: (event: AgoraEvent) => void;
  /** The built renderer (dist/renderer): the phone page and its assets. */
  rendererDir: string;
  limits?: Partial<LanLimits>;
}

const errorBody = (code: PhoneErrorCode, message: string) => ({ error: { code, message } });

/** Change areas that alter the published session grid as phones see it. */
const GRID_AREAS: ReadonlySet<ChangeArea> = new Set(['grid', 'topics', 'groups', 'rooms', 'slots', 'participants']);

function send<T>(reply: FastifyReply, result: PhoneResult<T>): FastifyReply {
  if (result.ok) return reply.code(200).send(result.value);
  return reply
    .code(PHONE_ERROR_STATUS[result.error.code])
    .send(
      result.error.code === 'internal'
        ? errorBody('internal', 'Something went wrong; nothing was changed.')
        : { error: result.error },
    );
}

const tooMany = (reply: FastifyReply, retryAfterSeconds: number, message: string) =>
  reply.code(429).header('retry-after', String(retryAfterSeconds)).send(errorBody('rate_limited', message));

const bearer = (request: FastifyRequest): string | undefined => {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
};

/** The machine's addresses phones can reach, Wi-Fi and Ethernet first; loopback when there is none. */
export function lanAddresses(host: string): LanAddress[] {
  if (host !== '0.0.0.0') return [{ name: host === '127.0.0.1' ? 'loopback' : 'chosen', address: host }];
  const found: LanAddress[] = [];
  for (const [name, infos] of Object.entries(networkInterfaces())) {
    for (const info of infos ?? [])
      if (info.family === 'IPv4' && !info.internal) found.push({ name, address: info.address });
  }
  // Virtual adapters (Docker, VMs, VPNs) are not where the phones are: list them last.
  const virtual = (a: LanAddress) =>
    /^(docker|br-|veth|virbr|vmnet|vbox|utun|tun|tap|zt|tailscale)/i.test(a.name) ? 1 : 0;
  found.sort((a, b) => virtual(a) - virtual(b));
  return found.length > 0 ? found : [{ name: 'loopback', address: '127.0.0.1' }];
}

interface PhoneStream {
  voterId: string;
  workshopId: string;
  generation: number;
  events: EventStream;
}

/** A listen failure as the facilitator can act on it. */
function listenError(error: unknown, host: string, port: number): unknown {
  const code = (error as { code?: string }).code;
  if (code === 'EADDRINUSE')
    return new DomainError('conflict', `Port ${port} is already in use; choose another or leave it at 0.`, 'port');
  if (code === 'EADDRNOTAVAIL')
    return new DomainError('invalid_input', `This computer has no address ${host}.`, 'host');
  if (code === 'EACCES')
    return new DomainError(
      'conflict',
      `This computer does not let Agora listen on port ${port}; choose one above 1024.`,
      'port',
    );
  return new DomainError('conflict', `The participant server could not start: ${String(error)}`);
}

export function createLanServer(options: LanServerOptions): LanControl & { close(): Promise<void> } {
  const limits = { ...DEFAULT_LAN_LIMITS, ...options.limits };
  const { phones } = options;
  let app: FastifyInstance | null = null;
  let listening: { host: string; port: number } | null = null;
  // The address the facilitator picked to give phones; the best guess (Wi-Fi, Ethernet) otherwise.
  let advertised: string | null = null;
  const streams = new Set<PhoneStream>();
  let unsubscribe: (() => void) | null = null;
  let sweeper: NodeJS.Timeout | null = null;
  let connectionCounts: () => ConnectionCounts = () => ({ total: 0, refused: 0, busiestAddress: 0 });

  const push = (stream: PhoneStream, event: PhoneEvent) => stream.events.send(event);

  const status = (): LanStatus => {
    if (!listening) return { running: false, port: null, host: null, addresses: [], baseUrl: null };
    const found = lanAddresses(listening.host);
    const chosen = found.filter((a) => a.address === advertised);
    const addresses = [...chosen, ...found.filter((a) => a.address !== advertised)];
    return {
      running: true,
      port: listening.port,
      host: listening.host,
      addresses,
      baseUrl: `http://${addresses[0]?.address ?? '127.0.0.1'}:${listening.port}`,
    };
  };

  async function build(): Promise<FastifyInstance> {
    const perAddress = new RateLimiter(limits.perAddress);
    const perToken = new RateLimiter(limits.perToken);
    const joins = new RateLimiter(limits.joinsPerAddress);
    sweeper = setInterval(() => {
      perAddress.sweep();
      perToken.sweep();
      joins.sweep();
    }, 60_000);
    sweeper.unref();

    // The page is read once: a phone's request should not wait on the disk.
    let phonePage: string | null = null;
    try {
      phonePage = readFileSync(join(options.rendererDir, 'participant/index.html'), 'utf8');
    } catch {
      phonePage = null;
    }

    const server = Fastify({
      bodyLimit: limits.bodyBytes,
      logger: false,
      forceCloseConnections: true,
      requestTimeout: limits.timeouts.requestMs,
      keepAliveTimeout: limits.timeouts.keepAliveMs,
      connectionTimeout: limits.timeouts.idleSocketMs,
      http: {
        headersTimeout: Math.min(limits.timeouts.headersMs, limits.timeouts.requestMs),
        connectionsCheckingInterval: Math.min(TIMEOUT_CHECK_MS, limits.timeouts.headersMs),
      },
      // A client too slow to send its headers, or one sending garbage, is cut off without an
      // answer: writing thousands of 408s at once (slow connections timing out together)
      // held the loop that answers votes.
      clientErrorHandler: (_error, socket) => socket.destroy(),
    });
    connectionCounts = guardConnections(server.server, limits.connections);
    server.addHook('onRequest', async (request, reply) => {
      if (!perAddress.take(request.ip)) return tooMany(reply, 1, 'Too many requests: wait a moment.');
    });
    server.addHook('onSend', async (_request, reply) => {
      reply.header('X-Content-Type-Options', 'nosniff');
      reply.header('Referrer-Policy', 'no-referrer');
    });
    server.setErrorHandler((error: Error & { code?: string; statusCode?: number }, _request, reply) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
        return reply
          .code(413)
          .send(errorBody('payload_too_large', `The request is larger than ${limits.bodyBytes} bytes.`));
      if (
        error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
        error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
        error instanceof SyntaxError
      )
        return reply.code(400).send(errorBody('invalid_input', `The request is not valid JSON: ${error.message}`));
      if (error.statusCode === 404 || error.statusCode === 403)
        return reply.code(404).send(errorBody('not_found', 'No such file.'));
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
        return reply.code(400).send(errorBody('invalid_input', `The request was refused: ${error.message}`));
      console.error('[agora] participant server:', error);
      return reply.code(500).send(errorBody('internal', 'Something went wrong; nothing was changed.'));
    });
    server.setNotFoundHandler((_request, reply) => reply.code(404).send(errorBody('not_found', 'No such route.')));

    /** Runs a handler for the phone behind the bearer token, under its own rate limit. */
    const asPhone =
      (handler: (voter: Voter, request: FastifyRequest, reply: FastifyReply) => unknown, token = bearer) =>
      async (request: FastifyRequest, reply: FastifyReply) => {
        const given = token(request);
        const voter = phones.authenticate(given);
        if (!voter.ok) return send(reply, voter);
        if (!perToken.take(given as string)) return tooMany(reply, 1, 'Too many requests: wait a moment.');
        reply.header('cache-control', 'no-store');
        return handler(voter.value, request, reply);
      };

    server.post('/p/join', async (request, reply) => {
      if (!joins.take(request.ip)) return tooMany(reply, 5, 'Too many joins from this device.');
      const result = await phones.join(request.body);
      if (!result.ok) return send(reply, result);
      const { token, workshop, admitted, code } = result.value;
      return send(reply, { ok: true, value: { token, workshop, admitted, code } });
    });
    server.get(
      '/p/state',
      asPhone((voter, _q, reply) => send(reply, phones.state(voter))),
    );
    server.post(
      '/p/votes',
      asPhone(async (voter, request, reply) => send(reply, await phones.vote(voter, request.body))),
    );
    server.post(
      '/p/topics',
      asPhone(async (voter, request, reply) => send(reply, await phones.suggestTopic(voter, request.body))),
    );
    server.post(
      '/p/name',
      asPhone(async (voter, request, reply) => send(reply, await phones.rename(voter, request.body))),
    );
    server.get(
      '/p/grid',
      asPhone((voter, _q, reply) => send(reply, phones.grid(voter))),
    );
    server.post(
      '/p/attend',
      asPhone(async (voter, request, reply) => send(reply, await phones.attend(voter, request.body))),
    );
    server.get(
      '/p/events',
      asPhone(
        (voter, _request, reply) => streamTo(voter, reply),
        // EventSource cannot set headers: the stream alone also takes ?token=.
        (request) => bearer(request) ?? (request.query as { token?: string }).token,
      ),
    );

    // /j/CODE: joined by the code on the projected screen; /t/TICKET: by a printed ticket's QR code.
    const phonePageRoute = async (_request: FastifyRequest, reply: FastifyReply) => {
      if (!phonePage)
        return reply
          .code(503)
          .type('text/plain; charset=utf-8')
          .send('The phone page is not built (npm run build:renderer).');
      return reply
        .type('text/html; charset=utf-8')
        .header('Content-Security-Policy', CONTENT_SECURITY_POLICY)
        .header('cache-control', 'no-cache')
        .send(phonePage);
    };
    server.get('/j/:code', phonePageRoute);
    server.get('/t/:ticket', phonePageRoute);
    server.get('/', async (_request, reply) =>
      reply.type('text/plain; charset=utf-8').send('Agora: open the address shown on the projected screen (…/j/CODE).'),
    );
    await server.register(fastifyStatic, {
      root: join(options.rendererDir, 'assets'),
      prefix: '/assets/',
      // Hashed file names: a phone can keep them for the day.
      maxAge: '1d',
      immutable: true,
      setHeaders: (res) => res.header('X-Content-Type-Options', 'nosniff'),
    });
    return server;
  }

  function streamTo(voter: Voter, reply: FastifyReply): void {
    // One stream a phone: a reconnecting page replaces its old stream instead of piling them up.
    for (const old of streams) {
      if (old.voterId !== voter.id) continue;
      streams.delete(old);
      old.events.end();
    }
    const stream: PhoneStream = {
      voterId: voter.id,
      workshopId: voter.workshopId,
      generation: voter.generation,
      events: openEventStream(reply, () => streams.delete(stream)),
    };
    streams.add(stream);
    gridShown.set(voter.workshopId, phones.gridPublished(voter.workshopId));
  }

  const tellWorkshop = (workshopId: string, event: PhoneEvent = { type: 'rounds' }) => {
    for (const stream of streams) if (stream.workshopId === workshopId) push(stream, event);
  };
  // Whether each workshop with phones listening has its session grid published: a grid taken
  // down is told to phones that saw it, and a workshop without one tells them nothing.
  const gridShown = new Map<string, boolean>();
  /** The published grid changed (or was published, or taken down): phones re-read /p/grid. */
  const onGridChange = (workshopId: string, area: ChangeArea) => {
    const published = phones.gridPublished(workshopId);
    const before = gridShown.get(workshopId) ?? false;
    gridShown.set(workshopId, published);
    if (published || (area === 'grid' && before)) tellWorkshop(workshopId, { type: 'grid' });
  };
  // The round on the projected screen is the one phones show: when another round's results go
  // up, the room's phones follow. Other projector changes (the wall, a countdown) leave them be.
  let projectedRound: string | null = null;

  /** Phones hear about round changes only, never about each vote: 500 phones × every vote would swamp the Wi-Fi. */
  const onCoreEvent = (event: AgoraEvent) => {
    if (event.name === 'projector:changed') {
      const { workshopId, view, roundId } = event.payload;
      if (view === 'results' && workshopId && roundId !== projectedRound) {
        projectedRound = roundId;
        tellWorkshop(workshopId);
      }
      return;
    }
    if (event.name !== 'workshop:changed') return;
    const { workshopId, area } = event.payload;
    if (area === 'rounds') tellWorkshop(workshopId);
    // What the published grid shows: places, titles, rooms, times, hosts. Never attendance marks:
    // each phone's "I'll attend" would have the whole room re-read the grid.
    if (GRID_AREAS.has(area) && [...streams].some((s) => s.workshopId === workshopId)) onGridChange(workshopId, area);
  };

  async function startNow({ host, port }: LanStartOptions): Promise<LanStatus> {
    if (listening && listening.host === host && (port === 0 || listening.port === port)) return status();
    if (app) await stopNow();
    const server = await build();
    try {
      await server.listen({ host, port });
    } catch (error) {
      await server.close();
      if (sweeper) clearInterval(sweeper);
      throw listenError(error, host, port);
    }
    app = server;
    listening = { host, port: (server.server.address() as AddressInfo).port };
    unsubscribe = options.subscribe(onCoreEvent);
    options.emit({ name: 'lan:changed', payload: status() });
    return status();
  }

  async function stopNow(): Promise<LanStatus> {
    if (!app) return status();
    unsubscribe?.();
    unsubscribe = null;
    if (sweeper) clearInterval(sweeper);
    for (const stream of streams) stream.events.end();
    streams.clear();
    const closing = app;
    app = null;
    listening = null;
    await closing.close();
    options.emit({ name: 'lan:changed', payload: status() });
    return status();
  }

  // Starts and stops run one after the other: two quick clicks must not leave a second server
  // listening that nothing can stop.
  let queue: Promise<unknown> = Promise.resolve();
  const serialised = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };

  const control = {
    status,
    start: (options: LanStartOptions) => serialised(() => startNow(options)),
    stop: () => serialised(stopNow),
    advertise(address: string): LanStatus {
      if (!listening) throw new DomainError('conflict', 'The participant server is off.');
      if (!lanAddresses(listening.host).some((a) => a.address === address))
        throw new DomainError('not_found', `This computer has no network address ${address}.`, 'address');
      advertised = address;
      options.emit({ name: 'lan:changed', payload: status() });
      return status();
    },
    admitted(voterIds: readonly string[]): void {
      const ids = new Set(voterIds);
      for (const stream of streams) if (ids.has(stream.voterId)) push(stream, { type: 'admitted' });
    },
    signOutOlderPhones(workshopId: string, generation: number): void {
      for (const stream of streams) {
        if (stream.workshopId !== workshopId || stream.generation >= generation) continue;
        push(stream, { type: 'signed-out' });
        stream.events.end();
        streams.delete(stream);
      }
    },
    close: () => control.stop().then(() => undefined),
    connections: () => connectionCounts(),
  };
  return control;
}
