/**
 * The facilitator's day before and during a workshop: create it, set up rooms and the day's
 * slots, import the registration list, capture the room's topics by keyboard, then restart
 * Agora and find everything where it was left.
 */
import { resolve } from 'node:path';
import { DEMO, expect, test } from './pages/fixtures.ts';
import { HomePage } from './pages/HomePage.ts';
import { SetupPage } from './pages/SetupPage.ts';
import { type TopicDraft, TopicsPage } from './pages/TopicsPage.ts';

const PARTICIPANTS_CSV = resolve(import.meta.dirname, '../fixtures/participants.csv');
const WORKSHOP = 'Lyon data week — mobility BarCamp';

const ROOMS = [
  { name: 'Salle des Fêtes', capacity: 80 },
  { name: 'Atelier Rhône', capacity: 25 },
];

// 09:00–17:00, 45-minute sessions, 15 minutes between them, lunch 12:30–13:30: three sessions
// fit before lunch (a fourth would end at 12:45), three after (a fourth would end at 17:15).
const EXPECTED_SLOTS = [
  '09:00–09:45 Session',
  '10:00–10:45 Session',
  '11:00–11:45 Session',
  '12:30–13:30 Break Lunch',
  '13:30–14:15 Session',
  '14:30–15:15 Session',
  '15:30–16:15 Session',
];

// Eight without details, then proposers from the imported list and explicit themes.
const TOPICS: TopicDraft[] = [
  { title: 'Open data portal for bus delays' },
  { title: 'Night-time economy and public transport' },
  { title: 'Bike lanes on the quays' },
  { title: 'Car-free school streets' },
  { title: 'Shared delivery hubs in the old town' },
  { title: 'Participatory budget on mobility' },
  { title: 'Accessible stations for everyone' },
  { title: 'Real-time parking availability' },
  { title: 'Green corridors along the river', proposer: 'Élodie Garçon', theme: 'Environment' },
  { title: 'Start-ups and the city as first client', proposer: 'João Simões', theme: 'Economy' },
  { title: 'Open procurement data', proposer: 'Agnieszka Wróbel', theme: 'Governance' },
  { title: 'Digital skills for seniors', proposer: 'Geneviève Côté', theme: 'People' },
  { title: 'Carpooling for commuters', proposer: 'Lukas Brückner', theme: 'Mobility' },
  { title: 'Heat maps of the neighbourhoods', proposer: 'Hervé Nguyễn', theme: 'Living' },
  { title: 'Timber construction and local jobs', proposer: 'Hervé Nguyễn', theme: 'Economy' },
  { title: 'Citizen panels on the metro extension', theme: 'Governance' },
  { title: 'Air quality sensors at schools', proposer: 'Mathilde Rossi', theme: 'Environment' },
  { title: 'Mentoring between city incubators', proposer: 'Paweł Łukasiewicz', theme: 'Economy' },
  { title: 'Co-working in former factories', proposer: 'Conceição Araújo', theme: 'Living' },
  { title: 'Cross-border EU project on mobility', proposer: 'Ioana Mureșan', theme: 'Mobility' },
];

