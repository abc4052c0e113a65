/**
 * The security review's verdict (scripts/electronegativity.ts): a high finding always fails,
 * a finding nobody accepted fails, an unreadable file fails; accepted ones pass with their reason.
 */
import { describe, expect, it } from 'vitest';
import { ACCEPTED, judge } from '../../../scripts/electronegativity.ts';

const finding = (id: string, severity: 'LOW' | 'MEDIUM' | 'HIGH', file = 'main.ts') => ({
  id,
  file,
  location: { line: 12, column: 4 },
  severity: { name: severity },
  confidence: { name: 'FIRM' },
  description: `${id} description`,
});
const report = (
  issues: ReturnType<typeof finding>[],
  errors: { file: string; message: string; tolerable: boolean }[] = [],
) => ({
  globalChecks: 5,
  atomicChecks: 36,
  errors,
  issues,
});

describe('the electronegativity verdict', () => {
  it('passes accepted findings and says why each is accepted', () => {
    const verdict = judge(
      report([finding('AUXCLICK_JS_CHECK', 'MEDIUM'), finding('CSP_GLOBAL_CHECK', 'MEDIUM', 'N/A')]),
    );
    expect(verdict.ok).toBe(true);
    expect(verdict.lines.join('\n')).toContain(ACCEPTED.AUXCLICK_JS_CHECK);
    expect(verdict.lines.join('\n')).toContain('(whole app)');
  });

  it('fails on any high finding, even one on the accepted list', () => {
    expect(judge(report([finding('CONTEXT_ISOLATION_JS_CHECK', 'HIGH')])).ok).toBe(false);
    expect(judge(report([finding('AUXCLICK_JS_CHECK', 'HIGH')])).ok).toBe(false);
  });

  it('fails on a finding nobody accepted, and on a file it could not read', () => {
    expect(judge(report([finding('SANDBOX_JS_CHECK', 'MEDIUM')])).ok).toBe(false);
    expect(judge(report([], [{ file: 'main.ts', message: 'Unexpected token', tolerable: false }])).ok).toBe(false);
    expect(judge(report([], [{ file: 'main.ts', message: 'a warning', tolerable: true }])).ok).toBe(true);
  });
});
