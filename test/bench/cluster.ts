/**
 * "Suggest groups" (shared/domain/cluster): how long clustering takes as the wall grows, in
 * the thread and through the worker the core uses (electron/core/workers), how late the main
 * thread's timers run meanwhile (what a phone's vote would wait), and how good the groups are
 * on the hand-written fixtures of each language.
 *
 *   tsx test/bench/run.ts cluster      once run.ts has the part (it calls benchCluster)
 *   AGORA_BENCH_CLUSTER_RUNS=5         timed runs per size (default 3; the median is shown)
 *
 * Sizes are generated walls (shared/domain/cluster/synthetic.ts: 25 themes, English and
 * French words, a third with a pitch). Run from source (tsx), the worker's first start also
 * compiles its TypeScript, so the cold start is given apart and every timed run is warm.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { stopClusterWorker, suggestGroupsOffThread } from '../../electron/core/workers/suggestGroups.ts';
import {
  DEFAULT_THRESHOLD,
  type LabelledTopic,
  type SuggestInput,
  scoreSuggestions,
  suggestGroups,
} from '../../shared/domain/cluster/index.ts';
import { syntheticTopics } from '../../shared/domain/cluster/synthetic.ts';
import { percentile } from './table.ts';

export interface BenchTable {
  title: string;
  columns: string[];
  figures: (string | number)[][];
}

const SIZES = [250, 500, 1000, 2000];
const RUNS = Math.max(1, Number(process.env.AGORA_BENCH_CLUSTER_RUNS ?? 3));
const TARGET = { topics: 1000, ms: 2000 } as const;
const LANGUAGES = ['fr', 'en', 'pl', 'ro', 'zh', 'mixed'] as const;
const FIXTURES = join(import.meta.dirname, '../fixtures/topics-multilingual');

const round = (n: number, digits = 0) => Number(n.toFixed(digits));
const median = (values: number[]) => percentile(values, 50);

/** Runs `work` under a 5 ms interval; the lag is how late each tick came. */
async function withLag<T>(work: () => Promise<T>): Promise<{ result: T; lags: number[] }> {
  const period = 5;
  const lags: number[] = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    lags.push(Math.max(0, now - last - period));
    last = now;
  }, period);
  try {
    return { result: await work(), lags };
  } finally {
    clearInterval(timer);
  }
}

async function timings(): Promise<{ table: BenchTable; coldStartMs: number }> {
  const cold = performance.now();
  await suggestGroupsOffThread({ topics: syntheticTopics(20, 1) });
  const coldStartMs = performance.now() - cold;
  // Warm the in-thread code as a running app would be.
  suggestGroups({ topics: syntheticTopics(300, 2) });

  const figures: (string | number)[][] = [];
  for (const n of SIZES) {
    const input: SuggestInput = { topics: syntheticTopics(n, n) };
    const inThread: number[] = [];
    const viaWorker: number[] = [];
    const lags: number[] = [];
    let groups = 0;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      groups = suggestGroups(input).suggestions.length;
      inThread.push(performance.now() - started);

      const sent = performance.now();
      const measured = await withLag(() => suggestGroupsOffThread(input));
      viaWorker.push(performance.now() - sent);
      lags.push(...measured.lags);
    }
    const inThreadMs = median(inThread);
    const target = n === TARGET.topics ? `< ${TARGET.ms} ms` : '';
    const met = n === TARGET.topics ? (inThreadMs < TARGET.ms && median(viaWorker) < TARGET.ms ? 'met' : 'MISSED') : '';
    figures.push([
      n,
      groups,
      round(inThreadMs),
      round(median(viaWorker)),
      round(percentile(lags, 99), 1),
      round(Math.max(0, ...lags), 1),
      target,
      met,
    ]);
  }
  return {
    coldStartMs,
    table: {
      title: `Suggest groups: time to cluster generated topics (median of ${RUNS}; threshold ${DEFAULT_THRESHOLD})`,
      columns: [
        'topics',
        'groups',
        'in-thread ms',
        'via worker ms',
        'main-thread lag p99 ms',
        'lag max ms',
        'target',
        'result',
      ],
      figures,
    },
  };
}

function fixture(language: string): LabelledTopic[] {
  return JSON.parse(readFileSync(join(FIXTURES, `${language}.json`), 'utf8')) as LabelledTopic[];
}

function quality(): BenchTable {
  const figures = LANGUAGES.map((language) => {
    const items = fixture(language);
    const s = scoreSuggestions(items);
    const expectedGroups = new Set(items.map((t) => t.expected)).size;
    return [
      language,
      items.length,
      expectedGroups,
      s.groups,
      round(s.precision, 2),
      round(s.recall, 2),
      round(s.f1, 2),
      round(s.ari, 2),
    ];
  });
  return {
    title: `Suggest groups: quality on the fixtures (threshold ${DEFAULT_THRESHOLD}, pairwise scores and adjusted Rand index)`,
    columns: ['language', 'topics', 'expected groups', 'suggested', 'precision', 'recall', 'F1', 'ARI'],
    figures,
  };
}

/** What the facilitator's slider does: mean scores over the six fixtures per threshold. */
function sweep(): BenchTable {
  const walls = LANGUAGES.map(fixture);
  const figures = [0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5].map((threshold) => {
    const scores = walls.map((items) => scoreSuggestions(items, { threshold }));
    const mean = (pick: (s: (typeof scores)[number]) => number) =>
      round(scores.reduce((sum, s) => sum + pick(s), 0) / scores.length, 2);
    return [threshold, mean((s) => s.groups), mean((s) => s.precision), mean((s) => s.recall), mean((s) => s.ari)];
  });
  return {
    title: 'Suggest groups: the threshold slider (means over the six fixtures)',
    columns: ['threshold', 'groups', 'precision', 'recall', 'ARI'],
    figures,
  };
}

export async function benchCluster(): Promise<{ tables: BenchTable[]; notes: string[] }> {
  try {
    const { table, coldStartMs } = await timings();
    const load = loadavg().map((l) => l.toFixed(1));
    return {
      tables: [table, quality(), sweep()],
      notes: [
        `${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), load average ${load.join(' / ')} at the end; Node ${process.version}.`,
        `The worker's first start took ${round(coldStartMs)} ms (${import.meta.url.endsWith('.ts') ? 'from source: tsx compiles its TypeScript' : 'bundled'}); the timed runs reuse it.`,
        '"via worker" is the wall time of suggestGroupsOffThread (copying the topics in and the answer out included); "lag" is how late a 5 ms timer fired on the main thread meanwhile, which in-thread would be the whole "in-thread ms".',
        'Quality: the fixtures group by theme, lexical similarity finds the groups whose titles share words or word stems; precision is what a facilitator sees first.',
      ],
    };
  } finally {
    await stopClusterWorker();
  }
}
