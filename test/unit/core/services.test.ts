/**
 * The services through the dispatcher, as every transport reaches them: good input does
 * what a facilitator expects; bad input gets a clear error code and writes nothing.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgoraEvent } from '../../../shared/contract/index.ts';
import { TRANSFER_FORMAT_VERSION } from '../../../shared/transfer.ts';
import { openTestCore, sampleWorkshop, type TestCore } from '../../helpers/core.ts';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(async () => {
  await t.close();
});

const TABLES = ['workshops', 'rooms', 'slots', 'participants', 'topics'];
const snapshot = () => Object.fromEntries(TABLES.map((name) => [name, t.count(name)]));

/** Runs a bad call and checks it failed with `code` and changed no table. */
async function rejects(method: string, input: unknown, code: string) {
  const before = snapshot();
  const result = await t.raw(method, input);
  expect(result.ok, `${method} should fail`).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe(code);
    expect(result.error.message.length).toBeGreaterThan(5);
  }
  expect(snapshot()).toEqual(before);
  return result;
}

describe('workshops', () => {
  it('create, list with counts, update, duplicate the setup, delete and restore', async () => {
    const w = await t.must('workshops:create', sampleWorkshop);
    await t.must('rooms:add', { workshopId: w.id, room: { name: 'Salle Garonne', capacity: 40 } });
    await t.must('participants:add', { workshopId: w.id, participant: { name: 'Anne Dupré' } });
    await t.must('topics:add', { workshopId: w.id, topic: { title: 'Open data for SMEs' } });
    const [listed] = await t.must('workshops:list', {});
    expect(listed).toMatchObject({ id: w.id, topicCount: 1, participantCount: 1, roomCount: 1, deletedAt: null });

    const renamed = await t.must('workshops:update', { workshopId: w.id, patch: { title: 'Smart Economy, day 2' } });
    expect(renamed).toMatchObject({ title: 'Smart Economy, day 2', venue: 'Hangar 14' });

    const copy = await t.must('workshops:duplicate', { workshopId: w.id });
    expect(copy.title).toBe('Smart Economy, day 2 (copy)');
    expect(await t.must('rooms:list', { workshopId: copy.id })).toHaveLength(1);
    expect(await t.must('participants:list', { workshopId: copy.id })).toHaveLength(1);
    expect(await t.must('topics:list', { workshopId: copy.id })).toHaveLength(0);

    await t.must('workshops:delete', { workshopId: w.id });
    expect((await t.must('workshops:list', {})).map((x) => x.id)).toEqual([copy.id]);
    expect((await t.must('workshops:trash', {})).map((x) => x.id)).toEqual([w.id]);
    await rejects('topics:list', { workshopId: w.id }, 'not_found');
    await t.must('workshops:restore', { workshopId: w.id });
    expect(await t.must('topics:list', { workshopId: w.id })).toHaveLength(1);
  });

  it('names a French copy in French', async () => {
    const w = await t.must('workshops:create', { ...sampleWorkshop, language: 'fr', title: 'Atelier mobilité' });
    expect((await t.must('workshops:duplicate', { workshopId: w.id })).title).toBe('Atelier mobilité (copie)');
  });

  it('refuses bad input with a clear code and writes nothing', async () => {
    await rejects('workshops:create', { ...sampleWorkshop, title: '' }, 'invalid_input');
    await rejects('workshops:create', { ...sampleWorkshop, title: '   ' }, 'invalid_input');
    await rejects('workshops:create', { ...sampleWorkshop, title: 'x'.repeat(10_000) }, 'invalid_input');
    await rejects('workshops:create', { ...sampleWorkshop, description: 'x'.repeat(10_000) }, 'invalid_input');
    await rejects('workshops:create', { ...sampleWorkshop, format: 'hackathon' }, 'invalid_input');
    await rejects('workshops:create', { ...sampleWorkshop, date: '2013-02-30' }, 'invalid_input');
    await rejects('workshops:create', { ...sampleWorkshop, title: 42 }, 'invalid_input');
    await rejects('workshops:create', null, 'invalid_input');
    await rejects('workshops:update', { workshopId: 'no-such-id', patch: { title: 'x' } }, 'not_found');
    await rejects('workshops:delete', { workshopId: 'no-such-id' }, 'not_found');
    await rejects('workshops:frobnicate', {}, 'unknown_method');
  });

  it('reports which field is wrong', async () => {
    const result = await rejects('workshops:create', { ...sampleWorkshop, title: '' }, 'invalid_input');
    expect(!result.ok && result.error.field).toBe('title');
  });

  it('a patch that would make the workshop invalid changes nothing', async () => {
    const w = await t.must('workshops:create', sampleWorkshop);
    await rejects('workshops:update', { workshopId: w.id, patch: { title: '' } }, 'invalid_input');
    expect((await t.must('workshops:get', { workshopId: w.id })).title).toBe(sampleWorkshop.title);
  });
});

