/**
 * The app icons, from ONE drawing: resources/icons/icon.svg is rendered by Chromium into
 * NxN.png at every size the three systems use. The PNGs are committed, so packaging needs no
 * browser; run this again after changing the SVG:
 *
 *   npx tsx scripts/icons.ts
 *
 * electron-builder takes 1024x1024.png for macOS and Windows (it makes the .icns and .ico) and
 * the whole folder for Linux (each file named by its size).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_TEST_ARGS, findChromium } from './system/chromium.ts';

export const ICONS_DIR = resolve(import.meta.dirname, '..', 'resources', 'icons');
export const ICON_SOURCE = join(ICONS_DIR, 'icon.svg');
export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
export const iconFile = (size: number): string => join(ICONS_DIR, `${size}x${size}.png`);

export async function renderIcons(): Promise<string[]> {
  const found = findChromium();
  if (!found) throw new Error('No Chromium found to render the icons (set AGORA_CHROMIUM).');
  const svg = readFileSync(ICON_SOURCE).toString('base64');
  const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_TEST_ARGS });
  try {
    const written: string[] = [];
    for (const size of ICON_SIZES) {
      // Drawn at the final size (not scaled down from a large bitmap), so small icons stay crisp.
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">` +
          `<img src="data:image/svg+xml;base64,${svg}" width="${size}" height="${size}" style="display:block">` +
          `</body></html>`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const file = iconFile(size);
      await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
      written.push(file);
    }
    return written;
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = await renderIcons();
  console.log(`wrote ${files.length} icons in ${ICONS_DIR}`);
}
