/** A workshop's Setup: details, rooms, time slots, participants (with the CSV import dialog). English UI. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

export type SetupSection = 'Details' | 'Rooms' | 'Time slots' | 'Participants';

export interface GridRequest {
  start: string;
  end: string;
  sessionMinutes: number;
  gapMinutes: number;
  /** Replaces the form's breaks and plenaries (it starts with a lunch break, or the day's own). */
  breaks: { start: string; end: string; label: string; kind?: 'Break' | 'Plenary' }[];
}

export interface ImportOutcome {
  importedText: string;
  rejected: { line: string; field: string; reason: string }[];
  /** Rows imported with a change (an e-mail that is not an address left out). */
  changed: { line: string; field: string; value: string; what: string }[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class SetupPage {
  readonly sectionNav: Locator;
  readonly stageNav: Locator;
  // rooms
  readonly roomList: Locator;
  readonly roomRows: Locator;
  readonly newRoomName: Locator;
  readonly newRoomCapacity: Locator;
  readonly roomsSummary: Locator;
  // slots
  readonly slotList: Locator;
  readonly slotRows: Locator;
  readonly slotListSummary: Locator;
  /** The "add a slot" row at the foot of the slot list. */
  readonly newSlotStart: Locator;
  readonly newSlotEnd: Locator;
  readonly newSlotLabel: Locator;
  readonly newSlotKind: Locator;
  readonly gridPreview: Locator;
  /** Whether the grid can be added to the day ("Adding: 3 new slots, clear of the current day."). */
  readonly gridAddCheck: Locator;
  readonly gridAddRefused: Locator;
  // participants
  readonly participantsTable: Locator;
  readonly participantRows: Locator;
  readonly participantsCount: Locator;
  readonly csvDialog: Locator;

  constructor(readonly page: Page) {
    this.sectionNav = page.getByRole('navigation', { name: 'Setup sections' });
    this.stageNav = page.getByRole('navigation', { name: 'Workshop stages' });

    this.roomList = page.getByRole('list', { name: 'Rooms', exact: true });
    this.roomRows = this.roomList.getByRole('listitem');
    this.newRoomName = page.getByLabel('New room name', { exact: true });
    this.newRoomCapacity = page.getByLabel('Capacity', { exact: true });
    this.roomsSummary = page.getByText(/^\d+ rooms?( · \d+ seats?)?$/);

    this.slotList = page.getByRole('list', { name: 'Slots of the day', exact: true });
    this.slotRows = this.slotList.getByRole('listitem');
    this.slotListSummary = page
      .getByRole('region', { name: 'Slots of the day' })
      .getByText(/^\d+ sessions?(, \d+ breaks?)? and \d+ (breaks?|plenary|plenaries)$/);
    this.newSlotStart = page.getByLabel('New slot start', { exact: true });
    this.newSlotEnd = page.getByLabel('New slot end', { exact: true });
    this.newSlotLabel = page.getByLabel('New slot label', { exact: true });
    this.newSlotKind = page.getByLabel('New slot kind', { exact: true });
    this.gridPreview = page.getByText(/^\d+ sessions? of \d+ minutes/);
    this.gridAddCheck = page.getByTestId('grid-add-check');
    this.gridAddRefused = page.getByTestId('grid-add-refused');

    this.participantsTable = page.getByRole('table', { name: 'Participants of the workshop' });
    this.participantRows = this.participantsTable.locator('tbody').getByRole('row');
    this.participantsCount = page.getByText(/^(\d+ participants?|\d+ of \d+ participants)$/);
    this.csvDialog = page.getByRole('dialog', { name: 'Import participants from a CSV file' });
  }

  sectionLink(section: SetupSection): Locator {
    // The link's name ends with the section's count ("Rooms 4").
    return this.sectionNav.getByRole('link', { name: new RegExp(`^${escapeRegExp(section)}\\b`) });
  }

  async goTo(section: SetupSection): Promise<void> {
    await this.sectionLink(section).click();
    await expect(this.sectionLink(section)).toHaveAttribute('aria-current', 'page');
    await expect(this.page.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible();
  }

  async goToTopics(): Promise<void> {
    await this.stageNav.getByRole('link', { name: /^Topics\b/ }).click();
    await expect(this.page.getByRole('textbox', { name: 'Topic title' })).toBeVisible();
  }

  // ── Rooms ──────────────────────────────────────────────────────────────────────────────

  async addRoom(name: string, capacity?: number): Promise<void> {
    const before = await this.roomRows.count();
    await this.newRoomName.fill(name);
    await this.newRoomCapacity.fill(capacity === undefined ? '' : String(capacity));
    await this.page.getByRole('button', { name: 'Add room', exact: true }).click();
    await expect(this.roomRows).toHaveCount(before + 1);
    // Rooms are typed one after another: the name field is cleared and keeps focus.
    await expect(this.newRoomName).toHaveValue('');
    await expect(this.newRoomName).toBeFocused();
  }

  /** Name and capacity of each room, as the editable rows show them. */
  async rooms(): Promise<{ name: string; capacity: string }[]> {
    const rows = await this.roomRows.all();
    return Promise.all(
      rows.map(async (row, i) => ({
        name: await row.getByLabel(`Room ${i + 1} name`, { exact: true }).inputValue(),
        capacity: await row.getByLabel(`Room ${i + 1} capacity`, { exact: true }).inputValue(),
      })),
    );
  }

  // ── Time slots ─────────────────────────────────────────────────────────────────────────

  /** The generator's start of day, end of day, session length and gap, as the form shows them. */
  async gridFields(): Promise<{ start: string; end: string; sessionMinutes: string; gapMinutes: string }> {
    const page = this.page;
    return {
      start: await page.getByLabel('Start of day', { exact: true }).inputValue(),
      end: await page.getByLabel('End of day', { exact: true }).inputValue(),
      sessionMinutes: await page.getByLabel('Session length (min)', { exact: true }).inputValue(),
      gapMinutes: await page.getByLabel('Gap between sessions (min)', { exact: true }).inputValue(),
    };
  }

  /** The generator's breaks and plenaries: "12:30–13:30 Break Lunch". */
  async gridFixedSlots(): Promise<string[]> {
    const rows = await this.page.locator('.breaks__row').all();
    return Promise.all(
      rows.map(async (row) => {
        const [start, end] = await row
          .locator('input[inputmode="numeric"]')
          .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
        const label = await row.locator('.breaks__label').inputValue();
        const kind = await row.locator('select option:checked').textContent();
        return `${start}–${end} ${kind?.trim()}${label ? ` ${label}` : ''}`;
      }),
    );
  }

  async fillGrid(grid: GridRequest): Promise<void> {
    const page = this.page;
    await page.getByLabel('Start of day', { exact: true }).fill(grid.start);
    await page.getByLabel('End of day', { exact: true }).fill(grid.end);
    await page.getByLabel('Session length (min)', { exact: true }).fill(String(grid.sessionMinutes));
    await page.getByLabel('Gap between sessions (min)', { exact: true }).fill(String(grid.gapMinutes));
    const remove = page.getByRole('button', { name: /^Remove (Break|Plenary) \d+$/ });
    while ((await remove.count()) > 0) await remove.first().click();
    const counts = { Break: 0, Plenary: 0 };
    for (const b of grid.breaks) {
      const kind = b.kind ?? 'Break';
      await page.getByRole('button', { name: 'Add a break' }).click();
      // A new row is a break; it is renamed "Plenary n" once its kind is set.
      const added = `Break ${counts.Break + 1}`;
      if (kind === 'Plenary')
        await page.getByLabel(`${added} kind`, { exact: true }).selectOption({ label: 'Plenary' });
      counts[kind] += 1;
      const name = `${kind} ${counts[kind]}`;
      await page.getByLabel(`${name} start`, { exact: true }).fill(b.start);
      await page.getByLabel(`${name} end`, { exact: true }).fill(b.end);
      await page.getByLabel(`${name} label`, { exact: true }).fill(b.label);
    }
  }

  /**
   * Generates the grid. A workshop without slots gets "Generate slots"; with slots, `mode`
   * says whether the grid replaces the day (the app asks first) or is added to it.
   */
  async generateSlots({ mode }: { mode?: 'replace' | 'add' } = {}): Promise<void> {
    if (mode === undefined) {
      await this.page.getByRole('button', { name: 'Generate slots' }).click();
    } else if (mode === 'add') {
      await this.page.getByRole('button', { name: 'Add to the day' }).click();
    } else {
      await this.page.getByRole('button', { name: 'Replace the day' }).click();
      const confirm = this.page.getByRole('dialog', { name: 'Replace the existing slots?' });
      await confirm.getByRole('button', { name: 'Replace slots' }).click();
      await expect(confirm).toBeHidden();
    }
  }

  /**
   * Adds a slot from the keyboard as a facilitator types one after another: the start is the
   * day's end so far, the focus is in the end; end, Tab, label, Enter. The next slot starts
   * where this one ended, with the focus back in its end.
   */
  async addSlotByKeyboard(end: string, label = ''): Promise<void> {
    const before = await this.slotRows.count();
    await this.newSlotEnd.focus();
    await this.page.keyboard.type(end);
    await this.page.keyboard.press('Tab');
    await expect(this.newSlotLabel).toBeFocused();
    if (label) await this.page.keyboard.type(label);
    await this.page.keyboard.press('Enter');
    await expect(this.slotRows).toHaveCount(before + 1);
    await expect(this.newSlotStart).toHaveValue(end);
    await expect(this.newSlotEnd).toHaveValue('');
    await expect(this.newSlotEnd).toBeFocused();
  }

  /** Each slot row as start–end and its kind ("09:00–09:45 Session"). */
  async slots(): Promise<string[]> {
    const rows = await this.slotRows.all();
    return Promise.all(
      rows.map(async (row, i) => {
        const n = i + 1;
        const start = await row.getByLabel(`Slot ${n} start`, { exact: true }).inputValue();
        const end = await row.getByLabel(`Slot ${n} end`, { exact: true }).inputValue();
        const label = await row.getByLabel(`Slot ${n} label`, { exact: true }).inputValue();
        const kind = await row.getByLabel(`Slot ${n} kind`, { exact: true }).locator('option:checked').textContent();
        return `${start}–${end} ${kind?.trim()}${label ? ` ${label}` : ''}`;
      }),
    );
  }

  // ── Participants ───────────────────────────────────────────────────────────────────────

  async openCsvImport(): Promise<Locator> {
    // With no participants the empty state repeats the button; the header one is always there.
    await this.page.getByRole('button', { name: 'Import a CSV' }).first().click();
    await expect(this.csvDialog).toBeVisible();
    return this.csvDialog;
  }

  /** Step 1: choose the file (the dialog's file input, as a file picker would). */
  async chooseCsvFile(path: string): Promise<void> {
    await this.csvDialog.getByLabel('CSV file', { exact: true }).setInputFiles(path);
    await expect(this.csvDialog.getByRole('listitem').filter({ hasText: 'Match columns' })).toHaveAttribute(
      'aria-current',
      'step',
    );
  }

  /** Step 2: each previewed row as it will be imported ("Hélène Lefèvre Local government (guessed)"). */
  async importedAs(): Promise<string[]> {
    const cells = await this.csvDialog.getByTestId('csv-imported-as').allInnerTexts();
    return cells.map((c) => c.replace(/\s+/g, ' ').trim());
  }

  /** Step 2 → 3: import the mapped rows and read the report. */
  async runImport(expectedRows: number): Promise<ImportOutcome> {
    const label = `Import ${expectedRows} participant${expectedRows === 1 ? '' : 's'}`;
    await this.csvDialog.getByRole('button', { name: label, exact: true }).click();
    const report = this.csvDialog.getByTestId('csv-import-report');
    await expect(report).toBeVisible();
    const importedText = (await report.getByRole('status').textContent()) ?? '';
    const rejected: ImportOutcome['rejected'] = [];
    for (const row of await report.getByRole('table', { name: 'Rows not imported' }).locator('tbody tr').all()) {
      const [line = '', field = '', reason = ''] = await row.getByRole('cell').allInnerTexts();
      rejected.push({ line, field, reason });
    }
    const changed: ImportOutcome['changed'] = [];
    for (const row of await report.getByRole('table', { name: 'Imported with a change' }).locator('tbody tr').all()) {
      const [line = '', field = '', value = '', what = ''] = await row.getByRole('cell').allInnerTexts();
      changed.push({ line, field, value, what });
    }
    return { importedText, rejected, changed };
  }

  async closeCsvDialog(): Promise<void> {
    await this.csvDialog.getByRole('button', { name: 'Done' }).click();
    await expect(this.csvDialog).toBeHidden();
  }

  async participantNames(): Promise<string[]> {
    return this.participantRows.getByRole('rowheader').allInnerTexts();
  }

  participantRow(name: string): Locator {
    return this.participantRows.filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }
}
