/**
 * The voting room as it happens: the facilitator (through the API, as the laptop would) opens
 * a dot-voting round and the phone server; the projected screen shows how to join, then live
 * results; two phones join from the join address, vote, and see the bars move; results are
 * hidden then revealed, the round closes, a phone proposes a topic. Screenshots of each step
 * go to test/output/screenshots (projector at 1920×1080 and 1280×720, phone at 360 px), and
 * axe checks the phone page and every projector view.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { Topic } from '../../shared/schemas.ts';
import { describeFindings, seriousViolations } from './pages/a11y.ts';
import { DEMO, expect, test } from './pages/fixtures.ts';
import { type HostApi, hostApi, projectorUrl } from './pages/hostApi.ts';
import { englishLeftovers } from './pages/i18n.ts';
import { newPhone } from './pages/PhonePage.ts';
import { FULL_HD, HD, ProjectorPage } from './pages/ProjectorPage.ts';

const OUT = resolve(import.meta.dirname, '../output/screenshots');
const QUESTION = 'Which topics should open the afternoon?';
const QUESTION_FR = 'Quels sujets pour ouvrir l’après-midi ?';

test.use({ viewport: FULL_HD });

interface Room {
  api: HostApi;
  workshopId: string;
  roundId: string;
  topics: Topic[];
  joinUrl: string;
  joinCode: string;
}

/** The demo workshop with one open dot round (3 dots, at most 2 on one topic) and the phone server on. */
async function openRoom(hostUrl: string, question: string): Promise<Room> {
  const api = hostApi(hostUrl);
  const workshop = (await api('workshops:list', {})).find((w) => w.title === DEMO.title);
  if (!workshop) throw new Error('the demo workshop is missing');
  const workshopId = workshop.id;
  // The demo comes with a vote already open; close it so the phones show only this one.
  for (const round of await api('rounds:list', { workshopId }))
    if (round.state === 'open') await api('rounds:close', { roundId: round.id });
  const topics = (await api('topics:list', { workshopId })).sort((a, b) => a.seq - b.seq);
  const round = await api('rounds:create', {
    workshopId,
    round: { question, method: 'dot', budget: 3, maxPerItem: 2 },
  });
  await api('rounds:open', { roundId: round.id });
  const lan = await api('lan:start', { host: '127.0.0.1', port: 0 });
  const join = await api('join:get', { workshopId });
  expect(join.url).toBe(`${lan.baseUrl}/j/${join.code}`);
  return { api, workshopId, roundId: round.id, topics, joinUrl: join.url as string, joinCode: join.code };
}

async function expectNoSeriousA11y(page: Page, screen: string): Promise<void> {
  await test.step(`axe: ${screen}`, async () => {
    const findings = await seriousViolations(page);
    expect.soft(findings, describeFindings(screen, findings)).toEqual([]);
  });
}

/** Uncaught errors in any of these pages, collected until the end of the test. */
function collectErrors(...pages: Page[]): string[] {
  const errors: string[] = [];
  for (const page of pages) page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  return errors;
}

async function expectAllFrench(page: Page, screen: string): Promise<void> {
  const leftovers = await englishLeftovers(page);
  expect.soft(leftovers, `${screen}: English left on a French screen`).toEqual([]);
}

