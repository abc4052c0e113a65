/**
 * The whole facilitator UI in French: Home, Setup and Topics, with no English left over; opening
 * an English workshop leaves the interface in French (the workshop's language is the room's).
 */
import type { Page } from '@playwright/test';
import { DEMO, expect, test } from './pages/fixtures.ts';
import { englishLeftovers } from './pages/i18n.ts';

async function expectNoEnglish(page: Page, screen: string) {
  const leftovers = await englishLeftovers(page);
  expect(leftovers, `English strings on the French ${screen}:\n${leftovers.join('\n')}`).toEqual([]);
}

test('switching to French translates Home, Setup and Topics, and the choice is kept', async ({ page, agora }) => {
  const title = 'Atelier de co-création — Lyon 2026';

  await test.step('Home in French', async () => {
    await agora.open(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
    const french = page.getByRole('button', { name: 'Français' });
    await french.click();
    await expect(french).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1, name: 'Ateliers' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Nouvel atelier' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Corbeille (0)' })).toBeVisible();
    const card = page.getByRole('list', { name: 'Vos ateliers' }).getByRole('article', { name: DEMO.title });
    await expect(card).toContainText('23 mai 2013');
    await expect(card).toContainText('20 sujets');
    await expect(card).toContainText('4 salles');
    await expect(card).toContainText('Anglais'); // the demo's own language, named in French
    await expect(page).toHaveTitle('Ateliers · Agora');
    await expectNoEnglish(page, 'Home');
  });

  await test.step('the language survives a reload', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Ateliers' })).toBeVisible();
  });

  await test.step('create a workshop in French', async () => {
    await page.getByRole('button', { name: 'Nouvel atelier' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouvel atelier' });
    await expect(dialog).toContainText('Vous pourrez tout modifier ensuite dans Préparation.');
    await expectNoEnglish(page, '“New workshop” dialog');
    await dialog.getByRole('button', { name: 'Créer l’atelier' }).click();
    await expect(dialog.getByLabel('Titre', { exact: true })).toHaveAccessibleDescription(
      'Donnez un titre à l’atelier.',
    );
    await dialog.getByLabel('Titre', { exact: true }).fill(title);
    await dialog.getByRole('radio', { name: /^Atelier de co-création/ }).check();
    // A workshop created from the French UI is a French workshop unless told otherwise.
    await expect(dialog.getByLabel('Langue de la salle')).toHaveValue('fr');
    await dialog.getByRole('button', { name: 'Créer l’atelier' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  });

  await test.step('Setup in French', async () => {
    const sections = page.getByRole('navigation', { name: 'Rubriques de la préparation' });
    await expect(sections.getByRole('link')).toHaveText(['Informations', /^Salles/, /^Créneaux/, /^Participants/]);
    await expect(page.getByRole('heading', { level: 2, name: 'Informations' })).toBeVisible();
    await expect(page.getByText('Toutes les modifications sont enregistrées')).toBeVisible();
    await expectNoEnglish(page, 'Setup › Informations');

    await sections.getByRole('link', { name: /^Salles/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Salles' })).toBeVisible();
    await page.getByLabel('Nom de la nouvelle salle').fill('Salle Rhône');
    await page.getByLabel('Capacité', { exact: true }).fill('30');
    await page.getByRole('button', { name: 'Ajouter la salle' }).click();
    await expect(page.getByText('1 salle · 30 places')).toBeVisible();
    await expectNoEnglish(page, 'Setup › Salles');

    await sections.getByRole('link', { name: /^Créneaux/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Créneaux' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Générer la grille d’une journée' })).toBeVisible();
    await expect(page.getByLabel('Pause 1 : libellé')).toHaveValue('Déjeuner');
    await page.getByRole('button', { name: 'Ajouter une plénière' }).click();
    await expect(page.getByLabel('Plénière 1 : libellé')).toHaveValue('Ouverture');
    await page.getByRole('button', { name: 'Générer les créneaux' }).click();
    await expect(page.getByText(/^\d+ séances, 1 pause et 1 plénière$/)).toBeVisible();
    await expect(page.getByLabel('Type du créneau 1')).toHaveValue('plenary');
    await expect(page.getByLabel('Type du créneau 1').locator('option:checked')).toHaveText('Plénière');
    await expect(page.getByText('Toute la salle', { exact: true })).toBeVisible();
    await expect(page.getByLabel('Type du créneau 2').locator('option:checked')).toHaveText('Séance');
    // With a day there, the grid starts from it and can be added to it or replace it.
    await expect(page.getByTestId('grid-readback')).toContainText('Rempli d’après la journée actuelle');
    await expect(page.getByRole('button', { name: 'Ajouter à la journée' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Remplacer la journée' })).toBeVisible();
    await expectNoEnglish(page, 'Setup › Créneaux');

    await sections.getByRole('link', { name: /^Participants/ }).click();
    await expect(page.getByRole('heading', { name: 'Aucun participant pour l’instant' })).toBeVisible();
    await page.getByRole('button', { name: 'Importer un CSV' }).first().click();
    const csv = page.getByRole('dialog', { name: 'Importer des participants depuis un fichier CSV' });
    await expect(csv.getByText('Choisissez un fichier CSV ou déposez-le ici')).toBeVisible();
    await expectNoEnglish(page, 'CSV import dialog');
    await csv.getByRole('button', { name: 'Annuler' }).click();
    await expectNoEnglish(page, 'Setup › Participants');
  });

  await test.step('Topics in French', async () => {
    await page
      .getByRole('navigation', { name: 'Étapes de l’atelier' })
      .getByRole('link', { name: /^Sujets/ })
      .click();
    const topicTitle = page.getByRole('textbox', { name: 'Titre du sujet' });
    await expect(topicTitle).toBeFocused();
    await expect(topicTitle).toHaveAttribute('placeholder', 'Tapez un sujet puis Entrée…');
    await expect(page.getByRole('heading', { name: 'Aucun sujet pour l’instant' })).toBeVisible();
    await page.keyboard.type('Données ouvertes et mobilité douce');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('topic-count')).toHaveText('1 sujet');
    await expect(page.getByRole('heading', { level: 2, name: 'Sujets' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Filtrer par thème' })).toBeVisible();
    await expect(page.getByRole('article', { name: 'Données ouvertes et mobilité douce' })).toContainText('Sans thème');
    await expectNoEnglish(page, 'Topics');
  });

  await test.step('an English workshop opened from the French interface: the interface stays French', async () => {
    await page.getByRole('link', { name: 'Tous les ateliers' }).click();
    await page
      .getByRole('list', { name: 'Vos ateliers' })
      .getByRole('article', { name: DEMO.title })
      .getByRole('link', { name: DEMO.title, exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: DEMO.title })).toBeVisible();
    // The workshop's language is the room's (projected screen, phones), not the facilitator's.
    await expect(page.getByLabel('Langue de la salle', { exact: true })).toHaveValue('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('navigation', { name: 'Étapes de l’atelier' })).toContainText('Préparation');
  });
});
