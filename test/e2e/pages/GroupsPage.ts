/**
 * Groups: the affinity board between Topics and Vote — loose topics, groups, drag and drop by
 * mouse and keyboard, selection, merges, suggestions, undo and redo. English UI.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class GroupsPage {
  readonly stageLink: Locator;
  readonly loose: Locator;
  readonly groups: Locator;
  readonly summary: Locator;
  readonly undo: Locator;
  readonly redo: Locator;
  readonly selectionBar: Locator;
  readonly suggestions: Locator;
  readonly notifications: Locator;
  readonly groupDialog: Locator;
  readonly mergeTopicsDialog: Locator;
  readonly mergeGroupsDialog: Locator;

  constructor(readonly page: Page) {
    this.stageLink = page.getByRole('navigation', { name: 'Workshop stages' }).getByRole('link', { name: /^Groups/ });
    this.loose = page.getByTestId('loose-topics');
    this.groups = page.getByTestId('group');
    this.summary = page.getByTestId('groups-summary');
    this.undo = page.getByTestId('undo');
    this.redo = page.getByTestId('redo');
    this.selectionBar = page.getByTestId('selection-bar');
    this.suggestions = page.getByTestId('suggestions');
    this.notifications = page.getByRole('region', { name: 'Notifications' });
    this.groupDialog = page.getByTestId('group-dialog');
    this.mergeTopicsDialog = page.getByTestId('merge-topics-dialog');
    this.mergeGroupsDialog = page.getByTestId('merge-groups-dialog');
  }

  async goTo(): Promise<void> {
    await this.stageLink.click();
    await expect(this.stageLink).toHaveAttribute('aria-current', 'page');
    await expect(this.page.getByRole('heading', { level: 2, name: 'Group the topics' })).toBeVisible();
  }

  /** A group on the board, by its name. */
  group(name: string): Locator {
    return this.page.getByRole('region', { name: `Group ${name}`, exact: true });
  }

  /** A topic card anywhere on the board, by its exact title. */
  card(title: string, within?: Locator): Locator {
    return (within ?? this.page).getByRole('article', { name: title, exact: true });
  }

  /** The titles of a container's cards, in order (text content: cards out of sight are not laid out). */
  async titlesIn(container: Locator): Promise<string[]> {
    return (await container.getByTestId('board-topic').getByRole('heading', { level: 4 }).allTextContents()).map((t) =>
      t.trim(),
    );
  }

  /** The group names, in board order. */
  async groupNames(): Promise<string[]> {
    return (await this.groups.getByRole('heading', { level: 3 }).allTextContents()).map((t) => t.trim());
  }

  toast(text: string | RegExp): Locator {
    return this.notifications.getByText(text);
  }

  /** Dismisses every toast, so the next one is the one read. */
  async dismissToasts(): Promise<void> {
    const close = this.notifications.getByRole('button', { name: 'Dismiss' });
    while ((await close.count()) > 0) await close.first().click();
  }

  async createGroup(name: string, color?: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New group', exact: true }).click();
    await this.fillGroupDialog(name, color);
  }

  async fillGroupDialog(name: string, color?: string): Promise<void> {
    await expect(this.groupDialog).toBeVisible();
    await this.groupDialog.getByRole('textbox', { name: 'Name' }).fill(name);
    if (color) await this.groupDialog.getByRole('radio', { name: color }).check();
    await this.groupDialog.getByRole('button', { name: 'Create group' }).click();
    await expect(this.groupDialog).toBeHidden();
    await expect(this.group(name)).toBeVisible();
  }

  /** Ticks a topic card's box. */
  async select(title: string): Promise<void> {
    await this.card(title).getByRole('checkbox').check();
  }

  /**
   * Drags a card with the mouse onto a target (a card: the drop goes before it; a group: its
   * end), in small steps as a hand would, and waits for the core's answer to be shown.
   */
  async dragWithMouse(from: Locator, to: Locator, { below = false } = {}): Promise<void> {
    await from.scrollIntoViewIfNeeded();
    const a = await from.boundingBox();
    if (!a) throw new Error('the card to drag is not on screen');
    const mouse = this.page.mouse;
    await mouse.move(a.x + a.width / 2, a.y + 12);
    await mouse.down();
    // Past the 6 px the board waits for before a press becomes a drag.
    await mouse.move(a.x + a.width / 2 + 10, a.y + 20, { steps: 3 });
    await to.scrollIntoViewIfNeeded();
    const b = await to.boundingBox();
    if (!b) throw new Error('the drop target is not on screen');
    await mouse.move(b.x + b.width / 2, b.y + (below ? b.height - 6 : 8), { steps: 12 });
    await mouse.up();
  }

  /** The move handle of a topic card (keyboard dragging starts there). */
  handle(title: string): Locator {
    return this.card(title).getByRole('button', { name: new RegExp(`^Move topic \\d+: .?${escapeRegExp(title)}`) });
  }

  groupHandle(name: string): Locator {
    return this.group(name).getByRole('button', { name: new RegExp(`^Move group .?${escapeRegExp(name)}`) });
  }

  /** Renames a group in place: its rename button, type, Enter. */
  async rename(name: string, to: string): Promise<void> {
    await this.group(name)
      .getByRole('button', { name: /^Rename group/ })
      .click();
    const field = this.page.getByRole('textbox', { name: 'Group name' });
    await expect(field).toBeFocused();
    await field.fill(to);
    await field.press('Enter');
    await expect(this.group(to)).toBeVisible();
  }

  async openSuggestions(): Promise<void> {
    await this.page.getByRole('button', { name: 'Suggest groups' }).click();
    await expect(this.suggestions).toBeVisible();
    await expect(this.suggestions.getByText(/^\d+ suggestions?$|^No suggestion/)).toBeVisible();
  }
}