test('a voting room: join on the projector, two phones vote, live bars, hide and reveal, close, propose a topic', async ({
  page,
  agora,
  browser,
}) => {
  test.setTimeout(240_000);
  mkdirSync(OUT, { recursive: true });
  const shot = (name: string) => `${OUT}/${name}.png`;
  const room = await openRoom(agora.host.url, QUESTION);
  const { api, workshopId, roundId } = room;
  const [first, second, third] = room.topics as [Topic, Topic, Topic];
  const projector = new ProjectorPage(page);

  await test.step('the projector shows how to join', async () => {
    await api('projector:show', { workshopId, view: 'join' });
    await projector.open(projectorUrl(agora.host.url, workshopId));
    await expect(projector.heading).toHaveText('Join on your phone');
    await expect(projector.joinCode).toHaveText(room.joinCode);
    await expect(projector.joinUrl).toHaveText(room.joinUrl);
    await expect(projector.qrCode).toBeVisible();
    await expect(projector.joinedCount).toHaveText('No phones yet');
    await projector.shoot(shot('projector-join-en-1920x1080'), { controls: true });
    await expectNoSeriousA11y(page, 'projector: join');
  });

  const amelie = await newPhone(browser);
  const anonymous = await newPhone(browser);
  const errors = collectErrors(page, amelie.page, anonymous.page);

  await test.step('two phones join from the join address; the projector counts them', async () => {
    await amelie.page.goto(room.joinUrl);
    await expect(amelie.page.getByRole('heading', { level: 1, name: 'Join the vote' })).toBeVisible();
    await amelie.shoot(shot('phone-join-en'));
    await expectNoSeriousA11y(amelie.page, 'phone: join');

    await amelie.join(room.joinUrl, 'Amélie Laurent');
    await expect(amelie.votingAs).toHaveText('You vote as Amélie Laurent');
    await expect(projector.joinedCount).toHaveText('1 phone joined');
    await anonymous.join(room.joinUrl);
    await expect(anonymous.votingAs).toHaveText('Your votes are anonymous');
    await expect(projector.joinedCount).toHaveText('2 phones joined');
    await projector.shoot(shot('projector-join-2-phones-en-1920x1080'));
  });

  await test.step('the projector switches to live results', async () => {
    await api('projector:show', { workshopId, view: 'results', roundId });
    await expect(projector.heading).toHaveText(QUESTION);
    await expect(projector.voterCount).toContainText('No votes yet');
    // 20 options: the 14 first get a row big enough to read from the back, the rest one line.
    await expect(projector.resultRows).toHaveCount(14);
    await expect(page.getByText('+ 6 more options')).toBeVisible();
  });

  await test.step('phones vote; the bars follow; + is disabled at the per-topic maximum and when no dot is left', async () => {
    await expect(amelie.round(QUESTION)).toBeVisible();
    await expect(amelie.dotsLeft).toContainText('3 dots left');
    await amelie.shoot(shot('phone-ballot-empty-en'));
    await expectNoSeriousA11y(amelie.page, 'phone: ballot');

    await amelie.tap(first.title, 1, '2 dots left');
    await projector.expectTotal(first.title, 1, 1);
    const oneDot = await projector.barWidth(first.title);
    expect(oneDot).toBeGreaterThan(0);

    await amelie.tap(first.title, 1, '1 dot left');
    await expect(amelie.addDot(first.title)).toBeDisabled();
    await amelie.tap(second.title, 1, 'All 3 dots placed');
    await expect(amelie.addDot(third.title)).toBeDisabled();
    await expect(amelie.removeDot(first.title)).toBeEnabled();
    await projector.expectTotal(first.title, 2, 1);
    await projector.expectTotal(second.title, 1, 2);

    await anonymous.tap(second.title, 1, '2 dots left');
    await anonymous.tap(third.title, 1, '1 dot left');
    await anonymous.tap(third.title, 1, 'All 3 dots placed');
    // Three topics with 2 dots each: a three-way tie for first place.
    for (const topic of [first, second, third]) await projector.expectTotal(topic.title, 2, 1);
    await expect(projector.row(first.title)).toHaveAttribute('data-tied', 'true');
    await expect(projector.rankedList.getByRole('listitem').first()).toContainText('Rank 1, tied:');
    await expect(projector.voterCount).toContainText('2 voters');

    // Taking a dot back moves the topic down.
    await anonymous.tap(third.title, -1, '1 dot left');
    await projector.expectTotal(third.title, 1, 3);
  });

  await test.step('a vote whose answer is lost is retried with the same request id and counted once', async () => {
    let dropped = false;
    await anonymous.page.route('**/p/votes', async (route) => {
      if (dropped) return route.continue();
      dropped = true;
      // The server applies the vote, but the phone never hears back: Wi-Fi dropped on the way back.
      await route.fetch();
      await route.abort('connectionreset');
    });
    await anonymous.addDot(third.title).tap();
    await expect(anonymous.dotsLeft).toContainText('All 3 dots placed');
    await expect.poll(() => dropped).toBe(true);
    await projector.expectTotal(third.title, 2, 1);
    // Whatever the retries, one tap is one dot.
    await expect(anonymous.page.getByTestId('reconnecting')).toHaveCount(0, { timeout: 15_000 });
    await projector.expectTotal(third.title, 2, 1);
    await anonymous.page.unroute('**/p/votes');
  });

  await test.step('paper ballots are part of the bars, with a legend', async () => {
    await api('rounds:setCount', { roundId, itemId: first.id, source: 'paper', count: 4 });
    await projector.expectTotal(first.title, 6, 1);
    await expect(projector.page.getByRole('list', { name: 'Legend' })).toContainText('Paper ballots');
    await expect(projector.row(second.title)).toHaveAttribute('data-tied', 'true');
    // Bars are scaled to the leader: 2 of 6 is a third of its length.
    await expect
      .poll(
        async () =>
          (await projector.barWidth(second.title)) /
          (await projector
            .row(first.title)
            .locator('.bar-row__track')
            .evaluate((el) => el.getBoundingClientRect().width)),
      )
      .toBeCloseTo(2 / 6, 1);
    await page.waitForTimeout(900); // let the bars finish growing for the picture
    await projector.shoot(shot('projector-results-en-1920x1080'));
    await expectNoSeriousA11y(page, 'projector: live results');
    await projector.resize(HD);
    await page.waitForTimeout(900);
    await projector.shoot(shot('projector-results-en-1280x720'));
    await projector.resize(FULL_HD);
  });

  await test.step('phones see the results after voting', async () => {
    await expect(amelie.results).toBeVisible();
    await expect(amelie.results).toContainText('2 voters');
    await amelie.shoot(shot('phone-ballot-voted-en'));
  });

  await test.step('hidden results show only the number of voters; reveal brings the bars back', async () => {
    await api('rounds:update', { roundId, patch: { hideResults: true } });
    await expect(projector.hiddenCard).toContainText('Results are hidden');
    await expect(projector.hiddenCard).toContainText('2 voters so far');
    await expect(projector.resultRows).toHaveCount(0);
    await expect(projector.rankedList).toHaveCount(0);
    await expect(amelie.results).toHaveCount(0);
    await projector.shoot(shot('projector-results-hidden-en-1920x1080'));
    await expectNoSeriousA11y(page, 'projector: hidden results');

    await api('rounds:reveal', { roundId, revealed: true });
    await projector.expectTotal(first.title, 6, 1);
    await expect(amelie.results).toBeVisible();
  });

  await test.step('the topic wall fits the 20 topics of the demo', async () => {
    await api('projector:show', { workshopId, view: 'topics' });
    await expect(projector.wallCards).toHaveCount(DEMO.topicCount);
    await expect(projector.wall).toContainText(first.title);
    // Every card inside the screen: nothing cut off at the bottom or the right.
    const overflow = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.wall-card')).some((card) => {
        const box = card.getBoundingClientRect();
        return box.bottom > window.innerHeight || box.right > window.innerWidth;
      }),
    );
    expect(overflow).toBe(false);
    await projector.shoot(shot('projector-topics-en-1920x1080'));
    await expectNoSeriousA11y(page, 'projector: topic wall');
    await projector.resize(HD);
    await projector.shoot(shot('projector-topics-en-1280x720'));
    await projector.resize(FULL_HD);
  });

  await test.step('a countdown runs from the end time and ends calmly', async () => {
    const countdownStarted = Date.now();
    await api('projector:show', { workshopId, view: 'countdown', seconds: 300 });
    await expect(projector.countdownClock).toHaveText(/^0[45]:\d\d$/);
    await projector.shoot(shot('projector-countdown-en-1920x1080'));
    await expectNoSeriousA11y(page, 'projector: countdown');
    // Count the tones the chime plays (Web Audio oscillators), from the next load on.
    await page.addInitScript(() => {
      const counted = window as unknown as { tones: number };
      counted.tones = 0;
      const create = AudioContext.prototype.createOscillator;
      AudioContext.prototype.createOscillator = function (this: AudioContext) {
        counted.tones++;
        return create.call(this);
      };
    });
    // A reload shows the same time left: it is computed from the end time, not counted locally
    // (a clock restarted by the reload would show 05:00 again).
    const reloadedAfter = (Date.now() - countdownStarted) / 1000;
    await page.reload();
    await expect(projector.countdownClock).toHaveText(/^0[45]:\d\d$/);
    const [minutes, seconds] = ((await projector.countdownClock.textContent()) ?? '').split(':').map(Number);
    const left = (minutes ?? 0) * 60 + (seconds ?? 0);
    const readAfter = (Date.now() - countdownStarted) / 1000;
    // Between what was left when the reload began and what is left now (2 s for rounding and the call).
    expect(left).toBeLessThanOrEqual(300 - reloadedAfter + 2);
    expect(left).toBeGreaterThanOrEqual(300 - readAfter - 2);
    // Any key on the projected screen lets it make sound (browsers block audio before one).
    await page.keyboard.press('Shift');
    await api('projector:show', { workshopId, view: 'countdown', seconds: 2 });
    await expect(page.getByText('Time is up')).toBeVisible({ timeout: 5000 });
    await expect(projector.countdownClock).toHaveText('00:00');
    // Two tones, each a fundamental and a soft octave; played once.
    await expect.poll(() => page.evaluate(() => (window as unknown as { tones: number }).tones)).toBe(4);
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { tones: number }).tones)).toBe(4);
    await projector.shoot(shot('projector-countdown-done-en-1920x1080'));
  });

  await test.step('closing the round: phones say it closed and wait for the next one', async () => {
    await api('projector:show', { workshopId, view: 'results', roundId });
    await api('rounds:close', { roundId });
    await expect(page.getByText('Final results')).toBeVisible();
    await projector.shoot(shot('projector-results-closed-en-1920x1080'));
    for (const phone of [amelie, anonymous]) {
      await expect(phone.closedNotices).toContainText(QUESTION);
      await expect(phone.waiting).toContainText('Waiting for the facilitator to open a vote');
      await expect(phone.rounds).toHaveCount(0);
    }
    await amelie.shoot(shot('phone-round-closed-en'));
    await expectNoSeriousA11y(amelie.page, 'phone: round closed, waiting');
  });

  await test.step('a phone proposes a topic; it waits for the facilitator', async () => {
    await amelie.proposeTopic('Open data for local shops', 'A shared map of opening hours and offers.');
    await amelie.shoot(shot('phone-topic-sent-en'));
    const suggestions = await api('suggestions:list', { workshopId });
    expect(suggestions).toContainEqual(
      expect.objectContaining({ title: 'Open data for local shops', proposer: 'Amélie Laurent', state: 'pending' }),
    );
  });

  await test.step('a reload rejoins silently with the saved token', async () => {
    await amelie.page.reload();
    await expect(amelie.votingAs).toHaveText('You vote as Amélie Laurent');
    await expect(amelie.waiting).toBeVisible();
    await expect(amelie.page.getByRole('button', { name: 'Join', exact: true })).toHaveCount(0);
  });

  await test.step('an unknown code asks for the one on the screen', async () => {
    const stray = await newPhone(browser);
    await stray.page.goto(room.joinUrl.replace(/\/j\/.*$/, '/j/ZZZZZZ'));
    await stray.nameField.fill('Lost');
    await stray.joinButton.tap();
    await expect(stray.page.getByRole('heading', { level: 1 })).toHaveText('This code does not work');
    await stray.shoot(shot('phone-unknown-code-en'));
    await expectNoSeriousA11y(stray.page, 'phone: unknown code');
    await stray.page.getByLabel('Code', { exact: true }).fill(room.joinCode.toLowerCase());
    await stray.page.getByRole('button', { name: 'Continue' }).tap();
    await expect(stray.page.getByRole('heading', { level: 1, name: 'Join the vote' })).toBeVisible();
    await stray.close();
  });

  await test.step('a new join code signs the phones out; they are asked for the new one', async () => {
    await api('projector:show', { workshopId, view: 'join' });
    const renewed = await api('join:regenerate', { workshopId, revokeTokens: true });
    await expect(projector.joinCode).toHaveText(renewed.code);
    await expect(amelie.page.getByRole('heading', { level: 1 })).toHaveText('The facilitator started a new session');
    await amelie.shoot(shot('phone-signed-out-en'));
    await amelie.page.getByLabel('Code', { exact: true }).fill(renewed.code);
    await amelie.page.getByRole('button', { name: 'Continue' }).tap();
    await expect(amelie.page).toHaveURL(renewed.url as string);
    await expect(amelie.page.getByRole('heading', { level: 1, name: 'Join the vote' })).toBeVisible();
    // The phone offers the name it joined with last time.
    await expect(amelie.nameField).toHaveValue('Amélie Laurent');
    await amelie.joinButton.tap();
    await expect(amelie.votingAs).toHaveText('You vote as Amélie Laurent');
    await expect(amelie.waiting).toBeVisible();
    await expect(projector.joinedCount).toHaveText('1 phone joined');
  });

  await test.step('blank', async () => {
    await api('projector:show', { workshopId, view: 'blank' });
    await expect(projector.blank).toBeVisible();
  });

  expect(errors).toEqual([]);
  await amelie.close();
  await anonymous.close();
});

