/**
 * The Electron shell's security review, as one check of `npm test`:
 * @doyensec/electronegativity over electron/, failing on any finding of high severity and
 * on any finding not listed in ACCEPTED below (each with the reason it is accepted; the
 * README's Packaging section carries the same list). A file it cannot parse fails too: an
 * unread file is an unchecked one.
 *
 *   npx tsx scripts/electronegativity.ts
 *
 * Offline: the check that downloads Electron's release list from GitHub is left out (npm keeps
 * Electron current instead), the Electron version is the installed one, and its attempt to
 * fetch updated translations (1 s, then the bundled English) is silenced.
 */
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

type Severity = 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH';
interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: Severity };
  confidence: { name: string };
  description: string;
}
interface Report {
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: Finding[];
}
type Run = (options: Record<string, unknown>, forCli: boolean) => Promise<Report>;

/** The findings we accept, by check id, and why. Anything else fails the suite. */
export const ACCEPTED: Record<string, string> = {
  CSP_GLOBAL_CHECK:
    'The policy is a <meta> tag the build puts in every page (vite.config.ts, from electron/core/net/security.ts) and an HTTP header on the browser host; the scan reads electron/ only, where no page is.',
  AUXCLICK_JS_CHECK:
    'A middle click can only ask for a new window, and every window.open but the projected screen is denied (setWindowOpenHandler in electron/main.ts); navigation away is prevented too.',
};

/** Checks left out: this one downloads Electron's release list from GitHub on every run. */
const EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];

export interface Verdict {
  ok: boolean;
  lines: string[];
}

export function judge(report: Report, accepted: Record<string, string> = ACCEPTED): Verdict {
  const lines: string[] = [];
  let ok = true;
  for (const error of report.errors) {
    if (error.tolerable) continue;
    ok = false;
    lines.push(`could not read ${error.file}: ${error.message}`);
  }
  for (const issue of report.issues) {
    const severity = issue.severity.name;
    const where = issue.file === 'N/A' ? '(whole app)' : `${issue.file}:${issue.location.line}`;
    const reason = accepted[issue.id];
    const verdict =
      severity === 'HIGH' ? 'FAIL (high severity)' : reason ? 'accepted' : 'FAIL (not in the accepted list)';
    if (verdict !== 'accepted') ok = false;
    lines.push(`${severity.padEnd(13)} ${issue.id.padEnd(40)} ${where.padEnd(14)} ${verdict}`);
    lines.push(`    ${issue.description}${reason && verdict === 'accepted' ? ` — accepted: ${reason}` : ''}`);
  }
  return { ok, lines };
}

/**
 * electronegativity 1.x parses TypeScript with @typescript-eslint/typescript-estree 4, which
 * npm hoists beside the project's own TypeScript (7, without the JS API it needs). Point its
 * `require('typescript')` at the TypeScript 4 electronegativity ships with.
 */
function pinTypeScriptForElectronegativity(): void {
  const own = createRequire(require.resolve('@doyensec/electronegativity/package.json')).resolve('typescript');
  const resolver = Module as unknown as {
    _resolveFilename: (request: string, parent: { filename?: string } | undefined, ...rest: unknown[]) => string;
  };
  const original = resolver._resolveFilename;
  resolver._resolveFilename = (request, parent, ...rest) =>
    request === 'typescript' && parent?.filename?.includes(join('node_modules', '@typescript-eslint'))
      ? own
      : original(request, parent, ...rest);
}

export async function scan(input = join(ROOT, 'electron')): Promise<Report> {
  pinTypeScriptForElectronegativity();
  const run = require('@doyensec/electronegativity/dist/runner.js') as Run;
  const electronVersion = (
    JSON.parse(readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }
  ).version;
  const log = console.log;
  console.log = (...args: unknown[]) => {
    if (String(args[0]).startsWith('Could not retrieve updated translations')) return;
    log(...args);
  };
  try {
    return await run(
      {
        input,
        isRelative: true,
        electronVersionOverride: electronVersion,
        excludeFromScan: EXCLUDED.map((c) => c.toLowerCase()),
      },
      false,
    );
  } finally {
    console.log = log;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = await scan();
  const verdict = judge(report);
  console.log(
    `electronegativity over electron/: ${report.atomicChecks + report.globalChecks} checks, ${report.issues.length} findings`,
  );
  for (const line of verdict.lines) console.log(line);
  console.log(verdict.ok ? 'no finding of high severity; the others are accepted above' : 'FAILED');
  process.exit(verdict.ok ? 0 : 1);
}
