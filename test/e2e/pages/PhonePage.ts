/**
 * The phone page (renderer/participant) in a mobile viewport, served by the participant
 * server at /j/<CODE> (and /t/<TICKET> for a printed ticket). English UI unless switched (the
 * workshop's language picks the default).
 */
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** A small Android phone: 360 × 740 CSS pixels, touch, drawn at 2× like a real screen. */
export async function newPhone(browser: Browser, locale = 'en-GB'): Promise<PhonePage> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale,
  });
  return new PhonePage(await context.newPage(), context);
}

export class PhonePage {
  readonly nameField: Locator;
  readonly joinButton: Locator;
  readonly rounds: Locator;
  readonly dotsLeft: Locator;
  readonly waiting: Locator;
  readonly closedNotices: Locator;
  readonly notice: Locator;
  readonly results: Locator;
  readonly reconnecting: Locator;
  readonly votingAs: Locator;
  readonly ticketHolder: Locator;
  readonly inLine: Locator;
  readonly inLinePlace: Locator;
  readonly ticketGate: Locator;
  readonly roundTabs: Locator;

  constructor(
    readonly page: Page,
    readonly context: BrowserContext,
  ) {
    this.nameField = page.getByLabel('Your name (optional)');
    this.joinButton = page.getByRole('button', { name: 'Join', exact: true });
    this.rounds = page.getByTestId('round');
    this.dotsLeft = page.getByTestId('dots-left');
    this.waiting = page.getByTestId('waiting');
    this.closedNotices = page.getByTestId('round-closed');
    this.notice = page.getByTestId('notice');
    this.results = page.getByTestId('phone-results');
    this.reconnecting = page.getByTestId('reconnecting');
    this.votingAs = page.getByTestId('voting-as');
    this.ticketHolder = page.getByTestId('ticket-holder');
    this.inLine = page.getByTestId('in-line');
    this.inLinePlace = page.getByTestId('in-line-place');
    this.ticketGate = page.getByTestId('ticket-gate');
    this.roundTabs = page.getByTestId('round-tabs');
  }

  /** Opens the join address (as scanning the QR code would) and joins, with a name or without. */
  async join(url: string, name?: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Join the vote' })).toBeVisible();
    if (name) await this.nameField.fill(name);
    await this.joinButton.click();
    await expect(this.votingAs).toBeVisible();
  }

  /**
   * Joins past the voter ceiling: the phone waits on the "waiting for the facilitator" card
   * instead of showing its name and ballot.
   */
  async joinAndWait(url: string, name?: string): Promise<void> {
    await this.page.goto(url);
    if (name) await this.nameField.fill(name);
    await this.joinButton.click();
    await expect(this.inLine).toBeVisible();
  }

  /** Opens a printed ticket's address (/t/<CODE>, as scanning its QR code would) and joins with it. */
  async joinWithTicket(url: string, name?: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Join the vote' })).toBeVisible();
    await expect(this.page.getByTestId('join-ticket')).toBeVisible();
    if (name) await this.nameField.fill(name);
    await this.joinButton.click();
    await expect(this.votingAs).toBeVisible();
    await expect(this.ticketHolder).toHaveText('Ticket holder');
  }

  /** Types a ticket's code in the field a ticket-only round (or the waiting card) offers. */
  async typeTicket(code: string): Promise<void> {
    await this.page.getByLabel('Ticket code').fill(code);
    await this.page.getByRole('button', { name: 'Use my ticket' }).tap();
  }

  /** The tab of an open vote, when phones may switch between them. */
  roundTab(question: string): Locator {
    return this.roundTabs.getByRole('button', {
      name: new RegExp(`^${question.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    });
  }

  round(question: string): Locator {
    return this.page.getByRole('region', { name: question, exact: true });
  }

  addDot(title: string): Locator {
    return this.page.getByRole('button', { name: `Add a dot to “${title}”`, exact: true });
  }

  removeDot(title: string): Locator {
    return this.page.getByRole('button', { name: `Take a dot back from “${title}”`, exact: true });
  }

  /** Taps + (or −) and waits until the page shows the new count of dots left. */
  async tap(title: string, delta: 1 | -1, dotsLeftAfter: string): Promise<void> {
    await (delta === 1 ? this.addDot(title) : this.removeDot(title)).tap();
    await expect(this.dotsLeft).toContainText(dotsLeftAfter);
  }

  async proposeTopic(title: string, pitch: string): Promise<void> {
    const toggle = this.page.getByRole('button', { name: 'Propose a topic' });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.tap();
    await this.page.getByLabel('Topic', { exact: true }).fill(title);
    await this.page.getByLabel('Why it matters (optional)').fill(pitch);
    await this.page.getByRole('button', { name: 'Send to the facilitator' }).tap();
    await expect(this.page.getByTestId('topic-sent')).toContainText('Sent to the facilitator for approval.');
  }

  async shoot(path: string): Promise<void> {
    await this.page.evaluate(() => document.fonts.ready);
    // From the top: a full-page picture of a scrolled page leaves the sticky counter mid-page.
    await this.page.evaluate(() => window.scrollTo(0, 0));
    await this.page.screenshot({ path, fullPage: true, animations: 'disabled', caret: 'hide' });
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