describe('rooms and slots', () => {
  it('rooms keep their order and validate capacity', async () => {
    const w = await t.must('workshops:create', sampleWorkshop);
    for (const name of ['Garonne', 'Médoc', 'Saint-Émilion'])
      await t.must('rooms:add', { workshopId: w.id, room: { name } });
    expect((await t.must('rooms:list', { workshopId: w.id })).map((r) => r.name)).toEqual([
      'Garonne',
      'Médoc',
      'Saint-Émilion',
    ]);
    await rejects('rooms:add', { workshopId: w.id, room: { name: 'X', capacity: 0 } }, 'invalid_input');
    await rejects('rooms:add', { workshopId: w.id, room: { name: 'X', capacity: 'lots' } }, 'invalid_input');
    await rejects('rooms:add', { workshopId: w.id, room: { name: '' } }, 'invalid_input');
    await rejects('rooms:add', { workshopId: 'nope', room: { name: 'X' } }, 'not_found');
    await rejects('rooms:update', { roomId: 'nope', patch: { name: 'Y' } }, 'not_found');
    await rejects('rooms:remove', { roomId: 'nope' }, 'not_found');
  });

  it('generating a day replaces the previous grid in one step', async () => {
    const w = await t.must('workshops:create', sampleWorkshop);
    await t.must('slots:add', { workshopId: w.id, slot: { start: '08:00', end: '08:30', label: 'Welcome' } });
    const slots = await t.must('slots:generate', {
      workshopId: w.id,
      grid: { start: '09:00', end: '12:30', sessionMinutes: 45, gapMinutes: 15, breaks: [] },
    });
    expect(slots.map((s) => `${s.start}-${s.end}`)).toEqual(['09:00-09:45', '10:00-10:45', '11:00-11:45']);
    // An impossible grid is refused before anything is deleted, naming the field.
    await rejects(
      'slots:generate',
      { workshopId: w.id, grid: { start: '12:00', end: '09:00', sessionMinutes: 45 } },
      'invalid_input',
    );
    const overlapping = await rejects(
      'slots:generate',
      {
        workshopId: w.id,
        grid: {
          start: '09:00',
          end: '17:00',
          sessionMinutes: 45,
          breaks: [
            { start: '12:00', end: '13:00' },
            { start: '12:30', end: '13:30' },
          ],
        },
      },
      'invalid_input',
    );
    expect(!overlapping.ok && overlapping.error.field).toBe('grid.breaks');
    expect(await t.must('slots:list', { workshopId: w.id })).toHaveLength(3);
  });

  it('adding a grid to the day keeps what is there, makes plenaries in the same step, and refuses an overlap', async () => {
    const w = await t.must('workshops:create', sampleWorkshop);
    await t.must('slots:generate', {
      workshopId: w.id,
      grid: { start: '09:00', end: '12:00', sessionMinutes: 45, gapMinutes: 15, breaks: [] },
    });
    const day = await t.must('slots:generate', {
      workshopId: w.id,
      replace: false,
      grid: {
        start: '13:00',
        end: '17:00',
        sessionMinutes: 45,
        gapMinutes: 15,
        breaks: [{ start: '16:15', end: '17:00', label: 'Closing', kind: 'plenary' }],
      },
    });
    expect(day.map((s) => `${s.start} ${s.kind}`)).toEqual([
      '09:00 session',
      '10:00 session',
      '11:00 session',
      '13:00 session',
      '14:00 session',
      '15:00 session',
      '16:15 plenary',
    ]);
    const clash = await rejects(
      'slots:generate',
      { workshopId: w.id, replace: false, grid: { start: '11:30', end: '13:00', sessionMinutes: 30 } },
      'conflict',
    );
    if (!clash.ok) expect(clash.error.message).toMatch(/11:30–12:00 runs into 11:00–11:45/);
    expect(await t.must('slots:list', { workshopId: w.id })).toHaveLength(7);
  });

  it('a slot edit that ends before it starts is refused', async () => {
    const w = await t.must('workshops:create', sampleWorkshop);
    const slot = await t.must('slots:add', { workshopId: w.id, slot: { start: '09:00', end: '10:00' } });
    await rejects('slots:update', { slotId: slot.id, patch: { end: '08:00' } }, 'invalid_input');
    await rejects('slots:add', { workshopId: w.id, slot: { start: '9h', end: '10:00' } }, 'invalid_input');
    expect((await t.must('slots:update', { slotId: slot.id, patch: { label: 'Opening' } })).label).toBe('Opening');
  });
});

