/**
 * Nothing lost silently (issue 8, part A): Setup › Details saves as you type and keeps a draft
 * that cannot be saved yet; the capture bar keeps a half-typed topic across a reload and starts
 * each topic blank; long texts are refused with a count, never cut; the workshop's language is
 * the room's and applies at once; the CSV import joins "Nom;Prénom" first name first, keeps a
 * person with a bad e-mail and guesses the type of organisation; the day grid starts from the
 * day and adds to it without overlaps.
 */
import type { Page } from '@playwright/test';
import { DEMO, expect, test } from './pages/fixtures.ts';
import { HomePage } from './pages/HomePage.ts';
import { hostApi, projectorUrl } from './pages/hostApi.ts';
import { ProjectorPage } from './pages/ProjectorPage.ts';
import { SetupPage } from './pages/SetupPage.ts';
import { TopicsPage } from './pages/TopicsPage.ts';

async function openDemo(page: Page, agora: { open(page: Page): Promise<void> }): Promise<string> {
  const home = new HomePage(page);
  await agora.open(page);
  await home.expectLoaded();
  await home.openWorkshop(DEMO.title);
  const id = /#\/w\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`no workshop id in ${page.url()}`);
  return decodeURIComponent(id);
}

test('Setup › Details saves as you type: a venue survives a tab switch and a reload; an invalid title waits', async ({
  page,
  agora,
}) => {
  const workshopId = await openDemo(page, agora);
  const api = hostApi(agora.host.url);
  const setup = new SetupPage(page);
  const venue = page.getByLabel('Venue', { exact: true });
  const title = page.getByLabel('Title', { exact: true });
  const status = page.getByTestId('details-save-status');
  await expect(status).toHaveText('All changes saved');

  await test.step('a venue typed, then straight to Topics: it is saved', async () => {
    await venue.fill('Hôtel de Ville, salle des Fêtes');
    await setup.goToTopics();
    await page.getByRole('navigation', { name: 'Workshop stages' }).getByRole('link', { name: 'Setup' }).click();
    await expect(venue).toHaveValue('Hôtel de Ville, salle des Fêtes');
    await expect(status).toHaveText('All changes saved');
    await expect(page.locator('.workshop-head__meta')).toContainText('Hôtel de Ville, salle des Fêtes');
    expect((await api('workshops:get', { workshopId })).venue).toBe('Hôtel de Ville, salle des Fêtes');
  });

  await test.step('a venue typed, then a reload at once: it is there and saved', async () => {
    await venue.fill('Salle du Conseil');
    await page.reload();
    await expect(venue).toHaveValue('Salle du Conseil');
    await expect(status).toHaveText('All changes saved');
    await expect.poll(async () => (await api('workshops:get', { workshopId })).venue).toBe('Salle du Conseil');
  });

  await test.step('an empty title is not saved, says why, and waits across a tab switch', async () => {
    await title.fill('');
    await venue.fill('Salle des Mariages');
    await expect(status).toContainText('Not saved yet: correct the field marked in red.');
    await expect(title).toHaveAccessibleDescription('Give the workshop a title.');
    // Nothing half-saved: a venue typed while the title is invalid waits with it.
    await page.waitForTimeout(1000); // past the save delay
    expect(await api('workshops:get', { workshopId })).toMatchObject({ title: DEMO.title, venue: 'Salle du Conseil' });
    await setup.goToTopics();
    await expect(page.getByRole('region', { name: 'Notifications' })).toContainText(
      'The workshop’s details were not saved: a field needs correcting.',
    );
    await page.getByRole('navigation', { name: 'Workshop stages' }).getByRole('link', { name: 'Setup' }).click();
    await expect(title).toHaveValue('');
    await expect(venue).toHaveValue('Salle des Mariages');
    await expect(status).toContainText('Not saved yet');
    await title.fill(`${DEMO.title} (2)`);
    await expect(status).toHaveText('All changes saved');
    expect(await api('workshops:get', { workshopId })).toMatchObject({
      title: `${DEMO.title} (2)`,
      venue: 'Salle des Mariages',
    });
  });

  await test.step('a title over 200 characters is counted, refused, never cut', async () => {
    const long = `${'Smart cities '.repeat(20)}end`;
    await title.fill(long);
    await expect(title).toHaveValue(long);
    await expect(page.getByText(`${long.length} / 200`)).toBeVisible();
    await expect(title).toHaveAccessibleDescription(
      /^\d+ characters too many \(at most 200\)\. Nothing has been cut\./,
    );
    await expect(status).toContainText('Not saved yet');
    expect((await api('workshops:get', { workshopId })).title).toBe(`${DEMO.title} (2)`);
    await page.getByRole('button', { name: 'Undo my changes' }).click();
    await expect(title).toHaveValue(`${DEMO.title} (2)`);
    await expect(status).toHaveText('All changes saved');
  });
});

