/**
 * The moderation queue, several proposals at once: ticked by mouse and keyboard, accepted onto the
 * wall together, one merged into a topic found with an accent-insensitive search, the rest
 * rejected with "select all"; a decision refused because another window decided one meanwhile
 * changes nothing. Screenshots of the queue with several ticked (English and French) and of the
 * merge dialog in test/output/screenshots.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { describeFindings, seriousViolations } from './pages/a11y.ts';
import { DEMO, expect, test } from './pages/fixtures.ts';
import { HomePage } from './pages/HomePage.ts';
import { hostApi } from './pages/hostApi.ts';
import { RoomControls } from './pages/RoomControls.ts';
import { TopicsPage } from './pages/TopicsPage.ts';
import { TestPhone } from './pages/VotePage.ts';

const OUT = resolve(import.meta.dirname, '../output/screenshots');

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.mouse.move(0, 0);
  // Toasts out of the picture (behind a modal dialog they cannot be reached, and stay).
  const dismiss = page.locator('.toast__close');
  if ((await page.locator('dialog[open]').count()) === 0)
    while ((await dismiss.count()) > 0) await dismiss.first().click();
  await page.screenshot({ path: `${OUT}/${name}.png`, animations: 'disabled', caret: 'hide' });
}

const NIGHT = 'Night buses for shift workers';
const CALENDAR = 'A shared calendar of business events';
const LATE = 'Late-night buses after the concerts';
const SPAM = 'Buy cheap followers now';
const ADS = 'Advertise your start-up here';

test('several proposals at once: accepted together, merged into a topic, rejected with select all; a refusal changes nothing', async ({
  page,
  agora,
}) => {
  await agora.open(page);
  await new HomePage(page).openWorkshop(DEMO.title);
  await page
    .getByRole('navigation', { name: 'Workshop stages' })
    .getByRole('link', { name: /^Topics\b/ })
    .click();
  const topics = new TopicsPage(page);
  const room = new RoomControls(page);
  await expect(topics.cards).toHaveCount(DEMO.topicCount);

  await room.startLanOnLoopback();
  const code = (await room.joinCode.textContent()) ?? '';
  const base = await room.lanBase();
  const [ana, karim, lena] = [new TestPhone(base, 'Ana'), new TestPhone(base, 'Karim'), new TestPhone(base, 'Léna')];
  for (const phone of [ana, karim, lena]) await phone.join(code);
  await ana.proposeTopic(NIGHT, 'Many of us work late.');
  await karim.proposeTopic(CALENDAR);
  await lena.proposeTopic(LATE, 'Same idea: buses after 23:00.');
  await lena.proposeTopic(SPAM);
  await karim.proposeTopic(ADS);
  await room.openQueue();
  await expect(room.queue.getByTestId('suggestion')).toHaveCount(5);

  await test.step('tick two (one by mouse, one by keyboard) and accept them together: both on the wall', async () => {
    await expect(room.bulkButton('Accept selected')).toBeDisabled();
    await room.suggestionCheckbox(NIGHT).click();
    await room.suggestionCheckbox(CALENDAR).focus();
    await page.keyboard.press('Space');
    await expect(room.suggestionCheckbox(CALENDAR)).toBeChecked();
    await expect(room.bulk.getByTestId('queue-selected')).toHaveText('2 of 5 selected');
    await expect(room.bulkButton('Accept selected')).toHaveAccessibleDescription('2 of 5 selected');
    await shoot(page, 'en-queue-several-selected');

    await room.bulkButton('Accept selected').click();
    await expect(topics.notifications.getByText('2 proposals accepted: topics #21 to #22.')).toBeVisible();
    await expect(room.queue.getByTestId('suggestion')).toHaveCount(3);
    await expect(topics.card(NIGHT)).toContainText('#21');
    await expect(topics.card(CALENDAR)).toContainText('#22');
    await expect(topics.count).toHaveText('22 topics');
    await expect(room.bulk.getByTestId('queue-selected')).toHaveText('Select all 3');
  });

  await test.step('merge one into a topic found by an accent-insensitive search, by keyboard', async () => {
    await room.suggestionCheckbox(LATE).check();
    await room.bulkButton('Merge into a topic…').click();
    const dialog = page.getByRole('dialog', { name: 'Merge the proposal into a topic' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('list', { name: 'Proposals to merge' })).toHaveText(LATE);
    const search = dialog.getByRole('searchbox', { name: 'Search the topics' });
    await expect(search).toBeFocused();
    await page.keyboard.type('NÎGHT búses');
    await expect(dialog.getByRole('radio')).toHaveCount(1);
    await expect(dialog.getByText('1 of 22 topics')).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(dialog.getByRole('radio', { name: `#21 ${NIGHT}` })).toBeChecked();
    await shoot(page, 'en-queue-merge-dialog');
    const findings = await seriousViolations(page);
    expect.soft(findings, describeFindings('the merge dialog', findings)).toEqual([]);
    await dialog.getByRole('button', { name: 'Merge into #21' }).click();
    await expect(dialog).toBeHidden();
    await expect(topics.notifications.getByText(`Proposal merged into #21 “\u2068${NIGHT}\u2069”.`)).toBeVisible();
    await expect(room.queue.getByTestId('suggestion')).toHaveCount(2);
    // The topic keeps its title; no new card.
    await expect(topics.count).toHaveText('22 topics');
    await room.decided.locator('summary').click();
    await expect(room.decided.locator('summary')).toHaveText('2 accepted · 0 rejected · 1 merged');
    await expect(room.decidedItem(LATE)).toHaveText(`${LATE}Merged into #21 ${NIGHT}`);
    await expect(room.decidedItem(CALENDAR)).toContainText('Accepted as #22');
  });

  await test.step('a refusal (one decided meanwhile in another window) shows the core’s message and changes nothing', async () => {
    const api = hostApi(agora.host.url);
    const workshop = (await api('workshops:list', {})).find((w) => w.title === DEMO.title);
    const pending = await api('suggestions:list', { workshopId: workshop?.id ?? '' });
    const ads = pending.find((s) => s.title === ADS);
    // The other window rejects one just before this window's call reaches the core.
    await page.route('**/api/call/suggestions:decide', async (route) => {
      await api('suggestions:reject', { suggestionId: ads?.id ?? '' });
      await route.continue();
    });
    await room.bulk.getByRole('checkbox').check();
    await expect(room.bulk.getByTestId('queue-selected')).toHaveText('2 of 2 selected');
    await room.bulkButton('Accept selected').click();
    await expect(
      topics.notifications.getByText('Nothing was decided: This proposed topic was already rejected.'),
    ).toBeVisible();
    await page.unroute('**/api/call/suggestions:decide');
    // The other window's rejection arrives; the spam stays pending, the wall unchanged.
    await expect(room.queue.getByTestId('suggestion')).toHaveCount(1);
    await expect(room.suggestion(SPAM)).toBeVisible();
    await expect(topics.count).toHaveText('22 topics');
    await expect(topics.card(SPAM)).toHaveCount(0);
  });

  await test.step('select all and reject: the queue is empty', async () => {
    await room.bulk.getByRole('checkbox').check();
    await expect(room.suggestionCheckbox(SPAM)).toBeChecked();
    await room.bulkButton('Reject selected').click();
    await expect(topics.notifications.getByText('Proposal rejected.')).toBeVisible();
    await expect(room.queue).toContainText('Nothing waiting.');
    await expect(room.decided.locator('summary')).toHaveText('2 accepted · 2 rejected · 1 merged');
  });

  await test.step('no serious or critical axe violations with proposals ticked', async () => {
    await ana.proposeTopic('Bike lanes to the tram terminus');
    await karim.proposeTopic('Open procurement data for SMEs');
    await expect(room.queue.getByTestId('suggestion')).toHaveCount(2);
    await room.suggestionCheckbox('Bike lanes to the tram terminus').check();
    const findings = await seriousViolations(page);
    expect.soft(findings, describeFindings('the queue with proposals ticked', findings)).toEqual([]);
  });

  await test.step('in French: the queue with several ticked', async () => {
    await room.suggestionCheckbox('Open procurement data for SMEs').check();
    await page.getByRole('button', { name: 'Français' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByTestId('queue-selected')).toHaveText('2 sur 2 sélectionnées');
    await shoot(page, 'fr-queue-several-selected');
  });
});
