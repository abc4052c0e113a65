import { defineConfig } from '@playwright/test';

/**
 * E2E in a real Chromium against the real browser host. We never download Playwright's own
 * browser: Debian's chromium is used (override with AGORA_CHROMIUM on other machines).
 */
export const CHROMIUM = process.env.AGORA_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
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
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
    trace: 'retain-on-failure',
  },
});