describe('participants', () => {
  it('imports valid rows and reports each rejected one with its line and reason', async () => {
    const w = await t.must('workshops:create', sampleWorkshop);
    await t.must('participants:add', {
      workshopId: w.id,
      participant: { name: 'Anne Dupré', organisation: 'Bordeaux Métropole' },
    });
    const report = await t.must('participants:import', {
      workshopId: w.id,
      rows: [
        { line: 2, values: { name: 'Jussi Räsänen', organisation: 'Lappeenranta', orgType: 'local-government' } },
        { line: 3, values: { name: '', organisation: 'Nowhere' } },
        { line: 4, values: { name: 'Łucja Wiśniewska', orgType: 'wizard' } },
        { line: 5, values: { name: 'anne dupre', organisation: 'Bordeaux metropole' } },
        { line: 6, values: { name: 'João Conceição', email: 'not-an-address' } },
        { line: 7, values: { name: 'Jussi Räsänen', organisation: 'Lappeenranta' } },
      ],
    });
    expect(report.imported.map((p) => p.name)).toEqual(['Jussi Räsänen']);
    expect(report.rejected).toEqual([
      { line: 3, field: 'name', reason: expect.stringMatching(/required/) },
      { line: 4, field: 'orgType', reason: 'unknown type of organisation "wizard"' },
      { line: 5, field: 'name', reason: 'already in the participant list' },
      { line: 6, field: 'email', reason: expect.stringMatching(/e-mail/) },
      { line: 7, field: 'name', reason: 'same person as line 2' },
    ]);
    expect(t.count('participants')).toBe(2);
  });

  it('edit and delete; unknown ids are not found', async () => {
    const w = await t.must('workshops:create', sampleWorkshop);
    const p = await t.must('participants:add', { workshopId: w.id, participant: { name: 'Anne' } });
    expect((await t.must('participants:update', { participantId: p.id, patch: { role: 'Deputy mayor' } })).role).toBe(
      'Deputy mayor',
    );
    await rejects('participants:update', { participantId: p.id, patch: { name: 'x'.repeat(10_000) } }, 'invalid_input');
    await t.must('participants:remove', { participantId: p.id });
    await rejects('participants:remove', { participantId: p.id }, 'not_found');
    await rejects('participants:import', { workshopId: w.id, rows: [] }, 'invalid_input');
  });
});

