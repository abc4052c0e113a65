/**
 * The published session grid on phones (GET /p/grid, POST /p/attend, the 'grid' event)
 * against the real LAN server on loopback: what a phone sees and when, its own sessions and
 * marks, a retried mark applied once, one mark per slot, and every refusal with its status —
 * having changed nothing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Grid } from '../../../shared/grid.ts';
import {
  type JoinResponse,
  PHONE_ERROR_STATUS,
  type PhoneAttendance,
  type PhoneErrorCode,
  type PhoneGrid,
  type PhoneState,
} from '../../../shared/protocol.ts';
import type { Round } from '../../../shared/voting.ts';
import { openTestCore, sampleWorkshop, type TestCore, tempDir } from '../../helpers/core.ts';
import { openEvents, type PhoneResponse, phoneRequest } from '../../helpers/phone.ts';

const renderer = tempDir('agora-renderer-');
mkdirSync(joinPath(renderer.dir, 'participant'), { recursive: true });
mkdirSync(joinPath(renderer.dir, 'assets'), { recursive: true });
writeFileSync(joinPath(renderer.dir, 'participant/index.html'), '<!doctype html><title>phone</title>');

const UNLIMITED = { perSecond: 100_000, burst: 100_000 };

let t: TestCore;
let base: string;
let workshopId: string;
let round: Round;
/** Phones that voted: Ana for the first three topics, Ben for the first and the fourth. */
let ana: string;
let ben: string;
let grid: Grid;

const http = <T = unknown>(path: string, options?: Parameters<typeof phoneRequest>[2]) =>
  phoneRequest<T>(base, path, options);

async function join(name: string, id = workshopId): Promise<string> {
  const { code } = await t.must('join:get', { workshopId: id });
  const res = await http<JoinResponse>('/p/join', { body: { code, name } });
  expect(res.status, res.text).toBe(200);
  return res.json.token;
}

let counter = 0;
const rid = () => `req-${++counter}-${Math.random().toString(36).slice(2, 10)}`;
const getGrid = (token: string) => http<PhoneGrid>('/p/grid', { token });
const attend = (token: string, sessionId: string, attending = true, requestId = rid()) =>
  http<PhoneAttendance>('/p/attend', { token, body: { sessionId, attending, requestId } });

function expectError(res: PhoneResponse, code: PhoneErrorCode): void {
  expect(res.status, res.text).toBe(PHONE_ERROR_STATUS[code]);
  expect(res.json).toEqual({ error: { code, message: expect.any(String) } });
}

const snapshot = () =>
  ['attendance', 'applied_requests', 'sessions', 'grid_settings'].map((table) =>
    t.core.db.prepare(`SELECT * FROM ${table} ORDER BY 1`).all(),
  );

async function refused(code: PhoneErrorCode, send: () => Promise<PhoneResponse>): Promise<PhoneResponse> {
  const before = snapshot();
  const res = await send();
  expectError(res, code);
  expect(snapshot()).toEqual(before);
  return res;
}

const placed = () => grid.sessions.filter((s) => s.slotId !== null);

beforeAll(async () => {
  t = await openTestCore({
    seedDemo: true,
    rendererDir: renderer.dir,
    lanLimits: { perAddress: UNLIMITED, perToken: UNLIMITED, joinsPerAddress: UNLIMITED },
    defaultMaxVoters: 10_000,
  });
  base = (await t.must('lan:start', { host: '127.0.0.1', port: 0 })).baseUrl!;
  workshopId = (await t.must('workshops:list', {}))[0]!.id;
  round = (await t.must('rounds:list', { workshopId })).find((r) => r.state === 'open')!;
  ana = await join('Ana');
  ben = await join('Ben');
  const vote = (token: string, item: number) =>
    http('/p/votes', { token, body: { roundId: round.id, itemId: round.items[item]!.id, delta: 1, requestId: rid() } });
  for (const item of [0, 1, 2]) expect((await vote(ana, item)).status).toBe(200);
  for (const item of [0, 3]) expect((await vote(ben, item)).status).toBe(200);
  await t.must('rounds:close', { roundId: round.id });
  grid = await t.must('grid:autoSchedule', { workshopId });
  // The demo's 20 topics fill its 20 cells: one (nobody voted for it) goes off the grid.
  const unwanted = grid.sessions.findLast((s) => s.demand === 0)!;
  grid = await t.must('grid:place', { workshopId, sessionId: unwanted.id, roomId: null, slotId: null });
});
afterAll(async () => {
  await t.close();
  renderer.cleanup();
});

