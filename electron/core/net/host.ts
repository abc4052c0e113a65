/**
 * The browser host: the same core and renderer served on 127.0.0.1, for machines where the
 * Electron window cannot run (and for the e2e tests). Every route under /api/ needs the
 * per-launch secret; the static renderer files do not (they hold no data).
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { ORIGIN_HEADER } from '../../../shared/bridge.ts';
import type { Method } from '../../../shared/contract/index.ts';
import type { ErrorCode } from '../../../shared/result.ts';
import type { Core } from '../app.ts';
import { openEventStream } from './eventStream.ts';
import { nestsDeeperThan } from './jsonDepth.ts';
import { CONTENT_SECURITY_POLICY, newSecret, secretMatches } from './security.ts';

export interface HostOptions {
  core: Core;
  /** 0 picks a free port. */
  port: number;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** Fixed secret (tests); otherwise a new random one each launch. */
  secret?: string;
}

export interface Host {
  url: string;
  /** The facilitator's address, secret included. */
  facilitatorUrl: string;
  port: number;
  close(): Promise<void>;
}

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthorized: 401,
  not_found: 404,
  unknown_method: 404,
  conflict: 409,
  internal: 500,
};

// A 5 000-row CSV import is about 2 MB of JSON; 8 MB leaves room and still bounds memory.
const BODY_LIMIT = 8 * 1024 * 1024;
/** Every other call is a form's worth of JSON: refused over 256 KB before it is read. */
const SMALL_BODY_LIMIT = 256 * 1024;
const LARGE_INPUT: ReadonlySet<string> = new Set<Method>(['participants:import', 'topics:import', 'workshops:import']);
/** Deeper than anything Agora sends (a workshop file nests ~6 levels). */
const MAX_JSON_DEPTH = 64;

const errorBody = (code: ErrorCode, message: string) => ({ error: { code, message } });

export async function startHost(options: HostOptions): Promise<Host> {
  const { core } = options;
  const secret = options.secret ?? newSecret();
  // forceCloseConnections: open event streams must not keep close() waiting.
  const app: FastifyInstance = Fastify({ bodyLimit: BODY_LIMIT, logger: false, forceCloseConnections: true });
  let port = options.port;

  // Only loopback names: a web page elsewhere cannot reach us by DNS rebinding.
  app.addHook('onRequest', async (request, reply) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) {
      return reply.code(403).send(errorBody('unauthorized', 'Agora answers on 127.0.0.1 only.'));
    }
  });

  // The API lives in its own scope, so its secret check guards whatever URL spelling routes
  // into it (a check on request.url alone missed "/%61pi/…").
  await app.register(
    async (api) => {
      api.addHook('onRequest', async (request, reply) => {
        const bearer = request.headers.authorization?.replace(/^Bearer /, '');
        const query = (request.query as { token?: string } | undefined)?.token;
        // EventSource cannot set headers, so the event stream alone also accepts ?token=.
        const given = bearer ?? (request.routeOptions.url === '/api/events' ? query : undefined);
        if (!secretMatches(secret, given)) {
          return reply
            .code(401)
            .send(errorBody('unauthorized', 'Missing or wrong secret: open Agora from the address it printed.'));
        }
      });
      // Heavy bodies are refused before they are parsed: the loop that parses them answers phones too.
      api.addHook('preParsing', async (request, reply) => {
        const method = (request.params as { method?: string }).method ?? '';
        const limit = LARGE_INPUT.has(method) ? BODY_LIMIT : SMALL_BODY_LIMIT;
        if (Number(request.headers['content-length'] ?? 0) > limit)
          return reply.code(413).send(errorBody('invalid_input', `The request is larger than ${limit} bytes.`));
      });
      api.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
        const text = String(body);
        if (nestsDeeperThan(text, MAX_JSON_DEPTH))
          return done(
            Object.assign(new Error(`The request nests deeper than ${MAX_JSON_DEPTH} levels.`), { statusCode: 400 }),
          );
        try {
          done(null, text.length === 0 ? {} : JSON.parse(text));
        } catch (error) {
          done(
            Object.assign(new Error(`The request is not valid JSON: ${(error as Error).message}`), { statusCode: 400 }),
          );
        }
      });
      api.setErrorHandler((error: Error & { statusCode?: number; code?: string }, _request, reply) => {
        if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
          return reply.code(413).send(errorBody('invalid_input', `The request is larger than ${BODY_LIMIT} bytes.`));
        if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
          return reply.code(error.statusCode).send(errorBody('invalid_input', error.message));
        return reply.code(500).send(errorBody('internal', 'The Agora host failed; nothing was changed.'));
      });
      api.post<{ Params: { method: string } }>('/call/:method', async (request, reply) => {
        const origin = request.headers[ORIGIN_HEADER];
        const result = await core.dispatch(request.params.method, request.body ?? {}, {
          origin: typeof origin === 'string' ? origin : undefined,
        });
        return reply.code(result.ok ? 200 : STATUS_BY_CODE[result.error.code]).send(result);
      });
      api.get('/events', (_request, reply) => streamEvents(core, reply));
      api.all('/*', async (_request, reply) => reply.code(404).send(errorBody('unknown_method', 'No such route.')));
    },
    { prefix: '/api' },
  );

  if (existsSync(options.staticDir)) {
    await app.register(fastifyStatic, {
      root: options.staticDir,
      setHeaders: (reply) => {
        reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
        reply.header('X-Content-Type-Options', 'nosniff');
        reply.header('Referrer-Policy', 'no-referrer');
      },
    });
  } else {
    app.get('/', async (_request, reply) =>
      reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send(`The renderer is not built (${options.staticDir} is missing). Run: npm run build:renderer`),
    );
  }

  await app.listen({ host: '127.0.0.1', port });
  port = (app.server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    facilitatorUrl: `${url}?token=${secret}`,
    port,
    close: () => app.close(),
  };
}

function streamEvents(core: Core, reply: FastifyReply): void {
  let unsubscribe = () => {};
  const stream = openEventStream(reply, () => unsubscribe());
  unsubscribe = core.subscribe((event) => stream.send(event));
}
