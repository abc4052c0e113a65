/**
 * Bad input loses nothing: a mistake is explained where it was made, nothing half-done is
 * saved, what was typed stays in the field, and markup typed by a participant is shown as text
 * (and a bidi override in it stays inside its own isolate).
 */
import type { Locator } from '@playwright/test';
import { DEMO, expect, test } from './pages/fixtures.ts';
import { HomePage } from './pages/HomePage.ts';
import { hostApi } from './pages/hostApi.ts';
import { SetupPage } from './pages/SetupPage.ts';
import { TopicsPage } from './pages/TopicsPage.ts';

const MARKUP = '<img src=x onerror=alert(1)>';

test('an empty workshop title is refused with a clear message and nothing is added', async ({ page, agora }) => {
  const home = new HomePage(page);
  await agora.open(page);
  await home.expectLoaded();

  const dialog = await home.openCreateDialog();
  const title = dialog.getByLabel('Title', { exact: true });
  await expect(title).toBeFocused();
  await dialog.getByLabel('Venue', { exact: true }).fill('Palais des Congrès');
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(dialog).toBeVisible();
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toHaveAccessibleDescription('Give the workshop a title.');
  // What was typed elsewhere is still there to finish the form.
  await expect(dialog.getByLabel('Venue', { exact: true })).toHaveValue('Palais des Congrès');

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  // Blank is not a title either (a fresh form: no error left over from the first try).
  await home.openCreateDialog();
  await expect(title).not.toHaveAttribute('aria-invalid', 'true');
  await title.fill('    ');
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(title).toHaveAccessibleDescription('Give the workshop a title.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(home.cards).toHaveCount(1);
  await page.reload();
  await expect(home.cards).toHaveCount(1);
  expect(await home.cardTitles()).toEqual([DEMO.title]);
});

test('a pasted workshop title over 200 characters is counted and refused, never cut', async ({ page, agora }) => {
  const home = new HomePage(page);
  await agora.open(page);
  await home.expectLoaded();
  const dialog = await home.openCreateDialog();
  const title = dialog.getByLabel('Title', { exact: true });
  const pasted = `Smart Economy — ${'collaboration between cities, '.repeat(12)}`.trim();
  await title.focus();
  await page.keyboard.insertText(pasted);
  // The whole paste is there, counted, and the field says by how much it is over.
  await expect(title).toHaveValue(pasted);
  await expect(dialog.getByText(`${pasted.length} / 200`)).toBeVisible();
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toHaveAccessibleDescription(
    new RegExp(`^${pasted.length - 200} characters too many \\(at most 200\\)\\. Nothing has been cut\\.`),
  );
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(dialog).toBeVisible();
  await expect(title).toBeFocused();
  await expect(title).toHaveValue(pasted);
  // Shortened by hand, it goes through.
  await title.fill(pasted.slice(0, 120).trim());
  await expect(title).not.toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pasted.slice(0, 120).trim());
});

test('bad room capacity and an empty topic are explained, and the typed text is kept', async ({ page, agora }) => {
  const home = new HomePage(page);
  const setup = new SetupPage(page);
  const topics = new TopicsPage(page);
  await agora.open(page);
  await home.openWorkshop(DEMO.title);

  await test.step('a room capacity that is not a number', async () => {
    await setup.goTo('Rooms');
    await setup.newRoomName.fill('Salle Mériadeck');
    await setup.newRoomCapacity.fill('twelve');
    await page.getByRole('button', { name: 'Add room', exact: true }).click();
    await expect(page.getByText('Capacity is a whole number of seats (1 or more), or empty.')).toBeVisible();
    await expect(setup.newRoomCapacity).toHaveAttribute('aria-invalid', 'true');
    await expect(setup.newRoomName).toHaveValue('Salle Mériadeck');
    await expect(setup.roomRows).toHaveCount(DEMO.rooms.length);
    // Fixing it adds the room.
    await setup.newRoomCapacity.fill('12');
    await page.getByRole('button', { name: 'Add room', exact: true }).click();
    await expect(setup.roomRows).toHaveCount(DEMO.rooms.length + 1);
  });

  await test.step('Enter on an empty topic title', async () => {
    await setup.goToTopics();
    await expect(topics.title).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Sophie Delmas');
    await page.keyboard.press('Enter');
    await expect(topics.captureError).toHaveText('Type a title for the topic.');
    await expect(topics.title).toBeFocused();
    await expect(topics.title).toHaveAttribute('aria-invalid', 'true');
    await expect(topics.proposer).toHaveValue('Sophie Delmas');
    await expect(topics.count).toHaveText(`${DEMO.topicCount} topics`);
    // Typing the title and Enter adds it, with the proposer typed before.
    await page.keyboard.type('Open data for tourism');
    await page.keyboard.press('Enter');
    await expect(topics.count).toHaveText(`${DEMO.topicCount + 1} topics`);
    await expect(topics.card('Open data for tourism')).toContainText('Sophie Delmas');
    await expect(topics.captureError).toHaveCount(0);
  });
});