describe('topics', () => {
  it('numbers topics in capture order and keeps numbers after a delete', async () => {
    const w = await t.must('workshops:create', sampleWorkshop);
    const a = await t.must('topics:add', { workshopId: w.id, topic: { title: 'A', theme: 'economy' } });
    const b = await t.must('topics:add', { workshopId: w.id, topic: { title: 'B', tags: ['fab lab'] } });
    expect([a.seq, b.seq]).toEqual([1, 2]);
    await t.must('topics:remove', { topicId: b.id });
    const c = await t.must('topics:add', { workshopId: w.id, topic: { title: 'C' } });
    expect(c.seq).toBe(3);
    expect((await t.must('topics:list', { workshopId: w.id })).map((x) => x.title)).toEqual(['A', 'C']);
    await t.must('topics:restore', { topicId: b.id });
    expect((await t.must('topics:list', { workshopId: w.id })).map((x) => x.title)).toEqual(['A', 'B', 'C']);
    const edited = await t.must('topics:update', { topicId: a.id, patch: { status: 'shortlisted', pitch: 'Why now' } });
    expect(edited).toMatchObject({ title: 'A', theme: 'economy', status: 'shortlisted', pitch: 'Why now' });
  });

  it('keeps participant text as data, exactly as typed', async () => {
    const w = await t.must('workshops:create', sampleWorkshop);
    const title = '<img src=x onerror=alert(1)> « Tiers-lieux » & co';
    await t.must('topics:add', { workshopId: w.id, topic: { title } });
    expect((await t.must('topics:list', { workshopId: w.id }))[0]!.title).toBe(title);
  });

  it('refuses bad topics', async () => {
    const w = await t.must('workshops:create', sampleWorkshop);
    await rejects('topics:add', { workshopId: w.id, topic: { title: '' } }, 'invalid_input');
    await rejects('topics:add', { workshopId: w.id, topic: { title: 'x'.repeat(10_000) } }, 'invalid_input');
    await rejects(
      'topics:add',
      { workshopId: w.id, topic: { title: 'ok', pitch: 'x'.repeat(10_000) } },
      'invalid_input',
    );
    await rejects('topics:add', { workshopId: w.id, topic: { title: 'ok', theme: 'sport' } }, 'invalid_input');
    await rejects('topics:add', { workshopId: w.id, topic: { title: ['not', 'a', 'string'] } }, 'invalid_input');
    await rejects('topics:add', { workshopId: 'nope', topic: { title: 'ok' } }, 'not_found');
    await rejects('topics:update', { topicId: 'nope', patch: { title: 'x' } }, 'not_found');
    await rejects('topics:remove', { topicId: 'nope' }, 'not_found');
    await rejects('topics:restore', { topicId: 'nope' }, 'not_found');
  });
});

describe('export and import', () => {
  it('a workshop survives a round trip through the file format', async () => {
    const w = await t.must('workshops:create', sampleWorkshop);
    await t.must('rooms:add', { workshopId: w.id, room: { name: 'Garonne', capacity: 30 } });
    await t.must('slots:add', { workshopId: w.id, slot: { start: '09:00', end: '09:45' } });
    await t.must('participants:add', { workshopId: w.id, participant: { name: 'Ștefan Popescu', territory: 'Iași' } });
    await t.must('topics:add', { workshopId: w.id, topic: { title: 'Co-working in libraries', theme: 'living' } });
    const exported = await t.must('workshops:export', { workshopId: w.id });
    const imported = await t.must('workshops:import', { data: JSON.parse(JSON.stringify(exported)) });
    expect(imported.id).not.toBe(w.id);
    const again = await t.must('workshops:export', { workshopId: imported.id });
    expect({ ...again, exportedAt: '' }).toEqual({ ...exported, exportedAt: '' });
  });

  it('refuses a file that is not an Agora export, and one from a newer Agora by name', async () => {
    await rejects('workshops:import', { data: { hello: 'world' } }, 'invalid_input');
    const newer = await rejects(
      'workshops:import',
      { data: { agora: 99, exportedAt: '', workshop: sampleWorkshop } },
      'invalid_input',
    );
    if (!newer.ok) expect(newer.error.message).toMatch(/newer Agora/);
  });

  it('imports a version-1 file written by the previous Agora: rounds, ballots, counts, jurors and a removed topic', async () => {
    // Exported by Agora 0.1.0 (file format 1) from the demo, with three phones' votes,
    // typed-in counts, a closed jury round and a topic removed after the vote.
    const v1 = JSON.parse(readFileSync(new URL('../../fixtures/workshop-v1.json', import.meta.url), 'utf8'));
    expect(v1.agora).toBe(1);
    const imported = await t.must('workshops:import', { data: v1 });
    const exported = await t.must('workshops:export', { workshopId: imported.id });
    expect(exported.agora).toBe(TRANSFER_FORMAT_VERSION);
    expect(exported.topics.map((topic) => topic.title)).toEqual(
      v1.topics.map((topic: { title: string }) => topic.title),
    );
    expect(exported.topics.filter((topic) => topic.deleted)).toHaveLength(1);
    expect(exported.rounds).toHaveLength(v1.rounds.length);
    for (const [i, round] of exported.rounds.entries()) {
      const old = v1.rounds[i];
      expect(round.items.map((item) => item.ref)).toEqual(old.items.map((item: { target: number }) => item.target));
      // Agora 0.1.0 wrote counts in no set order; now they follow the items.
      const byItem = (a: { item: number }, b: { item: number }) => a.item - b.item;
      expect(round.counts).toEqual([...old.counts].sort(byItem));
      expect(round.ballots.length).toBe(old.ballots.length);
      // The same results, recomputed from the imported ballots.
      expect(round.results).toEqual(old.results);
      expect(round.voters).toBe(old.voters);
    }
  });
});

