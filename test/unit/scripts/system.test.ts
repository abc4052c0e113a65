/**
 * `npm test` on a new machine: which Chromium it picks, and what it does when none is there
 * (install Debian's packages where it may, otherwise one line with the command to run).
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findChromium } from '../../../scripts/system/chromium.ts';
import { planSetup } from '../../../scripts/system/requirements.ts';

describe('findChromium', () => {
  let root: string;
  const exe = (dir: string, name: string) => {
    mkdirSync(join(root, dir), { recursive: true });
    const path = join(root, dir, name);
    writeFileSync(path, '#!/bin/sh\n');
    chmodSync(path, 0o755);
    return path;
  };
  const noPlaywright = () => null;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'agora-chromium-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('prefers AGORA_CHROMIUM, then Playwright’s own browser, then the PATH in the documented order', () => {
    const chrome = exe('a', 'google-chrome');
    const browser = exe('b', 'chromium-browser');
    const chromium = exe('c', 'chromium');
    const PATH = [join(root, 'a'), join(root, 'b'), join(root, 'c')].join(delimiter);

    expect(findChromium({ PATH }, noPlaywright)).toEqual({ path: chromium, source: 'PATH' });
    rmSync(chromium);
    expect(findChromium({ PATH }, noPlaywright)).toEqual({ path: browser, source: 'PATH' });
    rmSync(browser);
    expect(findChromium({ PATH }, noPlaywright)).toEqual({ path: chrome, source: 'PATH' });

    const bundled = exe('pw', 'chrome');
    expect(findChromium({ PATH }, () => bundled)).toEqual({ path: bundled, source: 'playwright' });
    const mine = exe('mine', 'my-chrome');
    expect(findChromium({ PATH, AGORA_CHROMIUM: mine }, () => bundled)).toEqual({
      path: mine,
      source: 'AGORA_CHROMIUM',
    });
  });

  it('finds nothing on an empty PATH, and never falls back past a wrong AGORA_CHROMIUM', () => {
    exe('c', 'chromium');
    expect(findChromium({ PATH: join(root, 'empty') }, noPlaywright)).toBeNull();
    // A file that is not executable is not a browser.
    writeFileSync(join(root, 'c', 'chromium-browser'), '');
    expect(
      findChromium(
        { PATH: join(root, 'c') + delimiter, AGORA_CHROMIUM: join(root, 'c', 'chromium-browser') },
        noPlaywright,
      ),
    ).toBeNull();
  });
});

describe('planSetup', () => {
  const chromium = { pkg: 'chromium', why: 'e2e tests', required: true };
  const qpdf = { pkg: 'qpdf', why: 'PDF checks', required: false };

  it('does nothing when nothing is missing', () => {
    expect(planSetup([], { root: false, aptGet: false })).toEqual({ action: 'none' });
  });

  it('installs every missing package in one go where it may (root and apt-get), saying so in one line', () => {
    const plan = planSetup([chromium, qpdf], { root: true, aptGet: true });
    expect(plan).toMatchObject({ action: 'install', packages: ['chromium', 'qpdf'] });
    if (plan.action === 'install') expect(plan.announce.split('\n')).toHaveLength(1);
  });

  it('stops with the exact command when it may not install, and names only what is required', () => {
    const plan = planSetup([chromium, qpdf], { root: false, aptGet: true });
    expect(plan.action).toBe('stop');
    if (plan.action !== 'stop') return;
    expect(plan.message).toContain('sudo apt-get update && sudo apt-get install -y chromium qpdf');
    expect(plan.message).toContain('chromium (e2e tests)');
    expect(plan.message).not.toContain('qpdf (');
    expect(plan.message.split('\n')).toHaveLength(1);
  });

  it('points elsewhere than apt-get on machines without it, and goes on when only optional tools are missing', () => {
    const plan = planSetup([chromium], { root: true, aptGet: false });
    expect(plan).toMatchObject({ action: 'stop' });
    if (plan.action === 'stop') expect(plan.message).toContain('AGORA_CHROMIUM');
    expect(planSetup([qpdf], { root: false, aptGet: true })).toEqual({ action: 'none' });
  });
});
