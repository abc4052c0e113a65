/**
 * A vote the room can trust, as the room lives it: phones beyond the voter ceiling wait on a calm
 * card (360 px phones) until the laptop lets them in; a ticketed round (tickets made and printed
 * to A4, a phone joining through its ticket's QR address, a phone without a ticket refused, only
 * ticket ballots counted, a ticket released for a new phone); phones showing one round at a time
 * and the facilitator's switch that lets them reach the others; text typed by participants shown
 * isolated. Screenshots (laptop 1280×800, phones 360 px, the printed sheet at 60 dpi) go to
 * test/output/screenshots, in English and French.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { Topic } from '../../shared/schemas.ts';
import type { Round } from '../../shared/voting.ts';
import { describeFindings, seriousViolations } from './pages/a11y.ts';
import { DEMO, expect, test } from './pages/fixtures.ts';
import { HomePage } from './pages/HomePage.ts';
import { type HostApi, hostApi, projectorUrl } from './pages/hostApi.ts';
import { englishLeftovers } from './pages/i18n.ts';
import { newPhone, type PhonePage } from './pages/PhonePage.ts';
import { ProjectorPage } from './pages/ProjectorPage.ts';
import { fullLengthScreenshot } from './pages/screenshot.ts';
import { pdfPageSize, pdfPages, TicketsPage } from './pages/TicketsPage.ts';
import { VotePage } from './pages/VotePage.ts';

const OUT = resolve(import.meta.dirname, '../output/screenshots');
const shot = (name: string) => `${OUT}/${name}.png`;

interface Scene {
  api: HostApi;
  workshopId: string;
  topics: Topic[];
}

/** The demo workshop, its open round closed, with `questions` opened as dot rounds in that order. */
async function demoWith(hostUrl: string, questions: string[]): Promise<Scene & { rounds: Round[] }> {
  const api = hostApi(hostUrl);
  const workshop = (await api('workshops:list', {})).find((w) => w.title === DEMO.title);
  if (!workshop) throw new Error('the demo workshop is missing');
  const workshopId = workshop.id;
  for (const round of await api('rounds:list', { workshopId }))
    if (round.state === 'open') await api('rounds:close', { roundId: round.id });
  const topics = (await api('topics:list', { workshopId })).sort((a, b) => a.seq - b.seq);
  const rounds: Round[] = [];
  for (const question of questions) {
    const round = await api('rounds:create', {
      workshopId,
      round: { question, method: 'dot', budget: 3, maxPerItem: 2 },
      targets: { kind: 'topic', ids: topics.slice(0, 5).map((t) => t.id) },
    });
    rounds.push(await api('rounds:open', { roundId: round.id }));
  }
  return { api, workshopId, topics, rounds };
}

/** The laptop on the Vote screen of the demo workshop, the room panel open on the phones. */
async function laptopOnVote(page: Page, agora: { open(page: Page): Promise<void> }): Promise<VotePage> {
  await agora.open(page);
  await new HomePage(page).openWorkshop(DEMO.title);
  const vote = new VotePage(page);
  await vote.goTo();
  if (!(await vote.room.panel.isVisible())) await vote.room.openPhones();
  return vote;
}

async function expectNoSeriousA11y(page: Page, screen: string): Promise<void> {
  const findings = await seriousViolations(page);
  expect.soft(findings, describeFindings(screen, findings)).toEqual([]);
}

async function expectAllFrench(page: Page, screen: string): Promise<void> {
  const leftovers = await englishLeftovers(page);
  expect.soft(leftovers, `${screen}: English left on a French screen`).toEqual([]);
}

/** Switches the laptop to French once the English confirmations of earlier steps have gone. */
async function toFrench(page: Page): Promise<void> {
  await expect(page.locator('.toast')).toHaveCount(0, { timeout: 15_000 });
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
}

async function toEnglish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

/** The laptop's window as it is, for a picture. */
async function shootLaptop(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: shot(name), animations: 'disabled', caret: 'hide' });
}

/** The laptop's page from the top, as a window as tall as the page would show it. */
async function shootLaptopPage(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullLengthScreenshot(page, shot(name));
}

test.beforeAll(() => mkdirSync(OUT, { recursive: true }));

