/**
 * The session-grid auto-scheduler (shared/domain/schedule) against the exact optimum, against
 * what unconference tools do, and against the clock.
 *
 * Instances are generated the way a BarCamp's wall of dots looks: topic popularity is
 * lognormal (a few favourites, a long tail), voters belong to interest clusters and lean to
 * their cluster's topics (so voters correlate, and popular topics of one cluster want
 * different slots), each voter puts one dot on each of `dots` distinct topics; rooms vary in
 * size, from a hall to a meeting room, sized to the expected crowds; about one topic in ten
 * shares its host with another, one in ten has none; some topics form groups.
 *
 * Four tables:
 *   1. small instances (8–16 sessions, 2–3 rooms, 3–4 slots, 20–60 voters, 3 dots) solved
 *      exactly with HiGHS (the `highs` devDependency, WebAssembly): lost pairs, optimum vs ours
 *      (and, opt-in, medium ones of 20–26 sessions, where HiGHS needs up to a minute each);
 *   2. attendance of the slot-by-slot greedy vs ours vs the upper bound (the most wanted
 *      sessions fill every cell and nobody clashes), small to large;
 *   3. time on the reference instance (300 topics, 12 rooms, 10 slots, 400 voters × 5 dots);
 *   4. time as topics double, 75 → 600 (rooms = topics / 25, voters = topics × 4 / 3, 10 slots).
 *
 *   tsx test/bench/run.ts schedule
 *   AGORA_BENCH_SCHEDULE_EXACT=30        how many small instances to solve exactly (default 30)
 *   AGORA_BENCH_SCHEDULE_MEDIUM=6        also 6 medium ones (20–26 sessions; HiGHS takes 5–60 s each; default 0)
 */
import { cpus, loadavg } from 'node:os';
import loadHighs from 'highs';
import {
  autoSchedule,
  computeFigures,
  type ScheduleFigures,
  type ScheduleInstance,
  type ScheduleRoom,
  type ScheduleSession,
} from '../../shared/domain/schedule/index.ts';
import { greedySlotBySlot } from './scheduleBaselines.ts';
import type { Figure } from './table.ts';

// ---- instances ---------------------------------------------------------------------------------

export interface GeneratorOptions {
  topics: number;
  rooms: number;
  slots: number;
  voters: number;
  /** Distinct topics each voter puts a dot on. */
  dots: number;
  seed: number;
  /** Lock this many sessions into cells (a keynote, an invited talk). Default 0. */
  locks?: number;
  /** Mark this many cells unavailable. Default 0. */
  closedCells?: number;
}

/** mulberry32: a seeded generator, so every run of the bench meets the same instances. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(random: () => number): number {
  // Box–Muller; 1 − random() avoids log(0).
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Popularity spread: σ of log-popularity, and how much a voter favours their cluster. */
const POPULARITY_SIGMA = 1;
const CLUSTER_PULL = 4;
const TOPICS_PER_CLUSTER = 12;

