/**
 * Axe on every facilitator screen and dialog, in English, with the demo workshop's real
 * content. Each screen is checked on its own (soft assertions) so one run lists them all; the
 * screens are split over three tests so each stays well inside its time on a loaded machine
 * (an axe scan takes seconds there).
 */
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { describeFindings, seriousViolations } from './pages/a11y.ts';
import { DEMO, expect, test } from './pages/fixtures.ts';
import { HomePage } from './pages/HomePage.ts';
import { SetupPage } from './pages/SetupPage.ts';
import { TopicsPage } from './pages/TopicsPage.ts';

const PARTICIPANTS_CSV = resolve(import.meta.dirname, '../fixtures/participants.csv');

const scanner = (page: Page) => async (screen: string) => {
  await test.step(`axe: ${screen}`, async () => {
    const findings = await seriousViolations(page);
    expect.soft(findings, describeFindings(screen, findings)).toEqual([]);
  });
};

test('no serious or critical axe violations on Home and its dialogs', async ({ page, agora }) => {
  const home = new HomePage(page);
  const scan = scanner(page);

  await agora.open(page);
  await home.expectLoaded();
  await scan('Home');

  await home.openCreateDialog();
  await scan('“New workshop” dialog');
  await home.createDialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(home.createDialog.getByText('Give the workshop a title.')).toBeVisible();
  await scan('“New workshop” dialog with an error');
  await home.createDialog.getByRole('button', { name: 'Cancel' }).click();

  await home.showTrash();
  await scan('Home with the trash open');
});

test('no serious or critical axe violations on the sections of Setup', async ({ page, agora }) => {
  const home = new HomePage(page);
  const setup = new SetupPage(page);
  const scan = scanner(page);

  await agora.open(page);
  await home.openWorkshop(DEMO.title);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(DEMO.title);
  await scan('Setup › Details');

  await setup.goTo('Rooms');
  await expect(setup.roomRows).toHaveCount(DEMO.rooms.length);
  await scan('Setup › Rooms');

  await setup.goTo('Time slots');
  await expect(setup.slotRows).toHaveCount(9);
  await scan('Setup › Time slots');

  await setup.goTo('Participants');
  await expect(setup.participantRows).toHaveCount(DEMO.participantCount);
  await scan('Setup › Participants');
});

test('no serious or critical axe violations on the CSV import, Topics and its dialog', async ({ page, agora }) => {
  const home = new HomePage(page);
  const setup = new SetupPage(page);
  const topics = new TopicsPage(page);
  const scan = scanner(page);

  await agora.open(page);
  await home.openWorkshop(DEMO.title);
  await setup.goTo('Participants');
  await expect(setup.participantRows).toHaveCount(DEMO.participantCount);
  await setup.openCsvImport();
  await scan('CSV import dialog: choose a file');
  await setup.chooseCsvFile(PARTICIPANTS_CSV);
  await scan('CSV import dialog: match columns');
  await setup.runImport(13);
  await scan('CSV import dialog: report');
  await setup.closeCsvDialog();

  await setup.goToTopics();
  await expect(topics.cards).toHaveCount(DEMO.topicCount);
  await scan('Topics (20 topics)');

  await page.getByRole('button', { name: 'Edit topic 1', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Edit topic #1' })).toBeVisible();
  await scan('“Edit topic” dialog');
});
