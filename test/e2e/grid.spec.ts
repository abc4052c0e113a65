/**
 * The session grid, from the vote to the day: phones vote in the demo workshop's open round, the
 * laptop auto-schedules (a slot kept free, so some sessions are left out, each with its reason),
 * a session is moved by keyboard onto a slot where its host already runs one and another by
 * mouse onto a slot its voters want too — the warning shows while the card is carried, before it
 * is dropped, and stays after; the grid is published, shown on the projected screen (the grid,
 * then "now and next" by the laptop's clock) at 1920×1080 and 1280×720, and on a 360-px phone
 * ("my day" with its clash, the whole programme); the phone marks where it will go and the laptop
 * counts it. A second test lays out a bigger grid (6 rooms × 8 slots, long titles) in English and
 * French for the screenshots in test/output/screenshots/grid-*.png, checking nothing is cut.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Topic } from '../../shared/schemas.ts';
import { describeFindings } from './pages/a11y.ts';
import { DEMO, expect, test } from './pages/fixtures.ts';
import { GridPage } from './pages/GridPage.ts';
import { type HostApi, hostApi, projectorUrl } from './pages/hostApi.ts';
import { englishLeftovers } from './pages/i18n.ts';
import { newPhone } from './pages/PhonePage.ts';
import { FULL_HD, HD, ProjectorPage } from './pages/ProjectorPage.ts';
import { fullLengthScreenshot } from './pages/screenshot.ts';

const OUT = resolve(import.meta.dirname, '../output/screenshots');
const shot = (name: string) => `${OUT}/grid-${name}.png`;

/**
 * Axe on a page, or on a part of it (the laptop's Grid stage: the room bar and the header are
 * scanned by the other specs); only violations are collected, which keeps a scan of a hundred
 * cards to seconds on a shared 2-core machine.
 */
async function expectNoSeriousA11y(page: Page, screen: string, include?: string): Promise<void> {
  await test.step(`axe: ${screen}`, async () => {
    let axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
    if (include) axe = axe.include(include);
    const results = await axe.analyze();
    const findings = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? '',
        help: `${v.help} (${v.helpUrl})`,
        targets: v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary}` : ''}`),
      }));
    expect.soft(findings, describeFindings(screen, findings)).toEqual([]);
  });
}

/**
 * English left on a French screen, but for what people typed (titles, slot labels) and the
 * matcher's false friends: "{{count}} sessions" also matches the French "Grille des sessions".
 */
async function expectAllFrench(page: Page, screen: string, typed: readonly string[]): Promise<void> {
  const data = new Set(typed);
  const leftovers = (await englishLeftovers(page)).filter((found) => {
    const text = /: “(.*)”$/s.exec(found)?.[1] ?? '';
    return !data.has(text) && !/^slots\.sessionCount_/.test(found);
  });
  expect.soft(leftovers, `${screen}: English left on a French screen`).toEqual([]);
}

/**
 * A sentence as the page says it: names and titles inside it are isolated (U+2068 … U+2069,
 * invisible), so they may sit on either side of any space.
 */
function said(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.replace(/ /g, '[\u2068\u2069]* [\u2068\u2069]*'));
}

/** A phone voting over plain HTTP, as many phones in the room would: joins, then puts dots. */
async function httpVoter(joinUrl: string, name: string) {
  const base = new URL(joinUrl).origin;
  const code = new URL(joinUrl).pathname.split('/').pop() ?? '';
  const joined = await fetch(`${base}/p/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, name }),
  });
  const { token } = (await joined.json()) as { token: string };
  return {
    async dot(roundId: string, itemId: string): Promise<void> {
      const answer = await fetch(`${base}/p/votes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ roundId, itemId, delta: 1, requestId: randomUUID() }),
      });
      expect(answer.status).toBe(200);
    },
  };
}

/** The projected grid fits its screen: no row or column runs past the box, nothing is cut. */
async function expectProjectedFits(page: Page): Promise<{ fontPx: number }> {
  const measure = () =>
    page.evaluate(() => {
      const box = document.querySelector<HTMLElement>('.pgrid__box, .pnow__box');
      const content = box?.firstElementChild as HTMLElement | null;
      if (!box || !content) return null;
      const rect = box.getBoundingClientRect();
      return {
        fits: content.scrollHeight <= box.clientHeight + 1 && content.scrollWidth <= box.clientWidth + 1,
        inWindow: rect.bottom <= window.innerHeight + 1 && rect.right <= window.innerWidth + 1,
        fontPx: Number.parseFloat(getComputedStyle(content).fontSize),
      };
    });
  // Refitted after a resize or a change: a ResizeObserver, then a layout pass.
  await expect.poll(measure, { message: 'the projected content fits its box, inside the window' }).toMatchObject({
    fits: true,
    inWindow: true,
  });
  return { fontPx: (await measure())?.fontPx ?? 0 };
}

