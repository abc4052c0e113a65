/** Which pages the Electron shell lets call the core over IPC. */
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isOwnPage } from '../../../electron/core/net/security.ts';

const RENDERER = '/opt/Agora/resources/app.asar/dist/renderer';
const page = (path: string) => `${pathToFileURL(RENDERER).href}${path}`;

describe('isOwnPage', () => {
  it('accepts the window and the projected screen, with their query and hash', () => {
    expect(isOwnPage(page('/index.html'), RENDERER)).toBe(true);
    expect(isOwnPage(page('/index.html#/w/abc/vote'), RENDERER)).toBe(true);
    expect(isOwnPage(page('/present/index.html?workshop=abc'), RENDERER)).toBe(true);
  });

  it('refuses other files, look-alike folders, climbing out, other schemes and nothing', () => {
    for (const url of [
      'file:///home/someone/Downloads/evil.html',
      `${pathToFileURL(`${RENDERER}-evil`).href}/index.html`,
      page('/../../../../home/someone/evil.html'),
      page('/%2e%2e/%2e%2e/evil.html'),
      'https://example.org/index.html',
      `http://127.0.0.1:8080${RENDERER}/index.html`,
      'about:blank',
      'not a url',
      '',
      undefined,
    ])
      expect(isOwnPage(url, RENDERER), String(url)).toBe(false);
  });
});