describe('before the grid is published', () => {
  it('GET /p/grid and POST /p/attend say it is not published, and the state says so too', async () => {
    const res = await refused('grid_not_published', () => getGrid(ana));
    expect(res.status).toBe(404);
    expect((res.json as { error: { message: string } }).error.message).toMatch(/not published yet/);
    await refused('grid_not_published', () => attend(ana, placed()[0]!.id));
    expect((await http<PhoneState>('/p/state', { token: ana })).json.gridPublished).toBe(false);
  });
});

describe('the published grid', () => {
  it('is announced to the workshop’s phones, and shows rooms, session slots, placed sessions, mine and my marks', async () => {
    const events = await openEvents(base, ana);
    const elsewhere = await openEvents(
      base,
      await join('Far away', (await t.must('workshops:create', sampleWorkshop)).id),
    );
    try {
      await t.must('grid:publish', { workshopId, published: true });
      expect(await events.next()).toEqual({ type: 'grid' });
      expect(elsewhere.received).toEqual([]);
      expect((await http<PhoneState>('/p/state', { token: ana })).json.gridPublished).toBe(true);

      const res = await getGrid(ana);
      expect(res.status, res.text).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      const rooms = await t.must('rooms:list', { workshopId });
      const sessionSlots = (await t.must('slots:list', { workshopId })).filter((s) => s.kind === 'session');
      expect(res.json).toMatchObject({
        workshop: { title: 'Smart Economy Mini-BarCamp — Bordeaux 2013', language: 'en' },
        publishedAt: expect.any(String),
        rooms: rooms.map(({ id, name }) => ({ id, name })),
        slots: sessionSlots.map(({ id, start, end, label }) => ({ id, start, end, label })),
        attending: [],
      });
      // Plenaries and breaks are not columns.
      expect(res.json.slots.length).toBeLessThan((await t.must('slots:list', { workshopId })).length);
      expect(res.json.sessions).toHaveLength(placed().length);
      const talent = grid.sessions.find((s) => s.subjectId === round.items[0]!.id)!;
      expect(res.json.sessions).toContainEqual({
        id: talent.id,
        title: talent.title,
        roomId: talent.roomId,
        slotId: talent.slotId,
        host: talent.hostName,
      });
      // By slot, then room.
      const order = (s: { slotId: string; roomId: string }) =>
        sessionSlots.findIndex((x) => x.id === s.slotId) * 100 + rooms.findIndex((r) => r.id === s.roomId);
      const orders = res.json.sessions.map(order);
      expect(orders).toEqual([...orders].sort((a, b) => a - b));
      // Mine: what this phone voted for in the grid's round, placed.
      const idOf = (item: number) => `topic:${round.items[item]!.id}`;
      expect(new Set(res.json.mine)).toEqual(new Set([0, 1, 2].map(idOf)));
      expect(new Set((await getGrid(ben)).json.mine)).toEqual(new Set([0, 3].map(idOf)));
      expect((await getGrid(await join('Cleo'))).json.mine).toEqual([]);
    } finally {
      events.close();
      elsewhere.close();
    }
  });

  it('takes a mark once per request id, one per slot, and takes it back; the room’s phones are not told about marks', async () => {
    await t.must('grid:publish', { workshopId, published: true });
    const events = await openEvents(base, ben);
    try {
      const [first, second] = placed();
      const sameSlot = placed().find((s) => s.slotId === first!.slotId && s.id !== first!.id)!;
      const requestId = rid();
      const res = await attend(ana, first!.id, true, requestId);
      expect(res.status, res.text).toBe(200);
      expect(res.json).toEqual({ sessionId: first!.id, attending: [first!.id] });
      // A retry gets the first answer and counts nothing twice.
      expect((await attend(ana, first!.id, true, requestId)).json).toEqual(res.json);
      expect(t.count('attendance')).toBe(1);
      expect((await t.must('grid:get', { workshopId })).sessions.find((s) => s.id === first!.id)?.attending).toBe(1);
      // Another session of the same slot: the mark moves there.
      expect((await attend(ana, sameSlot.id)).json.attending).toEqual([sameSlot.id]);
      const other = placed().find((s) => s.slotId !== first!.slotId)!;
      const both = (await attend(ana, other.id)).json.attending;
      expect(new Set(both)).toEqual(new Set([sameSlot.id, other.id]));
      expect(new Set((await getGrid(ana)).json.attending)).toEqual(new Set([sameSlot.id, other.id]));
      expect((await attend(ana, other.id, false)).json.attending).toEqual([sameSlot.id]);
      // Taking back a mark one never made changes nothing and says so plainly.
      expect((await attend(ana, second!.id, false)).json.attending).toEqual([sameSlot.id]);
      // None of that was pushed to the room.
      await new Promise((done) => setTimeout(done, 50));
      expect(events.received).toEqual([]);
    } finally {
      events.close();
    }
  });

  it('refuses what is not a placed session of this grid, bad bodies and unknown phones, changing nothing', async () => {
    await t.must('grid:publish', { workshopId, published: true });
    const offGrid = grid.sessions.find((s) => s.slotId === null)!;
    await refused('not_found', () => attend(ana, offGrid.id));
    await refused('not_found', () => attend(ana, 'topic:nope'));
    await refused('invalid_input', () => attend(ana, 'nope'));
    await refused('invalid_input', () => http('/p/attend', { token: ana, body: { sessionId: offGrid.id } }));
    await refused('unauthorized', () => attend('not-a-token', placed()[0]!.id));
    await refused('unauthorized', () => getGrid('not-a-token'));
    // A phone of another workshop: its own grid is not published.
    const stranger = await join('Stranger', (await t.must('workshops:create', sampleWorkshop)).id);
    await refused('grid_not_published', () => attend(stranger, placed()[0]!.id));
  });

  it('tells phones when the facilitator moves a session while published, and when the grid is taken down', async () => {
    await t.must('grid:publish', { workshopId, published: true });
    const events = await openEvents(base, ana);
    try {
      const moving = placed()[0]!;
      const free = grid.sessions.find((s) => s.slotId === null)!;
      // Onto a taken cell: a swap.
      await t.must('grid:place', { workshopId, sessionId: free.id, roomId: moving.roomId, slotId: moving.slotId });
      expect(await events.next()).toEqual({ type: 'grid' });
      const shown = (await getGrid(ana)).json.sessions;
      expect(shown.find((s) => s.roomId === moving.roomId && s.slotId === moving.slotId)?.id).toBe(free.id);
      // A session taken off the grid keeps its marks, but a phone no longer sees them.
      await t.must('grid:publish', { workshopId, published: false });
      expect(await events.next()).toEqual({ type: 'grid' });
      await refused('grid_not_published', () => getGrid(ana));
      // Unpublished, changes are nobody's business on the phones.
      await t.must('grid:place', { workshopId, sessionId: free.id, roomId: null, slotId: null });
      await new Promise((done) => setTimeout(done, 50));
      expect(events.received).toEqual([{ type: 'grid' }, { type: 'grid' }]);
    } finally {
      events.close();
    }
  });
});