/** The projected grid's type size, in CSS pixels. */
const projectedFont = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const content = document.querySelector('.pgrid__box, .pnow__box')?.firstElementChild;
    return content ? Number.parseFloat(getComputedStyle(content).fontSize) : 0;
  });

interface Demo {
  api: HostApi;
  workshopId: string;
  roundId: string;
  topics: Topic[];
  joinUrl: string;
}

async function demoWithVotes(hostUrl: string): Promise<Demo> {
  const api = hostApi(hostUrl);
  const workshop = (await api('workshops:list', {})).find((w) => w.title === DEMO.title);
  if (!workshop) throw new Error('the demo workshop is missing');
  const workshopId = workshop.id;
  const round = (await api('rounds:list', { workshopId })).find((r) => r.state === 'open');
  if (!round) throw new Error('the demo comes with an open round');
  const topics = (await api('topics:list', { workshopId })).sort((a, b) => a.seq - b.seq);
  await api('lan:start', { host: '127.0.0.1', port: 0 });
  const join = await api('join:get', { workshopId });
  return { api, workshopId, roundId: round.id, topics, joinUrl: join.url as string };
}

test('the session grid: auto-schedule, move by keyboard and by mouse with live warnings, publish, project, my day on a phone, head counts', async ({
  page,
  agora,
  browser,
}) => {
  test.setTimeout(120_000);
  mkdirSync(OUT, { recursive: true });
  const demo = await demoWithVotes(agora.host.url);
  const { api, workshopId, roundId, topics } = demo;
  const t = topics.map((topic) => topic.title);
  const slots = await api('slots:list', { workshopId });
  const sessionSlots = slots.filter((s) => s.kind === 'session').sort((a, b) => a.start.localeCompare(b.start));
  const lastSlot = sessionSlots.at(-1)!;

  const amelie = await newPhone(browser);
  await test.step('phones vote: Amélie on her phone, four more over the network', async () => {
    await amelie.join(demo.joinUrl, 'Amélie Laurent');
    await amelie.tap(t[0]!, 1, '6 dots left');
    await amelie.tap(t[1]!, 1, '5 dots left');
    const picks = [
      [0, 1, 2],
      [0, 1, 3],
      [2, 3, 4],
      [4, 5, 6],
    ];
    for (const [i, pick] of picks.entries()) {
      const voter = await httpVoter(demo.joinUrl, `Voter ${i + 1}`);
      for (const n of pick) await voter.dot(roundId, topics[n]!.id);
    }
  });

  const grid = new GridPage(page);
  await agora.open(page, `#/w/${workshopId}/grid`);
  await expect(page.getByRole('heading', { level: 2, name: 'Session grid' })).toBeVisible();

  await test.step('a slot kept free, then auto-schedule: figures, and the sessions left out with their reason', async () => {
    await page.getByRole('button', { name: `Mark ${lastSlot.start}–${lastSlot.end} out of use` }).click();
    await expect(
      page.getByRole('button', { name: `Put ${lastSlot.start}–${lastSlot.end} back in use` }),
    ).toHaveAttribute('aria-pressed', 'true');
    await grid.runAutoSchedule();
    await expect(page.getByText(/sessions scheduled: \d+ % of the choices kept/)).toBeVisible();
    // 4 rooms × 4 slots in use for 20 topics: 16 placed, 4 left out (no vote for them).
    await expect(grid.cards).toHaveCount(20);
    await expect(grid.tray.getByTestId('grid-card')).toHaveCount(4);
    await expect(grid.figure('unplaced')).toHaveText('4');
    await expect(grid.figure('clashes')).toHaveText('0');
    await expect(grid.figure('attendance')).toHaveText('100 %');
    await expect(grid.leftOut).toContainText('Left out by the auto-schedule (4)');
    await expect(grid.leftOut.getByRole('listitem')).toHaveCount(4);
    await expect(grid.leftOut.getByRole('listitem').first()).toContainText(
      'every cell it could use holds a session wanted more',
    );
    await expect(grid.warnings).toContainText('No warning');
  });

  const placed = await grid.placed();
  const rooms = (await api('rooms:list', { workshopId })).sort((a, b) => a.position - b.position);
  const wanted = new Set([t[0], t[1]]);

  await test.step('by keyboard: a host given a second session at the same time, warned before the drop', async () => {
    // Two sessions in different rows and columns, neither wanted by Amélie.
    const pairs = placed.filter((p) => !wanted.has(p.title));
    let a = pairs[0]!;
    let b = pairs.find((p) => p.slotId !== a.slotId && p.roomId !== a.roomId)!;
    for (const x of pairs)
      for (const y of pairs)
        if (x.slotId !== y.slotId && x.roomId !== y.roomId) {
          a = x;
          b = y;
        }
    const bHost = topics.find((topic) => topic.title === b.title)?.proposer ?? '';
    await grid.openCard(a.title);
    await grid.dialog.getByLabel('Host').selectOption({ label: bHost });
    await expect(grid.dialog.getByLabel('Host')).toHaveValue(/.+/);
    await grid.closeDialog();

    // Into the other session's slot, in its own room (whatever sits there swaps with it).
    const roomName = (id: string) => rooms.find((r) => r.id === id)?.name ?? '';
    const slotStart = (id: string) => sessionSlots.find((s) => s.id === id)?.start ?? '';
    await grid.carryByKeyboard(
      a.title,
      { room: roomName(a.roomId), start: slotStart(b.slotId) },
      { rooms: rooms.map((r) => r.name), starts: sessionSlots.map((s) => s.start) },
    );
    await expect(grid.preview).toContainText(said(`${bHost} would host two sessions`));
    await grid.page.screenshot({ path: shot('laptop-keyboard-warning-en-1280x800') });
    await page.keyboard.press('Space');
    await expect(grid.outcome).toContainText(said(`${bHost} hosts two sessions`));
    await expect(grid.warnings).toContainText(said(`${bHost} hosts two sessions`));
    expect(await grid.cellOf(a.title)).toEqual({ roomId: a.roomId, slotId: b.slotId });
  });

  await test.step('by mouse: two sessions the same voters want put at the same time, warned before the drop', async () => {
    const first = (await grid.cellOf(t[0]!))!;
    const second = (await grid.cellOf(t[1]!))!;
    expect(first.slotId).not.toBe(second.slotId);
    // Any other room at the first one's time.
    const room = rooms.find((r) => r.id !== first.roomId)!;
    await grid.carryByMouse(t[1]!, { roomId: room.id, slotId: first.slotId });
    await expect(grid.preview).toContainText(said('3 voters would lose a session'));
    await grid.page.screenshot({ path: shot('laptop-drag-warning-en-1280x800') });
    await page.mouse.up();
    await expect(grid.warnings).toContainText(said('3 voters lose a session'));
    // At least those 3 (the session it swapped with may clash where it lands too).
    await expect.poll(async () => Number(await grid.figure('clashes').textContent())).toBeGreaterThanOrEqual(3);
    expect((await grid.cellOf(t[1]!))?.slotId).toBe(first.slotId);
  });

  await test.step('a lock, then publish', async () => {
    await grid.openCard(t[0]!);
    // Saved as it changes: checked once the core has answered.
    await grid.dialog.getByLabel('Locked').click();
    await expect(grid.dialog.getByLabel('Locked')).toBeChecked();
    await expect(grid.card(t[0]!).getByTestId('card-locked')).toBeAttached();
    // One scan for the grid, its warnings and a session's dialog.
    await expectNoSeriousA11y(page, 'laptop: grid and a session’s dialog', '.grid-screen');
    await grid.closeDialog();
    await grid.publish.click();
    await expect(grid.published).toContainText('Published at');
  });

  const projector = new ProjectorPage(await page.context().newPage());
  await test.step('the projected screen shows the grid at 1920×1080 and 1280×720, nothing cut', async () => {
    await projector.resize(FULL_HD);
    await projector.open(projectorUrl(agora.host.url, workshopId));
    await expect(projector.heading).toBeVisible();
    await page.getByTestId('projector-grid').click();
    await expect(projector.page.getByTestId('projected-grid')).toBeVisible();
    await expect(projector.page.getByTestId('projected-grid')).toContainText(t[0]!);
    const big = await expectProjectedFits(projector.page);
    expect(big.fontPx).toBeGreaterThan(16);
    // The view only: the corner controls fade out (covered by voting-room.spec), mid-fade they fail contrast.
    await expectNoSeriousA11y(projector.page, 'projector: grid', '.screen__view');
    await projector.resize(HD);
    // Refitted to the smaller screen (a ResizeObserver, then a layout pass).
    await expect.poll(() => projectedFont(projector.page)).toBeLessThan(big.fontPx);
    await expectProjectedFits(projector.page);
  });

  await test.step('"now and next" by the laptop clock', async () => {
    const now = sessionSlots[1]!;
    const [h, m] = now.start.split(':').map(Number) as [number, number];
    await projector.page.clock.setFixedTime(new Date(2013, 4, 23, h, m + 10));
    await page.getByTestId('projector-now').click();
    await expect(projector.page.getByTestId('now-now')).toContainText(`${now.start}–${now.end}`);
    await expect(projector.page.getByTestId('now-next')).toContainText(
      `${sessionSlots[2]!.start}–${sessionSlots[2]!.end}`,
    );
    await expectProjectedFits(projector.page);
    await expectNoSeriousA11y(projector.page, 'projector: now and next', '.screen__view');
  });

  await test.step('the phone: my day with its clash, the whole programme, "I’ll attend"', async () => {
    // The vote is over by now: the phone shows the programme first.
    await api('rounds:close', { roundId });
    const programme = amelie.page.getByTestId('programme');
    await expect(programme).toBeVisible();
    const myDay = amelie.page.getByTestId('my-day');
    await expect(myDay.getByTestId('programme-session')).toHaveCount(2);
    await expect(myDay.getByTestId('clash')).toContainText('2 of your choices at this time');
    await expectNoSeriousA11y(amelie.page, 'phone: my day');
    const going = amelie.page.getByRole('button', { name: `I’ll attend ${t[0]}` });
    await going.tap();
    await expect(going).toHaveAttribute('aria-pressed', 'true');
    await amelie.page.getByRole('button', { name: 'Whole programme' }).tap();
    await expect(amelie.page.getByTestId('whole-programme').getByTestId('programme-session')).toHaveCount(16);
  });

  await test.step('the laptop counts the phone that will attend, and chooses the rooms again by head count', async () => {
    await expect(grid.card(t[0]!).getByTestId('card-attending')).toHaveText('1 coming');
    await page.getByRole('button', { name: 'Re-run the room choice only' }).click();
    await expect(page.getByText('Rooms chosen again by head count; the times did not change.')).toBeVisible();
  });

  await test.step('unpublished: gone from the projected screen and the phone', async () => {
    await grid.publish.click();
    await expect(grid.published).toContainText('Not published');
    await expect(projector.page.getByRole('heading', { level: 1 })).toHaveText('The programme is not published yet');
    await expect(amelie.page.getByTestId('programme')).toBeHidden();
    await expect(page.getByTestId('projector-grid')).toBeDisabled();
  });

  await amelie.close();
});