export function generateInstance(o: GeneratorOptions): ScheduleInstance {
  const random = seededRandom(o.seed * 7919 + o.topics);
  const clusters = Math.max(2, Math.round(o.topics / TOPICS_PER_CLUSTER));
  const popularity = Array.from({ length: o.topics }, () => Math.exp(POPULARITY_SIGMA * gaussian(random)));
  const clusterOf = Array.from({ length: o.topics }, () => Math.floor(random() * clusters));

  const voters: number[][] = Array.from({ length: o.topics }, () => []);
  const dots = Math.min(o.dots, o.topics);
  for (let v = 0; v < o.voters; v++) {
    const home = Math.floor(random() * clusters);
    const weight = popularity.map((p, i) => (clusterOf[i] === home ? p * CLUSTER_PULL : p));
    for (let d = 0; d < dots; d++) {
      // Weighted draw without replacement: a chosen topic's weight drops to 0.
      const total = weight.reduce((a, b) => a + b, 0);
      let x = random() * total;
      let topic = 0;
      while (topic < o.topics - 1 && x >= weight[topic]!) x -= weight[topic++]!;
      voters[topic]!.push(v);
      weight[topic] = 0;
    }
  }

  // Rooms from a hall to a meeting room: the largest seats about the expected top crowd.
  const demands = voters.map((v) => v.length).sort((a, b) => b - a);
  const top = demands[0] ?? 1;
  const rooms: ScheduleRoom[] = Array.from({ length: o.rooms }, (_, r) => {
    const share = o.rooms === 1 ? 1 : 1 - (0.8 * r) / (o.rooms - 1); // 100 % → 20 % of the top crowd
    const capacity = Math.max(4, Math.round(top * share * (0.9 + 0.2 * random())));
    return { id: `room${r + 1}`, capacity: r === 0 && o.rooms >= 6 ? null : capacity };
  });
  const slots = Array.from({ length: o.slots }, (_, t) => ({ id: `slot${t + 1}` }));

  const hostOf: (string | null)[] = [];
  let hosts = 0;
  for (let i = 0; i < o.topics; i++) {
    const x = random();
    if (x < 0.1) hostOf.push(null);
    else if (x < 0.2 && i > 0) hostOf.push(hostOf[Math.floor(random() * i)] ?? `host${hosts++}`);
    else hostOf.push(`host${hosts++}`);
  }

  // Groups: pairs of topics of one cluster merged into a theme, about one topic in eight.
  const groupOf: (string | null)[] = new Array(o.topics).fill(null);
  for (let g = 0; g < Math.floor(o.topics / 16); g++) {
    const a = Math.floor(random() * o.topics);
    const b = clusterOf.findIndex((c, i) => c === clusterOf[a] && i !== a && groupOf[i] === null);
    if (b !== -1 && groupOf[a] === null) groupOf[a] = groupOf[b] = `group${g}`;
  }

  const sessions: ScheduleSession[] = voters.map((v, i) => ({
    id: `topic${i + 1}`,
    voters: v,
    hostId: hostOf[i] ?? null,
    groupId: groupOf[i],
  }));

  // Locks and closed cells in distinct cells, locks on distinct hosts' slots.
  const used = new Set<string>();
  const pickCell = () => {
    for (;;) {
      const cell = {
        roomId: rooms[Math.floor(random() * o.rooms)]!.id,
        slotId: slots[Math.floor(random() * o.slots)]!.id,
      };
      const key = `${cell.roomId}\n${cell.slotId}`;
      if (!used.has(key)) {
        used.add(key);
        return cell;
      }
    }
  };
  const cells: { roomId: string; slotId: string }[] = [];
  for (let k = 0; k < (o.closedCells ?? 0); k++) cells.push(pickCell());
  const lockedHosts = new Set<string>();
  for (let k = 0, i = 0; k < (o.locks ?? 0) && i < sessions.length; i++) {
    const s = sessions[i]!;
    if (s.hostId !== null && lockedHosts.has(s.hostId)) continue;
    if (s.hostId !== null) lockedHosts.add(s.hostId);
    sessions[i] = { ...s, lock: pickCell() };
    k++;
  }
  return { rooms, slots, sessions, voterCount: o.voters, unavailable: cells.length > 0 ? { cells } : undefined };
}

/** The upper bound on kept pairs: the sessions with the most voters fill every usable cell, and nobody clashes. */
export function keptPairsBound(instance: ScheduleInstance): number {
  const closedCells = new Set((instance.unavailable?.cells ?? []).map((c) => `${c.roomId}\n${c.slotId}`));
  const cells = instance.rooms.length * instance.slots.length - closedCells.size;
  const locked = instance.sessions.filter((s) => s.lock);
  const free = instance.sessions
    .filter((s) => !s.lock)
    .map((s) => s.voters.length)
    .sort((a, b) => b - a);
  const lockedPairs = locked.reduce((sum, s) => sum + s.voters.length, 0);
  return lockedPairs + free.slice(0, Math.max(0, cells - locked.length)).reduce((a, b) => a + b, 0);
}

