/**
 * `npm run bench`: prints tables of figures, never pass/fail. Needs the renderer built
 * (`npm run build:renderer`); the topic capture part also needs Chromium (found as
 * scripts/system/chromium.ts says).
 *
 *   tsx test/bench/run.ts            every part
 *   tsx test/bench/run.ts phones     only the named parts: topics, phones, open (the open-loop sweep),
 *                                    cluster (suggest groups), schedule (the auto-scheduler)
 */
import { benchCluster } from './cluster.ts';
import { benchOpenLoop } from './openLoop.ts';
import { benchPhones } from './phones.ts';
import { benchSchedule } from './schedule.ts';
import { type Figure, printFigures, printTable } from './table.ts';
import { benchTopicsUi } from './topics-ui.ts';

type Table = { title: string; columns: string[]; figures: Figure[] | (string | number)[][] };

/** A part that returns tables (rows as Figures, or as plain cells: the first is the measure) and notes. */
async function printParts(run: () => Promise<{ tables: Table[]; notes: string[] }>) {
  const { tables, notes } = await run();
  for (const table of tables) {
    if (!table.figures.some(Array.isArray)) {
      printFigures(table.title, table.columns, table.figures as Figure[]);
      continue;
    }
    // Plain rows: the first cell is the measure; "target" and "result" columns go where printFigures puts them.
    const at = (name: string) => table.columns.indexOf(name);
    const cellColumns = table.columns.map((_column, i) => i).filter((i) => i > 0 && i !== at('target') && i !== at('result'));
    const figures = (table.figures as (string | number)[][]).map(
      (row): Figure => ({
        measure: String(row[0] ?? ''),
        cells: cellColumns.map((i) => String(row[i] ?? '')),
        target: at('target') >= 0 ? String(row[at('target')] ?? '') : '',
        ...(at('result') >= 0 && row[at('result')] ? { met: row[at('result')] === 'met' } : {}),
      }),
    );
    printFigures(
      table.title,
      cellColumns.map((i) => table.columns[i] as string),
      figures,
    );
  }
  for (const note of notes) console.log(`  note: ${note}`);
}

const PARTS = {
  cluster: () => printParts(benchCluster),
  schedule: () => printParts(benchSchedule),
  topics: async () => printTable('Topic capture with 300 topics (Chromium, real host)', await benchTopicsUi()),
  open: async () => {
    const { tables, notes } = await benchOpenLoop();
    for (const table of tables) printFigures(table.title, table.columns, table.figures);
    for (const note of notes) console.log(`  note: ${note}`);
  },
  phones: async () => {
    const { title, columns, figures, notes } = await benchPhones();
    printFigures(title, columns, figures);
    for (const note of notes) console.log(`  note: ${note}`);
  },
} as const;

const asked = process.argv.slice(2);
const unknown = asked.filter((p) => !(p in PARTS));
if (unknown.length > 0) {
  console.error(`Unknown part(s): ${unknown.join(', ')}. Parts: ${Object.keys(PARTS).join(', ')}.`);
  process.exit(2);
}
for (const part of asked.length > 0 ? asked : Object.keys(PARTS)) await PARTS[part as keyof typeof PARTS]();
