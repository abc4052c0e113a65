/**
 * The room controls every workshop screen shows (renderer/facilitator/room/): the room bar docked
 * at the bottom of the window (phones, the projected screen's views, proposals) and the room panel
 * it opens beside the screen (the participant server, join code, URL and QR; the moderation
 * queue; who votes: joined against expected, the waiting line, the voter ceiling, one round or all
 * on phones, the way to the tickets). English UI.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

export type ProjectorViewName = 'Join' | 'Topics' | 'Results' | 'Countdown' | 'Blank';

export class RoomControls {
  readonly bar: Locator;
  readonly phonesButton: Locator;
  readonly proposalsButton: Locator;
  readonly barJoined: Locator;
  readonly projector: Locator;
  readonly panel: Locator;
  readonly phones: Locator;
  readonly lanSwitch: Locator;
  readonly joinCode: Locator;
  readonly joinUrl: Locator;
  readonly joined: Locator;
  readonly expected: Locator;
  readonly votersOver: Locator;
  readonly waiting: Locator;
  readonly letIn: Locator;
  readonly barWaiting: Locator;
  readonly ceiling: Locator;
  readonly ceilingHint: Locator;
  readonly setCeilingButton: Locator;
  readonly followList: Locator;
  readonly allRoundsSwitch: Locator;
  readonly ticketsLink: Locator;
  readonly queue: Locator;

  constructor(readonly page: Page) {
    this.bar = page.getByRole('region', { name: 'Room controls' });
    this.phonesButton = this.bar.getByRole('button', { name: /^Phones\b/ });
    this.proposalsButton = this.bar.getByRole('button', { name: /^Proposals\b/ });
    this.barJoined = this.phonesButton.getByTestId('room-joined');
    this.projector = this.bar.getByRole('region', { name: 'Projected screen' });
    this.panel = page.getByRole('complementary', { name: 'Room' });
    this.phones = this.panel.getByRole('region', { name: 'Phones', exact: true });
    this.lanSwitch = this.phones.getByRole('switch', { name: 'Participant server' });
    this.joinCode = this.phones.getByTestId('join-code');
    this.joinUrl = this.phones.getByTestId('join-url');
    this.joined = this.phones.getByTestId('joined-count');
    this.expected = this.phones.getByTestId('expected-count');
    this.votersOver = this.phones.getByTestId('voters-over');
    this.waiting = this.phones.getByTestId('phones-waiting');
    this.letIn = this.waiting.getByRole('button', { name: 'Let them in' });
    this.barWaiting = this.phonesButton.getByTestId('room-waiting');
    this.ceiling = this.phones.getByRole('textbox', { name: 'Voter ceiling' });
    this.ceilingHint = this.phones.getByTestId('ceiling-hint');
    this.setCeilingButton = this.phones.getByRole('button', { name: 'Set', exact: true });
    this.followList = this.phones.getByRole('button', { name: 'Follow the participant list' });
    this.allRoundsSwitch = this.phones.getByRole('switch', { name: 'Phones may switch between open votes' });
    this.ticketsLink = this.phones.getByRole('link', { name: /^Tickets for binding votes/ });
    this.queue = this.panel.getByRole('region', { name: 'Proposed from phones' });
  }

  /** Opens the room panel from the bar's phones button (focus goes to the phones section). */
  async openPhones(): Promise<void> {
    await this.phonesButton.click();
    await expect(this.phones).toBeVisible();
    await expect(this.page.locator('#phones-heading')).toBeFocused();
  }

  /** Opens the room panel from the bar's proposals button (focus goes to the queue). */
  async openQueue(): Promise<void> {
    await this.proposalsButton.click();
    await expect(this.queue).toBeVisible();
    await expect(this.page.locator('#queue-heading')).toBeFocused();
  }

  /** Types a voter ceiling in the phones panel and sets it. */
  async setCeiling(value: number): Promise<void> {
    await this.ceiling.fill(String(value));
    await this.setCeilingButton.click();
    await expect(this.ceilingHint).toContainText('Set by you.');
    await expect(this.ceiling).toHaveValue(String(value));
  }

  async closePanel(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Close the room panel' }).click();
    await expect(this.panel).toBeHidden();
  }

  /**
   * Turns the participant server on from the room panel. The UI asks for every interface
   * (0.0.0.0); the test pins it to loopback with a free port, as lan:start allows, so no real
   * network is needed.
   */
  async startLanOnLoopback(): Promise<void> {
    await this.page.route('**/api/call/lan:start', (route) =>
      route.continue({ postData: JSON.stringify({ host: '127.0.0.1', port: 0 }) }),
    );
    if (!(await this.panel.isVisible())) await this.openPhones();
    await this.lanSwitch.click();
    await expect(this.lanSwitch).toHaveAttribute('aria-checked', 'true');
    await expect(this.joinCode).toHaveText(/^[A-Z2-9]{6}$/);
  }

  /** The join URL's base (http://127.0.0.1:PORT), for a test's phone. */
  async lanBase(): Promise<string> {
    const url = new URL(((await this.joinUrl.textContent()) ?? '').trim());
    return url.origin;
  }

  suggestion(title: string): Locator {
    return this.queue.getByRole('article', { name: title, exact: true });
  }

  /** The box that ticks a proposal for a decision on several at once. */
  suggestionCheckbox(title: string): Locator {
    return this.queue.getByRole('checkbox', { name: `Select “${title}”`, exact: true });
  }

  /** Select all, and the decisions on the ticked proposals. */
  get bulk(): Locator {
    return this.queue.getByRole('group', { name: 'Decide on several proposals' });
  }

  bulkButton(name: 'Accept selected' | 'Reject selected' | 'Merge into a topic…'): Locator {
    return this.bulk.getByRole('button', { name, exact: true });
  }

  /** The decided proposals, under the queue (a disclosure: open it to read them). */
  get decided(): Locator {
    return this.queue.getByTestId('decided');
  }

  decidedItem(title: string): Locator {
    return this.decided.getByTestId('decided-suggestion').filter({ hasText: title });
  }

  projectorView(name: ProjectorViewName): Locator {
    return this.projector.getByRole('button', { name: new RegExp(`^${name}\\b`) });
  }

  get openProjectorButton(): Locator {
    return this.projector.getByRole('button', { name: 'Open projected screen' });
  }
}
