/**
 * A phone, as the participant server sees one: plain HTTP/1.1 from a chosen source address
 * (the server rate-limits per address, and 127.0.0.0/8 is all loopback on Linux), raw bodies
 * when a test needs to send something broken, and a server-sent event reader.
 */
import { type Agent, type IncomingHttpHeaders, request } from 'node:http';
import type { PhoneEvent } from '../../shared/protocol.ts';

export interface PhoneResponse<T = unknown> {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** The parsed body when the server answered JSON, else undefined. */
  json: T;
}

export interface PhoneRequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is (broken JSON, oversized bodies); `headers` says its content type. */
  rawBody?: string;
  token?: string;
  headers?: Record<string, string>;
  /** The source address, 127.0.0.x. */
  from?: string;
  /** false: a fresh connection, not one kept alive from an earlier request. */
  agent?: Agent | false;
}

export function phoneRequest<T = unknown>(
  base: string,
  path: string,
  options: PhoneRequestOptions = {},
): Promise<PhoneResponse<T>> {
  const url = new URL(path, base);
  const headers: Record<string, string> = { ...options.headers };
  let payload: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    payload = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: options.method ?? (payload === undefined ? 'GET' : 'POST'),
        headers,
        localAddress: options.from,
        agent: options.agent,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const json = /application\/json/.test(res.headers['content-type'] ?? '') ? JSON.parse(text) : undefined;
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export interface EventStream {
  status: number;
  headers: IncomingHttpHeaders;
  /** Every event received so far, in order. */
  received: PhoneEvent[];
  /** The next event not yet taken by next(); rejects if the stream ends first. */
  next(): Promise<PhoneEvent>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

/** Opens /p/events (the token in the query, as EventSource does, or as a bearer header). */
export function openEvents(
  base: string,
  token: string | undefined,
  via: 'query' | 'header' = 'query',
  from?: string,
): Promise<EventStream> {
  const url = new URL(via === 'query' && token ? `/p/events?token=${encodeURIComponent(token)}` : '/p/events', base);
  const headers: Record<string, string> = { accept: 'text/event-stream' };
  if (via === 'header' && token) headers.authorization = `Bearer ${token}`;
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, headers, localAddress: from },
      (res) => {
        const received: PhoneEvent[] = [];
        let taken = 0;
        let buffer = '';
        let done = false;
        const waiters: { resolve: (e: PhoneEvent) => void; reject: (e: Error) => void }[] = [];
        let markEnded: () => void = () => {};
        const ended = new Promise<void>((r) => {
          markEnded = r;
        });
        const finish = () => {
          if (done) return;
          done = true;
          markEnded();
          for (const w of waiters.splice(0)) w.reject(new Error('the event stream ended'));
        };
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          for (let at = buffer.indexOf('\n\n'); at >= 0; at = buffer.indexOf('\n\n')) {
            const message = buffer.slice(0, at);
            buffer = buffer.slice(at + 2);
            for (const line of message.split('\n'))
              if (line.startsWith('data: ')) received.push(JSON.parse(line.slice(6)) as PhoneEvent);
          }
          while (waiters.length > 0 && taken < received.length) waiters.shift()?.resolve(received[taken++]!);
        });
        res.on('end', finish);
        res.on('close', finish);
        res.on('error', finish);
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          received,
          next: () =>
            taken < received.length
              ? Promise.resolve(received[taken++]!)
              : done
                ? Promise.reject(new Error('the event stream ended'))
                : new Promise((resolve, reject) => waiters.push({ resolve, reject })),
          ended,
          close: () => req.destroy(),
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}
