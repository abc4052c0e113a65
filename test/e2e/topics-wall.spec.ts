/** The topic wall: accent-insensitive search, the theme filter, and edit / delete with undo. */
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