test('a French workshop: the projector and the phones speak French; each can switch', async ({
  page,
  agora,
  browser,
}) => {
  test.setTimeout(180_000);
  mkdirSync(OUT, { recursive: true });
  const shot = (name: string) => `${OUT}/${name}.png`;
  const room = await openRoom(agora.host.url, QUESTION_FR);
  const { api, workshopId, roundId } = room;
  await api('workshops:update', { workshopId, patch: { language: 'fr' } });
  const [first, second] = room.topics as [Topic, Topic];
  const projector = new ProjectorPage(page);

  await api('projector:show', { workshopId, view: 'join' });
  await projector.open(projectorUrl(agora.host.url, workshopId));
  await expect(projector.heading).toHaveText('Participez avec votre téléphone');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expectAllFrench(page, 'projector: join');
  await projector.shoot(shot('projector-join-fr-1920x1080'));
  await projector.resize(HD);
  await projector.shoot(shot('projector-join-fr-1280x720'));
  await projector.resize(FULL_HD);

  // A French phone: the join form follows the phone's language, the rest the workshop's.
  const phone = await newPhone(browser, 'fr-FR');
  await phone.page.goto(room.joinUrl);
  await expect(phone.page.getByRole('heading', { level: 1 })).toHaveText('Rejoindre le vote');
  await phone.page.getByLabel('Votre nom (facultatif)').fill('Élodie');
  await phone.page.getByRole('button', { name: 'Rejoindre', exact: true }).tap();
  await expect(phone.votingAs).toHaveText('Vous votez sous le nom « Élodie »');
  await expect(phone.dotsLeft).toContainText('3 gommettes restantes');
  await phone.page.getByRole('button', { name: `Ajouter une gommette à « ${first.title} »` }).tap();
  await phone.page.getByRole('button', { name: `Ajouter une gommette à « ${first.title} »` }).tap();
  await phone.page.getByRole('button', { name: `Ajouter une gommette à « ${second.title} »` }).tap();
  await expect(phone.dotsLeft).toContainText('Vos 3 gommettes sont placées');
  await expect(phone.results).toBeVisible();
  await expectAllFrench(phone.page, 'phone: ballot');
  await phone.shoot(shot('phone-ballot-voted-fr'));

  await api('projector:show', { workshopId, view: 'results', roundId });
  await projector.expectTotal(first.title, 2, 1);
  await api('rounds:setCount', { roundId, itemId: second.id, source: 'hands', count: 1 });
  await projector.expectTotal(second.title, 2, 1);
  await expect(page.getByRole('list', { name: 'Légende' })).toContainText('Mains levées');
  await expectAllFrench(page, 'projector: results');
  await page.waitForTimeout(900);
  await projector.shoot(shot('projector-results-fr-1920x1080'));
  await projector.resize(HD);
  await page.waitForTimeout(900);
  await projector.shoot(shot('projector-results-fr-1280x720'));
  await projector.resize(FULL_HD);

  await api('rounds:update', { roundId, patch: { hideResults: true } });
  await expect(projector.hiddenCard).toContainText('1 votant pour l’instant');
  await expectAllFrench(page, 'projector: hidden results');
  await projector.shoot(shot('projector-results-hidden-fr-1920x1080'));

  await api('projector:show', { workshopId, view: 'topics' });
  await expect(projector.wallCards).toHaveCount(DEMO.topicCount);
  await expectAllFrench(page, 'projector: topic wall');
  await projector.shoot(shot('projector-topics-fr-1920x1080'));
  await projector.resize(HD);
  await projector.shoot(shot('projector-topics-fr-1280x720'));
  await projector.resize(FULL_HD);

  await api('projector:show', { workshopId, view: 'countdown', seconds: 600 });
  await expect(projector.countdownClock).toHaveText(/^(10:00|09:5\d)$/);
  await projector.shoot(shot('projector-countdown-fr-1920x1080'));

  await api('rounds:close', { roundId });
  await expect(phone.closedNotices).toContainText('Ce vote est terminé');
  await expect(phone.waiting).toContainText('En attente de l’ouverture d’un vote');
  await expectAllFrench(phone.page, 'phone: waiting');
  await phone.shoot(shot('phone-round-closed-fr'));

  // The participant prefers English: the choice sticks across a reload.
  await phone.page.getByRole('button', { name: 'English' }).tap();
  await expect(phone.waiting).toContainText('Waiting for the facilitator to open a vote');
  await phone.page.reload();
  await expect(phone.waiting).toContainText('Waiting for the facilitator to open a vote');

  // On the projector, the corner switch (or L) overrides the workshop's language.
  await projector.switchLanguage('en');
  await expect(projector.countdownClock).toBeVisible();
  await api('projector:show', { workshopId, view: 'join' });
  await expect(projector.heading).toHaveText('Join on your phone');
  await page.keyboard.press('l');
  await expect(projector.heading).toHaveText('Participez avec votre téléphone');

  await phone.close();
});

