/**
 * The topic wall: accent-insensitive search, the theme filter, and edit / delete with undo; topics
 * imported from a French CSV file (screenshots of the import dialog in test/output/screenshots).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { describeFindings, seriousViolations } from './pages/a11y.ts';
import { DEMO, expect, test } from './pages/fixtures.ts';
import { HomePage } from './pages/HomePage.ts';
import { SetupPage } from './pages/SetupPage.ts';
import { TopicsPage } from './pages/TopicsPage.ts';

const LODZ = 'Łódź: textile mills as start-up hubs';

test('search ignores accents, the theme filter narrows the wall, edits save and deletes can be undone', async ({
  page,
  agora,
}) => {
  const home = new HomePage(page);
  const topics = new TopicsPage(page);

  await test.step('open the demo workshop’s topics and add one about Łódź', async () => {
    await agora.open(page);
    await home.openWorkshop(DEMO.title);
    await new SetupPage(page).goToTopics();
    await expect(topics.cards).toHaveCount(DEMO.topicCount);
    await topics.captureByKeyboard({ title: LODZ, proposer: 'Agnieszka Nowak', theme: 'Economy' });
    await expect(topics.count).toHaveText('21 topics');
    await expect(topics.card(LODZ)).toContainText('#21');
  });

  await test.step('search: "lodz" finds Łódź in a title and in a pitch', async () => {
    await topics.search.fill('lodz');
    await expect(topics.count).toHaveText('2 of 21 topics');
    expect((await topics.cardTitles()).sort()).toEqual([DEMO.lodzTopic, LODZ].sort());
    // Case and accents on the query side do not matter either.
    await topics.search.fill('ŁÓDŹ');
    await expect(topics.count).toHaveText('2 of 21 topics');
    await topics.search.fill('lodz textile mills');
    await expect(topics.cards).toHaveCount(1);
    await expect(topics.card(LODZ)).toBeVisible();
    await topics.search.fill('sao paulo tramway');
    await expect(topics.page.getByText('No topic matches this search.')).toBeVisible();
    await expect(topics.cards).toHaveCount(0);
    await topics.search.fill('');
    await expect(topics.count).toHaveText('21 topics');
    await expect(topics.cards).toHaveCount(21);
  });

  await test.step('filter by theme', async () => {
    await topics.filterByTheme('Governance');
    await expect(topics.count).toHaveText('3 of 21 topics');
    await expect(topics.cards).toHaveCount(3);
    for (const card of await topics.cards.all()) await expect(card).toContainText('Governance');

    // Theme and search combine.
    await topics.filterByTheme('Economy');
    await topics.search.fill('lodz');
    await expect(topics.cards).toHaveCount(2);
    await topics.filterByTheme('Mobility');
    await expect(topics.cards).toHaveCount(0);

    await topics.search.fill('');
    await topics.filterByTheme('All');
    await expect(topics.cards).toHaveCount(21);
  });

  await test.step('edit a topic: title and theme', async () => {
    await topics.editTopic(21, { title: 'Łódź: old textile mills as start-up hubs', theme: 'Living' });
    await expect(topics.notifications.getByText('Topic #21 saved.')).toBeVisible();
    const card = topics.card('Łódź: old textile mills as start-up hubs');
    await expect(card).toContainText('Living');
    await expect(card).toContainText('Agnieszka Nowak');
    await expect(topics.card(LODZ)).toHaveCount(0);
    await expect(topics.themeFilter.getByRole('button', { name: /^Living\b/ })).toHaveAccessibleName(/2$/);
  });

  await test.step('delete a topic, then Undo', async () => {
    await topics.deleteTopic(21);
    await expect(topics.card('Łódź: old textile mills as start-up hubs')).toHaveCount(0);
    await expect(topics.count).toHaveText('20 topics');
    await expect(topics.notifications.getByText('Topic #21 deleted.')).toBeVisible();
    await topics.undoButton.click();
    const card = topics.card('Łódź: old textile mills as start-up hubs');
    await expect(card).toBeVisible();
    await expect(card).toContainText('Living');
    await expect(topics.count).toHaveText('21 topics');
  });

  await test.step('a delete without undo sticks; the undone one stays after a reload', async () => {
    const title = 'Measuring the digital economy of a city';
    const seq = (await topics.card(title).textContent())?.match(/#(\d+)/)?.[1];
    expect(seq).toBeDefined();
    await topics.deleteTopic(Number(seq));
    await expect(topics.card(title)).toHaveCount(0);
    await expect(topics.count).toHaveText('20 topics');

    await page.reload();
    await expect(topics.count).toHaveText('20 topics');
    await expect(topics.card(title)).toHaveCount(0);
    await expect(topics.card('Łódź: old textile mills as start-up hubs')).toBeVisible();
  });
});

const OUT = resolve(import.meta.dirname, '../output/screenshots');
/** The value from the file, isolated (first-strong isolate … pop) inside the sentence. */
const SPORT = /“\u2068Sport\u2069” is not one of the six themes/;

