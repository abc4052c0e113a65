/** The phone page's pure helpers: the code in the address, request ids, and my ballot as shown. */
import { describe, expect, it } from 'vitest';
import type { PhoneRound } from '../../../shared/protocol.ts';
import { RequestId } from '../../../shared/protocol.ts';
import { displayedBallot } from './ballotView.ts';
import { newRequestId } from './requestId.ts';
import { cleanTicket, codeFromPath, printedTicket, ticketFromPath } from './session.ts';

describe('codeFromPath', () => {
  it('reads the code after /j/, in capitals', () => {
    expect(codeFromPath('/j/K7PQ2M')).toBe('K7PQ2M');
    expect(codeFromPath('/j/k7pq2m')).toBe('K7PQ2M');
    expect(codeFromPath('/j/K7PQ2M/')).toBe('K7PQ2M');
  });

  it('refuses what cannot be a code', () => {
    expect(codeFromPath('/')).toBeNull();
    expect(codeFromPath('/j/ABC')).toBeNull();
    expect(codeFromPath('/j/K7PQ2M9')).toBeNull();
    expect(codeFromPath('/j/%3Cscript%3E')).toBeNull();
  });
});

describe('tickets', () => {
  it('reads a ticket as printed, typed or scanned', () => {
    expect(cleanTicket('K7MQ2-XR4PA')).toBe('K7MQ2XR4PA');
    expect(cleanTicket(' k7mq2 xr4pa ')).toBe('K7MQ2XR4PA');
    expect(cleanTicket('K7MQ2')).toBeNull();
    expect(cleanTicket('K7MQ2-XR4PA-9')).toBeNull();
    expect(printedTicket('K7MQ2XR4PA')).toBe('K7MQ2-XR4PA');
  });

  it('finds the ticket in a printed ticket’s QR address', () => {
    expect(ticketFromPath('/t/K7MQ2XR4PA')).toBe('K7MQ2XR4PA');
    expect(ticketFromPath('/t/k7mq2-xr4pa/')).toBe('K7MQ2XR4PA');
    expect(ticketFromPath('/j/K7PQ2M')).toBeNull();
    expect(ticketFromPath('/t/%E0%A4%A')).toBeNull();
    expect(ticketFromPath('/t/ABC')).toBeNull();
  });
});

describe('newRequestId', () => {
  it('makes v4 UUIDs the protocol accepts, without crypto.randomUUID (plain http has none)', () => {
    const ids = new Set(Array.from({ length: 500 }, newRequestId));
    expect(ids.size).toBe(500);
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(RequestId.safeParse(id).success).toBe(true);
    }
  });
});

const round: PhoneRound = {
  id: 'r1',
  question: 'Q',
  method: 'dot',
  budget: 3,
  maxPerItem: 2,
  named: false,
  ticketOnly: false,
  criteria: [],
  items: [
    { id: 'a', title: 'A' },
    { id: 'b', title: 'B' },
  ],
  myVotes: { a: 1 },
  myScores: {},
  remaining: 2,
  results: null,
};

describe('displayedBallot', () => {
  it('is the server’s ballot plus the taps still on their way', () => {
    const shown = displayedBallot(round, undefined, [
      { requestId: '1', roundId: 'r1', itemId: 'a', delta: 1 },
      { requestId: '2', roundId: 'r1', itemId: 'b', delta: 1 },
      { requestId: '3', roundId: 'other', itemId: 'b', delta: 1 },
    ]);
    expect(shown.myVotes).toEqual({ a: 2, b: 1 });
    expect(shown.remaining).toBe(0);
  });

  it('prefers the last acknowledged ballot to the state, and skips a tap the rules refuse', () => {
    const confirmed = { roundId: 'r1', myVotes: { a: 2 }, myScores: {}, remaining: 1 };
    const shown = displayedBallot(round, confirmed, [{ requestId: '1', roundId: 'r1', itemId: 'a', delta: 1 }]);
    // A third dot on "a" is over the per-item maximum of 2: not shown.
    expect(shown.myVotes).toEqual({ a: 2 });
    expect(shown.remaining).toBe(1);
  });
});