test('approval and jury scoring on a phone; scores on the projector', async ({ page, agora, browser }) => {
  test.setTimeout(120_000);
  mkdirSync(OUT, { recursive: true });
  const shot = (name: string) => `${OUT}/${name}.png`;
  const room = await openRoom(agora.host.url, QUESTION);
  const { api, workshopId } = room;
  await api('rounds:close', { roundId: room.roundId });
  // Two rounds open at once, and phones allowed to vote in both.
  await api('join:setAllRounds', { workshopId, allRounds: true });
  const ids = room.topics.slice(0, 4).map((t) => t.id);
  const [first, second, third] = room.topics as [Topic, Topic, Topic];

  const approval = await api('rounds:create', {
    workshopId,
    round: { question: 'Which projects should we pursue together?', method: 'approval', budget: 2, maxPerItem: 1 },
    targets: { kind: 'topic', ids },
  });
  await api('rounds:open', { roundId: approval.id });
  const scoring = await api('rounds:create', {
    workshopId,
    round: {
      question: 'Score the two pitches',
      method: 'scoring',
      criteria: [
        { id: 'impact', label: 'Impact', weight: 2 },
        { id: 'feasibility', label: 'Feasibility', weight: 1 },
      ],
    },
    targets: { kind: 'topic', ids: ids.slice(0, 2) },
  });
  await api('rounds:open', { roundId: scoring.id });

  const phone = await newPhone(browser);
  await phone.join(room.joinUrl, 'Jury member');
  // One round at a time, the one opened last first; the other one tap away.
  await expect(phone.rounds).toHaveCount(1);
  await expect(phone.roundTabs).toContainText('1 other vote open');
  await expect(phone.round('Score the two pitches')).toBeVisible();
  await phone.roundTab('Which projects should we pursue together?').tap();

  // Approval: a toggle per option, at most two; the others grey out once two are chosen. The answers
  // come slowly (a busy venue Wi-Fi), so taps are made while the earlier ones are still on their way.
  await phone.page.route('**/p/votes', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 250));
    await route.continue();
  });
  const ballot = phone.round('Which projects should we pursue together?');
  const choice = (title: string) => ballot.getByRole('button', { name: title, exact: true });
  await expect(ballot.getByTestId('approvals-chosen')).toHaveText('0 of 2 chosen');
  await choice(first.title).tap();
  await choice(second.title).tap();
  await expect(ballot.getByTestId('approvals-chosen')).toContainText('2 of 2 chosen');
  await expect(choice(first.title)).toHaveAttribute('aria-pressed', 'true');
  await expect(choice(third.title)).toBeDisabled();
  await choice(second.title).tap();
  await expect(choice(third.title)).toBeEnabled();
  await choice(third.title).tap();
  // The phone sends its four taps one after another, so the server's count goes 1, 2, 1, 2: a total
  // of 2 is also the moment after the second tap ({first, second}), before the untap and the third
  // tap have arrived. Wait for the ballot itself.
  const approved = async () => {
    const results = await api('rounds:results', { roundId: approval.id });
    return {
      total: results.ballotTotal,
      items: results.items
        .filter((i) => i.total === 1)
        .map((i) => i.itemId)
        .sort(),
    };
  };
  await expect.poll(approved).toEqual({ total: 2, items: [first.id, third.id].sort() });
  await phone.page.unroute('**/p/votes');

  // Scoring: an option's scores are sent once every criterion has one.
  await phone.roundTab('Score the two pitches').tap();
  const jury = phone.round('Score the two pitches');
  const item = jury.getByTestId('ballot-item').filter({ hasText: first.title });
  await item.getByRole('group', { name: 'Impact' }).getByRole('radio', { name: '5' }).tap();
  await expect(item).toContainText('Score every criterion to send.');
  await item.getByRole('group', { name: 'Feasibility' }).getByRole('radio', { name: '2' }).tap();
  await expect(item).toContainText('Saved');
  await expect.poll(async () => (await api('rounds:results', { roundId: scoring.id })).voters).toBe(1);
  const scores = await api('rounds:results', { roundId: scoring.id });
  // Weighted mean: (5×2 + 2×1) / 3 = 4.
  expect(scores.items.find((i) => i.itemId === first.id)?.total).toBe(4);
  await expectNoSeriousA11y(phone.page, 'phone: approval and scoring');
  await phone.shoot(shot('phone-approval-scoring-en'));

  const projector = new ProjectorPage(page);
  await api('projector:show', { workshopId, view: 'results', roundId: scoring.id });
  await projector.open(projectorUrl(agora.host.url, workshopId));
  await projector.expectTotal(first.title, 4, 1);
  await expect(projector.rankedList.getByRole('listitem').first()).toContainText('average score 4.0 out of 5');
  await page.waitForTimeout(900);
  await projector.shoot(shot('projector-results-scoring-en-1920x1080'));
  await api('projector:show', { workshopId, view: 'results', roundId: approval.id });
  await projector.expectTotal(first.title, 1, 1);
  await page.waitForTimeout(900);
  await projector.shoot(shot('projector-results-approval-en-1920x1080'));
  await phone.close();
});

