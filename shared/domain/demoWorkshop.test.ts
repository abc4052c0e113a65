/** The demo data must pass the same schemas as anything a user types, and tell a coherent story. */
import { describe, expect, it } from 'vitest';
import { DEMO_WORKSHOP, DEMO_WORKSHOP_KEY } from '../../resources/demo/bordeaux-2013.ts';
import demoSource from '../../resources/demo/bordeaux-2013.ts?raw';
import { ParticipantFields, RoomFields, SlotGridRequest, THEMES, TopicFields, WorkshopFields } from '../schemas.ts';
import { generateSlotGrid } from './slotGrid.ts';

const { workshop, rooms, grid, participants, topics } = DEMO_WORKSHOP;

describe('the Bordeaux 2013 demo workshop', () => {
  it('has a stable seed key', () => {
    expect(DEMO_WORKSHOP_KEY).toBe('demo:bordeaux-2013');
  });

  it('imports types only, so the core can load it under plain Node', () => {
    const imports = demoSource.match(/^import[^;]*;/gms) ?? [];
    expect(imports.length).toBeGreaterThan(0);
    for (const statement of imports) expect(statement).toMatch(/^import type /);
  });

  it('passes every schema unchanged (already trimmed, defaults filled in)', () => {
    expect(WorkshopFields.parse(workshop)).toEqual(workshop);
    for (const room of rooms) expect(RoomFields.parse(room)).toEqual(room);
    expect(SlotGridRequest.parse(grid)).toEqual(grid);
    for (const p of participants) expect(ParticipantFields.parse(p)).toEqual(p);
    for (const t of topics) expect(TopicFields.parse(t)).toEqual(t);
  });

  it('is the Smart Economy Mini-BarCamp, Bordeaux, May 2013, in English', () => {
    expect(workshop.format).toBe('mini-barcamp');
    expect(workshop.date).toMatch(/^2013-05-/);
    expect(workshop.territory).toContain('Bordeaux');
    expect(workshop.language).toBe('en');
    expect(workshop.title).toContain('Smart Economy');
    expect(workshop.description.length).toBeGreaterThan(200);
  });

  it('has 3–4 rooms with capacities and a day grid the generator accepts', () => {
    expect(rooms.length).toBeGreaterThanOrEqual(3);
    expect(rooms.length).toBeLessThanOrEqual(4);
    expect(rooms.every((r) => r.capacity !== null)).toBe(true);
    expect(new Set(rooms.map((r) => r.name)).size).toBe(rooms.length);
    const slots = generateSlotGrid(grid);
    const sessions = slots.filter((s) => s.kind === 'session');
    expect(sessions.map((s) => `${s.start}-${s.end}`)).toEqual([
      '10:15-11:00',
      '11:15-12:00',
      '13:15-14:00',
      '14:15-15:00',
      '15:15-16:00',
    ]);
    expect(slots.filter((s) => s.kind === 'break').map((s) => s.label)).toContain('Lunch');
    // enough room × session places for every shortlisted topic
    expect(sessions.length * rooms.length).toBeGreaterThanOrEqual(
      topics.filter((t) => t.status === 'shortlisted').length,
    );
  });

  it('has about two dozen participants, unique names, from several cities and kinds of organisation', () => {
    expect(participants.length).toBeGreaterThanOrEqual(20);
    expect(participants.length).toBeLessThanOrEqual(30);
    expect(new Set(participants.map((p) => p.name)).size).toBe(participants.length);
    const cities = new Set(participants.map((p) => p.territory));
    expect(cities.size).toBeGreaterThanOrEqual(8);
    expect(cities).toContain('Bordeaux');
    expect(cities).toContain('Lappeenranta');
    expect(new Set(participants.map((p) => p.orgType)).size).toBeGreaterThanOrEqual(6);
  });

  it('has topics proposed by participants, mostly on the economy, touching all six axes', () => {
    expect(topics.length).toBeGreaterThanOrEqual(16);
    expect(new Set(topics.map((t) => t.title)).size).toBe(topics.length);
    const names = new Set(participants.map((p) => p.name));
    for (const t of topics) expect(names).toContain(t.proposer);
    const economy = topics.filter((t) => t.theme === 'economy').length;
    expect(economy).toBeGreaterThan(topics.length / 2);
    expect(new Set(topics.map((t) => t.theme))).toEqual(new Set(THEMES));
    for (const t of topics) {
      expect(t.pitch.length).toBeGreaterThan(0);
      expect(t.tags.length).toBeGreaterThan(0);
      // tags are keywords: lower case, no spaces, so they group and filter well
      for (const tag of t.tags) expect(tag).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('includes the two collaboration projects, led by Bordeaux and Lappeenranta', () => {
    const territoryOf = (name: string) => participants.find((p) => p.name === name)?.territory;
    const ict = topics.find((t) => t.title === 'How can cities link traditional and new ICT industries?');
    const spaces = topics.find((t) => t.title === 'Creation of spaces of collaboration for companies');
    expect(ict?.status).toBe('shortlisted');
    expect(territoryOf(ict?.proposer ?? '')).toBe('Bordeaux');
    expect(spaces?.status).toBe('shortlisted');
    expect(territoryOf(spaces?.proposer ?? '')).toBe('Lappeenranta');
    expect(spaces?.pitch).toMatch(/Greentech/);
  });
});
