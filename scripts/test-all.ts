/**
 * `npm test`: every suite, always all of them (a failing one does not hide the others),
 * then one closing line `N passed, N failed` that counts them all.
 *
 * First the machine: Chromium and the other system packages the suites use are found, or
 * installed where we may (scripts/system/requirements.ts), or the run stops in one line.
 *
 * Suites: typecheck, lint and the shell's security review (electronegativity; one check
 * each), unit tests (vitest), e2e (Playwright in Chromium against the browser host, after
 * building the renderer).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findChromium } from './system/chromium.ts';
import { ensureSystem } from './system/requirements.ts';

const ROOT = resolve(import.meta.dirname, '..');
const REPORTS = join(ROOT, 'test', 'output', 'reports');
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

// The machine first: a missing browser is one line here, not every e2e test failing alike.
const system = ensureSystem();
if (!system.ok) {
  console.error(system.message);
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}
const env = { ...process.env, AGORA_REPORT_DIR: REPORTS, AGORA_CHROMIUM: findChromium()?.path };

const run = (label: string, command: string, args: string[]): boolean => {
  console.log(`\n━━ ${label} ━━`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: ROOT, env, stdio: 'inherit' });
  console.log(
    `━━ ${label}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return result.status === 0;
};
const npx = (bin: string) => join(ROOT, 'node_modules', '.bin', bin);

let passed = 0;
let failed = 0;
const count = (ok: boolean) => (ok ? passed++ : failed++);

count(run('typecheck', npx('tsc'), ['-p', 'tsconfig.json', '--noEmit']));
count(run('lint', npx('biome'), ['lint', '.']));
count(run('security review (electronegativity)', npx('tsx'), ['scripts/electronegativity.ts']));

const unitOk = run('unit tests (vitest)', npx('vitest'), ['run']);
const vitest = join(REPORTS, 'vitest.json');
if (existsSync(vitest)) {
  const r = JSON.parse(readFileSync(vitest, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  if (!unitOk && r.numFailedTests === 0) failed++; // the runner itself failed (a file did not load)
} else count(false);

const buildOk = run('build the renderer', npx('vite'), ['build', '--logLevel', 'warn']);
if (buildOk) {
  const e2eOk = run('e2e (Playwright in Chromium)', npx('playwright'), ['test']);
  const pw = join(REPORTS, 'playwright.json');
  if (existsSync(pw)) {
    const r = JSON.parse(readFileSync(pw, 'utf8')) as {
      stats: { expected: number; unexpected: number; flaky: number };
    };
    passed += r.stats.expected + r.stats.flaky;
    failed += r.stats.unexpected;
    if (!e2eOk && r.stats.unexpected === 0) failed++;
  } else count(false);
} else count(false);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
