/**
 * Keeps one machine (or one venue) from exhausting the process through the participant port.
 * The laptop's own host, the store and the backups live in the same process and share its
 * file descriptors: ~20,400 slow connections once left the facilitator's host answering
 * nothing. So the LAN server takes at most `total` connections, well below the process's
 * file limit, and at most `perAddress` from one address — generous, because a venue's Wi-Fi
 * often puts the whole room behind one NAT address (300 phones × a page, an event stream
 * and a vote connection each). Half-sent requests and idle keep-alive connections are closed
 * by the server's timeouts (see lan.ts), so a slow client cannot hold its share for long.
 */
import { readFileSync } from 'node:fs';
import type { Server, Socket } from 'node:net';

export interface ConnectionLimits {
  total: number;
  perAddress: number;
}

/** What we leave for everything else in the process: the store, its WAL, backups, the host, files served. */
const RESERVED_FILES = 1024;

/** The process's open-file limit where the OS tells it (Linux); a conservative guess elsewhere. */
export function openFileLimit(): number {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('Max open files'));
    const soft = Number(line?.split(/\s{2,}/)[1]);
    if (Number.isFinite(soft) && soft > 0) return soft;
  } catch {
    // not Linux
  }
  // Node raises the soft limit to the hard one at start; macOS caps that at 10,240 (OPEN_MAX).
  return process.platform === 'win32' ? 16_384 : 10_240;
}

/** The LAN server's share of the file limit: 3,000 phones need ~6,000 connections. */
export function defaultConnectionLimits(fileLimit = openFileLimit()): ConnectionLimits {
  const total = Math.max(256, Math.min(16_000, fileLimit - RESERVED_FILES));
  return { total, perAddress: Math.min(total, 2_000) };
}

export interface ConnectionCounts {
  total: number;
  refused: number;
  busiestAddress: number;
}

/** Counts connections per address and refuses (closes at once) those over the limits. */
export function guardConnections(server: Server, limits: ConnectionLimits): () => ConnectionCounts {
  const byAddress = new Map<string, number>();
  let total = 0;
  let refused = 0;
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '?';
    const mine = byAddress.get(address) ?? 0;
    if (total >= limits.total || mine >= limits.perAddress) {
      refused++;
      socket.destroy();
      return;
    }
    total++;
    byAddress.set(address, mine + 1);
    socket.once('close', () => {
      total--;
      const left = (byAddress.get(address) ?? 1) - 1;
      if (left > 0) byAddress.set(address, left);
      else byAddress.delete(address);
    });
  });
  return () => ({ total, refused, busiestAddress: Math.max(0, ...byAddress.values()) });
}
