/**
 * Full-length screenshots that show the page as a taller window would. Playwright's fullPage
 * capture keeps the window's height for layout, so the room bar (fixed to the bottom of the
 * window) would sit across the middle of the picture and the room panel (sticky, as tall as the
 * window) would be cut; here the window is made as tall as the page for the picture, then put back.
 */
import type { Page } from '@playwright/test';

export async function fullLengthScreenshot(page: Page, path: string): Promise<void> {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('fullLengthScreenshot needs a fixed viewport');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  if (height > viewport.height) {
    await page.setViewportSize({ width: viewport.width, height });
    // Two frames: the resize lays out, then the room bar refits its labels (a layout effect).
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }
  try {
    await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  } finally {
    if (height > viewport.height) await page.setViewportSize(viewport);
  }
}