async function shootDialog(page: Page, name: string): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${OUT}/${name}.png`, animations: 'disabled', caret: 'hide' });
}

test('topics imported from a French CSV file: the mapping guessed, an accent-duplicate and a bad theme reported, the rest on the wall', async ({
  page,
  agora,
}) => {
  const topics = new TopicsPage(page);
  await agora.open(page);
  await new HomePage(page).openWorkshop(DEMO.title);
  await new SetupPage(page).goToTopics();
  await expect(topics.cards).toHaveCount(DEMO.topicCount);

  // Excel's French "CSV UTF-8": a BOM, semicolons, CRLF; a quoted title over two lines.
  const file = [
    '\uFEFFTitre;Porteur;Thème',
    'Tiers-lieux et économie locale;Anne Dupré;Économie',
    '"Vélos cargos\npour les livraisons";Karim Benali;mobilité',
    'TIERS-LIEUX ET ECONOMIE LOCALE;Paul Martin;Cadre de vie',
    'Budget participatif des quartiers;Sophie Lemaire;Sport',
    'Jardins partagés sur les toits;Łucja Wiśniewska;environnement',
  ].join('\r\n');
  const dialog = topics.importDialog;

  await test.step('the columns are recognised from their French names; the preview says what will not be imported', async () => {
    await topics.importCsv('sujets-atelier.csv', file);
    await expect(dialog.getByRole('combobox', { name: 'Column “Titre” is' })).toHaveValue('title');
    await expect(dialog.getByRole('combobox', { name: 'Column “Porteur” is' })).toHaveValue('proposer');
    await expect(dialog.getByRole('combobox', { name: 'Column “Thème” is' })).toHaveValue('theme');
    const preview = dialog.getByTestId('csv-imported-as');
    await expect(preview).toHaveCount(5);
    await expect(preview.nth(0)).toContainText('Economy');
    await expect(preview.nth(2)).toContainText('Same title as line 2.');
    await expect(preview.nth(3)).toContainText(SPORT);
    await expect(dialog.getByTestId('topic-import-summary')).toHaveText(
      '3 topics will be added to the wall. 2 rows will not: the report will say why.',
    );
    await expect(dialog.getByRole('button', { name: 'Import 5 rows' })).toBeFocused();
    await shootDialog(page, 'en-topics-import-map');
    const findings = await seriousViolations(page);
    expect.soft(findings, describeFindings('the topic import’s mapping step', findings)).toEqual([]);
  });

  await test.step('import: three on the wall, the duplicate and the bad theme reported by line', async () => {
    await dialog.getByRole('button', { name: 'Import 5 rows' }).click();
    const report = dialog.getByTestId('csv-import-report');
    await expect(report.getByRole('status')).toContainText('3 topics added to the wall');
    await expect(report.getByRole('status')).toContainText('2 rows were not imported');
    const rejected = report.getByRole('table', { name: 'Rows not imported' }).getByRole('row');
    await expect(rejected).toHaveCount(3);
    // The quoted title spans lines 3 and 4 of the file: the lines are the file's, not the rows' numbers.
    await expect(rejected.nth(1)).toHaveText(/^5\s*Title\s*Same title as line 2\.$/);
    await expect(rejected.nth(2)).toHaveText(/^6\s*Theme\s*/);
    await expect(rejected.nth(2)).toContainText(SPORT);
    await shootDialog(page, 'en-topics-import-report');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('the imported topics are on the wall with their proposer and theme, and stay after a reload', async () => {
    await expect(topics.count).toHaveText('23 topics');
    const check = async () => {
      await expect(topics.card('Tiers-lieux et économie locale')).toContainText('Anne Dupré');
      await expect(topics.card('Tiers-lieux et économie locale')).toContainText('Economy');
      await expect(topics.cards.filter({ hasText: 'Vélos cargos' })).toContainText('Mobility');
      await expect(topics.card('Jardins partagés sur les toits')).toContainText('Environment');
      await expect(topics.cards.filter({ hasText: 'Budget participatif' })).toHaveCount(0);
    };
    await check();
    await page.reload();
    await expect(topics.count).toHaveText('23 topics');
    await check();
  });

  await test.step('the same file again adds nothing: each title is already on the wall', async () => {
    await topics.importCsv('sujets-atelier.csv', file);
    await expect(dialog.getByTestId('topic-import-summary')).toHaveText(
      '0 topics will be added to the wall. 5 rows will not: the report will say why.',
    );
    await expect(dialog.getByTestId('csv-imported-as').nth(0)).toContainText('Already on the wall as #21.');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  await test.step('in French: the same preview in the language of the screen', async () => {
    await page.getByRole('button', { name: 'Français' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.getByTestId('topics-import').click();
    const french = page.getByTestId('topic-import-dialog');
    await french
      .getByTestId('csv-file-input')
      .setInputFiles({ name: 'sujets-atelier.csv', mimeType: 'text/csv', buffer: Buffer.from(file, 'utf8') });
    await expect(french.getByTestId('csv-imported-as').nth(0)).toContainText('Déjà au mur sous le n° 21.');
    await expect(french.getByTestId('topic-import-summary')).toHaveText(
      '0 sujet sera ajouté au mur. 5 lignes ne le seront pas : le bilan dira pourquoi.',
    );
    await shootDialog(page, 'fr-topics-import-map');
  });
});
