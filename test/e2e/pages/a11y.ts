/** Axe scans of a screen, reporting what blocks people (impact serious or critical) in a readable form. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export interface A11yFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Scans the page as it is now (a modal dialog included: the rest is inert behind it). */
export async function seriousViolations(page: Page): Promise<A11yFinding[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: `${v.help} (${v.helpUrl})`,
      targets: v.nodes.map(
        (n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
      ),
    }));
}

export function describeFindings(screen: string, findings: A11yFinding[]): string {
  const lines = findings.flatMap((f) => [
    `• [${f.impact}] ${f.id}: ${f.help}`,
    ...f.targets.slice(0, 8).map((t) => `    ${t}`),
    ...(f.targets.length > 8 ? [`    … and ${f.targets.length - 8} more`] : []),
  ]);
  return `${screen}: ${findings.length} serious/critical axe violation(s)\n${lines.join('\n')}`;
}
