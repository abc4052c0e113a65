/**
 * The Vote stage: rounds and their live results, typed-in counts and jury scores. Phones on the
 * LAN, the moderation queue and the projected screen's controls are the room controls every
 * workshop screen shares (RoomControls.ts); they are reached from here too, under the names the
 * specs used when they lived on this screen. English UI.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';
import { type ProjectorViewName, RoomControls } from './RoomControls.ts';

/** What a round counts, as the dialog's "Vote on" choice names it. */
export type RoundKind = 'Topics' | 'Groups' | 'Groups and loose topics';

export interface NewRound {
  question: string;
  method?: 'Dot voting' | 'Approval' | 'Jury scoring';
  /** Topics when left out. */
  on?: RoundKind;
  /** Titles to choose by hand (topics, or groups …, as `on` says); all of them when left out. */
  topics?: string[];
}

/** Each kind's "all" and "choose" choices in the dialog. */
const KIND_ITEMS: Record<RoundKind, { all: RegExp; pick: string }> = {
  Topics: { all: /^All topics/, pick: 'Choose topics' },
  Groups: { all: /^All groups\s*\d/, pick: 'Choose groups' },
  'Groups and loose topics': { all: /^All groups and loose topics/, pick: 'Choose groups and topics' },
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class VotePage {
  readonly stageLink: Locator;
  readonly roundList: Locator;
  readonly roundRows: Locator;
  readonly panel: Locator;
  readonly results: Locator;
  readonly resultRows: Locator;
  readonly roundDialog: Locator;
  readonly room: RoomControls;
  readonly phones: Locator;
  readonly lanSwitch: Locator;
  readonly joinCode: Locator;
  readonly joinUrl: Locator;
  readonly joined: Locator;
  readonly queue: Locator;
  readonly projector: Locator;
  readonly notifications: Locator;

  constructor(readonly page: Page) {
    this.stageLink = page.getByRole('navigation', { name: 'Workshop stages' }).getByRole('link', { name: /^Vote\b/ });
    this.roundList = page.getByRole('list', { name: 'Rounds', exact: true });
    this.roundRows = this.roundList.getByRole('listitem');
    this.panel = page.getByTestId('round-panel');
    this.results = this.panel.getByRole('list', { name: 'Results, highest first' });
    this.resultRows = this.results.getByRole('listitem');
    this.roundDialog = page.getByTestId('round-dialog');
    this.room = new RoomControls(page);
    this.phones = this.room.phones;
    this.lanSwitch = this.room.lanSwitch;
    this.joinCode = this.room.joinCode;
    this.joinUrl = this.room.joinUrl;
    this.joined = this.room.joined;
    this.queue = this.room.queue;
    this.projector = this.room.projector;
    this.notifications = page.getByRole('region', { name: 'Notifications' });
  }

  async goTo(): Promise<void> {
    await this.stageLink.click();
    await expect(this.stageLink).toHaveAttribute('aria-current', 'page');
    await expect(this.page.getByRole('heading', { level: 2, name: 'Vote rounds' })).toBeVisible();
  }

  roundRow(question: string): Locator {
    return this.roundList.getByRole('button', { name: new RegExp(escapeRegExp(question)) });
  }

  async openNewRoundDialog(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'New round', exact: true }).click();
    await expect(this.roundDialog).toBeVisible();
    return this.roundDialog;
  }

  /** Fills the round dialog (which must be open) without submitting it. */
  async fillRound(round: NewRound): Promise<void> {
    const dialog = this.roundDialog;
    await dialog.getByLabel('Question', { exact: true }).fill(round.question);
    await dialog.getByRole('radio', { name: new RegExp(`^${round.method ?? 'Dot voting'}`) }).check();
    const on = round.on ?? 'Topics';
    await this.kindRadio(on).check();
    const choices = KIND_ITEMS[on];
    if (round.topics) {
      await dialog.getByRole('radio', { name: choices.pick, exact: true }).check();
      await dialog.getByRole('button', { name: 'Select none' }).click();
      const list = dialog.getByRole('list', { name: choices.pick, exact: true });
      for (const title of round.topics)
        await list.getByRole('checkbox', { name: new RegExp(escapeRegExp(title)) }).check();
    } else {
      await dialog.getByRole('radio', { name: choices.all }).check();
    }
  }

  /** The dialog's "Vote on" choice of a kind (named with its item count). */
  kindRadio(kind: RoundKind): Locator {
    return this.roundDialog
      .getByRole('group', { name: 'Vote on' })
      .getByRole('radio', { name: new RegExp(`^${escapeRegExp(kind)}\\s*\\d*$`) });
  }

  async submitRound(label = 'Create round'): Promise<void> {
    await this.roundDialog.getByRole('button', { name: label, exact: true }).click();
    await expect(this.roundDialog).toBeHidden();
  }

  get budget(): Locator {
    return this.roundDialog.getByLabel(/^(Dots|Approvals) per person$/);
  }

  get budgetSuggestion(): Locator {
    return this.roundDialog.getByTestId('budget-suggestion');
  }

  get state(): Locator {
    return this.panel.getByTestId('round-state');
  }

  async roundAction(name: string): Promise<void> {
    await this.panel.getByRole('button', { name, exact: true }).click();
  }

  /**
   * Opening a round while another is open asks first: phones move to the new one, and the other
   * stays open unless closed. Answers that question (the dialog must be showing).
   */
  async answerSecondRound(
    choice: 'Open both' | 'Keep them all open' | 'Open, and close the other' | 'Cancel',
  ): Promise<void> {
    const dialog = this.page.getByTestId('second-round-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Phones will show the new one');
    await dialog.getByRole('button', { name: choice, exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** Each result row as "rank|title|total|tied", as the laptop shows it (best first). */
  async resultLines(): Promise<string[]> {
    const rows = await this.resultRows.all();
    return Promise.all(
      rows.map(async (row) => {
        const rank = ((await row.locator('.result__rank').textContent()) ?? '').trim();
        const title = ((await row.locator('.result__title').textContent()) ?? '').trim();
        const total = ((await row.getByTestId('result-total').textContent()) ?? '').trim();
        const tied = (await row.getByText('Tied', { exact: true }).count()) > 0 ? 'tied' : '';
        return [rank, title, total, tied].join('|');
      }),
    );
  }

  resultRow(title: string): Locator {
    return this.resultRows.filter({ has: this.page.locator('.result__title', { hasText: title }) });
  }

  async showCounts(): Promise<void> {
    const toggle = this.panel.getByRole('button', { name: 'Add paper ballots or a show of hands' });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(this.panel.getByRole('table', { name: 'Paper ballots and show of hands' })).toBeVisible();
  }

  /** Types a count and leaves the field with Enter (the count saves on Enter or blur). */
  async typeCount(source: 'Paper ballots' | 'Show of hands', title: string, count: number): Promise<void> {
    const input = this.panel.getByRole('textbox', { name: `${source} for “${title}”`, exact: true });
    await input.fill(String(count));
    await input.press('Enter');
  }

  countTotal(title: string): Locator {
    return this.panel
      .getByRole('table', { name: 'Paper ballots and show of hands' })
      .getByRole('row', { name: new RegExp(`^${escapeRegExp(title)}`) })
      .getByTestId('count-total');
  }

  /** Turns the participant server on from the room panel (opened if needed), pinned to loopback. */
  startLanOnLoopback(): Promise<void> {
    return this.room.startLanOnLoopback();
  }

  /** The join URL's base (http://127.0.0.1:PORT), for a test's phone. */
  lanBase(): Promise<string> {
    return this.room.lanBase();
  }

  suggestion(title: string): Locator {
    return this.room.suggestion(title);
  }

  projectorView(name: ProjectorViewName): Locator {
    return this.room.projectorView(name);
  }

  toast(text: string | RegExp): Locator {
    return this.notifications.getByText(text);
  }
}

/** A phone speaking the participant protocol over real HTTP (shared/protocol.ts). */
export class TestPhone {
  private token = '';

  constructor(
    readonly base: string,
    readonly name: string,
  ) {}

  private async call<T>(path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.base}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json()) as T;
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(json)}`);
    return json;
  }

  async join(code: string): Promise<void> {
    const { token } = await this.call<{ token: string }>('/p/join', { code, name: this.name });
    this.token = token;
  }

  proposeTopic(title: string, pitch = ''): Promise<{ suggestionId: string }> {
    return this.call('/p/topics', { title, pitch, requestId: crypto.randomUUID() });
  }

  /** The open rounds this phone can vote in, with their item ids. */
  async rounds(): Promise<{ id: string; question: string; items: { id: string; title: string }[] }[]> {
    const state = await this.call<{
      rounds: { id: string; question: string; items: { id: string; title: string }[] }[];
    }>('/p/state');
    return state.rounds;
  }

  /** One dot on the item titled `title` in the open round asking `question`. */
  async dot(question: string, title: string): Promise<void> {
    const round = (await this.rounds()).find((r) => r.question === question);
    const item = round?.items.find((i) => i.title === title);
    if (!round || !item) throw new Error(`no open round “${question}” with “${title}”`);
    await this.call('/p/votes', { roundId: round.id, itemId: item.id, delta: 1, requestId: crypto.randomUUID() });
  }
}
