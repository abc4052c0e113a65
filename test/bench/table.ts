export interface Row {
  measure: string;
  p50: number;
  p95: number;
  unit: string;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const fmt = (n: number) => (Number.isNaN(n) ? '—' : n.toFixed(1));

export function printTable(title: string, rows: Row[]): void {
  const width = Math.max(...rows.map((r) => r.measure.length), 'measure'.length);
  console.log(`\n${title}`);
  console.log(`${'measure'.padEnd(width)}  ${'p50'.padStart(8)}  ${'p95'.padStart(8)}  unit`);
  for (const r of rows)
    console.log(`${r.measure.padEnd(width)}  ${fmt(r.p50).padStart(8)}  ${fmt(r.p95).padStart(8)}  ${r.unit}`);
}
