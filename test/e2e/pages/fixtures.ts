/**
 * The `agora` fixture: every test gets its own temp data dir and its own browser host
 * process (started as a user would, with `agora serve`), stopped and removed afterwards.
 * The demo workshop is seeded on first start, as on a new laptop.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { newDataDir, type RunningHost, startHost } from '../host.ts';

export interface Agora {
  readonly dataDir: string;
  /** The running host; replaced by `restart()`. */
  readonly host: RunningHost;
  /** Opens the facilitator in `page` from the address the host printed (the secret included). */
  open(page: Page, hash?: string): Promise<void>;
  /** Stops the host process and starts a new one on the same data dir (a new port, a new secret). */
  restart(): Promise<void>;
}

export const test = base.extend<{ agora: Agora }>({
  // The UI picks its first language from the browser; pin it so every test starts in English.
  locale: 'en-GB',
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
  agora: async ({}, use) => {
    const data = newDataDir();
    let host = await startHost(data.dir);
    const agora: Agora = {
      dataDir: data.dir,
      get host() {
        return host;
      },
      async open(page, hash = '') {
        await page.goto(`${host.url}${hash}`);
        // The app takes the secret out of the address bar once it has kept it.
        await expect(page).not.toHaveURL(/token=/);
      },
      async restart() {
        await host.stop();
        host = await startHost(data.dir);
      },
    };
    try {
      await use(agora);
    } finally {
      await host.stop();
      data.remove();
    }
  },
});

export { expect };

/** The demo workshop every new data dir starts with (resources/demo/bordeaux-2013.ts). */
export const DEMO = {
  title: 'Smart Economy Mini-BarCamp — Bordeaux 2013',
  rooms: ['Council Chamber', 'Garonne Room', 'Chartrons Room', 'Saint-Michel Room'],
  participantCount: 25,
  topicCount: 20,
  /** A topic whose pitch mentions Łódź. */
  lodzTopic: 'From campus to local start-ups',
} as const;
