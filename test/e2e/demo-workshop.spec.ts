/** A newcomer's first start: the demo workshop is there and opens with its real content. */
import { DEMO, expect, test } from './pages/fixtures.ts';
import { HomePage } from './pages/HomePage.ts';
import { SetupPage } from './pages/SetupPage.ts';
import { TopicsPage } from './pages/TopicsPage.ts';

test('the demo workshop is listed on a fresh start and opens with its topics, rooms and participants', async ({
  page,
  agora,
}) => {
  const home = new HomePage(page);
  const setup = new SetupPage(page);
  const topics = new TopicsPage(page);

  await test.step('Home lists the Bordeaux 2013 Mini-BarCamp', async () => {
    await agora.open(page);
    await home.expectLoaded();
    await expect(home.cards).toHaveCount(1);
    const card = home.card(DEMO.title);
    await expect(card).toContainText('Mini-BarCamp');
    await expect(card).toContainText('23 May 2013');
    await expect(card).toContainText('Hôtel de Ville, Bordeaux');
    await expect(card).toContainText(`${DEMO.topicCount} topics`);
    await expect(card).toContainText(`${DEMO.participantCount} participants`);
    await expect(card).toContainText(`${DEMO.rooms.length} rooms`);
  });

  await test.step('open it: Setup shows its details', async () => {
    await home.openWorkshop(DEMO.title);
    await expect(setup.sectionLink('Details')).toHaveAttribute('aria-current', 'page');
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue(DEMO.title);
    await expect(page.getByLabel('Venue', { exact: true })).toHaveValue('Hôtel de Ville, Bordeaux');
    await expect(page.getByRole('radio', { name: /^Mini-BarCamp/ })).toBeChecked();
  });

  await test.step('Topics shows its 20 topics', async () => {
    await setup.goToTopics();
    await expect(topics.count).toHaveText(`${DEMO.topicCount} topics`);
    await expect(topics.cards).toHaveCount(DEMO.topicCount);
    await expect(topics.card('How can cities link traditional and new ICT industries?')).toContainText('Sophie Delmas');
    await expect(topics.card('Creation of spaces of collaboration for companies')).toContainText('Shortlisted');
  });

  await test.step('Setup shows its rooms, slots and participants', async () => {
    await page.getByRole('navigation', { name: 'Workshop stages' }).getByRole('link', { name: 'Setup' }).click();
    await setup.goTo('Rooms');
    expect((await setup.rooms()).map((r) => r.name)).toEqual([...DEMO.rooms]);
    await expect(setup.roomsSummary).toHaveText('4 rooms · 107 seats');

    await setup.goTo('Time slots');
    await expect(setup.slotListSummary).toHaveText('5 sessions, 2 breaks and 2 plenaries');
    const slots = await setup.slots();
    expect(slots[0]).toBe('09:30–10:15 Plenary Welcome and topic market');
    expect(slots).toContain('12:00–13:15 Break Lunch');

    await setup.goTo('Participants');
    await expect(setup.participantRows).toHaveCount(DEMO.participantCount);
    await expect(setup.participantsCount).toHaveText(`${DEMO.participantCount} participants`);
    await expect(setup.participantRow('Agnieszka Nowak')).toContainText('Urząd Miasta Łodzi');
    await expect(setup.participantRow('Fernanda Lima')).toContainText('São Paulo');
  });
});
