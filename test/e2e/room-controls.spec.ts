/**
 * The room controls outside the Vote screen: from the Topics screen a facilitator turns the
 * participant server on, sees phones join, switches the projected screen (buttons and J T R C B,
 * never while typing a topic), and accepts a topic proposed from a phone, which lands on the wall
 * behind the panel. The panel stays open from stage to stage; Escape puts it away. Then
 * screenshots, in English and French at 1280×800, of the Topics and Vote screens with the room
 * bar and the panel open.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { describeFindings, seriousViolations } from './pages/a11y.ts';
import { DEMO, expect, test } from './pages/fixtures.ts';
import { HomePage } from './pages/HomePage.ts';
import { englishLeftovers } from './pages/i18n.ts';
import { RoomControls } from './pages/RoomControls.ts';
import { TopicsPage } from './pages/TopicsPage.ts';
import { TestPhone } from './pages/VotePage.ts';

const OUT = resolve(import.meta.dirname, '../output/screenshots');
const DEMO_ROUND = 'Which topics should we schedule first?';

function stage(page: Page, name: 'Setup' | 'Topics' | 'Vote') {
  return page
    .getByRole('navigation', { name: 'Workshop stages' })
    .getByRole('link', { name: new RegExp(`^${name}\\b`) });
}

async function openStage(page: Page, name: 'Setup' | 'Topics' | 'Vote') {
  await stage(page, name).click();
  await expect(stage(page, name)).toHaveAttribute('aria-current', 'page');
}

test('from the Topics screen: phones on, the projected screen switched, a proposal accepted onto the wall', async ({
  page,
  agora,
}) => {
  await agora.open(page);
  await new HomePage(page).openWorkshop(DEMO.title);
  await openStage(page, 'Topics');
  const topics = new TopicsPage(page);
  const room = new RoomControls(page);

  await test.step('the room bar is there, the panel closed, the phones off', async () => {
    await expect(room.bar).toBeVisible();
    await expect(room.panel).toBeHidden();
    await expect(room.phonesButton).toContainText('Off');
    await expect(room.phonesButton).toHaveAttribute('aria-expanded', 'false');
    await expect(room.proposalsButton).toHaveAccessibleName('Proposals');
  });

  const phone = await test.step('the participant server goes on from the room panel; a phone joins', async () => {
    await room.openPhones();
    await expect(room.phonesButton).toHaveAttribute('aria-expanded', 'true');
    await expect(room.phones).toContainText('Turn it on to let phones');
    await room.startLanOnLoopback();
    await expect(room.phonesButton).toContainText('On');
    await expect(room.barJoined).toHaveText('0 joined');
    const p = new TestPhone(await room.lanBase(), 'Ana');
    await p.join((await room.joinCode.textContent()) ?? '');
    await expect(room.joined).toHaveText('1 joined');
    await expect(room.barJoined).toHaveText('1 joined');
    return p;
  });

  await test.step('the projected screen switches by button and by key, not while a topic is typed', async () => {
    await room.projectorView('Topics').click();
    await expect(room.projectorView('Topics')).toHaveAttribute('aria-pressed', 'true');
    await expect(room.projector.getByText(/^Showing: /)).toHaveText('Showing: Topics');
    await expect(room.projectorView('Join')).toHaveAttribute('aria-keyshortcuts', 'J');
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('j');
    await expect(room.projectorView('Join')).toHaveAttribute('aria-pressed', 'true');
    // Letters typed into the capture bar are a topic's title, not shortcuts.
    await topics.title.click();
    await page.keyboard.type('Bike lanes to the tram terminus');
    await expect(topics.title).toHaveValue('Bike lanes to the tram terminus');
    await expect(room.projectorView('Join')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Enter');
    await expect(topics.card('Bike lanes to the tram terminus')).toBeVisible();
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('r');
    await expect(room.projectorView('Results')).toHaveAttribute('aria-pressed', 'true');
  });

  await test.step('a topic proposed from the phone is accepted from the queue and joins the wall', async () => {
    await phone.proposeTopic('Night buses for shift workers', 'Many of us work late.');
    await expect(room.proposalsButton).toHaveAccessibleName('Proposals: 1 to review');
    await room.openQueue();
    const proposal = room.suggestion('Night buses for shift workers');
    await expect(proposal).toContainText('Ana');
    await room.queue.getByRole('button', { name: 'Accept “Night buses for shift workers”' }).click();
    await expect(room.queue).toContainText('Nothing waiting.');
    await expect(room.proposalsButton).toHaveAccessibleName('Proposals');
    await expect(topics.card('Night buses for shift workers')).toBeVisible();
    await expect(topics.count).toHaveText('22 topics');
  });

  await test.step('the panel stays open from stage to stage; the keys work on Setup too', async () => {
    await openStage(page, 'Setup');
    await expect(room.joinCode).toBeVisible();
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('b');
    await expect(room.projectorView('Blank')).toHaveAttribute('aria-pressed', 'true');
    await openStage(page, 'Vote');
    await expect(room.joinCode).toBeVisible();
    await expect(room.barJoined).toHaveText('1 joined');
  });

  await test.step('Escape closes the panel and gives focus back to the room bar', async () => {
    await room.openPhones();
    await page.keyboard.press('Escape');
    await expect(room.panel).toBeHidden();
    await expect(room.phonesButton).toBeFocused();
    await expect(room.phonesButton).toHaveAttribute('aria-expanded', 'false');
    // Closed is remembered: a reload opens the workshop without the panel.
    await page.reload();
    await expect(room.bar).toBeVisible();
    await expect(room.panel).toBeHidden();
    await expect(room.phonesButton).toContainText('On');
  });

  await test.step('no serious or critical axe violations with the room panel open on Topics', async () => {
    await openStage(page, 'Topics');
    await room.openQueue();
    const findings = await seriousViolations(page);
    expect.soft(findings, describeFindings('Topics with the room panel', findings)).toEqual([]);
  });
});

const LANGUAGE = { en: 'English', fr: 'Français' } as const;

for (const lang of ['en', 'fr'] as const) {
  test(`screenshots of the room controls on Topics and Vote (1280×800): ${lang}`, async ({ page, agora }) => {
    mkdirSync(OUT, { recursive: true });
    await agora.open(page);
    await new HomePage(page).openWorkshop(DEMO.title);
    await openStage(page, 'Vote');
    const room = new RoomControls(page);
    await room.startLanOnLoopback();
    const code = (await room.joinCode.textContent()) ?? '';
    const base = await room.lanBase();
    const [ana, karim, lena] = [new TestPhone(base, 'Ana'), new TestPhone(base, 'Karim'), new TestPhone(base, 'Lena')];
    for (const p of [ana, karim, lena]) await p.join(code);
    await ana.dot(DEMO_ROUND, 'Open data as raw material for local businesses');
    await ana.dot(DEMO_ROUND, 'Green technologies as a growth sector');
    await karim.dot(DEMO_ROUND, 'Open data as raw material for local businesses');
    await lena.dot(DEMO_ROUND, 'Living labs: testing new services with residents');
    await ana.proposeTopic(
      'Night buses for shift workers',
      'Many of us work late: can the city and employers share it?',
    );
    await karim.proposeTopic('A shared calendar of business events');
    await expect(room.barJoined).toHaveText('3 joined');
    await room.projectorView('Results').click();
    await expect(room.projectorView('Results')).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: LANGUAGE[lang] }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);

    /** A 1280×800 picture as the facilitator sees it, the page scrolled to `y`. */
    const shoot = async (name: string, y = 0) => {
      await page.evaluate(() => document.fonts.ready);
      await page.mouse.move(0, 0);
      const dismiss = page.locator('.toast__close');
      while ((await dismiss.count()) > 0) await dismiss.first().click();
      await page.evaluate((top) => window.scrollTo(0, top), y);
      // the room panel follows the scroll on the next frame (RoomPanel.tsx)
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect.soft(overflow, `${name}: the page scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
      // Nothing in the room bar may spill out of it or wrap at 1280 px, in either language.
      const spill = await page.evaluate(() => {
        const inner = document.querySelector('.roombar__inner') as HTMLElement;
        const right = inner.getBoundingClientRect().right - Number.parseFloat(getComputedStyle(inner).paddingRight);
        const boxes = [...inner.children].map((c) => c.getBoundingClientRect()).filter((b) => b.width > 0);
        const middle = (b: DOMRect) => b.top + b.height / 2;
        const first = boxes[0] ? middle(boxes[0]) : 0;
        return boxes.some((b) => b.right > right + 0.5 || Math.abs(middle(b) - first) > 4);
      });
      expect.soft(spill, `${name}: the room bar overflows or wraps`).toBe(false);
      await page.screenshot({ path: `${OUT}/${name}.png`, animations: 'disabled', caret: 'hide' });
    };

    // Vote, panel open on the phones (as the facilitator left it), results on the projected screen.
    await expect(page.locator('.room-panel')).toBeVisible();
    if (lang === 'fr') {
      const leftovers = await englishLeftovers(page);
      expect.soft(leftovers, `English strings on the French Vote screen:\n${leftovers.join('\n')}`).toEqual([]);
    }
    await shoot(`${lang}-room-vote`);
    // Scrolled to the live results: the panel sticks under the top bar, the room bar stays.
    const results = await page.getByTestId('round-panel').evaluate((el) => el.getBoundingClientRect().top + scrollY);
    await shoot(`${lang}-room-vote-results`, results - 76);

    // Topics, panel open on the queue: two proposals waiting. (Stages and buttons by position or
    // test id: the names are in the language being shot.)
    const stageLinks = page.locator('.stages__link');
    await stageLinks.nth(1).click();
    await expect(page.getByTestId('topic-count')).toBeVisible();
    await page.getByTestId('room-proposals').click();
    await expect(page.locator('#queue-heading')).toBeFocused();
    await expect(page.getByTestId('suggestion')).toHaveCount(2);
    await page.locator('#queue-heading').blur();
    await shoot(`${lang}-room-topics`);

    // Both screens with the panel closed: the room bar alone.
    await page.locator('.room-panel__header .icon-btn').click();
    await expect(page.locator('.room-panel')).toHaveCount(0);
    await shoot(`${lang}-room-topics-closed`);
    await stageLinks.nth(2).click();
    await expect(stageLinks.nth(2)).toHaveAttribute('aria-current', 'page');
    await shoot(`${lang}-room-vote-closed`);
  });
}
