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
/** A registration export with "Nom;Prénom", no type column and one mistyped e-mail. */
const NOM_PRENOM_CSV = {
  name: 'inscriptions.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    [
      'Nom;Prénom;Organisme;Ville;Courriel',
      'Lefèvre;Hélène;Ville de Lyon;Lyon;helene.lefevre@lyon.example',
      'Martin;Paul;Université Lumière Lyon 2;Lyon;paul.martin@univ',
      'Durand;Claire;Atelier Durand SARL;Villeurbanne;claire@durand.example',
      'Roux;Marc;Cap Numérique;Lyon;',
    ].join('\r\n'),
    'utf8',
  ),
};

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
    importAnother: 'Import another file',
    reread: 'Start from the current day',
    imported: '12 participants imported',
    editTopic: 'Edit topic 1',
    topicCount: '20 topics',
    title: 'Title',
    slotKind: (n: number) => `Slot ${n} kind`,
    csvNomPrenom: 'Import 4 participants',
    csvNomPrenomDone: '4 participants imported',
    topicTitle: 'Topic title',
    emojiTopic: '🚲 Bike lanes on the quays 🌳 and a café in every square ☕',
    topicCountAfter: '21 topics',
    newRoomName: 'New room name',
    newRoomCapacity: 'Capacity',
    addRoom: 'Add room',
    newSlotEnd: 'New slot end',
    newSlotLabel: 'New slot label',
    addSlot: 'Add slot',
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
    importAnother: 'Importer un autre fichier',
    reread: 'Repartir de la journée actuelle',
    imported: '12 participants importés',
    editTopic: 'Modifier le sujet 1',
    topicCount: '20 sujets',
    title: 'Titre',
    slotKind: (n: number) => `Type du créneau ${n}`,
    csvNomPrenom: 'Importer 4 participants',
    csvNomPrenomDone: '4 participants importés',
    topicTitle: 'Titre du sujet',
    emojiTopic: '🚲 Pistes cyclables sur les quais 🌳 et un café sur chaque place ☕',
    topicCountAfter: '21 sujets',
    newRoomName: 'Nom de la nouvelle salle',
    newRoomCapacity: 'Capacité',
    addRoom: 'Ajouter la salle',
    newSlotEnd: 'Fin du nouveau créneau',
    newSlotLabel: 'Nom du nouveau créneau',
    addSlot: 'Ajouter le créneau',
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

/** The end of the page in the window (the add-row forms at the foot of a Setup section). */
async function scrollToBottom(page: Page) {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
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
    // The interface language is the facilitator's (the switch): opening the English demo keeps it.
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const sections = page.getByRole('navigation', { name: ui.sections });
    const section = async (name: string) => {
      await sections.getByRole('link', { name: new RegExp(`^${name}`) }).click();
      await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
    };

    await expect(page.getByRole('heading', { level: 2, name: ui.details })).toBeVisible();
    await shot('setup-details');
    // A title emptied: not saved, and the form says so (then put back as it was).
    const title = page.getByLabel(ui.title, { exact: true });
    const saved = await title.inputValue();
    await title.fill('');
    await expect(page.locator('.save-status--invalid')).toBeVisible();
    await shot('setup-details-not-saved', { dialog: true }); // as the window shows it: the status in sight
    await title.fill(saved);
    await expect(page.locator('.save-status--saved')).toBeVisible();
    await section(ui.rooms);
    await expect(page.getByRole('list', { name: ui.rooms, exact: true }).getByRole('listitem')).toHaveCount(4);
    await shot('setup-rooms');
    // The add-row form: a name over its limit counted and refused (not cut), a capacity that is
    // not a number said below the line; the controls stay in line.
    const roomName = page.getByLabel(ui.newRoomName, { exact: true });
    const longName = 'Salle des fêtes du quartier Saint-Michel, '.repeat(3).trim();
    await roomName.fill(longName);
    await page.getByLabel(ui.newRoomCapacity, { exact: true }).fill('twelve');
    await page.getByRole('button', { name: ui.addRoom, exact: true }).click();
    await expect(roomName).toBeFocused();
    await expect(roomName).toHaveValue(longName);
    await roomName.fill(longName.slice(0, 110));
    await page.getByRole('button', { name: ui.addRoom, exact: true }).click();
    await expect(page.getByLabel(ui.newRoomCapacity, { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await scrollToBottom(page);
    await shot('setup-rooms-add-invalid', { dialog: true });
    await roomName.fill(longName);
    await shot('setup-rooms-add-too-long', { dialog: true });
    await roomName.fill('');
    await page.getByLabel(ui.newRoomCapacity, { exact: true }).fill('');
    await section(ui.slots);
    await expect(page.locator('input[inputmode="numeric"]').first()).toBeVisible();
    // The demo's opening (topic market) and closing are whole-room slots: shown as plenaries.
    await page.getByLabel(ui.slotKind(1), { exact: true }).selectOption('plenary');
    await page.getByLabel(ui.slotKind(9), { exact: true }).selectOption('plenary');
    await expect(page.locator('.slots__row--plenary')).toHaveCount(2);
    await page.getByRole('button', { name: ui.reread }).click();
    await shot('setup-slots');
    // The add-row form: an end before the start and a label near its limit (counted).
    const slotLabel = page.getByLabel(ui.newSlotLabel, { exact: true });
    await page.getByLabel(ui.newSlotEnd, { exact: true }).fill('16:30');
    await slotLabel.fill(
      'Drinks on the terrace of the Hôtel de Ville, with the partners of the Mini-BarCamp, '.repeat(2).slice(0, 112),
    );
    await page.getByRole('button', { name: ui.addSlot, exact: true }).click();
    await expect(page.getByLabel(ui.newSlotEnd, { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await scrollToBottom(page);
    await shot('setup-slots-add-invalid', { dialog: true });
    await page.getByLabel(ui.newSlotEnd, { exact: true }).fill('');
    await slotLabel.fill('');
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
    // "Nom;Prénom", no type column, a bad e-mail: names joined, types guessed, the e-mail reported.
    await csv.getByRole('button', { name: ui.importAnother }).click();
    await csv.getByLabel(ui.csvFile, { exact: true }).setInputFiles(NOM_PRENOM_CSV);
    await expect(csv.getByRole('button', { name: ui.csvNomPrenom })).toBeVisible();
    await shot('csv-import-guessed', { dialog: true });
    await csv.getByRole('button', { name: ui.csvNomPrenom }).click();
    await expect(csv.getByTestId('csv-import-report')).toContainText(ui.csvNomPrenomDone);
    await shot('csv-report-changed', { dialog: true });
    await page.keyboard.press('Escape');
    await expect(csv).toBeHidden();

    await page
      .getByRole('navigation', { name: ui.stages })
      .getByRole('link', { name: new RegExp(`^${ui.topics}`) })
      .click();
    await expect(page.getByTestId('topic-count')).toHaveText(ui.topicCount);
    // An emoji in a title is drawn in colour, not as an empty box.
    await page.keyboard.type(ui.emojiTopic);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('topic-count')).toHaveText(ui.topicCountAfter);
    await shot('topics');
    // A long paste: counted, explained, not cut.
    const topicTitle = page.getByRole('textbox', { name: ui.topicTitle, exact: true });
    await topicTitle.focus();
    await page.keyboard.insertText('Open data for every neighbourhood '.repeat(12));
    await expect(page.getByTestId('capture-error')).toBeVisible();
    await shot('topics-too-long', { dialog: true });
    await topicTitle.fill('');
    await page.getByRole('button', { name: ui.editTopic, exact: true }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await shot('topic-edit', { dialog: true });
  });
}
