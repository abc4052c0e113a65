/**
 * Which Chromium the tests, the bench and the browser host use. Playwright's own download is
 * never triggered (it fails offline); an installed one is used if it is already there.
 *
 * Order: AGORA_CHROMIUM, Playwright's own browser if installed, then `chromium`,
 * `chromium-browser`, `google-chrome` on the PATH (and Chrome's usual place on macOS).
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

const ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const MAC_CHROME = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first executable called `name` on the PATH, as `which` would answer. */
export function onPath(name: string, path = process.env.PATH ?? ''): string | null {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

/** Playwright's own Chromium, only if it is already on disk (asking for it never downloads). */
function playwrightChromium(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('@playwright/test') as { chromium: { executablePath(): string } };
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export type ChromiumSource = 'AGORA_CHROMIUM' | 'playwright' | 'PATH';

export interface FoundChromium {
  path: string;
  source: ChromiumSource;
}

export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  playwrightBrowser: () => string | null = playwrightChromium,
): FoundChromium | null {
  const override = env.AGORA_CHROMIUM;
  if (override) return isExecutable(override) ? { path: override, source: 'AGORA_CHROMIUM' } : null;
  const bundled = playwrightBrowser();
  if (bundled) return { path: bundled, source: 'playwright' };
  for (const name of ON_PATH) {
    const path = onPath(name, env.PATH);
    if (path) return { path, source: 'PATH' };
  }
  if (process.platform === 'darwin' && isExecutable(MAC_CHROME)) return { path: MAC_CHROME, source: 'PATH' };
  return null;
}

/**
 * Flags for a headless or test Chromium on these machines: without the networking ones,
 * Chromium keeps trying to reach Google's hosts and the closed network refuses them. Without a
 * GPU, compositing in the GPU process on a software GL (SwiftShader) cost ~20% of the e2e CPU
 * (accessibility spec: 70 → 55 CPU-seconds, 39 → 30 s); compositing without it looks the same.
 */
export const CHROMIUM_TEST_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-gpu-compositing',
  '--disable-software-rasterizer',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