test('a phone that joined without a name gives one for a named vote, and keeps its anonymous dots', async ({
  agora,
  browser,
}) => {
  const room = await openRoom(agora.host.url, QUESTION);
  const { api, workshopId } = room;
  const [first, second] = room.topics as [Topic, Topic];
  // The anonymous round stays open beside the named one, and phones may switch between them.
  await api('join:setAllRounds', { workshopId, allRounds: true });
  const named = await api('rounds:create', {
    workshopId,
    round: { question: 'Jury: which pitch wins?', method: 'approval', budget: 1, named: true },
    targets: { kind: 'topic', ids: [first.id, second.id] },
  });
  await api('rounds:open', { roundId: named.id });

  const phone = await newPhone(browser);
  try {
    await phone.join(room.joinUrl);
    // The named round opened last is in focus; the dot round is one tap away.
    await phone.roundTab(QUESTION).tap();
    await phone.tap(first.title, 1, '2');
    await phone.roundTab('Jury: which pitch wins?').tap();
    const jury = phone.round('Jury: which pitch wins?');
    await jury.getByLabel('Your name', { exact: true }).fill('Léa Martin');
    await jury.getByRole('button', { name: 'Continue' }).tap();
    await expect(phone.votingAs).toContainText('Léa Martin');
    await jury.getByRole('button', { name: second.title, exact: true }).tap();
    await expect.poll(async () => (await api('rounds:results', { roundId: named.id })).ballotTotal).toBe(1);
    // the same phone, the same ballot: one voter in the dot round, its dot still there
    const dots = await api('rounds:results', { roundId: room.roundId });
    expect(dots.voters).toBe(1);
    expect(dots.items.find((i) => i.itemId === first.id)?.ballots).toBe(1);
    const exported = await api('workshops:export', { workshopId });
    const jurors = exported.rounds.find((r) => r.question === 'Jury: which pitch wins?')?.ballots.map((b) => b.name);
    expect(jurors).toEqual(['Léa Martin']);
  } finally {
    await phone.close();
  }
});

