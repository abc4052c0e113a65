/**
 * The facilitator's side of a vote, on the laptop: rounds on the demo topics with the suggested
 * budget, paper ballots and a show of hands added to phone votes (ties shown as ties), the
 * participant server with its code, URL and QR, a real phone joining, voting and proposing a
 * topic over HTTP, moderation, the jury's scores, and the projected screen's controls — the last
 * three from the room bar and panel beside the Vote screen. Also the Vote screen's accessibility
 * (axe) and its screenshots in English and French.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { describeFindings, seriousViolations } from './pages/a11y.ts';
import { DEMO, expect, test } from './pages/fixtures.ts';
import { HomePage } from './pages/HomePage.ts';
import { hostApi } from './pages/hostApi.ts';
import { englishLeftovers } from './pages/i18n.ts';
import { fullLengthScreenshot } from './pages/screenshot.ts';
import { TestPhone, VotePage } from './pages/VotePage.ts';

const DEMO_ROUND = 'Which topics should we schedule first?';
const QUESTION = 'Which topics go to the plenary?';
const A = 'Green technologies as a growth sector';
const B = 'Data mining for small companies';
const C = 'Open data as raw material for local businesses';
const SIX = [
  A,
  B,
  C,
  'Measuring the digital economy of a city',
  'Living labs: testing new services with residents',
  'E-commerce for traditional crafts',
];

const OUT = resolve(import.meta.dirname, '../output/screenshots');

/** Saves a screenshot for review (full page, or as the window shows a dialog) and checks nothing scrolls sideways. */
async function shoot(page: Page, name: string, { dialog = false } = {}) {
  await page.evaluate(() => document.fonts.ready);
  await page.mouse.move(0, 0);
  if (!dialog) {
    // A full-length picture taken scrolled down would show the sticky top bar mid-page, and the toasts.
    await page.evaluate(() => window.scrollTo(0, 0));
    const dismiss = page.locator('.toast__close'); // in either language
    while ((await dismiss.count()) > 0) await dismiss.first().click();
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect.soft(overflow, `${name}: the page scrolls sideways by ${overflow}px at 1280 px wide`).toBeLessThanOrEqual(0);
  if (dialog) await page.screenshot({ path: `${OUT}/${name}.png`, animations: 'disabled', caret: 'hide' });
  else await fullLengthScreenshot(page, `${OUT}/${name}.png`);
}

async function openVote(page: Page, agora: { open(page: Page): Promise<void> }): Promise<VotePage> {
  const home = new HomePage(page);
  const vote = new VotePage(page);
  await agora.open(page);
  await home.openWorkshop(DEMO.title);
  await vote.goTo();
  return vote;
}

test('a dot round on the demo topics: suggested budget, typed-in counts and ties, phones, a proposal, close and reopen', async ({
  page,
  agora,
}) => {
  const vote = await openVote(page, agora);

  await test.step('the demo comes with an open round', async () => {
    await expect(vote.roundRows).toHaveCount(1);
    await expect(vote.roundRow(DEMO_ROUND)).toContainText('Voting open');
    await expect(vote.panel.getByRole('heading', { level: 2, name: DEMO_ROUND })).toBeVisible();
  });

  await test.step('the new-round dialog suggests a budget of about a third of the items', async () => {
    await vote.openNewRoundDialog();
    await vote.fillRound({ question: QUESTION });
    await expect(vote.budgetSuggestion).toHaveText('Suggested: 7, about a third of the 20 items.');
    await expect(vote.budget).toHaveValue('7');
    await vote.fillRound({ question: QUESTION, topics: SIX });
    // The budget follows the suggestion until the facilitator types one.
    await expect(vote.budgetSuggestion).toHaveText('Suggested: 2, about a third of the 6 items.');
    await expect(vote.budget).toHaveValue('2');
    await vote.budget.fill('4');
    await expect(vote.roundDialog.getByRole('button', { name: 'Use 2' })).toBeVisible();
  });

  await test.step('mistakes are shown on their field', async () => {
    const dialog = vote.roundDialog;
    await dialog.getByLabel('Most dots on one item', { exact: true }).fill('5');
    await dialog.getByLabel('Question', { exact: true }).fill('');
    await vote.roundDialog.getByRole('button', { name: 'Create round' }).click();
    await expect(dialog.getByLabel('Question', { exact: true })).toHaveAccessibleDescription(
      'Write the question the room votes on.',
    );
    await expect(dialog.getByLabel('Most dots on one item', { exact: true })).toHaveAccessibleDescription(
      'It cannot be more than the dots per person.',
    );
    await dialog.getByLabel('Question', { exact: true }).fill(QUESTION);
    await dialog.getByRole('button', { name: 'Use 2' }).click();
    await expect(vote.budget).toHaveValue('2');
    await expect(dialog.getByLabel('Most dots on one item', { exact: true })).toHaveValue('2');
    await vote.submitRound();
  });

  await test.step('the new round is a selected draft with no votes', async () => {
    await expect(vote.roundRows).toHaveCount(2);
    await expect(vote.roundRow(QUESTION)).toHaveAttribute('aria-current', 'true');
    await expect(vote.state).toHaveText('Draft');
    await expect(vote.panel).toContainText('2 dots each, at most 2 on one item · 6 items');
    await expect(vote.panel).toContainText('No votes yet.');
    // The demo's round is open: the laptop asks what to do with it; both stay open here.
    await vote.roundAction('Open voting');
    await vote.answerSecondRound('Open both');
    await expect(vote.state).toHaveText('Voting open');
  });

  await test.step('paper ballots and a show of hands add up, and equal totals are a tie', async () => {
    await vote.showCounts();
    await vote.typeCount('Paper ballots', A, 4);
    await expect(vote.countTotal(A)).toHaveText('4');
    await vote.typeCount('Paper ballots', B, 3);
    await vote.typeCount('Show of hands', B, 1);
    await expect(vote.countTotal(B)).toHaveText('4');
    await vote.typeCount('Show of hands', C, 2);
    await expect(vote.countTotal(C)).toHaveText('2');
    await expect(vote.panel.getByTestId('stat-manual')).toHaveText('10');
    expect((await vote.resultLines()).slice(0, 3)).toEqual([`=1|${A}|4|tied`, `=1|${B}|4|tied`, `3|${C}|2|`]);
    // Each source is named in the row, not only coloured.
    await expect(vote.resultRow(B)).toContainText('0 from phones');
    await expect(vote.resultRow(B)).toContainText('3 on paper');
    await expect(vote.resultRow(B)).toContainText('1 by hands');
  });

  const phone = await test.step('the participant server shows the code, the address and the QR', async () => {
    await expect(vote.room.phonesButton).toContainText('Off');
    await vote.room.openPhones();
    await expect(vote.phones).toContainText('Turn it on to let phones');
    await vote.startLanOnLoopback();
    const code = (await vote.joinCode.textContent()) ?? '';
    await expect(vote.joinUrl).toHaveText(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/j/${code}$`));
    const url = (await vote.joinUrl.textContent()) ?? '';
    await expect(vote.phones.getByRole('img', { name: `QR code to join: ${url}` })).toBeVisible();
    await expect(vote.joined).toHaveText('0 joined');
    await expect(vote.room.barJoined).toHaveText('0 joined');
    const p = new TestPhone(await vote.lanBase(), 'Ana');
    await p.join(code);
    await expect(vote.joined).toHaveText('1 joined');
    await expect(vote.room.barJoined).toHaveText('1 joined');
    return p;
  });

  await test.step('a phone vote arrives live and breaks the tie', async () => {
    await phone.dot(QUESTION, A);
    await expect(vote.panel.getByTestId('stat-voters')).toHaveText('1');
    await expect(vote.panel.getByTestId('stat-ballots')).toHaveText('1');
    expect((await vote.resultLines()).slice(0, 3)).toEqual([`1|${A}|5|`, `2|${B}|4|`, `3|${C}|2|`]);
    await expect(vote.resultRow(A)).toContainText('1 from phones');
  });

  await test.step('topics proposed from phones wait for the facilitator, shown as plain text', async () => {
    await phone.proposeTopic('Night buses for shift workers', 'Pitch with <b>markup</b> kept as text');
    await phone.proposeTopic('Buy my product', 'Spam');
    const night = vote.suggestion('Night buses for shift workers');
    await expect(night).toContainText('Pitch with <b>markup</b> kept as text');
    await expect(night).toContainText('Ana');
    await expect(vote.queue.getByTestId('pending-count')).toHaveText('2');
    await expect(vote.room.proposalsButton).toHaveAccessibleName('Proposals: 2 to review');

    await vote.queue.getByRole('button', { name: 'Reject “Buy my product”' }).click();
    await expect(vote.suggestion('Buy my product')).toBeHidden();
    // the button that had focus went with the proposal: focus lands on the queue, not on <body>
    await expect(page.locator('#queue-heading')).toBeFocused();

    await vote.queue.getByRole('button', { name: 'Edit “Night buses for shift workers” before accepting' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit before accepting' });
    await expect(dialog).toContainText('Proposed by Ana');
    await dialog.getByLabel('Topic title', { exact: true }).fill('Night buses for shift workers and students');
    await dialog.getByRole('button', { name: 'Accept as a topic' }).click();
    await expect(dialog).toBeHidden();
    await expect(vote.toast('Added to the topics as #21.')).toBeVisible();
    await expect(vote.queue).toContainText('Nothing waiting.');
    await expect(vote.queue).toContainText('1 accepted · 1 rejected');
    await expect(vote.room.proposalsButton).toHaveAccessibleName('Proposals');
    await expect(
      page.getByRole('navigation', { name: 'Workshop stages' }).getByRole('link', { name: /^Topics\b/ }),
    ).toContainText('21');
  });

  await test.step('once votes are in, only the question and the visibility can change', async () => {
    await vote.roundAction('Edit');
    const dialog = page.getByRole('dialog', { name: 'Edit round' });
    await expect(dialog).toContainText(
      'Votes are in: the method, the items, the budget, named voting and ticket holders only',
    );
    await expect(dialog.getByRole('radio', { name: /^Approval/ })).toBeDisabled();
    await expect(vote.budget).toBeDisabled();
    await dialog.getByLabel('Question', { exact: true }).fill(`${QUESTION} (morning)`);
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog).toBeHidden();
    await expect(vote.panel.getByRole('heading', { level: 2, name: `${QUESTION} (morning)` })).toBeVisible();
    await expect(vote.panel.getByRole('button', { name: 'Delete round' })).toBeHidden();
  });

  await test.step('close and reopen', async () => {
    await vote.roundAction('Close voting');
    await expect(vote.state).toHaveText('Closed');
    await expect(vote.roundRow(QUESTION)).toContainText('Closed');
    // The demo's round is still open: keep both.
    await vote.roundAction('Reopen');
    await vote.answerSecondRound('Open both');
    await expect(vote.state).toHaveText('Voting open');
  });

  await test.step('a new code can sign out the phones already joined', async () => {
    const before = (await vote.joinCode.textContent()) ?? '';
    await vote.phones.getByRole('button', { name: 'New code' }).click();
    const dialog = page.getByRole('dialog', { name: 'Make a new join code?' });
    await dialog.getByRole('checkbox', { name: /Also sign out the phones already joined/ }).check();
    await expect(dialog).toContainText('1 phone will have to join again');
    await dialog.getByRole('button', { name: 'Make a new code' }).click();
    await expect(dialog).toBeHidden();
    await expect(vote.joinCode).not.toHaveText(before);
    await expect(vote.joined).toHaveText('0 joined');
    await expect(phone.rounds()).rejects.toThrow(/401/);
  });

  await test.step('a round nobody voted in can be deleted', async () => {
    await vote.openNewRoundDialog();
    await vote.fillRound({ question: 'A round made by mistake' });
    await vote.submitRound();
    await expect(vote.roundRows).toHaveCount(3);
    await vote.roundAction('Delete round');
    const confirm = page.getByRole('dialog', { name: 'Delete this round?' });
    await expect(confirm).toContainText('“A round made by mistake”');
    await confirm.getByRole('button', { name: 'Delete round' }).click();
    await expect(vote.roundRows).toHaveCount(2);
    await expect(vote.toast('Round deleted.')).toBeVisible();
    await expect(page.locator('#rounds-heading')).toBeFocused();
  });

  await test.step('turning the server off hides the code', async () => {
    await vote.lanSwitch.click();
    await expect(vote.lanSwitch).toHaveAttribute('aria-checked', 'false');
    await expect(vote.joinCode).toBeHidden();
  });
});

test('a named jury round: weighted criteria, scores typed in from paper, results hidden until revealed', async ({
  page,
  agora,
}) => {
  const vote = await openVote(page, agora);
  const dialog = await vote.openNewRoundDialog();
  await vote.fillRound({ question: 'Which pitches should the city fund?', method: 'Jury scoring', topics: [A, B] });
  await expect(dialog.getByLabel('Criterion 1 name')).toHaveValue('Impact');
  await expect(dialog.getByLabel('Criterion 2 name')).toHaveValue('Feasibility');
  await dialog.getByLabel('Criterion 1 weight').fill('3');
  await dialog.getByRole('switch', { name: 'Named voting' }).check();
  await dialog.getByRole('switch', { name: 'Hide the results until I reveal them' }).check();
  await test.step('a question or a criterion over its limit is counted and refused, never cut', async () => {
    const create = dialog.getByRole('button', { name: 'Create round', exact: true });
    const question = dialog.getByLabel('Question', { exact: true });
    const asked = await question.inputValue();
    await question.fill(`${asked} `.repeat(8).trim());
    const length = (await question.inputValue()).length;
    await expect(dialog.getByText(`${length} / 200`, { exact: true })).toBeVisible();
    await create.click();
    await expect(question).toBeFocused();
    await expect(question).toHaveValue(`${asked} `.repeat(8).trim());
    await question.fill(asked);
    const criterion = dialog.getByLabel('Criterion 1 name', { exact: true });
    await criterion.fill('Impact on the neighbourhoods, the businesses and the residents of the whole metropolis');
    await expect(criterion).toHaveAccessibleDescription(/^6 characters too many \(at most 80\)/);
    await create.click();
    await expect(criterion).toBeFocused();
    await expect(dialog).toBeVisible();
    mkdirSync(OUT, { recursive: true });
    await shoot(page, 'en-vote-round-dialog-too-long', { dialog: true });
    await criterion.fill('Impact');
    await expect(criterion).not.toHaveAttribute('aria-invalid', 'true');
  });
  await vote.submitRound();

  await expect(vote.panel.getByText('Hidden from the room', { exact: true })).toBeVisible();
  await expect(vote.panel).toContainText('The room does not see these results yet');
  // The demo's round is open too: the laptop asks, and both stay open.
  await vote.roundAction('Open voting');
  await vote.answerSecondRound('Open both');

  const jury = vote.panel.getByRole('region', { name: "Enter a juror's scores" });
  const score = async (juror: string, item: string, impact: number, feasibility: number) => {
    await jury.getByLabel('Juror', { exact: true }).fill(juror);
    await jury.getByLabel('Item', { exact: true }).selectOption({ label: `${item === A ? 1 : 2}. ${item}` });
    await jury
      .getByRole('group', { name: 'Impact' })
      .getByRole('radio', { name: String(impact) })
      .check();
    await jury
      .getByRole('group', { name: 'Feasibility' })
      .getByRole('radio', { name: String(feasibility) })
      .check();
    await jury.getByRole('button', { name: 'Save scores' }).click();
    await expect(vote.toast(`Scores saved for ${juror} on “${item}”.`)).toBeVisible();
  };
  await test.step('a juror’s name over 120 characters is counted and refused, never cut', async () => {
    const juror = jury.getByLabel('Juror', { exact: true });
    const long = 'Marta Lopez-Garcia, chair of the jury of the Smart Economy Mini-BarCamp, '.repeat(2).trim();
    await juror.fill(long);
    await expect(juror).toHaveAccessibleDescription(/^25 characters too many \(at most 120\)/);
    await jury.getByRole('button', { name: 'Save scores' }).click();
    await expect(juror).toBeFocused();
    await expect(juror).toHaveValue(long);
    await expect(vote.panel.getByTestId('stat-voters')).toHaveText('0');
    await juror.scrollIntoViewIfNeeded();
    await shoot(page, 'en-vote-jury-too-long', { dialog: true });
  });
  await score('Marta', A, 5, 1);
  await score('Marta', B, 3, 3);
  await score('Jonas', A, 3, 5);

  // A: impact mean 4 (weight 3), feasibility 3 → (12 + 3) / 4 = 3.75; B: 3.
  expect(await vote.resultLines()).toEqual([`1|${A}|3.75/ 5|`, `2|${B}|3.00/ 5|`]);
  await expect(vote.resultRow(A)).toContainText('scored by 2 jurors');
  await expect(vote.panel.getByTestId('stat-voters')).toHaveText('2');
  mkdirSync(OUT, { recursive: true });
  await shoot(page, 'en-vote-jury');

  await vote.roundAction('Reveal results');
  await expect(vote.panel.getByText('Hidden from the room', { exact: true })).toBeHidden();
  await expect(vote.panel.getByRole('button', { name: 'Hide results again' })).toHaveAttribute('aria-pressed', 'true');
});

test('projected screen: buttons and single-key shortcuts switch the view, the window opens with the workshop', async ({
  page,
  agora,
}) => {
  const vote = await openVote(page, agora);
  const status = vote.projector.getByText(/^Showing: /);

  await vote.projectorView('Results').click();
  await expect(vote.projectorView('Results')).toHaveAttribute('aria-pressed', 'true');
  await expect(status).toHaveText('Showing: Results');
  await expect(vote.projectorView('Join')).toHaveAttribute('aria-keyshortcuts', 'J');
  await expect(vote.projectorView('Join')).toHaveAttribute('title', 'Shortcut: J');

  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('t');
  await expect(vote.projectorView('Topics')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('j');
  await expect(vote.projectorView('Join')).toHaveAttribute('aria-pressed', 'true');

  // Letters typed into a field stay there.
  const minutes = vote.projector.getByRole('textbox', { name: 'Countdown length in minutes' });
  await minutes.fill('');
  await minutes.pressSequentially('b');
  await expect(vote.projectorView('Join')).toHaveAttribute('aria-pressed', 'true');
  await vote.projectorView('Countdown').click();
  await expect(minutes).toHaveAttribute('aria-invalid', 'true');
  await minutes.fill('2');
  await minutes.press('Enter');
  await expect(vote.projectorView('Countdown')).toHaveAttribute('aria-pressed', 'true');

  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('b');
  await expect(vote.projectorView('Blank')).toHaveAttribute('aria-pressed', 'true');

  const popupPromise = page.waitForEvent('popup');
  await vote.room.openProjectorButton.click();
  const popup = await popupPromise;
  const workshopId = new URL(page.url()).hash.split('/')[2];
  await expect.poll(() => new URL(popup.url()).pathname).toBe('/present/index.html');
  expect(new URL(popup.url()).hash).toBe(`#/w/${workshopId}`);
});

test('no serious or critical axe violations on the Vote screen and its dialogs', async ({ page, agora }) => {
  const scan = async (screen: string) => {
    await test.step(`axe: ${screen}`, async () => {
      const findings = await seriousViolations(page);
      expect.soft(findings, describeFindings(screen, findings)).toEqual([]);
    });
  };
  const vote = await openVote(page, agora);
  await vote.startLanOnLoopback();
  const phone = new TestPhone(await vote.lanBase(), 'Ana');
  await phone.join((await vote.joinCode.textContent()) ?? '');
  await phone.dot(DEMO_ROUND, A);
  await phone.proposeTopic('Night buses for shift workers', 'From the phone');
  await expect(vote.suggestion('Night buses for shift workers')).toBeVisible();
  await vote.showCounts();
  await vote.typeCount('Paper ballots', B, 1);
  await expect(vote.resultRow(B)).toContainText('1 on paper');
  await scan('Vote (server on, results, counts, a proposal)');

  await vote.openNewRoundDialog();
  await scan('“New vote round” dialog');
  await vote.roundDialog.getByLabel('Question', { exact: true }).fill('');
  await vote.roundDialog.getByRole('radio', { name: 'Choose topics' }).check();
  await vote.roundDialog.getByRole('button', { name: 'Select none' }).click();
  await vote.roundDialog.getByRole('button', { name: 'Create round' }).click();
  await expect(vote.roundDialog.getByText('Choose at least one topic.')).toBeVisible();
  await scan('“New vote round” dialog with errors, choosing topics');
  await vote.roundDialog.getByRole('radio', { name: /^Jury scoring/ }).check();
  await scan('“New vote round” dialog, jury scoring');
  await vote.roundDialog.getByRole('button', { name: 'Cancel' }).click();

  await vote.queue.getByRole('button', { name: /^Edit “/ }).click();
  await scan('“Edit before accepting” dialog');
  await page.keyboard.press('Escape');

  await vote.phones.getByRole('button', { name: 'New code' }).click();
  await scan('“New join code” dialog');
  await page.keyboard.press('Escape');
});

test('live results moving up do not scroll the Vote screen: the counts toggle stays under the pointer', async ({
  page,
  agora,
}) => {
  const vote = await openVote(page, agora);
  await vote.startLanOnLoopback();
  await expect(vote.panel).toContainText('No votes yet.');
  // Scrolled down to the typed-in counts, below the 20 result rows: B's row is the topmost in view.
  const toggle = vote.panel.getByRole('button', { name: 'Add paper ballots or a show of hands' });
  await toggle.scrollIntoViewIfNeeded();
  const before = await toggle.boundingBox();
  const topInView = await page.evaluate(
    () =>
      [...document.querySelectorAll('[data-testid="round-panel"] [data-testid="result-row"]')]
        .find((row) => row.getBoundingClientRect().bottom > 0)
        ?.querySelector('.result__title')?.textContent,
  );
  expect(topInView).toBe(B);
  // The votes of the screenshots below: B goes from 8th to 2nd, a long way up the list.
  const phones = [new TestPhone(await vote.lanBase(), 'Ana'), new TestPhone(await vote.lanBase(), 'Karim')];
  const code = (await vote.joinCode.textContent()) ?? '';
  for (const p of phones) await p.join(code);
  await phones[0]?.dot(DEMO_ROUND, A);
  await phones[0]?.dot(DEMO_ROUND, A);
  await phones[1]?.dot(DEMO_ROUND, B);
  await phones[1]?.dot(DEMO_ROUND, C);
  await expect
    .poll(async () => (await vote.resultLines()).slice(0, 3).map((line) => line.split('|')[1]))
    .toEqual([A, B, C]);
  // Chrome's scroll anchoring followed B's row up (the page jumped ~350 px and the toggle left the
  // window): a click begun on the toggle as the results landed ended elsewhere, and nothing opened.
  const after = await toggle.boundingBox();
  expect(Math.abs((after?.y ?? 0) - (before?.y ?? 0)), 'how far the toggle moved, in px').toBeLessThan(2);
  await page.mouse.click((before?.x ?? 0) + 20, (before?.y ?? 0) + 17);
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(vote.panel.getByRole('table', { name: 'Paper ballots and show of hands' })).toBeVisible();
});

const UI = {
  en: {
    language: 'English',
    newRound: 'New round',
    newRoundTitle: 'New vote round',
    cancel: 'Cancel',
    edit: /^Edit “/,
  },
  fr: {
    language: 'Français',
    newRound: 'Nouveau tour',
    newRoundTitle: 'Nouveau tour de vote',
    cancel: 'Annuler',
    edit: /^Modifier « /,
  },
} as const;

for (const lang of ['en', 'fr'] as const) {
  test(`screenshots of the Vote screen: ${lang}`, async ({ page, agora }) => {
    const ui = UI[lang];
    mkdirSync(OUT, { recursive: true });
    const vote = await openVote(page, agora);
    // The phones and the counts are set up in English (the page object's names), then the UI switches.
    await vote.startLanOnLoopback();
    const phones = [new TestPhone(await vote.lanBase(), 'Ana'), new TestPhone(await vote.lanBase(), 'Karim')];
    const code = (await vote.joinCode.textContent()) ?? '';
    for (const p of phones) await p.join(code);
    await phones[0]?.dot(DEMO_ROUND, A);
    await phones[0]?.dot(DEMO_ROUND, A);
    await phones[1]?.dot(DEMO_ROUND, B);
    await phones[1]?.dot(DEMO_ROUND, C);
    await phones[0]?.proposeTopic(
      'Night buses for shift workers',
      'Many of us work late: can the city and employers share the cost?',
    );
    await phones[1]?.proposeTopic('A shared calendar of business events', '');
    await vote.showCounts();
    await vote.typeCount('Paper ballots', A, 3);
    await vote.typeCount('Paper ballots', C, 4);
    await vote.typeCount('Show of hands', B, 2);
    await vote.typeCount('Show of hands', C, 1);
    await expect(vote.resultRow(C)).toContainText('4 on paper');
    await vote.projectorView('Results').click();
    await expect(vote.projectorView('Results')).toHaveAttribute('aria-pressed', 'true');

    const button = page.getByRole('button', { name: ui.language });
    await button.click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('article', { name: 'Night buses for shift workers' })).toBeVisible();
    if (lang === 'fr') {
      const leftovers = await englishLeftovers(page);
      expect.soft(leftovers, `English strings on the French Vote screen:\n${leftovers.join('\n')}`).toEqual([]);
    }
    await shoot(page, `${lang}-vote`);

    await page.getByRole('button', { name: ui.newRound, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: ui.newRoundTitle });
    await expect(dialog).toBeVisible();
    await shoot(page, `${lang}-vote-round-dialog`, { dialog: true });
    await dialog.getByRole('radio').nth(2).check();
    await shoot(page, `${lang}-vote-round-dialog-jury`, { dialog: true });
    if (lang === 'fr') {
      const leftovers = await englishLeftovers(page);
      expect.soft(leftovers, `English strings in the French round dialog:\n${leftovers.join('\n')}`).toEqual([]);
    }
    await dialog.getByRole('button', { name: ui.cancel }).click();

    await page.getByRole('button', { name: ui.edit }).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await shoot(page, `${lang}-vote-accept-dialog`, { dialog: true });
  });
}

test('a round on groups: made in the dialog, the board’s groups are its items', async ({ page, agora }) => {
  const vote = await openVote(page, agora);
  const dialog = await vote.openNewRoundDialog();
  await test.step('without groups, only topics can be voted on', async () => {
    await expect(vote.kindRadio('Topics')).toBeChecked();
    await expect(vote.kindRadio('Groups')).toBeDisabled();
    await expect(vote.kindRadio('Groups and loose topics')).toBeDisabled();
    await expect(dialog.getByText('Make groups on the Groups board first.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  const api = hostApi(agora.host.url);
  const workshopId = (await api('workshops:list', {})).find((w) => w.title === DEMO.title)?.id ?? '';
  const topics = await api('topics:list', { workshopId });
  const id = (title: string) => topics.find((x) => x.title === title)?.id ?? '';
  await api('groups:create', { workshopId, group: { title: 'Green economy' }, topicIds: [id(A)] });
  await api('groups:create', { workshopId, group: { title: 'Data for business' }, topicIds: [id(B), id(C)] });

  await vote.openNewRoundDialog();
  // The board reached this window by itself: the groups are a choice now.
  await expect(vote.kindRadio('Groups')).toHaveAccessibleName(/^Groups\s*2$/);
  await vote.fillRound({ question: 'Which group gets the big room?', on: 'Groups', topics: ['Data for business'] });
  await expect(dialog.getByRole('checkbox', { name: /^Green economy/ })).toHaveAccessibleName(
    /^Green economy\s*1 topic$/,
  );
  await expect(vote.budgetSuggestion).toHaveText('Suggested: 1, about a third of the 1 items.');
  await dialog.getByRole('radio', { name: /^All groups\s*\d/ }).check();
  await vote.submitRound();

  await vote.roundAction('Open voting');
  await vote.answerSecondRound('Open both');
  await expect(vote.state).toContainText('Voting open');
  await expect(vote.resultRows.locator('.result__title')).toHaveText(['Green economy', 'Data for business']);
  await vote.roundAction('Edit');
  await expect(vote.kindRadio('Groups')).toBeChecked();
  await expect(vote.kindRadio('Topics')).toBeDisabled();
  await expect(vote.roundDialog.getByText('Set when the round was created.')).toBeVisible();
});