/** Titles of a bigger day: a typical length, a few much longer (one at the 200-character limit). */
const BIG_TITLES = [
  'Participatory budgeting in neighbourhoods',
  'Open data portals: who uses them?',
  'Night-time economy and quiet streets',
  'Cycling highways between suburbs',
  'Heat islands: shade, water and trees in squares',
  'Local currencies for small shops',
  'Citizen panels chosen by lot: what they changed in Gdańsk, Paris and Montréal',
  'Makerspaces in public libraries',
  'Digital inclusion for older residents',
  'Co-designing school streets with parents',
  'Vacant shops as pop-up workshops',
  'Flood risk maps everyone can read',
  'Circular procurement for city halls',
  'Youth councils with a real budget',
  'Sharing city data with universities without losing control of it',
  'Community energy cooperatives',
  'Tourism that residents can live with',
  'Urban agriculture on rooftops',
  'Accessible public transport: audits by wheelchair users, blind and partially sighted people and parents with prams',
  'Noise maps from phones',
  'Street furniture made from reused materials',
  'Smart parking or fewer cars?',
  'Public Wi-Fi: worth it?',
  'Multilingual city services',
  'Care networks for isolated people',
  'Mobility hubs at railway stations',
  'Open-source software in municipal IT: lessons from Barcelona, Munich, Schleswig-Holstein and small towns that tried it quietly and kept it, or went back — costs, contracts and staff training',
  'Waste sorting that works in tower blocks',
  'Ageing well at home: sensors or neighbours?',
  'Culture in the suburbs',
  'Water fountains and public toilets',
  'The 15-minute city in practice',
  'Participatory mapping with schools',
  'Green roofs regulation',
  'A city app or a good website?',
  'Evaluating pilot projects honestly',
  'Housing co-operatives and land trusts',
  'Markets and short food chains',
  'Safe routes for night workers',
  'Intercity exchange of civil servants',
  'Festivals without waste',
  'Trees: who waters them?',
];

