/**
 * The Grid stage on the laptop (renderer/facilitator/screens/Grid): the controls and figures, the
 * grid of cards (by test ids and data attributes, so it works in English and French), a card's
 * dialog, and moving a card by keyboard (Space, arrows, Space) or by mouse.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

export interface CellRef {
  roomId: string;
  slotId: string;
}

export class GridPage {
  readonly table: Locator;
  readonly cards: Locator;
  readonly autoSchedule: Locator;
  readonly publish: Locator;
  readonly published: Locator;
  readonly warnings: Locator;
  readonly leftOut: Locator;
  readonly preview: Locator;
  readonly outcome: Locator;
  readonly tray: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId('grid-table');
    this.cards = page.getByTestId('grid-card');
    this.autoSchedule = page.getByTestId('auto-schedule');
    this.publish = page.getByTestId('grid-publish');
    this.published = page.getByTestId('grid-published');
    this.warnings = page.getByTestId('grid-warnings');
    this.leftOut = page.getByTestId('grid-left-out');
    this.preview = page.getByTestId('drag-preview');
    this.outcome = page.getByTestId('move-outcome');
    this.tray = page.getByTestId('grid-tray');
    this.dialog = page.getByTestId('session-dialog');
  }

  figure(name: 'attendance' | 'clashes' | 'overflow' | 'unplaced'): Locator {
    return this.page.getByTestId(`figure-${name}`);
  }

  card(title: string): Locator {
    return this.cards.filter({ has: this.page.locator('.gcard__title', { hasText: title }) });
  }

  cell({ roomId, slotId }: CellRef): Locator {
    return this.page.locator(`td[data-room-id="${roomId}"][data-slot-id="${slotId}"]`);
  }

  /** Where a session's card is on the grid, or null when it is in the tray. */
  async cellOf(title: string): Promise<CellRef | null> {
    return this.card(title).evaluate((el) => {
      const td = el.closest('td');
      return td ? { roomId: td.dataset.roomId ?? '', slotId: td.dataset.slotId ?? '' } : null;
    });
  }

  /** Every placed session: its title and cell. */
  async placed(): Promise<{ title: string; roomId: string; slotId: string }[]> {
    return this.table.locator('td[data-room-id]').evaluateAll((tds) =>
      tds.flatMap((td) => {
        const title = td.querySelector('.gcard__title')?.textContent ?? '';
        const el = td as HTMLElement;
        return title ? [{ title, roomId: el.dataset.roomId ?? '', slotId: el.dataset.slotId ?? '' }] : [];
      }),
    );
  }

  async runAutoSchedule(): Promise<void> {
    await this.autoSchedule.click();
    await expect(this.autoSchedule).not.toHaveAttribute('aria-busy', 'true');
    await expect(this.cards.first()).toBeVisible();
  }

  /** Opens a card's dialog with the keyboard (Enter), as a keyboard user would. */
  async openCard(title: string): Promise<void> {
    await this.card(title).focus();
    await this.page.keyboard.press('Enter');
    await expect(this.dialog).toBeVisible();
  }

  async closeDialog(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.dialog).toBeHidden();
  }

  /**
   * Picks a card up with Space and moves it with the arrow keys until the bar above the grid says it
   * is over `to` (a room's name and a slot's start), as a person watching it would; not dropped.
   * `rooms` and `starts` are the grid's columns and session rows in order.
   */
  async carryByKeyboard(
    title: string,
    to: { room: string; start: string },
    order: { rooms: readonly string[]; starts: readonly string[] },
  ): Promise<void> {
    await this.card(title).focus();
    await this.card(title).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await this.page.keyboard.press('Space');
    await expect(this.preview).toBeVisible();
    // dnd-kit listens for the arrows from the next task on.
    await this.page.waitForTimeout(50);
    for (let step = 0; step < 12; step++) {
      const line = (await this.preview.locator('.gstatus__line').first().textContent()) ?? '';
      const plain = line.replace(/[\u2068\u2069]/g, '');
      const room = order.rooms.findIndex((r) => plain.startsWith(`${r} · `));
      const start = order.starts.findIndex((t) => plain.includes(` · ${t}–`));
      const wantRoom = order.rooms.indexOf(to.room);
      const wantStart = order.starts.indexOf(to.start);
      const key =
        start < wantStart
          ? 'ArrowDown'
          : start > wantStart
            ? 'ArrowUp'
            : room < wantRoom
              ? 'ArrowRight'
              : room > wantRoom
                ? 'ArrowLeft'
                : null;
      if (!key) return;
      const before = await this.preview.textContent();
      await this.page.keyboard.press(key);
      // Each arrow starts from the cell the last one reached, after the page scrolled to it.
      await expect.poll(() => this.preview.textContent(), { timeout: 3000 }).not.toBe(before);
      await this.page.waitForTimeout(50);
    }
    throw new Error(`the card did not reach ${to.room} at ${to.start}`);
  }

  /** Presses the mouse on a card and moves it over a cell, without letting go. */
  async carryByMouse(title: string, to: CellRef): Promise<void> {
    // The card and the cell around the middle of the window, away from the edges (the app's bar,
    // the room bar) where carrying scrolls the page.
    const card = await this.card(title).boundingBox();
    const cell = await this.cell(to).boundingBox();
    if (card && cell) {
      const middle = (card.y + card.height / 2 + cell.y + cell.height / 2) / 2;
      await this.page.evaluate((y) => window.scrollBy(0, y - window.innerHeight / 2), middle);
    }
    const from = await this.card(title).boundingBox();
    const target = await this.cell(to).boundingBox();
    if (!from || !target) throw new Error('the card or the cell is not on screen');
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 12, { steps: 4 });
    await this.page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
  }
}
