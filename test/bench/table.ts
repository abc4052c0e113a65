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

/** One line of a figures table: a cell per column, and optionally the target it is judged against. */
export interface Figure {
  measure: string;
  cells: string[];
  /** e.g. "≤ 50 ms"; empty for figures given for information. */
  target?: string;
  /** Computed from the measured value by the bench, never written by hand. */
  met?: boolean;
}

export function printFigures(title: string, columns: string[], figures: Figure[]): void {
  const width = Math.max(...figures.map((f) => f.measure.length), 'measure'.length);
  const cellWidths = columns.map((c, i) => Math.max(c.length, ...figures.map((f) => (f.cells[i] ?? '').length)));
  const targetWidth = Math.max('target'.length, ...figures.map((f) => (f.target ?? '').length));
  const line = (measure: string, cells: string[], target: string, result: string) =>
    `${measure.padEnd(width)}  ${cells.map((c, i) => c.padStart(cellWidths[i]!)).join('  ')}  ${target.padEnd(targetWidth)}  ${result}`.trimEnd();
  console.log(`\n${title}`);
  console.log(line('measure', columns, 'target', 'result'));
  for (const f of figures)
    console.log(line(f.measure, f.cells, f.target ?? '', f.met === undefined ? '' : f.met ? 'met' : 'MISSED'));
}