test('a facilitator sets up a workshop, captures 20 topics and finds everything after a restart', async ({
  page,
  agora,
}) => {
  const home = new HomePage(page);
  const setup = new SetupPage(page);
  const topics = new TopicsPage(page);

  await test.step('create a workshop next to the demo', async () => {
    await agora.open(page);
    await home.expectLoaded();
    expect(await home.cardTitles()).toEqual([DEMO.title]);
    await home.createWorkshop({ title: WORKSHOP, date: '2026-03-12', venue: 'Hôtel de Ville', territory: 'Lyon' });
    // A new workshop opens on its Setup.
    await expect(page.getByRole('heading', { level: 1, name: WORKSHOP })).toBeVisible();
    await expect(setup.sectionLink('Details')).toHaveAttribute('aria-current', 'page');

    await page.getByRole('link', { name: 'All workshops' }).click();
    await expect(home.cards).toHaveCount(2);
    expect((await home.cardTitles()).sort()).toEqual([DEMO.title, WORKSHOP].sort());
    await expect(home.card(WORKSHOP)).toContainText('0 topics');
    await home.openWorkshop(WORKSHOP);
  });

  await test.step('add two rooms with their capacity', async () => {
    await setup.goTo('Rooms');
    await expect(page.getByRole('heading', { name: 'No rooms yet' })).toBeVisible();
    for (const room of ROOMS) await setup.addRoom(room.name, room.capacity);
    expect(await setup.rooms()).toEqual(ROOMS.map((r) => ({ name: r.name, capacity: String(r.capacity) })));
    await expect(setup.roomsSummary).toHaveText('2 rooms · 105 seats');
  });

  await test.step('generate the day’s slot grid', async () => {
    await setup.goTo('Time slots');
    await setup.fillGrid({
      start: '09:00',
      end: '17:00',
      sessionMinutes: 45,
      gapMinutes: 15,
      breaks: [{ start: '12:30', end: '13:30', label: 'Lunch' }],
    });
    await expect(setup.gridPreview).toHaveText('6 sessions of 45 minutes each.');
    await setup.generateSlots();
    await expect(setup.slotRows).toHaveCount(EXPECTED_SLOTS.length);
    expect(await setup.slots()).toEqual(EXPECTED_SLOTS);
    await expect(setup.slotListSummary).toHaveText('6 sessions and 1 break');
    await expect(setup.sectionLink('Time slots')).toHaveAccessibleName(/^Time slots\s*7$/);
  });

  await test.step('import the registration list from a CSV file', async () => {
    await setup.goTo('Participants');
    await setup.openCsvImport();
    await setup.chooseCsvFile(PARTICIPANTS_CSV);
    // The French headers are recognised: "Prénom" is the first name and "Nom" beside it the last
    // name, joined first name first.
    await expect(setup.csvDialog).toContainText('participants.csv');
    await expect(setup.csvDialog).toContainText('13 rows · 7 columns');
    await expect(setup.csvDialog.getByRole('combobox', { name: 'Column “Prénom” is' })).toHaveValue('firstName');
    await expect(setup.csvDialog.getByRole('combobox', { name: 'Column “Nom” is' })).toHaveValue('lastName');
    expect((await setup.importedAs())[0]).toBe('Élodie Garçon Local government');
    // The BOM does not end up in the first header.
    await expect(setup.csvDialog.getByRole('columnheader', { name: /^Prénom/ })).toBeVisible();

    const outcome = await setup.runImport(13);
    expect(outcome.importedText).toContain('12 participants imported');
    expect(outcome.importedText).toContain('1 row was not imported');
    expect(outcome.rejected).toHaveLength(1);
    expect(outcome.rejected[0]?.line).toBe('12');
    expect(outcome.rejected[0]?.field).toBe('Name');
    expect(outcome.rejected[0]?.reason.trim()).not.toBe('');
    // Every e-mail in this file is an address: nothing was changed on the way.
    expect(outcome.changed).toEqual([]);
    await setup.closeCsvDialog();

    await expect(setup.participantRows).toHaveCount(12);
    await expect(setup.participantsCount).toHaveText('12 participants');
    // Accents, ł/ș/ễ and the quoted cell with a ';' inside come through intact.
    for (const name of ['Élodie Garçon', 'Paweł Łukasiewicz', 'Hervé Nguyễn', 'Conceição Araújo']) {
      await expect(setup.participantRow(name)).toBeVisible();
    }
    await expect(setup.participantRow('Agnieszka Wróbel')).toContainText('Urząd Miasta Łodzi');
    await expect(setup.participantRow('Ioana Mureșan')).toContainText('Chargée de mission Europe; numérique');
  });

  await test.step('capture 20 topics with the keyboard only', async () => {
    await setup.goToTopics();
    await expect(page.getByRole('heading', { name: 'No topics yet' })).toBeVisible();
    // The title field has focus on arrival: typing can start at once.
    await expect(topics.title).toBeFocused();
    for (const topic of TOPICS) await topics.captureByKeyboard(topic);
    await expect(topics.count).toHaveText('20 topics');
    await expect(topics.cards).toHaveCount(20);
    // Newest first on the wall.
    expect(await topics.cardTitles()).toEqual(TOPICS.map((t) => t.title).reverse());
    const green = topics.card('Green corridors along the river');
    await expect(green).toContainText(/Topic #9(?!\d)/);
    await expect(green).toContainText('Environment');
    await expect(green).toContainText('Élodie Garçon');
    await expect(topics.card('Bike lanes on the quays')).toContainText('No theme');
  });

  await test.step('restart Agora: everything is still there', async () => {
    await agora.restart();
    await agora.open(page);
    await home.expectLoaded();
    await expect(home.card(WORKSHOP)).toContainText('20 topics');
    await expect(home.card(WORKSHOP)).toContainText('12 participants');
    await expect(home.card(WORKSHOP)).toContainText('2 rooms');
    await home.openWorkshop(WORKSHOP);

    await setup.goTo('Rooms');
    expect(await setup.rooms()).toEqual(ROOMS.map((r) => ({ name: r.name, capacity: String(r.capacity) })));
    await setup.goTo('Time slots');
    await expect(setup.slotRows).toHaveCount(EXPECTED_SLOTS.length);
    expect(await setup.slots()).toEqual(EXPECTED_SLOTS);
    await setup.goTo('Participants');
    await expect(setup.participantRows).toHaveCount(12);
    await expect(setup.participantRow('Élodie Garçon')).toContainText('Bordeaux Métropole');

    await setup.goToTopics();
    await expect(topics.count).toHaveText('20 topics');
    expect(await topics.cardTitles()).toEqual(TOPICS.map((t) => t.title).reverse());
    for (const [i, topic] of TOPICS.entries()) {
      const card = topics.card(topic.title);
      await expect(card).toContainText(new RegExp(`Topic #${i + 1}(?!\\d)`));
      await expect(card).toContainText(topic.theme ?? 'No theme');
      if (topic.proposer) await expect(card).toContainText(topic.proposer);
    }
  });
});
