/**
 * What `npm test` needs from the machine beyond node_modules, and how it gets it: on a
 * Debian machine where we are root, Debian's packages are installed in one step; anywhere
 * else the run stops at once with the command to type, rather than failing every e2e test
 * with the same "browser not found".
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, onPath } from './chromium.ts';

export interface Requirement {
  /** The Debian package that provides it. */
  pkg: string;
  /** Why the suites need it. */
  why: string;
  present: () => boolean;
  /** Required ones stop the run when they cannot be installed; the others are installed along when possible. */
  required: boolean;
}

const onLinux = process.platform === 'linux';

export const REQUIREMENTS: Requirement[] = [
  { pkg: 'chromium', why: 'e2e tests and the bench', present: () => findChromium() !== null, required: true },
  {
    pkg: 'fonts-dejavu-core',
    why: 'the same glyphs in every screenshot',
    present: () => !onLinux || existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'),
    required: true,
  },
  {
    pkg: 'fonts-noto-color-emoji',
    why: 'emoji in titles render as emoji, not boxes',
    present: () => !onLinux || existsSync('/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf'),
    required: false,
  },
  { pkg: 'xvfb', why: 'a real window without a display', present: () => onPath('Xvfb') !== null, required: false },
  {
    pkg: 'poppler-utils',
    why: 'PDF pages to text and PNG',
    present: () => onPath('pdftoppm') !== null,
    required: false,
  },
  { pkg: 'qpdf', why: 'PDF structure checks', present: () => onPath('qpdf') !== null, required: false },
];

export type SetupPlan =
  | { action: 'none' }
  | { action: 'install'; packages: string[]; announce: string }
  | { action: 'stop'; message: string };

export const aptCommand = (packages: string[], sudo = false): string => {
  const s = sudo ? 'sudo ' : '';
  return `${s}apt-get update && ${s}apt-get install -y ${packages.join(' ')}`;
};

/** Pure: what to do about the missing requirements, given what this machine allows. */
export function planSetup(
  missing: Pick<Requirement, 'pkg' | 'why' | 'required'>[],
  machine: { root: boolean; aptGet: boolean },
): SetupPlan {
  if (missing.length === 0) return { action: 'none' };
  const packages = missing.map((r) => r.pkg);
  if (machine.root && machine.aptGet) {
    return {
      action: 'install',
      packages,
      announce: `Installing Debian's ${packages.join(', ')} for the test suites (once, about a minute)…`,
    };
  }
  const required = missing.filter((r) => r.required);
  if (required.length === 0) return { action: 'none' };
  const names = required.map((r) => `${r.pkg} (${r.why})`).join(', ');
  const how = machine.aptGet
    ? `run: ${aptCommand(packages, true)}`
    : 'install Chromium or Google Chrome, or set AGORA_CHROMIUM to one';
  return { action: 'stop', message: `npm test needs ${names}; ${how} — then npm test again.` };
}

export type SetupOutcome = { ok: true; installed: string[] } | { ok: false; message: string };

/** Installs what is missing when the machine allows it, or says in one line what to do. */
export function ensureSystem(log: (line: string) => void = console.log): SetupOutcome {
  const override = process.env.AGORA_CHROMIUM;
  if (override && findChromium() === null) {
    return {
      ok: false,
      message: `AGORA_CHROMIUM is set to ${override}, which is not an executable file. Fix or unset it.`,
    };
  }
  const missing = REQUIREMENTS.filter((r) => !r.present());
  const plan = planSetup(missing, {
    root: onLinux && process.getuid?.() === 0,
    aptGet: onLinux && onPath('apt-get') !== null,
  });
  if (plan.action === 'none') return { ok: true, installed: [] };
  if (plan.action === 'stop') return { ok: false, message: plan.message };

  log(plan.announce);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...plan.packages],
  ]) {
    const result = spawnSync('apt-get', args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (result.status !== 0) {
      const detail = `${result.stderr ?? ''}${result.stdout ?? ''}`.trim().split('\n').slice(-3).join(' / ');
      return { ok: false, message: `apt-get ${args[0]} failed (${detail}); run: ${aptCommand(plan.packages)}` };
    }
  }
  const stillMissing = missing.filter((r) => r.required && !r.present());
  if (stillMissing.length > 0) {
    return { ok: false, message: `${stillMissing.map((r) => r.pkg).join(', ')} still missing after apt-get install.` };
  }
  return { ok: true, installed: plan.packages };
}