describe('events', () => {
  it('tell open windows what changed', async () => {
    const seen: string[] = [];
    t.core.subscribe((e) => seen.push(e.name === 'workshop:changed' ? `${e.name}:${e.payload.area}` : e.name));
    const w = await t.must('workshops:create', sampleWorkshop);
    await t.must('topics:add', { workshopId: w.id, topic: { title: 'A' } });
    await t.raw('topics:add', { workshopId: w.id, topic: { title: '' } }); // a failure tells nobody
    expect(seen).toEqual(['workshops:changed', 'workshop:changed:topics']);
  });
});

describe('change events name the window that caused them', () => {
  it('carry the caller’s client id, once per declared area, and only after the write succeeded', async () => {
    const events: AgoraEvent[] = [];
    t.core.subscribe((e) => events.push(e));
    const w = await t.must('workshops:create', sampleWorkshop);
    const origin = 'window-A_1';
    const topic = await t.core.dispatch('topics:add', { workshopId: w.id, topic: { title: 'Bike lanes' } }, { origin });
    expect(topic.ok).toBe(true);
    // A refused call (unknown topic) and a refused patch announce nothing.
    await t.core.dispatch('topics:update', { topicId: 'nope', patch: { title: 'x' } }, { origin });
    await t.core.dispatch('topics:add', { workshopId: w.id, topic: { title: ' ' } }, { origin });
    // Phones, the CLI and the core itself have no origin.
    await t.must('rooms:add', { workshopId: w.id, room: { name: 'Garonne', capacity: 20 } });

    expect(events).toEqual([
      { name: 'workshops:changed', payload: {} },
      { name: 'workshop:changed', payload: { workshopId: w.id, area: 'topics', origin } },
      { name: 'workshop:changed', payload: { workshopId: w.id, area: 'rooms' } },
    ]);
  });

  it('accepting a proposal announces the queue and the topics; removing tells which workshop', async () => {
    const w = await t.must('workshops:create', sampleWorkshop);
    const topic = await t.must('topics:add', { workshopId: w.id, topic: { title: 'A' } });
    const events: string[] = [];
    t.core.subscribe((e) =>
      events.push(e.name === 'workshop:changed' ? `${e.payload.area}:${e.payload.workshopId}` : e.name),
    );
    expect(await t.must('topics:remove', { topicId: topic.id })).toEqual({ topicId: topic.id, workshopId: w.id });
    await t.must('workshops:update', { workshopId: w.id, patch: { venue: 'Hangar 15' } });
    expect(events).toEqual([`topics:${w.id}`, 'workshops:changed', `details:${w.id}`]);
  });

  it('drop an origin that is not a short opaque id instead of echoing it to every window', async () => {
    const events: AgoraEvent[] = [];
    t.core.subscribe((e) => events.push(e));
    const w = await t.must('workshops:create', sampleWorkshop);
    await t.core.dispatch('topics:add', { workshopId: w.id, topic: { title: 'A' } }, { origin: '<script>' });
    expect(events.at(-1)).toEqual({ name: 'workshop:changed', payload: { workshopId: w.id, area: 'topics' } });
  });
});