const BIG_ROOMS = [
  { name: 'Auditorium Simone Veil', capacity: 200 },
  { name: 'Council Chamber', capacity: 80 },
  { name: 'Workshop A', capacity: 30 },
  { name: 'Workshop B (garden level)', capacity: 25 },
  { name: 'Library', capacity: 20 },
  { name: 'Salle des Pas Perdus', capacity: 40 },
];

test('the session grid, 6 rooms × 9 slots with long titles, in English and French: laptop, projector at two sizes, "now and next", a phone', async ({
  page,
  agora,
  browser,
}) => {
  test.setTimeout(120_000);
  mkdirSync(OUT, { recursive: true });
  const api = hostApi(agora.host.url);
  const workshop = await api('workshops:create', {
    title: 'Smart City Lab — Lyon 2026',
    format: 'co-creation',
    date: '2026-06-18',
    venue: 'Hôtel de Ville',
    territory: 'Lyon',
    language: 'en',
    description: '',
  });
  const workshopId = workshop.id;
  for (const room of BIG_ROOMS) await api('rooms:add', { workshopId, room });
  const slots = await api('slots:generate', {
    workshopId,
    replace: true,
    grid: {
      start: '09:00',
      end: '18:00',
      sessionMinutes: 40,
      gapMinutes: 5,
      breaks: [
        { start: '09:00', end: '09:30', label: 'Opening', kind: 'plenary' },
        { start: '12:30', end: '13:30', label: 'Lunch', kind: 'break' },
        { start: '15:45', end: '16:00', label: 'Coffee', kind: 'break' },
      ],
    },
  });
  const sessionSlots = slots.filter((s) => s.kind === 'session').sort((a, b) => a.start.localeCompare(b.start));
  expect(sessionSlots.length).toBeGreaterThanOrEqual(8);
  const hosts = [
    'Léa Moreau',
    'Jonas Becker',
    'Aïcha Diallo',
    'Marta Kowalska',
    'Tomás Ruiz',
    'Chen Wei',
    'Inès Haddad',
  ];
  for (const name of hosts)
    await api('participants:add', {
      workshopId,
      participant: { name, organisation: '', territory: '', role: '', orgType: 'other', email: '' },
    });
  const topics: Topic[] = await Promise.all(
    BIG_TITLES.map((title, i) =>
      api('topics:add', {
        workshopId,
        topic: { title, pitch: '', proposer: hosts[i % hosts.length]!, theme: null, tags: [], status: 'proposed' },
      }),
    ),
  );
  const round = await api('rounds:create', {
    workshopId,
    round: { question: 'Which sessions do you want to attend?', method: 'dot', budget: 5, maxPerItem: 2 },
  });
  await api('rounds:open', { roundId: round.id });
  await api('lan:start', { host: '127.0.0.1', port: 0 });
  const joinUrl = (await api('join:get', { workshopId })).url as string;

  // A phone that voted for two sessions; the paper ballots of the room give the others their demand.
  const phone = await newPhone(browser);
  await phone.join(joinUrl, 'Léa');
  await phone.tap(BIG_TITLES[0]!, 1, '4 dots left');
  await phone.tap(BIG_TITLES[6]!, 1, '3 dots left');
  await Promise.all(
    topics.map((topic, i) =>
      i === 0 || i === 6
        ? null
        : api('rounds:setCount', { roundId: round.id, itemId: topic.id, source: 'paper', count: 40 - (i % 37) }),
    ),
  );
  await api('rounds:close', { roundId: round.id });
  await api('grid:autoSchedule', { workshopId });
  // Her two sessions at the same time, as a last-minute change would put them: a clash on her phone.
  const grid = await api('grid:get', { workshopId });
  const first = grid.sessions.find((s) => s.subjectId === topics[0]!.id)!;
  const second = grid.sessions.find((s) => s.subjectId === topics[6]!.id)!;
  const otherRoom =
    BIG_ROOMS.length > 1 ? (await api('rooms:list', { workshopId })).find((r) => r.id !== first.roomId)! : null;
  if (first.slotId && otherRoom && second.slotId !== first.slotId)
    await api('grid:place', { workshopId, sessionId: second.id, roomId: otherRoom.id, slotId: first.slotId });
  await api('grid:publish', { workshopId, published: true });

  const laptop = new GridPage(page);
  await agora.open(page, `#/w/${workshopId}/grid`);
  await expect(laptop.cards.first()).toBeVisible();
  await test.step('laptop, English, full length', async () => {
    await expect(laptop.published).toContainText('Published at');
    await fullLengthScreenshot(page, shot('laptop-6x9-en-1280x800'));
  });

  const projector = new ProjectorPage(await page.context().newPage());
  const [h, m] = sessionSlots[2]!.start.split(':').map(Number) as [number, number];
  await projector.page.clock.setFixedTime(new Date(2026, 5, 18, h, m + 5));
  await projector.resize(FULL_HD);
  // On the screen before it opens: a command sent while the page connects could be missed.
  await api('projector:show', { workshopId, view: 'grid' });
  await projector.open(projectorUrl(agora.host.url, workshopId));
  const projected = projector.page.getByTestId('projected-grid');
  await expect(projected).toBeVisible();

  for (const lang of ['en', 'fr'] as const) {
    await test.step(`projector, ${lang}: the grid and "now and next" at 1920×1080 and 1280×720, nothing cut`, async () => {
      if (lang === 'fr') await api('workshops:update', { workshopId, patch: { language: 'fr' } });
      await expect(projector.page.locator('html')).toHaveAttribute('lang', lang);
      await api('projector:show', { workshopId, view: 'grid' });
      for (const size of [FULL_HD, HD]) {
        await projector.resize(size);
        await expect(projected).toContainText(BIG_TITLES[26]!.slice(0, 40));
        const { fontPx } = await expectProjectedFits(projector.page);
        // Still readable from the back of a room: at least 1.2 % of the screen's height.
        expect(fontPx).toBeGreaterThanOrEqual(size.height * 0.012);
        await projector.shoot(shot(`projector-6x9-${lang}-${size.width}x${size.height}`));
      }
      await api('projector:show', { workshopId, view: 'now' });
      await expect(projector.page.getByTestId('now-now')).toContainText(sessionSlots[2]!.start);
      for (const size of [HD, FULL_HD]) {
        await projector.resize(size);
        await expectProjectedFits(projector.page);
        await projector.shoot(shot(`projector-now-${lang}-${size.width}x${size.height}`));
      }
    });
  }

  await test.step('phone: my day with a clash, the whole programme, English then French', async () => {
    await phone.page.reload();
    await expect(phone.page.getByTestId('my-day')).toBeVisible();
    for (const lang of ['fr', 'en'] as const) {
      if (lang === 'en') await phone.page.getByRole('button', { name: 'English' }).tap();
      await expect(phone.page.locator('html')).toHaveAttribute('lang', lang);
      await expect(phone.page.getByTestId('clash')).toBeVisible();
      await phone.shoot(shot(`phone-my-day-${lang}`));
      await phone.page.getByRole('button', { name: lang === 'fr' ? 'Tout le programme' : 'Whole programme' }).tap();
      await expect(phone.page.getByTestId('whole-programme')).toBeVisible();
      // The first screens of it: the whole day is a very long page.
      await phone.page.getByTestId('programme').evaluate((el) => el.scrollIntoView());
      await phone.page.screenshot({ path: shot(`phone-programme-${lang}`), animations: 'disabled', caret: 'hide' });
      await phone.page.getByRole('button', { name: lang === 'fr' ? 'Ma journée' : 'My day' }).tap();
    }
  });

  await test.step('laptop, French', async () => {
    await page.getByRole('button', { name: 'Français' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Grille des sessions' })).toBeVisible();
    await expectAllFrench(page, 'laptop: grid', [
      ...BIG_TITLES,
      ...BIG_ROOMS.map((r) => r.name),
      'Opening',
      'Lunch',
      'Coffee',
    ]);
    await fullLengthScreenshot(page, shot('laptop-6x9-fr-1280x800'));
  });

  await phone.close();
});
