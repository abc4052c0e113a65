import { defineConfig } from '@playwright/test';
import { CHROMIUM_TEST_ARGS, findChromium } from './scripts/system/chromium.ts';

/**
 * E2E in a real Chromium against the real browser host. We never download Playwright's own
 * browser: AGORA_CHROMIUM, an installed Playwright browser or a Chromium on the PATH is used
 * (`npm test` installs Debian's when it can; see scripts/system/).
 */
const chromium = findChromium();
if (!chromium) {
  throw new Error('No Chromium found: run `npm test` (it installs one where it can) or set AGORA_CHROMIUM.');
}

export default defineConfig({
  testDir: 'test/e2e',
  globalSetup: './test/e2e/globalSetup.ts',
  outputDir: 'test-results',
  // A hang detector, not a speed goal (those are in `npm run bench`). Keyboard journeys send ~1,000
  // key events, each waiting for the page's answer: ~16 ms alone, 60–100 ms while the other
  // worker's browser and host share the 2 cores. The facilitator journey took 35 s alone and
  // 56–70 s under that load, so a 60 s limit failed it at whatever step the clock ran out.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: process.env.AGORA_REPORT_DIR
    ? [['list'], ['json', { outputFile: `${process.env.AGORA_REPORT_DIR}/playwright.json` }]]
    : [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: chromium.path,
      args: CHROMIUM_TEST_ARGS,
    },
    // Recording a trace snapshots the page around every action: it doubled the keyboard journey
    // (17 s → 35 s alone, ~1,000 key events) and cost ~15% more CPU elsewhere. A failure still
    // leaves its error context and a screenshot; AGORA_TRACE=1 records traces to dig further.
    trace: process.env.AGORA_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
  },
});
