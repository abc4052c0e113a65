/**
 * `npm run bench`: prints tables of figures, never pass/fail. Needs the renderer built
 * (`npm run build:renderer`); the topic capture part also needs Chromium (found as
 * scripts/system/chromium.ts says).
 *
 *   tsx test/bench/run.ts            every part
 *   tsx test/bench/run.ts phones     only the named parts: topics, phones, open (the open-loop sweep)
 */
import { benchOpenLoop } from './openLoop.ts';
import { benchPhones } from './phones.ts';
import { printFigures, printTable } from './table.ts';
import { benchTopicsUi } from './topics-ui.ts';

const PARTS = {
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
