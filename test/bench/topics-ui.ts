/**
 * "300 topics must stay smooth": the real renderer in Chromium against the real host, a
 * workshop with 300 topics. Measures opening the topic wall, a search keystroke until the
 * wall has filtered, and a keyboard capture (Enter) until the new card is on the wall.
 * Timings are taken from Node around Playwright actions, so they include its round trip
 * (a few ms): an upper bound on what the facilitator feels.
 */
import { chromium } from '@playwright/test';
import { createCore } from '../../electron/core/app.ts';
import { startHost } from '../../electron/core/net/host.ts';
import { CHROMIUM_TEST_ARGS, findChromium } from '../../scripts/system/chromium.ts';
import { tempDir } from '../helpers/core.ts';
import { percentile, type Row } from './table.ts';

const TOPICS = 300;
const THEMES = ['economy', 'governance', 'people', 'mobility', 'environment', 'living'] as const;

export async function benchTopicsUi(): Promise<Row[]> {
  const scratch = tempDir('agora-bench-');
  const core = await createCore({ dataDir: scratch.dir, transport: 'browser-host', seedDemo: false, backupEveryMs: 0 });
  const host = await startHost({ core, port: 0, staticDir: `${import.meta.dirname}/../../dist/renderer` });
  const rows: Row[] = [];
  try {
    const created = await core.dispatch('workshops:create', {
      title: 'Bench',
      format: 'mini-barcamp',
      date: '2026-11-24',
      language: 'en',
    });
    if (!created.ok) throw new Error(created.error.message);
    const workshopId = (created.value as { id: string }).id;
    const addTimes: number[] = [];
    for (let i = 1; i <= TOPICS; i++) {
      const t0 = performance.now();
      await core.dispatch('topics:add', {
        workshopId,
        topic: {
          title: `Topic ${i}: shared mobility data for ${['Lyon', 'Łódź', 'Nice'][i % 3]}`,
          pitch: 'A pitch '.repeat(12),
          theme: THEMES[i % 6],
        },
      });
      addTimes.push(performance.now() - t0);
    }
    rows.push({
      measure: 'core: topics:add (300 in a row)',
      p50: percentile(addTimes, 50),
      p95: percentile(addTimes, 95),
      unit: 'ms',
    });

    const found = findChromium();
    if (!found) throw new Error('No Chromium found: set AGORA_CHROMIUM or install one (npm test does on Debian).');
    const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_TEST_ARGS });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const cards = page.locator('ul.wall > li');
    const t0 = performance.now();
    await page.goto(`${host.facilitatorUrl}#/w/${workshopId}/topics`);
    await cards.nth(TOPICS - 1).waitFor({ state: 'attached' });
    rows.push({
      measure: `open the topic wall with ${TOPICS} topics`,
      p50: performance.now() - t0,
      p95: NaN,
      unit: 'ms',
    });

    const search = page.getByRole('searchbox', { name: 'Search topics' });
    const searchTimes: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const [typed, expected] of [
        ['l', TOPICS],
        ['lo', 100],
        ['lod', 100],
        ['lodz', 100],
      ] as const) {
        const s0 = performance.now();
        await search.fill(typed);
        await page.waitForFunction((n) => document.querySelectorAll('ul.wall > li').length === n, expected);
        searchTimes.push(performance.now() - s0);
      }
      await search.fill('');
      await page.waitForFunction((n) => document.querySelectorAll('ul.wall > li').length === n, TOPICS);
    }
    rows.push({
      measure: 'search keystroke → wall filtered',
      p50: percentile(searchTimes, 50),
      p95: percentile(searchTimes, 95),
      unit: 'ms',
    });

    const title = page.getByLabel('Topic title');
    const captureTimes: number[] = [];
    const busyTimes: number[] = [];
    // What one Enter costs the window in all, not only until the card shows: the answer, and
    // whatever the change event it causes makes the window do (it used to re-read the whole list).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const busyMs = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const sum = (names: string[]) =>
        metrics.filter((m) => names.includes(m.name)).reduce((total, m) => total + m.value, 0);
      return sum(['ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration', 'TaskDuration']) * 1000;
    };
    let listReads = 0;
    page.on('request', (request) => {
      if (request.url().includes('/api/call/topics:list')) listReads++;
    });
    for (let i = 1; i <= 20; i++) {
      await title.fill(`Captured topic ${i}`);
      const busy0 = await busyMs();
      const c0 = performance.now();
      await title.press('Enter');
      await page.waitForFunction((n) => document.querySelectorAll('ul.wall > li').length === n, TOPICS + i);
      captureTimes.push(performance.now() - c0);
      await page.waitForFunction(() => !document.querySelector('.tcard--pending'));
      // Time for the change event and anything it triggers (a re-read took ~100 ms here).
      await page.waitForTimeout(400);
      busyTimes.push((await busyMs()) - busy0);
    }
    rows.push({
      measure: 'capture: Enter → card on the wall',
      p50: percentile(captureTimes, 50),
      p95: percentile(captureTimes, 95),
      unit: 'ms',
    });
    rows.push({
      measure: 'capture: renderer busy per Enter (script, style, layout)',
      p50: percentile(busyTimes, 50),
      p95: percentile(busyTimes, 95),
      unit: 'ms',
    });
    rows.push({ measure: 'capture: topics:list re-reads for 20 Enters', p50: listReads, p95: NaN, unit: '' });
    await browser.close();
  } finally {
    await host.close();
    await core.close();
    scratch.cleanup();
  }
  return rows;
}