test('a phone on a workshop put in the trash says it is closed, and votes as itself again once restored', async ({
  agora,
  browser,
}) => {
  const room = await openRoom(agora.host.url, QUESTION);
  const [first] = room.topics as [Topic];
  const phone = await newPhone(browser);
  try {
    await phone.join(room.joinUrl, 'Ana');
    await phone.tap(first.title, 1, '2');
    await room.api('workshops:delete', { workshopId: room.workshopId });
    await phone.addDot(first.title).tap();
    await expect(phone.page.getByTestId('workshop-closed')).toContainText('This workshop is closed for now');
    await room.api('workshops:restore', { workshopId: room.workshopId });
    await phone.page.reload();
    await expect(phone.dotsLeft).toContainText('2');
    await expect(phone.votingAs).toContainText('Ana');
    expect((await room.api('rounds:results', { roundId: room.roundId })).voters).toBe(1);
  } finally {
    await phone.close();
  }
});

test('a tap made while the Wi-Fi is down survives a reload, and is counted once', async ({ agora, browser }) => {
  const room = await openRoom(agora.host.url, QUESTION);
  const [first] = room.topics as [Topic];
  const phone = await newPhone(browser);
  try {
    await phone.join(room.joinUrl, 'Ana');
    // the vote requests fail as on a dropped Wi-Fi; the page itself still loads
    await phone.page.route('**/p/votes', (route) => route.abort('internetdisconnected'));
    await phone.addDot(first.title).tap();
    await expect(phone.reconnecting).toBeVisible();
    await phone.page.reload();
    await expect(phone.dotsLeft).toContainText('2'); // the waiting tap is shown after the reload
    expect((await room.api('rounds:results', { roundId: room.roundId })).ballotTotal).toBe(0);
    await phone.page.unroute('**/p/votes');
    await expect
      .poll(async () => (await room.api('rounds:results', { roundId: room.roundId })).ballotTotal, { timeout: 15_000 })
      .toBe(1);
    await phone.page.reload();
    await expect(phone.dotsLeft).toContainText('2');
    expect((await room.api('rounds:results', { roundId: room.roundId })).ballotTotal).toBe(1);
  } finally {
    await phone.close();
  }
});

