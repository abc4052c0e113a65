/**
 * The projected screen (renderer/present): whatever view the facilitator picked. Locators use
 * test ids and structure rather than words, so the same object works in English and French.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

export type ProjectorSize = { width: number; height: number };
export const FULL_HD: ProjectorSize = { width: 1920, height: 1080 };
export const HD: ProjectorSize = { width: 1280, height: 720 };

export class ProjectorPage {
  readonly joinCode: Locator;
  readonly joinUrl: Locator;
  readonly joinedCount: Locator;
  readonly qrCode: Locator;
  readonly resultRows: Locator;
  readonly rankedList: Locator;
  readonly voterCount: Locator;
  readonly hiddenCard: Locator;
  readonly countdownClock: Locator;
  readonly wall: Locator;
  readonly wallCards: Locator;
  readonly blank: Locator;
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.joinCode = page.getByTestId('join-code');
    this.joinUrl = page.getByTestId('join-url');
    this.joinedCount = page.getByTestId('joined-count');
    this.qrCode = page.getByRole('img', { name: /^(QR code to join|QR code pour participer)/ });
    this.resultRows = page.getByTestId('result-row');
    // The ranked list read by assistive tech; it carries the same facts as the bars.
    this.rankedList = page.getByRole('list', { name: /^(Results, in rank order|Résultats, par rang)$/ });
    this.voterCount = page.getByTestId('voter-count');
    this.hiddenCard = page.getByTestId('results-hidden');
    this.countdownClock = page.getByTestId('countdown-clock');
    this.wall = page.locator('.wall__grid');
    this.wallCards = this.wall.getByRole('listitem');
    this.blank = page.getByTestId('blank-view');
    this.heading = page.getByRole('heading', { level: 1 });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    // The client keeps the secret and takes it out of the address bar.
    await expect(this.page).not.toHaveURL(/token=/);
  }

  row(title: string): Locator {
    return this.resultRows.filter({ hasText: title });
  }

  /** Waits until the bars show this total for an item (they update as votes arrive). */
  async expectTotal(title: string, total: number, rank?: number): Promise<void> {
    await expect(this.row(title)).toHaveAttribute('data-total', String(total));
    if (rank !== undefined) await expect(this.row(title)).toHaveAttribute('data-rank', String(rank));
  }

  /** The width of an item's phone-vote segment, in pixels (0 while nothing came from phones). */
  async barWidth(title: string): Promise<number> {
    return this.row(title)
      .locator('.bar-row__seg--ballots')
      .evaluate((el) => el.getBoundingClientRect().width);
  }

  /** L switches the screen's language, as a facilitator would at the projector's keyboard. */
  async switchLanguage(to: 'en' | 'fr'): Promise<void> {
    await this.page.getByRole('button', { name: to === 'fr' ? 'Français' : 'English' }).click();
    await expect(this.page.locator('html')).toHaveAttribute('lang', to);
  }

  async resize(size: ProjectorSize): Promise<void> {
    await this.page.setViewportSize(size);
  }

  /**
   * A picture of the screen as the room sees it: animations settled, and the corner controls
   * faded as they are a few seconds after the mouse stops (unless `controls` asks to show them).
   */
  async shoot(path: string, { controls = false } = {}): Promise<void> {
    await this.page.evaluate(() => document.fonts.ready);
    await this.page.screenshot({
      path,
      animations: 'disabled',
      caret: 'hide',
      style: controls ? undefined : '[data-testid="screen-controls"] { opacity: 0 !important; }',
    });
  }
}