// ---- the exact optimum -------------------------------------------------------------------------

type Highs = Awaited<ReturnType<typeof loadHighs>>;

/**
 * The integer programme for the fewest lost pairs, as CPLEX LP text for HiGHS:
 *   x[s,t] ∈ {0,1}   session s runs in slot t (a locked session only in its slot, fixed to 1);
 *   Σ_t x[s,t] ≤ 1;  Σ_s x[s,t] ≤ usable rooms of slot t;  Σ_{s of host h} x[s,t] ≤ 1;
 *   0 ≤ y[v,t] ≤ 1,  y[v,t] ≤ Σ_{s wanted by v} x[s,t];   maximise Σ y (the kept pairs).
 * Rooms and capacity do not enter: the first criterion is pairs alone, and any slot with no
 * more sessions than usable rooms can seat them.
 */
export function lostPairsProgramme(instance: ScheduleInstance): string {
  const closed = new Set((instance.unavailable?.cells ?? []).map((c) => `${c.roomId}\n${c.slotId}`));
  const slotIndex = new Map(instance.slots.map((s, t) => [s.id, t]));
  const T = instance.slots.length;
  const slotsOf = (s: ScheduleSession) => {
    const locked = s.lock ? slotIndex.get(s.lock.slotId) : undefined;
    return locked === undefined ? instance.slots.map((_, t) => t) : [locked];
  };
  const x = (i: number, t: number) => `x${i}_${t}`;
  const rows: string[] = [];
  const sum = (terms: string[]) => {
    const lines: string[] = [];
    for (let k = 0; k < terms.length; k += 12) lines.push(terms.slice(k, k + 12).join(' + '));
    return lines.join('\n   + ');
  };
  instance.sessions.forEach((s, i) => {
    rows.push(` one${i}: ${sum(slotsOf(s).map((t) => x(i, t)))} <= 1`);
  });
  for (let t = 0; t < T; t++) {
    const rooms = instance.rooms.filter((r) => !closed.has(`${r.id}\n${instance.slots[t]!.id}`)).length;
    const terms = instance.sessions.flatMap((s, i) => (slotsOf(s).includes(t) ? [x(i, t)] : []));
    if (terms.length > 0) rows.push(` rooms${t}: ${sum(terms)} <= ${rooms}`);
  }
  const byHost = new Map<string, number[]>();
  instance.sessions.forEach((s, i) => {
    if (s.hostId !== null) byHost.set(s.hostId, [...(byHost.get(s.hostId) ?? []), i]);
  });
  let h = 0;
  for (const sessions of byHost.values()) {
    if (sessions.length > 1) {
      for (let t = 0; t < T; t++) {
        const terms = sessions.filter((i) => slotsOf(instance.sessions[i]!).includes(t)).map((i) => x(i, t));
        if (terms.length > 1) rows.push(` host${h}_${t}: ${sum(terms)} <= 1`);
      }
    }
    h++;
  }
  const wanted: number[][] = Array.from({ length: instance.voterCount }, () => []);
  instance.sessions.forEach((s, i) => {
    for (const v of s.voters) wanted[v]!.push(i);
  });
  const ys: string[] = [];
  wanted.forEach((sessions, v) => {
    if (sessions.length === 0) return;
    for (let t = 0; t < T; t++) {
      const terms = sessions.filter((i) => slotsOf(instance.sessions[i]!).includes(t)).map((i) => x(i, t));
      if (terms.length === 0) continue;
      const y = `y${v}_${t}`;
      ys.push(y);
      rows.push(` cover${v}_${t}: ${y} - ${terms.join(' - ')} <= 0`);
    }
  });
  const xs = instance.sessions.flatMap((s, i) => slotsOf(s).map((t) => x(i, t)));
  const fixed = instance.sessions.flatMap((s, i) => (s.lock ? slotsOf(s).map((t) => ` ${x(i, t)} = 1`) : []));
  return [
    'Maximize',
    ` kept: ${ys.length > 0 ? sum(ys) : '0 x0_0'}`,
    'Subject To',
    ...rows,
    'Bounds',
    ...ys.map((y) => ` 0 <= ${y} <= 1`),
    ...fixed,
    'Binary',
    ...xs.map((v) => ` ${v}`),
    'End',
  ].join('\n');
}