test('the workshop’s language is the room’s: the projected screen follows at once, the interface stays, even on opening', async ({
  page,
  agora,
}) => {
  const workshopId = await openDemo(page, agora);
  const api = hostApi(agora.host.url);
  // The header switch says it is the facilitator's own interface.
  await expect(page.getByRole('group', { name: 'Interface language' })).toBeVisible();
  await expect(page.getByText('Interface', { exact: true })).toBeVisible();
  const language = page.getByLabel('Language of the room', { exact: true });
  await expect(language).toHaveAccessibleDescription(/^Projected screen, phones and summaries\./);

  await api('projector:show', { workshopId, view: 'topics' });
  const screen = await page.context().newPage();
  const projector = new ProjectorPage(screen);
  await projector.open(projectorUrl(agora.host.url, workshopId));
  await expect(screen.locator('html')).toHaveAttribute('lang', 'en');

  await language.selectOption({ label: 'French' });
  // Saved at once, and the projected screen switches without a reload.
  await expect(screen.locator('html')).toHaveAttribute('lang', 'fr');
  await expect.poll(async () => (await api('workshops:get', { workshopId })).language).toBe('fr');
  // The facilitator's interface keeps its language, and is offered the room's in one click.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const notice = page.getByRole('region', { name: 'Notifications' });
  await expect(notice).toContainText('The room’s language is now French');
  await notice.getByRole('button', { name: 'My interface too' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByLabel('Langue de la salle', { exact: true })).toHaveValue('fr');
  await screen.close();

  // The header switch is the facilitator's own: back in English, opening the workshop (now in
  // French) does not switch the interface to the room's language.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'All workshops' }).click();
  await new HomePage(page).openWorkshop(DEMO.title);
  await expect(page.getByLabel('Language of the room', { exact: true })).toHaveValue('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByLabel('Language of the room', { exact: true })).toHaveValue('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the capture bar keeps a half-typed topic across a reload, and starts each topic blank', async ({
  page,
  agora,
}) => {
  await openDemo(page, agora);
  const topics = new TopicsPage(page);
  await new SetupPage(page).goToTopics();
  const pitch = page.getByRole('textbox', { name: 'Pitch', exact: true });

  await test.step('a reload brings back title, proposer, theme and pitch', async () => {
    await topics.title.fill('Night buses for shift workers');
    await topics.proposer.fill('Sophie Delmas');
    await topics.theme.selectOption({ label: 'Mobility' });
    await page.getByRole('button', { name: 'Add a pitch' }).click();
    await pitch.fill('Hospitals and logistics work at night.');
    await page.reload();
    await expect(topics.title).toHaveValue('Night buses for shift workers');
    await expect(topics.proposer).toHaveValue('Sophie Delmas');
    await expect(topics.theme.locator('option:checked')).toHaveText('Mobility');
    await expect(pitch).toHaveValue('Hospitals and logistics work at night.');
  });

  await test.step('Enter adds it with all four; the next topic starts blank, theme included', async () => {
    await topics.title.press('Enter');
    const card = topics.card('Night buses for shift workers');
    await expect(card).toContainText('Mobility');
    await expect(card).toContainText('Sophie Delmas');
    await expect(topics.title).toHaveValue('');
    await expect(topics.proposer).toHaveValue('');
    await expect(topics.theme.locator('option:checked')).toHaveText('No theme');
    await expect(pitch).toHaveValue('');
    // The next one, typed fast, carries neither the previous theme nor its proposer.
    await page.keyboard.type('Late-night cafés as third places');
    await page.keyboard.press('Enter');
    await expect(topics.card('Late-night cafés as third places')).toContainText('No theme');
    await expect(topics.card('Late-night cafés as third places')).not.toContainText('Sophie Delmas');
  });

  await test.step('once added, nothing comes back after a reload', async () => {
    await page.reload();
    await expect(topics.title).toHaveValue('');
    await expect(topics.proposer).toHaveValue('');
    await expect(topics.theme.locator('option:checked')).toHaveText('No theme');
  });
});

test('a 10,000-character paste is explained, refused and never cut; the edit dialog says the same', async ({
  page,
  agora,
}) => {
  await openDemo(page, agora);
  const topics = new TopicsPage(page);
  await new SetupPage(page).goToTopics();
  const count = DEMO.topicCount;
  const paste = `${'Open data for every neighbourhood '.repeat(300)}`.slice(0, 10_000);

  await test.step('pasted into the capture bar: counted and explained before anything is saved', async () => {
    await topics.title.focus();
    await page.keyboard.insertText(paste);
    await expect(topics.title).toHaveValue(paste);
    await expect(page.getByTestId('capture-title-counter')).toContainText('10,000 / 200');
    const message = page.getByTestId('capture-error');
    await expect(message).toContainText('The title is 9,800 characters too long (10,000 of 200)');
    await page.keyboard.press('Enter');
    // Refused: no card, nothing cut, the reason is announced.
    await expect(page.getByRole('alert')).toContainText('9,800 characters too long');
    await expect(topics.count).toHaveText(`${count} topics`);
    await expect(topics.title).toHaveValue(paste);
  });

  await test.step('“Keep the first 200 characters” is the facilitator’s choice, visibly', async () => {
    await page.getByRole('button', { name: 'Keep the first 200 characters' }).click();
    const kept = await topics.title.inputValue();
    expect(kept.length).toBeLessThanOrEqual(200);
    expect(paste.startsWith(kept)).toBe(true);
    await expect(page.getByTestId('capture-error')).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(topics.count).toHaveText(`${count + 1} topics`);
    await expect(topics.card(kept)).toBeVisible();
  });

  await test.step('the edit dialog counts and refuses a title over the limit too', async () => {
    await page.getByRole('button', { name: 'Edit topic 1', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit topic #1' });
    const title = dialog.getByLabel('Topic title', { exact: true });
    const before = await title.inputValue();
    await title.fill('x'.repeat(230));
    await expect(title).toHaveAccessibleDescription(/^30 characters too many \(at most 200\)/);
    await expect(dialog.getByText('230 / 200')).toBeVisible();
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog).toBeVisible();
    await expect(title).toHaveValue('x'.repeat(230));
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(topics.card(before)).toBeVisible();
  });
});

test('the rows of Rooms and Slots count a long name and refuse it, never cut; Enter adds the next one', async ({
  page,
  agora,
}) => {
  const workshopId = await openDemo(page, agora);
  const api = hostApi(agora.host.url);
  const setup = new SetupPage(page);
  const long = (n: number) => 'Salle des fêtes du quartier Saint-Michel '.repeat(4).slice(0, n);

  await test.step('add a room: a name over 120 characters is counted and refused, then Enter adds', async () => {
    await setup.goTo('Rooms');
    await setup.newRoomName.fill(long(125));
    await expect(page.getByText('125 / 120', { exact: true })).toBeVisible();
    await expect(setup.newRoomName).toHaveAccessibleDescription(
      /^5 characters too many \(at most 120\)\. Nothing has been cut\./,
    );
    await expect(setup.newRoomName).toHaveAttribute('aria-invalid', 'true');
    await setup.newRoomName.press('Enter');
    await expect(setup.roomRows).toHaveCount(DEMO.rooms.length);
    await expect(setup.newRoomName).toHaveValue(long(125));
    await expect(setup.newRoomName).toBeFocused();
    // Shortened by hand, then Tab to the capacity and Enter: added, the name cleared and focused.
    await setup.newRoomName.fill(long(118));
    await expect(page.getByText('118 / 120', { exact: true })).toBeVisible();
    await expect(setup.newRoomName).not.toHaveAttribute('aria-invalid', 'true');
    await page.keyboard.press('Tab');
    await expect(setup.newRoomCapacity).toBeFocused();
    await page.keyboard.type('40');
    await page.keyboard.press('Enter');
    await expect(setup.roomRows).toHaveCount(DEMO.rooms.length + 1);
    await expect(setup.newRoomName).toHaveValue('');
    await expect(setup.newRoomName).toBeFocused();
    expect((await api('rooms:list', { workshopId })).at(-1)?.name).toBe(long(118).trim());
  });

  await test.step('a room row: a name over the limit is said in the row and not saved', async () => {
    const name = page.getByLabel('Room 1 name', { exact: true });
    await name.fill(long(130));
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription(/^10 characters too many \(at most 120\)/);
    await name.press('Enter');
    await expect(name).toHaveValue(long(130));
    expect((await api('rooms:list', { workshopId }))[0]?.name).toBe(DEMO.rooms[0]);
    await name.press('Escape');
    await expect(name).toHaveValue(DEMO.rooms[0] ?? '');
    await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  });

  await test.step('add a slot from the keyboard: a long label is refused, then slots follow one another', async () => {
    await setup.goTo('Time slots');
    const before = await setup.slotRows.count();
    await expect(setup.newSlotStart).toHaveValue('17:00');
    await setup.newSlotEnd.fill('17:30');
    await setup.newSlotLabel.fill(long(121));
    await expect(setup.newSlotLabel).toHaveAccessibleDescription(/^1 character too many \(at most 120\)/);
    await setup.newSlotLabel.press('Enter');
    await expect(setup.slotRows).toHaveCount(before);
    await expect(setup.newSlotLabel).toBeFocused();
    await expect(setup.newSlotLabel).toHaveValue(long(121));
    await setup.newSlotLabel.fill('');
    await setup.newSlotEnd.fill('');
    await setup.addSlotByKeyboard('17:30', 'Drinks on the terrace');
    await setup.addSlotByKeyboard('18:00');
    expect((await setup.slots()).slice(-2)).toEqual([
      '17:00–17:30 Session Drinks on the terrace',
      '17:30–18:00 Session',
    ]);
  });

  await test.step('a slot row and a break of the day grid: a label over the limit is said and not saved', async () => {
    const label = page.getByLabel('Slot 2 label', { exact: true });
    await label.fill(long(121));
    await expect(label).toHaveAttribute('aria-invalid', 'true');
    await label.press('Enter');
    await expect(label).toHaveValue(long(121));
    expect((await api('slots:list', { workshopId }))[1]?.label).toBe('');
    await label.press('Escape');
    await expect(label).toHaveValue('');

    const breakLabel = page.getByLabel('Break 1 label', { exact: true });
    await breakLabel.fill(long(125));
    await expect(breakLabel).toHaveAccessibleDescription(/^5 characters too many \(at most 120\)/);
    await page.getByRole('button', { name: 'Replace the day' }).click();
    await expect(breakLabel).toBeFocused();
    await expect(page.getByRole('dialog', { name: 'Replace the existing slots?' })).toBeHidden();
    await expect(breakLabel).toHaveValue(long(125));
  });
});

test('CSV import: “Nom;Prénom” gives “Hélène Lefèvre”, a bad e-mail keeps the person, types are guessed', async ({
  page,
  agora,
}) => {
  await openDemo(page, agora);
  const setup = new SetupPage(page);
  await setup.goTo('Participants');
  const csv = [
    'Nom;Prénom;Organisme;Ville;Courriel',
    'Lefèvre;Hélène;Ville de Lyon;Lyon;helene.lefevre@lyon.example',
    'Martin;Paul;Université Lumière Lyon 2;Lyon;paul.martin@univ',
    'Durand;Claire;Atelier Durand SARL;Villeurbanne;claire@durand.example',
    'Roux;Marc;Cap Numérique;Lyon;',
  ].join('\r\n');
  const dialog = await setup.openCsvImport();
  await dialog.getByLabel('CSV file', { exact: true }).setInputFiles({
    name: 'inscriptions.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await expect(dialog.getByRole('combobox', { name: 'Column “Nom” is' })).toHaveValue('lastName');
  await expect(dialog.getByRole('combobox', { name: 'Column “Prénom” is' })).toHaveValue('firstName');
  expect(await setup.importedAs()).toEqual([
    'Hélène Lefèvre Local government (guessed)',
    'Paul Martin University / research (guessed)',
    'Claire Durand SME (guessed)',
    'Marc Roux',
  ]);
  await expect(dialog.getByTestId('csv-email-warning')).toHaveText(
    '1 e-mail is not an address: that person will be imported without it, and the report lists it.',
  );

  const outcome = await setup.runImport(4);
  expect(outcome.importedText).toContain('4 participants imported');
  expect(outcome.importedText).toContain('1 participant was imported with a change');
  expect(outcome.rejected).toEqual([]);
  expect(outcome.changed).toEqual([
    {
      line: '3',
      field: 'E-mail',
      value: 'paul.martin@univ',
      what: 'Not an e-mail address: imported without an e-mail.',
    },
  ]);
  await setup.closeCsvDialog();
  await expect(setup.participantRow('Hélène Lefèvre')).toContainText('Local government');
  await expect(setup.participantRow('Paul Martin')).toContainText('University / research');
  await expect(setup.participantRow('Claire Durand')).toContainText('SME');
  await expect(setup.participantRow('Marc Roux')).toContainText('Other');
});

test('the day grid starts from the day, refuses an overlapping add with the reason, and adds a closing plenary', async ({
  page,
  agora,
}) => {
  await openDemo(page, agora);
  const setup = new SetupPage(page);
  await setup.goTo('Time slots');

  await test.step('the form shows the day as it is, not defaults', async () => {
    await expect(page.getByTestId('grid-readback')).toHaveText('Filled in from the current day (09:30–17:00).');
    expect(await setup.gridFields()).toEqual({ start: '09:30', end: '17:00', sessionMinutes: '45', gapMinutes: '15' });
    expect(await setup.gridFixedSlots()).toEqual([
      '09:30–10:15 Plenary Welcome and topic market',
      '12:00–13:15 Break Lunch',
      '15:00–15:15 Break Coffee',
      '16:00–17:00 Plenary Plenary: collaboration projects',
    ]);
    await expect(page.getByRole('button', { name: 'Replace the day' })).toBeVisible();
  });

  await test.step('adding the same day again is refused, and says why', async () => {
    await expect(setup.gridAddCheck).toHaveText(
      'This grid is the current day as it is: change its times to add slots to the day, or keep the day.',
    );
    await setup.generateSlots({ mode: 'add' });
    await expect(setup.gridAddRefused).toContainText(
      'Not added: 9 new slots would overlap the current day (the first, 09:30–10:15, runs into 09:30–10:15 Welcome and topic market)',
    );
    await expect(setup.slotRows).toHaveCount(9);
    // Hour-long sessions in the same day still run into it: said before anything is tried.
    await page.getByLabel('Session length (min)', { exact: true }).fill('60');
    await expect(setup.gridAddCheck).toContainText('new slots would overlap the current day');
  });

  await test.step('an evening after the day is added beside it, with a closing plenary', async () => {
    await setup.fillGrid({
      start: '17:00',
      end: '18:30',
      sessionMinutes: 45,
      gapMinutes: 0,
      breaks: [{ start: '17:45', end: '18:30', label: 'Closing', kind: 'Plenary' }],
    });
    await expect(setup.gridAddCheck).toHaveText('Adding: 2 new slots, clear of the current day.');
    await setup.generateSlots({ mode: 'add' });
    await expect(setup.slotRows).toHaveCount(11);
    const slots = await setup.slots();
    expect(slots.slice(0, 9)).toContain('09:30–10:15 Plenary Welcome and topic market');
    expect(slots.slice(-2)).toEqual(['17:00–17:45 Session', '17:45–18:30 Plenary Closing']);
    await expect(setup.slotListSummary).toHaveText('6 sessions, 2 breaks and 3 plenaries');
    await expect(setup.slotRows.last()).toContainText('Whole room');
    // The form starts again from the longer day.
    expect((await setup.gridFields()).end).toBe('18:30');
  });

  await test.step('after a reload the plenary is still a plenary', async () => {
    await page.reload();
    await expect(setup.slotRows).toHaveCount(11);
    expect((await setup.slots()).at(-1)).toBe('17:45–18:30 Plenary Closing');
  });
});
