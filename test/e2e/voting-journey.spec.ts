/**
 * The journey, every part real and driven as people would: the facilitator, on the
 * laptop's Vote screen, sets up a round with hidden results, opens it, turns on the phone
 * server and opens the projected screen; two phones (360 px) join from the join address and
 * vote; the projector keeps the numbers hidden, then shows the bars once revealed; the
 * facilitator closes the round and the phones see it closed. A screenshot of each step.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEMO, expect, test } from './pages/fixtures.ts';
import { newPhone } from './pages/PhonePage.ts';
import { FULL_HD, ProjectorPage } from './pages/ProjectorPage.ts';
import { VotePage } from './pages/VotePage.ts';

const OUT = resolve(import.meta.dirname, '../output/screenshots');
const QUESTION = 'Which three topics open the afternoon?';
const TOPICS = [
  'Open data as raw material for local businesses',
  'Green technologies as a growth sector',
  'Data mining for small companies',
  'E-commerce for traditional crafts',
];
const shot = (name: string) => resolve(OUT, `journey-${name}.png`);

test.use({ viewport: { width: 1360, height: 900 } });

test('a vote from the laptop, two phones and the projected screen: open, vote, reveal, close', async ({
  agora,
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  mkdirSync(OUT, { recursive: true });
  await agora.open(page);
  await page
    .getByRole('link', { name: new RegExp(DEMO.title) })
    .first()
    .click();
  const vote = new VotePage(page);
  await vote.goTo();

  await test.step('the facilitator closes the demo round and sets up a new one with hidden results', async () => {
    await vote.roundRow('Which topics should we schedule first?').click();
    await vote.roundAction('Close voting');
    await expect(vote.state).toHaveText('Closed');
    await vote.openNewRoundDialog();
    await vote.fillRound({ question: QUESTION, topics: TOPICS });
    // the suggestion follows the items: about a third of 4 is 1; the facilitator gives 3 dots
    await expect(vote.budgetSuggestion).toContainText('1');
    await vote.budget.fill('3');
    await vote.roundDialog.getByLabel('Most dots on one item').fill('2');
    await vote.roundDialog.getByRole('switch', { name: 'Hide the results until I reveal them' }).check();
    await vote.submitRound();
    await expect(vote.state).toHaveText('Draft');
    await vote.roundAction('Open voting');
    await expect(vote.state).toHaveText('Voting open');
  });

  await test.step('the phone server goes on and the projected screen opens on the join view', async () => {
    await vote.startLanOnLoopback();
    await vote.projectorView('Join').click();
  });
  const popup = page.waitForEvent('popup');
  await vote.room.openProjectorButton.click();
  const projector = new ProjectorPage(await popup);
  await projector.resize(FULL_HD);
  const joinUrl = ((await vote.joinUrl.textContent()) ?? '').trim();
  await expect(projector.joinUrl).toContainText(new URL(joinUrl).host);
  await expect(projector.joinCode).toHaveText(((await vote.joinCode.textContent()) ?? '').trim());
  await projector.shoot(shot('1-projector-join'));

  const ana = await newPhone(browser);
  const ben = await newPhone(browser);
  try {
    await test.step('two phones join and vote; the laptop counts them live', async () => {
      await ana.join(joinUrl, 'Ana');
      await ben.join(joinUrl);
      await expect(projector.joinedCount).toContainText('2');
      await expect(ana.round(QUESTION)).toBeVisible();
      await ana.tap(TOPICS[0] as string, 1, '2');
      await ana.tap(TOPICS[0] as string, 1, '1');
      await ana.tap(TOPICS[1] as string, 1, 'All 3 dots placed');
      await ben.tap(TOPICS[1] as string, 1, '2');
      await ben.tap(TOPICS[2] as string, 1, '1');
      await expect(ana.addDot(TOPICS[3] as string)).toBeDisabled();
      await ana.shoot(shot('2-phone-ana'));
      await expect(vote.resultRow(TOPICS[0] as string).getByTestId('result-total')).toHaveText('2');
      await expect(vote.resultRow(TOPICS[1] as string).getByTestId('result-total')).toHaveText('2');
      await page.screenshot({ path: shot('3-laptop-live'), fullPage: false });
    });

    await test.step('the projector keeps the numbers hidden until the facilitator reveals them', async () => {
      await page.keyboard.press('r');
      await expect(projector.hiddenCard).toBeVisible();
      await expect(projector.resultRows).toHaveCount(0);
      await projector.shoot(shot('4-projector-hidden'));
      await vote.roundAction('Reveal results');
      await expect(projector.hiddenCard).toBeHidden();
      await projector.expectTotal(TOPICS[0] as string, 2, 1);
      await projector.expectTotal(TOPICS[1] as string, 2, 1);
      await projector.expectTotal(TOPICS[2] as string, 1, 3);
      await projector.shoot(shot('5-projector-revealed'));
    });

    await test.step('a late vote moves the bars on the projector while everyone watches', async () => {
      const before = await projector.barWidth(TOPICS[2] as string);
      await ben.tap(TOPICS[2] as string, 1, 'All 3 dots placed');
      await projector.expectTotal(TOPICS[2] as string, 2, 1);
      await expect.poll(() => projector.barWidth(TOPICS[2] as string)).toBeGreaterThan(before);
    });

    await test.step('the facilitator closes the round; phones see it closed and cannot vote', async () => {
      await vote.roundAction('Close voting');
      await expect(vote.state).toHaveText('Closed');
      await expect(ana.waiting).toBeVisible();
      await expect(ana.closedNotices.first()).toBeVisible();
      await expect(ben.addDot(TOPICS[0] as string)).toHaveCount(0);
      await ana.shoot(shot('6-phone-closed'));
      await projector.expectTotal(TOPICS[0] as string, 2, 1);
      await projector.shoot(shot('7-projector-closed'));
      await page.screenshot({ path: shot('8-laptop-closed'), fullPage: false });
    });
  } finally {
    await ana.close();
    await ben.close();
  }
});
