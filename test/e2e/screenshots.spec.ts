/**
 * Full-page screenshots of every facilitator screen, in English and French, with the demo
 * workshop so they show real content: test/output/screenshots/<lang>-<screen>.png, for
 * review and for the docs (1280×800 window). Each screen must also fit the 1280-px window (no sideways scroll).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO, expect, test } from './pages/fixtures.ts';
import { fullLengthScreenshot } from './pages/screenshot.ts';

const OUT = resolve(import.meta.dirname, '../output/screenshots');
const PARTICIPANTS_CSV = resolve(import.meta.dirname, '../fixtures/participants.csv');

type Lang = 'en' | 'fr';

/** The strings the walk needs, in each language (from en.json / fr.json). */
const UI = {
  en: {
    workshops: 'Workshops',
    newWorkshop: 'New workshop',
    cancel: 'Cancel',
    sections: 'Setup sections',
    stages: 'Workshop stages',
    details: 'Details',
    rooms: 'Rooms',
    slots: 'Time slots',
    participants: 'Participants',
    topics: 'Topics',
    importCsv: 'Import a CSV',
    csvTitle: 'Import participants from a CSV file',
    csvFile: 'CSV file',
    importRows: 'Import 13 participants',
    imported: '12 participants imported',
    editTopic: 'Edit topic 1',
    topicCount: '20 topics',
  },
  fr: {
    workshops: 'Ateliers',
    newWorkshop: 'Nouvel atelier',
    cancel: 'Annuler',
    sections: 'Rubriques de la préparation',
    stages: 'Étapes de l’atelier',
    details: 'Informations',
    rooms: 'Salles',
    slots: 'Créneaux',
    participants: 'Participants',
    topics: 'Sujets',
    importCsv: 'Importer un CSV',
    csvTitle: 'Importer des participants depuis un fichier CSV',
    csvFile: 'Fichier CSV',
    importRows: 'Importer 13 participants',
    imported: '12 participants importés',
    editTopic: 'Modifier le sujet 1',
    topicCount: '20 sujets',
  },
} as const;

/**
 * Pages are taken full length. A modal dialog is taken as the window shows it: its backdrop is
 * fixed to the viewport, so a full-length picture would show the page below it un-dimmed.
 */
async function shoot(page: Page, name: string, { dialog = false } = {}) {
  await page.evaluate(() => document.fonts.ready);
  // No hover effect from the last click in the picture.
  await page.mouse.move(0, 0);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect.soft(overflow, `${name}: the page scrolls sideways by ${overflow}px at 1280 px wide`).toBeLessThanOrEqual(0);
  if (dialog) await page.screenshot({ path: `${OUT}/${name}.png`, animations: 'disabled', caret: 'hide' });
  else await fullLengthScreenshot(page, `${OUT}/${name}.png`);
}

async function setLanguage(page: Page, lang: Lang) {
  const button = page.getByRole('button', { name: lang === 'fr' ? 'Français' : 'English' });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

for (const lang of ['en', 'fr'] as const) {
  test(`screenshots: ${lang}`, async ({ page, agora }) => {
    const ui = UI[lang];
    const shot = (screen: string, options?: { dialog: boolean }) => shoot(page, `${lang}-${screen}`, options);
    mkdirSync(OUT, { recursive: true });

    await agora.open(page);
    await setLanguage(page, lang);
    await expect(page.getByRole('heading', { level: 1, name: ui.workshops })).toBeVisible();
    await shot('home');

    await page.getByRole('button', { name: ui.newWorkshop }).click();
    const create = page.getByRole('dialog', { name: ui.newWorkshop });
    await expect(create).toBeVisible();
    await shot('create-workshop', { dialog: true });
    await create.getByRole('button', { name: ui.cancel }).click();
    await expect(create).toBeHidden();

    await page.getByRole('link', { name: DEMO.title }).click();
    await expect(page.getByRole('heading', { level: 1, name: DEMO.title })).toBeVisible();
    // Opening a workshop switches to its language (the demo's is English); the switcher wins.
    await setLanguage(page, lang);
    const sections = page.getByRole('navigation', { name: ui.sections });
    const section = async (name: string) => {
      await sections.getByRole('link', { name: new RegExp(`^${name}`) }).click();
      await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
    };

    await expect(page.getByRole('heading', { level: 2, name: ui.details })).toBeVisible();
    await shot('setup-details');
    await section(ui.rooms);
    await expect(page.getByRole('list', { name: ui.rooms, exact: true }).getByRole('listitem')).toHaveCount(4);
    await shot('setup-rooms');
    await section(ui.slots);
    await expect(page.locator('input[inputmode="numeric"]').first()).toBeVisible();
    await shot('setup-slots');
    await section(ui.participants);
    await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(DEMO.participantCount);
    await shot('setup-participants');

    await page.getByRole('button', { name: ui.importCsv }).click();
    const csv = page.getByRole('dialog', { name: ui.csvTitle });
    await expect(csv).toBeVisible();
    await shot('csv-pick', { dialog: true });
    await csv.getByLabel(ui.csvFile, { exact: true }).setInputFiles(PARTICIPANTS_CSV);
    await expect(csv.getByRole('button', { name: ui.importRows })).toBeVisible();
    await shot('csv-import', { dialog: true });
    await csv.getByRole('button', { name: ui.importRows }).click();
    await expect(csv.getByTestId('csv-import-report')).toContainText(ui.imported);
    await shot('csv-report', { dialog: true });
    await page.keyboard.press('Escape');
    await expect(csv).toBeHidden();

    await page
      .getByRole('navigation', { name: ui.stages })
      .getByRole('link', { name: new RegExp(`^${ui.topics}`) })
      .click();
    await expect(page.getByTestId('topic-count')).toHaveText(ui.topicCount);
    await shot('topics');
    await page.getByRole('button', { name: ui.editTopic, exact: true }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await shot('topic-edit', { dialog: true });
  });
}
