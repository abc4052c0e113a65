/**
 * The tickets sheet (renderer/facilitator/screens/Tickets): make tickets, the print options and
 * preview, the list with each ticket's state and Release; and the printed pages, as a PDF made
 * by Chromium's print and rendered to PNG with poppler's pdftoppm. English UI.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

export class TicketsPage {
  readonly heading: Locator;
  readonly count: Locator;
  readonly makeButton: Locator;
  readonly rows: Locator;
  readonly summary: Locator;
  readonly printButton: Locator;
  readonly nameLine: Locator;
  readonly serverOff: Locator;
  readonly address: Locator;
  readonly preview: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 2, name: 'Tickets for binding votes' });
    this.count = page.getByRole('textbox', { name: 'How many' });
    this.makeButton = page.getByRole('button', { name: 'Make tickets' });
    this.rows = page.getByTestId('ticket-row');
    this.summary = page.getByTestId('tickets-summary');
    this.printButton = page.getByRole('button', { name: 'Print tickets' });
    this.nameLine = page.getByRole('checkbox', { name: /^Add a line for a name/ });
    this.serverOff = page.getByTestId('tickets-server-off');
    this.address = page.getByTestId('tickets-address');
    this.preview = page.locator('.tickets-print__preview').getByTestId('ticket');
  }

  row(number: number): Locator {
    return this.rows.filter({
      has: this.page.locator('td.tickets-list__number', { hasText: new RegExp(`^${number}$`) }),
    });
  }

  /** The ticket codes as listed ("K7MQ2-XR4PA"), in number order. */
  async codes(): Promise<string[]> {
    return (await this.page.locator('td.tickets-list__code').allTextContents()).map((s) => s.trim());
  }

  async release(number: number): Promise<void> {
    await this.row(number)
      .getByRole('button', { name: `Release ticket No. ${number}` })
      .click();
    const dialog = this.page.getByRole('dialog', { name: `Release ticket No. ${number}?` });
    await expect(dialog).toContainText('The phone holding it is signed out.');
    await dialog.getByRole('button', { name: 'Release', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /**
   * Prints the page as Chromium would to paper (print media, A4 from the page's CSS), then renders
   * each page to a PNG at 60 dpi with pdftoppm. Answers the PNG paths, page by page.
   */
  async printToPng(pdfPath: string): Promise<string[]> {
    const dir = dirname(pdfPath);
    const stem = basename(pdfPath, '.pdf');
    const pngs = () =>
      readdirSync(dir)
        .filter((f) => f.startsWith(`${stem}-`) && f.endsWith('.png'))
        .sort()
        .map((f) => join(dir, f));
    for (const old of pngs()) rmSync(old);
    await this.page.emulateMedia({ media: 'print' });
    try {
      await this.page.pdf({ path: pdfPath, format: 'A4', preferCSSPageSize: true, printBackground: true });
    } finally {
      await this.page.emulateMedia({ media: 'screen' });
    }
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, join(dir, stem)]);
    return pngs();
  }
}

/** How many pages a PDF has, as poppler's pdfinfo says. */
export function pdfPages(pdfPath: string): number {
  const info = execFileSync('pdfinfo', [pdfPath]).toString();
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** The paper size of a PDF's first page, in points ("595.276 x 841.89" for A4). */
export function pdfPageSize(pdfPath: string): { width: number; height: number } {
  const info = execFileSync('pdfinfo', [pdfPath]).toString();
  const m = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(info);
  return { width: Number(m?.[1] ?? 0), height: Number(m?.[2] ?? 0) };
}