test('markup typed as a title is shown as text, never run', async ({ page, agora }) => {
  const home = new HomePage(page);
  const topics = new TopicsPage(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await agora.open(page);
  await home.createWorkshop({ title: MARKUP });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(MARKUP);

  await new SetupPage(page).goToTopics();
  await topics.captureByKeyboard({ title: MARKUP, proposer: '<b>Eve</b>' });
  await expect(topics.card(MARKUP)).toBeVisible();
  await expect(topics.card(MARKUP)).toContainText('<b>Eve</b>');
  await expect(page.locator('img')).toHaveCount(0);
  await expect(topics.wall.locator('b')).toHaveCount(0);

  await page.getByRole('link', { name: 'All workshops' }).click();
  await expect(home.card(MARKUP)).toBeVisible();
  await expect(home.card(MARKUP).getByRole('link')).toHaveText(MARKUP);

  // Shown again from what was stored, after a reload.
  await page.reload();
  await expect(home.card(MARKUP)).toBeVisible();

  await expect(page.locator('img')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('a bidi override typed by a participant is isolated on the topic wall and in the participants list', async ({
  page,
  agora,
}) => {
  const evil = '\u202Egnitov';
  await agora.open(page);
  await new HomePage(page).openWorkshop(DEMO.title);
  const workshopId = decodeURIComponent(/#\/w\/([^/]+)/.exec(page.url())?.[1] ?? '');
  const api = hostApi(agora.host.url);
  await api('topics:add', {
    workshopId,
    topic: { title: `Open data ${evil}`, pitch: `A pitch ${evil}`, proposer: `Eve ${evil}`, theme: null },
  });
  await api('participants:add', {
    workshopId,
    participant: {
      name: `Eve ${evil}`,
      organisation: `Ville ${evil}`,
      territory: `Lyon ${evil}`,
      role: `Chair ${evil}`,
    },
  });
  /** Every element whose own text holds the override sits inside an isolate (<bdi>). */
  const allIsolated = (root: Locator) =>
    root.evaluate((el) =>
      Array.from(el.querySelectorAll('*'))
        .filter((e) => e.children.length === 0 && e.textContent?.includes('\u202E'))
        .every((e) => e.closest('bdi') !== null || getComputedStyle(e).unicodeBidi === 'isolate'),
    );

  const setup = new SetupPage(page);
  await setup.goTo('Participants');
  const row = setup.participantRow(`Eve ${evil}`);
  await expect(row).toHaveCount(1);
  expect(await allIsolated(setup.participantsTable)).toBe(true);
  expect(await setup.participantsTable.locator('bdi').filter({ hasText: '\u202E' }).count()).toBe(4);

  await setup.goToTopics();
  const card = new TopicsPage(page).card(`Open data ${evil}`);
  await expect(card).toBeVisible();
  expect(await allIsolated(card)).toBe(true);
  expect(await card.locator('bdi').filter({ hasText: '\u202E' }).count()).toBe(3);
});