test('phones beyond the voter ceiling wait on a calm card; the laptop lets them in, or raises the ceiling', async ({
  page,
  agora,
  browser,
}) => {
  test.setTimeout(240_000);
  const QUESTION = 'Which topics open the afternoon?';
  const scene = await demoWith(agora.host.url, [QUESTION]);
  const { api, workshopId } = scene;
  const lan = await api('lan:start', { host: '127.0.0.1', port: 0 });
  const join = await api('join:get', { workshopId });
  const joinUrl = join.url as string;
  expect(lan.running).toBe(true);
  // A small ceiling, so a handful of phones fill the room.
  await api('join:setCeiling', { workshopId, maxVoters: 2 });

  const vote = await laptopOnVote(page, agora);
  const room = vote.room;

  await test.step('the panel shows phones joined against participants expected, and the ceiling', async () => {
    await expect(room.joined).toHaveText('0 joined');
    await expect(room.expected).toHaveText(`${DEMO.participantCount} expected`);
    await expect(room.ceiling).toHaveValue('2');
    await expect(room.ceilingHint).toContainText('Set by you.');
    await expect(room.waiting).toBeHidden();
  });

  const phones: PhonePage[] = [];
  await test.step('two phones fill the room; the next two wait on a calm card, with their place in line', async () => {
    for (const name of ['Amélie', 'Bruno']) {
      const phone = await newPhone(browser);
      phones.push(phone);
      await phone.join(joinUrl, name);
      await expect(phone.round(QUESTION)).toBeVisible();
    }
    await expect(room.joined).toHaveText('2 joined');

    const chloe = await newPhone(browser);
    const david = await newPhone(browser);
    phones.push(chloe, david);
    await chloe.joinAndWait(joinUrl, 'Chloé');
    await expect(chloe.inLine).toContainText('Waiting for the facilitator');
    await expect(chloe.inLinePlace).toHaveText('You are next in line.');
    await expect(chloe.rounds).toHaveCount(0);
    // Nothing to propose either while waiting: the card is all there is.
    await expect(chloe.page.getByRole('button', { name: 'Propose a topic' })).toBeHidden();
    await david.joinAndWait(joinUrl);
    await expect(david.inLinePlace).toHaveText('1 phone before you');
    await chloe.shoot(shot('phone-waiting-en'));
    await expectNoSeriousA11y(chloe.page, 'phone: waiting in line');
    // The card fits a 360 px phone: nothing wider than the screen.
    expect(await chloe.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  await test.step('the laptop sees the waiting phones from the room bar and the panel', async () => {
    await expect(room.barWaiting).toHaveText('2 phones waiting to be let in');
    await expect(room.waiting).toContainText('2 phones waiting');
    await shootLaptop(page, 'laptop-phones-waiting-en-1280x800');
    await expectNoSeriousA11y(page, 'laptop: phones waiting');
    // Further down the panel: who votes, the ceiling, the switch, the tickets.
    await room.phones.getByTestId('voters').scrollIntoViewIfNeeded();
    await shootLaptop(page, 'laptop-voters-en-1280x800');
  });

  await test.step('one click lets them in: the waiting cards turn into the ballot by themselves', async () => {
    const [, , chloe, david] = phones as [PhonePage, PhonePage, PhonePage, PhonePage];
    await room.letIn.click();
    await expect(chloe.round(QUESTION)).toBeVisible();
    await expect(david.round(QUESTION)).toBeVisible();
    await expect(chloe.inLine).toBeHidden();
    await expect(chloe.votingAs).toHaveText('You vote as Chloé');
    await expect(room.joined).toHaveText('4 joined');
    await expect(room.waiting).toBeHidden();
    await expect(room.barWaiting).toBeHidden();
    await chloe.tap(scene.topics[0]?.title ?? '', 1, '2 dots left');
  });

  await test.step('raising the ceiling lets the next one in; "follow the participant list" goes back to the default', async () => {
    const eve = await newPhone(browser, 'fr-FR');
    phones.push(eve);
    await eve.page.goto(joinUrl);
    await eve.page.getByRole('button', { name: 'Français', exact: true }).tap();
    await eve.page.getByRole('button', { name: 'Rejoindre', exact: true }).tap();
    await expect(eve.inLine).toContainText('En attente de l’animateur');
    await expect(eve.inLinePlace).toHaveText('Vous êtes en tête de file.');
    await eve.shoot(shot('phone-waiting-fr'));
    await expectAllFrench(eve.page, 'phone: waiting in line');
    await expect(room.waiting).toContainText('1 phone waiting');

    await room.setCeiling(5);
    await expect(eve.round(QUESTION)).toBeVisible();
    await expect(room.joined).toHaveText('5 joined');
    await expect(room.waiting).toBeHidden();

    await room.followList.click();
    await expect(room.ceilingHint).toContainText(
      `Follows the participant list: ${DEMO.participantCount} participants plus a margin, at least 30.`,
    );
    await expect(room.ceiling).toHaveValue('30');
  });

  await test.step('in French', async () => {
    await api('join:setCeiling', { workshopId, maxVoters: 5 });
    const late = await newPhone(browser);
    phones.push(late);
    await late.joinAndWait(joinUrl);
    await toFrench(page);
    await expect(page.getByTestId('phones-waiting')).toContainText('1 téléphone en attente');
    await shootLaptop(page, 'laptop-phones-waiting-fr-1280x800');
    await page.getByTestId('voters').scrollIntoViewIfNeeded();
    await shootLaptop(page, 'laptop-voters-fr-1280x800');
    await expectAllFrench(page, 'laptop: phones waiting');
    await toEnglish(page);
  });

  for (const phone of phones) await phone.close();
});

test('a ticketed round: tickets made and printed, a phone joins by its ticket, one without is refused, only tickets count', async ({
  page,
  agora,
  browser,
}) => {
  test.setTimeout(300_000);
  const QUESTION = 'Which project gets the city’s budget?';
  const api = hostApi(agora.host.url);
  const workshopId = (await api('workshops:list', {})).find((w) => w.title === DEMO.title)?.id ?? '';
  const topics = (await api('topics:list', { workshopId })).sort((a, b) => a.seq - b.seq);
  const [first, second, third, fourth] = topics as [Topic, Topic, Topic, Topic];
  const vote = await laptopOnVote(page, agora);
  const tickets = new TicketsPage(page);

  await test.step('the tickets sheet opens from the phones panel; the server is off, and it says why that matters', async () => {
    await vote.room.ticketsLink.click();
    await expect(tickets.heading).toBeVisible();
    await expect(page).toHaveTitle(`${DEMO.title} · Tickets for binding votes · Agora`);
    await expect(tickets.count).toHaveValue(String(DEMO.participantCount));
    await expect(tickets.rows).toHaveCount(0);
    await expect(page.getByText('Make tickets first')).toBeVisible();
  });

  await test.step('one ticket per participant is made; each is new', async () => {
    await tickets.makeButton.click();
    await expect(tickets.rows).toHaveCount(DEMO.participantCount);
    await expect(tickets.summary).toHaveText('25 made · 25 not used · 0 in use · 0 released');
    await expect(tickets.row(1)).toContainText('Not used yet');
    // The next batch would be only what is missing: none, so one.
    await expect(tickets.count).toHaveValue('1');
    await expect(tickets.serverOff).toContainText(
      'The QR codes carry the participant server’s address, and it is off.',
    );
    await expect(tickets.printButton).toBeDisabled();
    await expectNoSeriousA11y(page, 'laptop: tickets sheet');
  });

  await test.step('the server goes on from the sheet; the QR codes carry its address', async () => {
    await page.route('**/api/call/lan:start', (route) =>
      route.continue({ postData: JSON.stringify({ host: '127.0.0.1', port: 0 }) }),
    );
    await tickets.serverOff.getByRole('button', { name: 'Turn on the participant server' }).click();
    await expect(tickets.address).toContainText('The QR codes open http://127.0.0.1:');
    await expect(tickets.printButton).toBeEnabled();
    await expect(tickets.preview).toContainText('Scan the QR code');
    await expect(page.getByText('25 tickets on 3 pages')).toBeVisible();
    await shootLaptopPage(page, 'laptop-tickets-en-1280');
  });

  const codes = await tickets.codes();
  const base = (await api('lan:status', {})).baseUrl as string;

  await test.step('printed: A4, 12 tickets a page, each with its QR code, code and number', async () => {
    const pdf = `${OUT}/print-tickets-en.pdf`;
    const pngs = await tickets.printToPng(pdf);
    expect(pdfPages(pdf)).toBe(3);
    const size = pdfPageSize(pdf);
    expect(Math.round(size.width)).toBe(595);
    expect(Math.round(size.height)).toBe(842);
    expect(pngs).toHaveLength(3);
    // With a line for a name, only the first page's worth.
    await tickets.nameLine.check();
    await page.getByLabel('to No.').fill('12');
    await expect(page.getByText('12 tickets on 1 page')).toBeVisible();
    await expect(tickets.preview).toContainText('Name');
    const named = `${OUT}/print-named-en.pdf`;
    await tickets.printToPng(named);
    expect(pdfPages(named)).toBe(1);
  });

  await test.step('a round for ticket holders only, opened beside the demo round: the laptop asks what to do', async () => {
    await vote.goTo();
    await vote.openNewRoundDialog();
    await vote.fillRound({ question: QUESTION, topics: [first.title, second.title, third.title, fourth.title] });
    await vote.budget.fill('3');
    await vote.roundDialog.getByLabel('Most dots on one item').fill('2');
    const ticketOnly = vote.roundDialog.getByRole('switch', { name: 'Ticket holders only' });
    await expect(ticketOnly).toHaveAccessibleDescription(/only phones that joined with a printed ticket vote/);
    await ticketOnly.check();
    await vote.submitRound();
    await expect(vote.panel.getByTestId('ticket-only-badge')).toHaveText('Ticket holders only');
    await vote.roundAction('Open voting');
    const dialog = page.getByTestId('second-round-dialog');
    await expect(dialog).toContainText(
      '“Which topics should we schedule first?” is open. Phones will show the new one; the other stays open unless you close it.',
    );
    await expect(dialog.getByRole('button', { name: 'Open both' })).toBeVisible();
    await page.screenshot({ path: shot('laptop-second-round-en-1280x800'), animations: 'disabled' });
    await dialog.getByRole('button', { name: 'Open, and close the other' }).click();
    await expect(dialog).toBeHidden();
    await expect(vote.state).toHaveText('Voting open');
    await expect(vote.roundRow('Which topics should we schedule first?')).toContainText('Closed');
    await expect(vote.panel.getByText('Ticket holders', { exact: true })).toBeVisible();
  });

  const holder = await newPhone(browser);
  const walkIn = await newPhone(browser);
  const borrower = await newPhone(browser);
  const joinUrl = (await api('join:get', { workshopId })).url as string;

  await test.step('a phone joins through its ticket’s QR address and votes', async () => {
    await holder.joinWithTicket(`${base}/t/${(codes[0] ?? '').replace('-', '')}`, 'Hélène');
    await expect(holder.round(QUESTION)).toBeVisible();
    await holder.tap(first.title, 1, '2 dots left');
    await holder.shoot(shot('phone-ticket-ballot-en'));
  });

  await test.step('a phone joined with the code is told why it cannot vote, and types its ticket', async () => {
    await walkIn.join(joinUrl);
    await expect(walkIn.round(QUESTION)).toBeVisible();
    await expect(walkIn.ticketGate).toContainText('Ticket holders only');
    await expect(walkIn.ticketGate).toContainText('only phones that joined with a printed ticket vote in it');
    await expect(walkIn.addDot(first.title)).toBeHidden();
    await walkIn.shoot(shot('phone-ticket-required-en'));
    await expectNoSeriousA11y(walkIn.page, 'phone: ticket required');
    await walkIn.page.getByRole('button', { name: 'Français', exact: true }).tap();
    await expect(walkIn.ticketGate).toContainText('Détenteurs d’un ticket uniquement');
    await walkIn.shoot(shot('phone-ticket-required-fr'));
    await expectAllFrench(walkIn.page, 'phone: ticket required');
    await walkIn.page.getByRole('button', { name: 'English', exact: true }).tap();
    // Typed as people type: lower case, with the dash.
    await walkIn.typeTicket((codes[1] ?? '').toLowerCase());
    await expect(walkIn.ticketHolder).toBeVisible();
    await walkIn.tap(second.title, 1, '2 dots left');
  });

  await test.step('the join form takes a ticket typed by hand (“I have a ticket”)', async () => {
    const typist = await newPhone(browser);
    await typist.page.goto(joinUrl);
    await typist.page.getByRole('button', { name: 'I have a ticket' }).tap();
    await typist.page.getByLabel('Ticket code').fill(`${(codes[2] ?? '').slice(0, 5)} ${(codes[2] ?? '').slice(6)}`);
    await typist.shoot(shot('phone-join-ticket-en'));
    await typist.joinButton.tap();
    await expect(typist.ticketHolder).toBeVisible();
    await expect(typist.round(QUESTION)).toBeVisible();
    await expect(typist.ticketGate).toBeHidden();
    await typist.close();
  });

  await test.step('a ballot from a phone without a ticket is refused and counts for nothing', async () => {
    const joined = await fetch(`${base}/p/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: (await api('join:get', { workshopId })).code }),
    });
    const { token } = (await joined.json()) as { token: string };
    const round = (await api('rounds:list', { workshopId })).find((r) => r.question === QUESTION) as Round;
    const refused = await fetch(`${base}/p/votes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ roundId: round.id, itemId: third.id, delta: 1, requestId: crypto.randomUUID() }),
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('ticket_required');
    await expect(vote.panel.getByTestId('stat-voters')).toHaveText('2');
    await expect(vote.panel.getByTestId('stat-ballots')).toHaveText('2');
    const projector = new ProjectorPage(await page.context().newPage());
    await api('projector:show', { workshopId, view: 'results', roundId: round.id });
    await projector.open(projectorUrl(agora.host.url, workshopId));
    await expect(projector.voterCount).toContainText('2 voters');
    await projector.expectTotal(third.title, 0);
    await projector.page.close();
  });

  await test.step('a ticket already in use is refused on a second phone, calmly', async () => {
    await borrower.page.goto(`${base}/t/${codes[0]}`);
    await borrower.joinButton.tap();
    await expect(borrower.page.getByRole('alert')).toHaveText(
      'This ticket is already in use on another phone. If it is yours, ask the facilitator to release it.',
    );
    await borrower.shoot(shot('phone-ticket-used-en'));
  });

  await test.step('released, the ticket moves to the new phone with its votes; the old phone is told', async () => {
    await vote.room.ticketsLink.click();
    await expect(tickets.row(1)).toContainText('In use on a phone');
    await tickets.release(1);
    await expect(tickets.row(1)).toContainText('Released: the next phone takes it');
    await borrower.joinButton.tap();
    await expect(borrower.round(QUESTION)).toBeVisible();
    // Hélène's dot came with the ticket: same voter, same ballot.
    await expect(borrower.dotsLeft).toContainText('2 dots left');
    await expect(tickets.row(1)).toContainText('In use on a phone');
    await expect(holder.page.getByTestId('ticket-used')).toContainText('This phone was signed out of its ticket');
    await holder.shoot(shot('phone-ticket-signed-out-en'));
  });

  await test.step('in French: the sheet, and tickets printed in the workshop’s language', async () => {
    await toFrench(page);
    await expect(page.getByRole('heading', { level: 2, name: 'Tickets pour les votes engageants' })).toBeVisible();
    await shootLaptopPage(page, 'laptop-tickets-fr-1280');
    await expectAllFrench(page, 'laptop: tickets sheet');
    await api('workshops:update', { workshopId, patch: { language: 'fr' } });
    await expect(tickets.preview).toContainText('Scannez le QR code');
    const pdf = `${OUT}/print-tickets-fr.pdf`;
    await page.getByLabel('au n°').fill('12');
    await tickets.printToPng(pdf);
    expect(pdfPages(pdf)).toBe(1);
    await api('workshops:update', { workshopId, patch: { language: 'en' } });
    await toEnglish(page);
  });

  for (const phone of [holder, walkIn, borrower]) await phone.close();
});

test('one round at a time on a phone; the facilitator’s switch lets phones reach the others; typed text stays isolated', async ({
  page,
  agora,
  browser,
}) => {
  test.setTimeout(240_000);
  const MORNING = 'Which topics for the morning?';
  const AFTERNOON = 'Which topics for the afternoon?';
  const scene = await demoWith(agora.host.url, [MORNING, AFTERNOON]);
  const { api, workshopId, rounds } = scene;
  const [morning] = rounds as [Round, Round];
  await api('lan:start', { host: '127.0.0.1', port: 0 });
  const joinUrl = (await api('join:get', { workshopId })).url as string;
  const vote = await laptopOnVote(page, agora);
  const phone = await newPhone(browser);

  await test.step('two rounds open: the phone shows the one opened last, and nothing else', async () => {
    await phone.join(joinUrl, 'Ana');
    await expect(phone.round(AFTERNOON)).toBeVisible();
    await expect(phone.rounds).toHaveCount(1);
    await expect(phone.roundTabs).toBeHidden();
    await phone.shoot(shot('phone-one-round-en'));
  });

  await test.step('the projected screen shows the morning round: the phone follows it', async () => {
    await api('projector:show', { workshopId, view: 'results', roundId: morning.id });
    await expect(phone.round(MORNING)).toBeVisible();
    await expect(phone.rounds).toHaveCount(1);
  });

  await test.step('the facilitator lets phones switch: the round on the screen first, the other one tap away', async () => {
    await expect(vote.room.allRoundsSwitch).toHaveAttribute('aria-checked', 'false');
    await vote.room.allRoundsSwitch.click();
    await expect(vote.room.allRoundsSwitch).toHaveAttribute('aria-checked', 'true');
    await expect(phone.roundTabs).toContainText('1 other vote open');
    await expect(phone.roundTabs.getByRole('button')).toHaveText([`${MORNING}Current`, AFTERNOON]);
    await expect(phone.round(MORNING)).toBeVisible();
    await phone.shoot(shot('phone-round-tabs-en'));
    await expectNoSeriousA11y(phone.page, 'phone: open votes');
    await phone.roundTab(AFTERNOON).tap();
    await expect(phone.round(AFTERNOON)).toBeVisible();
    await expect(phone.rounds).toHaveCount(1);
    await expect(phone.roundTab(AFTERNOON)).toHaveAttribute('aria-current', 'true');
    await phone.tap(scene.topics[1]?.title ?? '', 1, '2 dots left');
    await phone.page.getByRole('button', { name: 'Français', exact: true }).tap();
    await expect(phone.roundTabs).toContainText('1 autre vote ouvert');
    await phone.shoot(shot('phone-round-tabs-fr'));
    await expectAllFrench(phone.page, 'phone: open votes');
    await phone.page.getByRole('button', { name: 'English', exact: true }).tap();
  });

  await test.step('switched off again: one round, the one on the screen', async () => {
    await vote.room.allRoundsSwitch.click();
    await expect(vote.room.allRoundsSwitch).toHaveAttribute('aria-checked', 'false');
    await expect(phone.roundTabs).toBeHidden();
    await expect(phone.round(MORNING)).toBeVisible();
    // The afternoon round left the phone because the focus moved, not because it closed.
    await expect(phone.closedNotices).toHaveCount(0);
  });

  await test.step('a bidi override in a proposed title or a name cannot turn the text around it', async () => {
    const evil = '\u202Egnitov';
    await phone.proposeTopic(`Open data ${evil}`, 'Pitch');
    const queued = vote.room.queue.getByRole('article').first();
    await expect(queued).toBeVisible();
    // Inside an isolate: the override ends where the participant's text ends.
    const isolated = await queued.evaluate((card) =>
      Array.from(card.querySelectorAll('*'))
        .filter((el) => el.textContent?.includes('\u202E') && el.children.length === 0)
        .every((el) => el.closest('bdi') !== null || getComputedStyle(el).unicodeBidi === 'isolate'),
    );
    expect(isolated).toBe(true);
    const phoneIsolated = await phone.page.evaluate(() =>
      Array.from(document.querySelectorAll('.item__title, .round__question, .header__title')).every(
        (el) => el.querySelector('bdi') !== null,
      ),
    );
    expect(phoneIsolated).toBe(true);
  });

  await phone.close();
});