test('the topic wall fits 40 topics on one screen, at 1920×1080 and 1280×720', async ({ page, agora }) => {
  mkdirSync(OUT, { recursive: true });
  const api = hostApi(agora.host.url);
  const workshop = (await api('workshops:list', {})).find((w) => w.title === DEMO.title);
  if (!workshop) throw new Error('the demo workshop is missing');
  const workshopId = workshop.id;
  const more = [
    'Shared procurement of digital services between small towns',
    'A regional marketplace for local producers',
    'Citizen panels on the use of city data',
    'Smart street lighting: savings and privacy',
    'Bike-sharing data for planning cycle lanes',
    'Public Wi-Fi in town centres: who pays?',
    'Digital tourism for heritage sites',
    'Apprenticeships in digital trades',
    'Open APIs for public transport timetables',
    'Energy communities and local utilities',
    'Teleworking hubs in rural municipalities',
    'Accessibility of city websites',
    'A common platform for building permits',
    'Circular economy: repair cafés and makerspaces',
    'Air quality sensors run by residents',
    'Cybersecurity for small municipalities',
    'Data stewardship roles in city hall',
    'Start-up challenges set by public services',
    'Green roofs and urban heat',
    'Measuring the impact of innovation programmes',
  ];
  for (const title of more) await api('topics:add', { workshopId, topic: { title, proposer: 'Workshop table 3' } });
  await api('projector:show', { workshopId, view: 'topics' });
  const projector = new ProjectorPage(page);
  await projector.open(projectorUrl(agora.host.url, workshopId));

  for (const [size, name] of [
    [FULL_HD, '1920x1080'],
    [HD, '1280x720'],
  ] as const) {
    await projector.resize(size);
    await expect(projector.wallCards).toHaveCount(40);
    await expect(projector.wall).toContainText(more.at(-1) as string);
    const cut = await page.evaluate(
      () =>
        Array.from(document.querySelectorAll('.wall-card')).filter((card) => {
          const box = card.getBoundingClientRect();
          return box.bottom > window.innerHeight || box.right > window.innerWidth;
        }).length,
    );
    expect(cut, `cards cut off at ${name}`).toBe(0);
    // Legible from the back of a room: titles at least 1/60 of the screen's height (18 px at 1080).
    const titleSize = await page.evaluate(() =>
      Number.parseFloat(getComputedStyle(document.querySelector('.wall-card__title') as Element).fontSize),
    );
    expect(titleSize).toBeGreaterThanOrEqual(size.height / 60);
    await projector.shoot(`${OUT}/projector-topics-40-en-${name}.png`);
  }
});
