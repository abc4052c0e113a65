/** Home: the list of workshops, creating one, deleting (with undo) and the trash. English UI. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

export interface NewWorkshop {
  title: string;
  /** YYYY-MM-DD; the form's default (today) when left out. */
  date?: string;
  venue?: string;
  territory?: string;
}

export class HomePage {
  readonly heading: Locator;
  readonly newWorkshopButton: Locator;
  readonly list: Locator;
  readonly cards: Locator;
  readonly createDialog: Locator;
  readonly notifications: Locator;
  readonly trashToggle: Locator;
  readonly trash: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Workshops' });
    // The empty state repeats this button; the one in the page header is always there.
    this.newWorkshopButton = page.getByRole('button', { name: 'New workshop' }).first();
    this.list = page.getByRole('list', { name: 'Your workshops' });
    this.cards = this.list.getByRole('article');
    this.createDialog = page.getByRole('dialog', { name: 'New workshop' });
    this.notifications = page.getByRole('region', { name: 'Notifications' });
    this.trashToggle = page.getByRole('button', { name: /^Trash \(\d+\)$/ });
    this.trash = page.getByRole('region', { name: 'Trash' });
  }

  async expectLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.cards.first()).toBeVisible();
  }

  card(title: string): Locator {
    return this.list.getByRole('article', { name: title, exact: true });
  }

  async cardTitles(): Promise<string[]> {
    return this.cards.getByRole('heading', { level: 2 }).allInnerTexts();
  }

  async openCreateDialog(): Promise<Locator> {
    await this.newWorkshopButton.click();
    await expect(this.createDialog).toBeVisible();
    return this.createDialog;
  }

  /** Fills the "New workshop" form and submits it; the app then opens the new workshop's Setup. */
  async createWorkshop(workshop: NewWorkshop): Promise<void> {
    const dialog = await this.openCreateDialog();
    await dialog.getByLabel('Title', { exact: true }).fill(workshop.title);
    if (workshop.date) await dialog.getByLabel('Date', { exact: true }).fill(workshop.date);
    if (workshop.venue) await dialog.getByLabel('Venue', { exact: true }).fill(workshop.venue);
    if (workshop.territory) await dialog.getByLabel('Territory', { exact: true }).fill(workshop.territory);
    await dialog.getByRole('button', { name: 'Create workshop' }).click();
    await expect(this.createDialog).toBeHidden();
  }

  async openWorkshop(title: string): Promise<void> {
    await this.card(title).getByRole('link', { name: title, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
  }

  /** Delete → "Move to trash" in the confirmation. */
  async deleteWorkshop(title: string): Promise<void> {
    await this.card(title)
      .getByRole('button', { name: `Delete “${title}”`, exact: true })
      .click();
    const confirm = this.page.getByRole('dialog', { name: 'Delete this workshop?' });
    await expect(confirm).toContainText(`“${title}” will move to the trash`);
    await confirm.getByRole('button', { name: 'Move to trash' }).click();
    await expect(confirm).toBeHidden();
  }

  /** A notification's message (confirmations, and the "Undo" offer after a delete). */
  toast(text: string | RegExp): Locator {
    return this.notifications.getByText(text);
  }

  /** Closes one notification with its own "Dismiss" button (toasts carry no role of their own). */
  async dismissToast(text: string | RegExp): Promise<void> {
    const toast = this.notifications.getByRole('status').locator(':scope > div', { hasText: text });
    await toast.getByRole('button', { name: 'Dismiss' }).click();
    await expect(toast).toHaveCount(0);
  }

  get undoButton(): Locator {
    return this.notifications.getByRole('button', { name: 'Undo', exact: true });
  }

  async showTrash(): Promise<void> {
    if ((await this.trashToggle.getAttribute('aria-pressed')) !== 'true') await this.trashToggle.click();
    await expect(this.trash).toBeVisible();
  }

  async restoreFromTrash(title: string): Promise<void> {
    await this.showTrash();
    await this.trash.getByRole('button', { name: `Restore “${title}”` }).click();
  }
}