/** The fewest lost pairs, or null when HiGHS does not prove it within `timeLimitS`. */
function optimumLostPairs(highs: Highs, instance: ScheduleInstance, timeLimitS: number): number | null {
  const result = highs.solve(lostPairsProgramme(instance), {
    output_flag: false,
    mip_rel_gap: 0,
    time_limit: timeLimitS,
  });
  if (result.Status !== 'Optimal') return null;
  const totalPairs = instance.sessions.reduce((sum, s) => sum + s.voters.length, 0);
  return totalPairs - Math.round(result.ObjectiveValue);
}

// ---- the bench ---------------------------------------------------------------------------------

const f2 = (n: number) => n.toFixed(2);
const f3 = (n: number) => n.toFixed(3);
const pct = (n: number) => `${(100 * n).toFixed(1)} %`;
const TARGETS = { avgRatio: 1.05, worstRatio: 1.15, boundGap: 0.02, referenceMs: 1000 } as const;

/** Runs `work` and returns its result with wall and CPU milliseconds (the machine may be shared). */
function timed<T>(work: () => T): { value: T; wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const value = work();
  const wallMs = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  return { value, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

interface ExactSet {
  title: string;
  count: number;
  /** The k-th instance's shape, drawn with `pick(lo, hi)` (inclusive). */
  shape: (k: number, pick: (lo: number, hi: number) => number) => GeneratorOptions;
  timeLimitS: number;
  /** Judge the ratios against the targets (the brief's small instances), or only report them. */
  judged: boolean;
}

const SMALL_EXACT: ExactSet = {
  title: 'small instances, 3 dots per voter',
  count: Number(process.env.AGORA_BENCH_SCHEDULE_EXACT ?? 30),
  shape: (k, pick) => ({
    topics: pick(8, 16),
    rooms: pick(2, 3),
    slots: pick(3, 4),
    voters: pick(20, 60),
    dots: 3,
    seed: 100 + k,
    locks: k % 3 === 0 ? 1 : 0,
    closedCells: k % 4 === 1 ? 1 : 0,
  }),
  timeLimitS: 300,
  judged: true,
};

/** Beyond the brief's range, where HiGHS needs seconds to minutes: opt-in, it takes a few minutes. */
const MEDIUM_EXACT: ExactSet = {
  title: 'medium instances (20–26 sessions, 4 dots, 1 lock, 1 closed cell), HiGHS limited to 120 s each',
  count: Number(process.env.AGORA_BENCH_SCHEDULE_MEDIUM ?? 0),
  shape: (k, pick) => ({
    topics: pick(20, 26),
    rooms: pick(3, 4),
    slots: pick(4, 5),
    voters: pick(60, 90),
    dots: 4,
    seed: 900 + k,
    locks: 1,
    closedCells: 1,
  }),
  timeLimitS: 120,
  judged: false,
};

function exactTable(highs: Highs, set: ExactSet): { table: BenchTable; notes: string[] } {
  const random = seededRandom(2024);
  const pick = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const figures: Figure[] = [];
  const ratios: number[] = [];
  let optimalHits = 0;
  let solverMs = 0;
  let unsolved = 0;
  for (let k = 0; k < set.count; k++) {
    const o = set.shape(k, pick);
    const instance = generateInstance(o);
    const t0 = performance.now();
    const optimum = optimumLostPairs(highs, instance, set.timeLimitS);
    solverMs += performance.now() - t0;
    const run = timed(() => autoSchedule(instance, { seed: 1 }));
    const ours = run.value;
    const lost = ours.figures.lostPairs;
    let ratio = Number.NaN;
    if (optimum === null) unsolved++;
    else {
      ratio = optimum === 0 ? (lost === 0 ? 1 : Number.POSITIVE_INFINITY) : lost / optimum;
      ratios.push(ratio);
      if (lost === optimum) optimalHits++;
    }
    figures.push({
      measure: `#${k + 1}: ${o.topics} sessions, ${o.rooms}×${o.slots} cells${o.locks ? `, ${o.locks} lock` : ''}${o.closedCells ? `, ${o.closedCells} closed` : ''}, ${o.voters} voters`,
      cells: [
        String(ours.figures.totalPairs),
        optimum === null ? '—' : String(optimum),
        String(lost),
        Number.isNaN(ratio) ? '—' : f3(ratio),
        f2(run.wallMs),
        f2(run.cpuMs),
      ],
    });
  }
  const average = ratios.reduce((a, b) => a + b, 0) / ratios.length;
  const worst = Math.max(...ratios);
  figures.push(
    {
      measure: 'average ratio',
      cells: ['', '', '', f3(average), '', ''],
      target: set.judged ? `≤ ${TARGETS.avgRatio}` : '',
      met: set.judged ? average <= TARGETS.avgRatio : undefined,
    },
    {
      measure: 'worst ratio',
      cells: ['', '', '', f3(worst), '', ''],
      target: set.judged ? `≤ ${TARGETS.worstRatio}` : '',
      met: set.judged ? worst <= TARGETS.worstRatio : undefined,
    },
  );
  return {
    table: {
      title: `Lost pairs against the exact optimum (HiGHS MILP): ${set.count} ${set.title}`,
      columns: ['pairs', 'optimum', 'ours', 'ratio', 'ours wall ms', 'ours CPU ms'],
      figures,
    },
    notes: [
      `${set.title}: optimum reached on ${optimalHits} of ${ratios.length} solved; HiGHS took ${(solverMs / Math.max(1, set.count) / 1000).toFixed(1)} s per instance on average${unsolved > 0 ? `, and did not prove ${unsolved} within ${set.timeLimitS} s` : ''}`,
    ],
  };
}

interface Size {
  topics: number;
  rooms: number;
  slots: number;
  voters: number;
}

const GREEDY_SIZES: Size[] = [
  { topics: 30, rooms: 4, slots: 5, voters: 60 },
  { topics: 40, rooms: 6, slots: 8, voters: 200 },
  { topics: 75, rooms: 6, slots: 8, voters: 150 },
  { topics: 150, rooms: 8, slots: 10, voters: 250 },
  { topics: 300, rooms: 12, slots: 10, voters: 400 },
];
const SEEDS = [1, 2, 3];
const sizeLabel = (s: Size) => `${s.topics} topics, ${s.rooms}×${s.slots} cells, ${s.voters} voters`;

function greedyTable(): BenchTable {
  const figures: Figure[] = [];
  for (const size of GREEDY_SIZES) {
    const mean = { greedy: 0, ours: 0, bound: 0, greedyOverflow: 0, oursOverflow: 0 };
    for (const seed of SEEDS) {
      const instance = generateInstance({ ...size, dots: 5, seed, locks: 1, closedCells: 1 });
      const greedy: ScheduleFigures = computeFigures(instance, greedySlotBySlot(instance));
      const ours = autoSchedule(instance, { seed: 1 }).figures;
      mean.greedy += greedy.attendance / SEEDS.length;
      mean.ours += ours.attendance / SEEDS.length;
      mean.bound += keptPairsBound(instance) / Math.max(1, ours.totalPairs) / SEEDS.length;
      mean.greedyOverflow += greedy.overflow / SEEDS.length;
      mean.oursOverflow += ours.overflow / SEEDS.length;
    }
    const large = size.topics >= 150;
    const share = mean.ours / mean.bound;
    figures.push({
      measure: sizeLabel(size),
      cells: [
        pct(mean.greedy),
        pct(mean.ours),
        pct(mean.bound),
        f3(share),
        mean.greedyOverflow.toFixed(1),
        mean.oursOverflow.toFixed(1),
      ],
      target: large ? `ours ≥ ${1 - TARGETS.boundGap} × bound` : '',
      met: large ? share >= 1 - TARGETS.boundGap : undefined,
    });
  }
  return {
    title: `Attendance (kept pairs / pairs): slot-by-slot greedy vs ours vs the bound, mean of ${SEEDS.length} instances each, 5 dots, 1 lock, 1 closed cell`,
    columns: ['greedy', 'ours', 'bound', 'ours/bound', 'greedy overflow', 'ours overflow'],
    figures,
  };
}

const REFERENCE: Size = { topics: 300, rooms: 12, slots: 10, voters: 400 };
/** How the instance grows as topics double: rooms = topics / 25, voters = topics × 4 / 3, 10 slots. */
const scaled = (topics: number): Size => ({
  topics,
  rooms: topics / 25,
  slots: 10,
  voters: Math.round((topics * 4) / 3),
});

function speedTables(): BenchTable[] {
  const reference: Figure[] = [];
  const runs = SEEDS.map((seed) => {
    const instance = generateInstance({ ...REFERENCE, dots: 5, seed, locks: 2, closedCells: 2 });
    return timed(() => autoSchedule(instance, { seed: 1 }));
  });
  for (const [i, run] of runs.entries()) {
    reference.push({
      measure: `instance ${i + 1}`,
      cells: [f2(run.wallMs), f2(run.cpuMs), run.value.stop, pct(run.value.figures.attendance)],
      target: `< ${TARGETS.referenceMs} ms`,
      met: run.wallMs < TARGETS.referenceMs,
    });
  }
  const scaling: Figure[] = [75, 150, 300, 600].map((topics) => {
    const size = scaled(topics);
    const instance = generateInstance({ ...size, dots: 5, seed: 1, locks: 1, closedCells: 1 });
    const run = timed(() => autoSchedule(instance, { seed: 1 }));
    return {
      measure: sizeLabel(size),
      cells: [
        f2(run.wallMs),
        f2(run.cpuMs),
        run.value.stop,
        f3(run.value.figures.attendance / (keptPairsBound(instance) / run.value.figures.totalPairs)),
      ],
    };
  });
  return [
    {
      title: `Time on the reference instance: ${sizeLabel(REFERENCE)} × 5 dots, 2 locks, 2 closed cells (budget 800 ms)`,
      columns: ['wall ms', 'CPU ms', 'stop', 'attendance'],
      figures: reference,
    },
    {
      title: 'Time as topics double (rooms = topics / 25, voters = topics × 4 / 3, 10 slots, 5 dots)',
      columns: ['wall ms', 'CPU ms', 'stop', 'ours/bound'],
      figures: scaling,
    },
  ];
}

export interface BenchTable {
  title: string;
  columns: string[];
  figures: Figure[];
}

export async function benchSchedule(): Promise<{ tables: BenchTable[]; notes: string[] }> {
  const highs = await loadHighs();
  // Warm the JIT on one instance, so the first timed run is not the interpreter's.
  autoSchedule(generateInstance({ ...REFERENCE, dots: 5, seed: 99 }), { seed: 1 });
  const load = () => loadavg()[0]!.toFixed(2);
  const loadBefore = load();
  const exact = [SMALL_EXACT, MEDIUM_EXACT].filter((set) => set.count > 0).map((set) => exactTable(highs, set));
  const tables = [...exact.map((e) => e.table), greedyTable(), ...speedTables()];
  return {
    tables,
    notes: [
      ...exact.flatMap((e) => e.notes),
      'bound: the sessions with the most voters fill every usable cell and no voter clashes (hosts ignored): an upper bound, not always reachable',
      `${cpus().length} CPUs; load average ${loadBefore} before, ${load()} after: wall time counts the other processes too, CPU time does not`,
    ],
  };
}
