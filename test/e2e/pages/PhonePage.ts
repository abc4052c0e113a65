/**
 * The phone page (renderer/participant) in a mobile viewport, served by the participant
 * server at /j/<CODE>. English UI unless switched (the workshop's language picks the default).
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
  }

  /** Opens the join address (as scanning the QR code would) and joins, with a name or without. */
  async join(url: string, name?: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Join the vote' })).toBeVisible();
    if (name) await this.nameField.fill(name);
    await this.joinButton.click();
    await expect(this.votingAs).toBeVisible();
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
