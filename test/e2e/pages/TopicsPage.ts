/** Topics: keyboard-first capture and the wall of cards (filter, search, edit, delete + undo). English UI. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** The six smart-city themes in the order the capture bar's select lists them, after "No theme". */
export const THEMES = ['Economy', 'Governance', 'People', 'Mobility', 'Environment', 'Living'] as const;
export type ThemeName = (typeof THEMES)[number];

export interface TopicDraft {
  title: string;
  proposer?: string;
  theme?: ThemeName;
}

export class TopicsPage {
  readonly title: Locator;
  readonly proposer: Locator;
  readonly theme: Locator;
  readonly count: Locator;
  readonly wall: Locator;
  readonly cards: Locator;
  readonly search: Locator;
  readonly themeFilter: Locator;
  readonly notifications: Locator;
  readonly captureError: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByRole('textbox', { name: 'Topic title', exact: true });
    this.proposer = page.getByRole('combobox', { name: 'Proposed by', exact: true });
    this.theme = page.getByRole('combobox', { name: 'Theme', exact: true });
    this.count = page.getByTestId('topic-count');
    this.wall = page.getByRole('list', { name: 'Topics', exact: true });
    this.cards = this.wall.getByRole('article');
    this.search = page.getByRole('searchbox', { name: 'Search topics' });
    this.themeFilter = page.getByRole('group', { name: 'Filter by theme' });
    this.notifications = page.getByRole('region', { name: 'Notifications' });
    this.captureError = page.getByRole('alert');
  }

  card(title: string): Locator {
    return this.wall.getByRole('article', { name: title, exact: true });
  }

  /** Card titles as the wall shows them (newest first). */
  async cardTitles(): Promise<string[]> {
    return this.cards.getByRole('heading', { level: 3 }).allInnerTexts();
  }

  /**
   * Captures one topic with the keyboard only, starting with focus in the title field:
   * type the title, Tab to the proposer and theme when given, Enter. Focus must come back to
   * an empty title field so the next topic can be typed straight away.
   */
  async captureByKeyboard(topic: TopicDraft): Promise<void> {
    const keyboard = this.page.keyboard;
    await expect(this.title).toBeFocused();
    await keyboard.type(topic.title);
    if (topic.proposer !== undefined || topic.theme !== undefined) {
      await keyboard.press('Tab');
      await expect(this.proposer).toBeFocused();
      if (topic.proposer !== undefined) await keyboard.type(topic.proposer);
    }
    if (topic.theme !== undefined) {
      await keyboard.press('Tab');
      await expect(this.theme).toBeFocused();
      // A closed <select> takes arrow keys: Home is "No theme", then one step per theme.
      await keyboard.press('Home');
      for (let i = 0; i <= THEMES.indexOf(topic.theme); i++) await keyboard.press('ArrowDown');
      await expect(this.theme.locator('option:checked')).toHaveText(topic.theme);
    }
    await keyboard.press('Enter');
    await expect(this.title).toBeFocused();
    await expect(this.title).toHaveValue('');
  }

  async filterByTheme(theme: ThemeName | 'All'): Promise<void> {
    // The chip's name ends with its count ("Economy 3").
    const chip = this.themeFilter.getByRole('button', { name: new RegExp(`^${theme}\\b`) });
    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
  }

  async editTopic(seq: number, patch: { title?: string; proposer?: string; theme?: ThemeName | 'No theme' }) {
    await this.page.getByRole('button', { name: `Edit topic ${seq}`, exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: `Edit topic #${seq}` });
    await expect(dialog).toBeVisible();
    if (patch.title !== undefined) await dialog.getByLabel('Topic title', { exact: true }).fill(patch.title);
    if (patch.proposer !== undefined) await dialog.getByLabel('Proposed by', { exact: true }).fill(patch.proposer);
    if (patch.theme !== undefined)
      await dialog.getByLabel('Theme', { exact: true }).selectOption({ label: patch.theme });
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog).toBeHidden();
  }

  async deleteTopic(seq: number): Promise<void> {
    await this.page.getByRole('button', { name: `Delete topic ${seq}`, exact: true }).click();
  }

  /** The dialog that imports topics from a CSV file. */
  get importDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Import topics from a CSV file' });
  }

  /** Opens the import dialog and gives it a file (as a file picker would); the mapping step shows. */
  async importCsv(name: string, text: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Import from CSV', exact: true }).click();
    await expect(this.importDialog).toBeVisible();
    await this.importDialog
      .getByLabel('CSV file', { exact: true })
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
    await expect(this.importDialog.getByRole('listitem').filter({ hasText: 'Match columns' })).toHaveAttribute(
      'aria-current',
      'step',
    );
  }

  get undoButton(): Locator {
    return this.notifications.getByRole('button', { name: 'Undo', exact: true });
  }
}
