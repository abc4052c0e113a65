/** A server-sent event stream on a hijacked fastify reply, shared by the browser host and the participant server. */
import type { FastifyReply } from 'fastify';

// Proxies, Wi-Fi access points and phones drop idle connections; a comment line every 20 s keeps the stream up.
const HEARTBEAT_MS = 20_000;

export interface EventStream {
  /** Sends one event as a `data:` line of JSON; nothing once the client has gone. */
  send(data: unknown): void;
  end(): void;
  readonly closed: boolean;
}

export function openEventStream(reply: FastifyReply, onClose: () => void): EventStream {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  res.on('close', () => {
    clearInterval(heartbeat);
    onClose();
  });
  return {
    send(data) {
      if (!res.destroyed && !res.writableEnded) res.write(`data: ${JSON.stringify(data)}\n\n`);
    },
    end: () => res.end(),
    get closed() {
      return res.destroyed || res.writableEnded;
    },
  };
}
