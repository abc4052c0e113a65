/**
 * Agora's headless command line, on the same core as the window:
 *   npm run agora -- <command> [options]
 * Results go to stdout, errors to stderr. Exit codes: 0 done, 1 failed, 2 usage error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Method, Output } from '../shared/contract/index.ts';
import { formatScheduleReport } from '../shared/grid.ts';
import { VOTE_LIMITS } from '../shared/voting.ts';
import { type Core, createCore } from './core/app.ts';
import { StoreError } from './core/db/open.ts';
import { startHost } from './core/net/host.ts';
import { developmentLocations, prepareDataDir, resolveDataDir } from './core/paths.ts';

const USAGE = `Agora — offline workshops for cities and territories

Usage: npm run agora -- <command> [options]

Commands:
  serve                 run the browser host without a window; prints "facilitator: <url>"
                        (with --lan also the participant server; prints "participants: <url>")
  list                  one workshop a line: id, date, format, topics, title
  export <workshop-id>  print a workshop as JSON (rooms, slots, participants, topics,
                        vote rounds with their ballots and totals)
  import <file.json>    add a workshop from an exported JSON file; prints its new id
  schedule <workshop>   make the session grid from the votes (the workshop's id or exact title)
                        and save it; prints one line: sessions scheduled, attendance, clashes,
                        overflow, unplaced, time
  backup                write a backup of the database now; prints its path
  help                  this text

Options:
  --data-dir <dir>      where the database lives (default: $AGORA_DATA_DIR, else the OS app-data folder)
  --port <n>            serve: the port on 127.0.0.1 (default 0: any free port)
  --lan                 serve: also start the participant server for phones on the local network
  --lan-port <n>        serve: its port (default 0: any free port)
  --lan-host <address>  serve: the address it listens on (default 0.0.0.0: every interface)
  --workshop <id>       serve: whose join address to print (default: the one with an open vote,
                        else the latest)
  --max-voters <n>      serve: how many phones a workshop lets in before the next ones wait
                        (default: its participants plus a margin, at least 30; the Phones panel
                        can change it per workshop)
  --round <id>          schedule: the vote round whose ballots give demand (default: the grid's
                        round, else the latest closed round with ballots, else the latest with ballots)
  --format json         export: the output format (json is the only one for now)
  --out <file>          export: write to a file instead of stdout
  --no-demo             do not seed the demo workshop on a new database

Exit codes: 0 done, 1 the command failed, 2 wrong usage.`;

class UsageError extends Error {}

const STATIC_DIR = developmentLocations().rendererDir;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      lan: { type: 'boolean' },
      'lan-port': { type: 'string' },
      'lan-host': { type: 'string' },
      workshop: { type: 'string' },
      'max-voters': { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      round: { type: 'string' },
      'no-demo': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (!command || command === 'help' || values.help) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }

  const maxVoters = values['max-voters'] === undefined ? undefined : parseCount(values['max-voters'], '--max-voters');
  // A mistyped --data-dir must not look like an empty world: only `serve` (a first start) makes the folder.
  const open = () =>
    createCore({
      dataDir: prepareDataDir(resolveDataDir(values['data-dir']), command === 'serve'),
      transport: 'browser-host',
      seedDemo: !values['no-demo'],
      // Only a running host backs up on a schedule; `list` or `export` should not write files.
      backupEveryMs: command === 'serve' ? undefined : 0,
      backupOnStart: command === 'serve',
      // One-shot commands run beside a running Agora; a second host on the folder is refused.
      exclusive: command === 'serve',
      defaultMaxVoters: maxVoters,
    });

  if (values.round !== undefined && command !== 'schedule') throw new UsageError('--round goes with schedule.');

  switch (command) {
    case 'serve': {
      const port = parsePort(values.port, '--port');
      if (!values.lan && (values['lan-port'] || values['lan-host'] || values.workshop || maxVoters))
        throw new UsageError('--lan-port, --lan-host, --workshop and --max-voters go with --lan.');
      const lanPort = values.lan ? parsePort(values['lan-port'], '--lan-port') : null;
      const core = await open();
      const host = await startHost({ core, port, staticDir: STATIC_DIR });
      console.log(`facilitator: ${host.facilitatorUrl}`);
      if (lanPort !== null) {
        await call(core, 'lan:start', { port: lanPort, host: values['lan-host'] ?? '0.0.0.0' });
        const workshopId = values.workshop ?? (await workshopToJoin(core));
        const join = workshopId ? await call(core, 'join:get', { workshopId }) : null;
        console.log(`participants: ${join?.url ?? core.lan.status().baseUrl}`);
      }
      await waitForSignal();
      await host.close();
      await core.close();
      return 0;
    }
    case 'list':
      return withCore(open, async (core) => {
        for (const w of await call(core, 'workshops:list', {})) {
          console.log([w.id, w.date, w.format, `${w.topicCount} topics`, w.title].join('\t'));
        }
      });
    case 'export': {
      const workshopId = requireArg(rest[0], 'export needs a workshop id (see: list)');
      if (values.format && values.format !== 'json')
        throw new UsageError(`Unknown format "${values.format}"; use json.`);
      return withCore(open, async (core) => {
        const json = `${JSON.stringify(await call(core, 'workshops:export', { workshopId }), null, 2)}\n`;
        if (values.out) writeFileSync(values.out, json);
        else process.stdout.write(json);
      });
    }
    case 'import': {
      const file = requireArg(rest[0], 'import needs a JSON file exported by Agora');
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        throw new Error(`Cannot read ${file} as JSON: ${(error as Error).message}`);
      }
      return withCore(open, async (core) => {
        const workshop = await call(core, 'workshops:import', { data } as never);
        console.log(workshop.id);
      });
    }
    case 'schedule': {
      const ref = requireArg(rest[0], 'schedule needs a workshop id or title (see: list)');
      return withCore(open, async (core) => {
        const workshopId = await findWorkshop(core, ref);
        const input = values.round === undefined ? { workshopId } : { workshopId, roundId: values.round };
        const grid = await call(core, 'grid:autoSchedule', input);
        console.log(formatScheduleReport(grid.report));
      });
    }
    case 'backup':
      return withCore(open, async (core) => {
        console.log((await call(core, 'backups:create', {})).file);
      });
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

async function withCore(open: () => Promise<Core>, run: (core: Core) => Promise<void>): Promise<number> {
  const core = await open();
  try {
    await run(core);
    return 0;
  } finally {
    await core.close();
  }
}

/** Calls the core like any transport does, turning an error result into an exception for main(). */
async function call<M extends Method>(core: Core, method: M, input: unknown): Promise<Output<M>> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw new Error(`${result.error.message} (${result.error.code})`);
  return result.value as Output<M>;
}

function parsePort(raw: string | undefined, flag: string): number {
  if (raw === undefined) return 0;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`${flag} must be 0–65535, not "${raw}".`);
  return port;
}

function parseCount(raw: string, flag: string): number {
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 1 || count > VOTE_LIMITS.maxVoters)
    throw new UsageError(`${flag} must be 1–${VOTE_LIMITS.maxVoters}, not "${raw}".`);
  return count;
}

/** The workshop a headless host invites phones to: the latest with an open round, else the latest. */
async function workshopToJoin(core: Core): Promise<string | null> {
  const workshops = await call(core, 'workshops:list', {});
  for (const w of workshops) {
    const rounds = await call(core, 'rounds:list', { workshopId: w.id });
    if (rounds.some((r) => r.state === 'open')) return w.id;
  }
  return workshops[0]?.id ?? null;
}

/** A workshop by its id, else by its exact title (case and surrounding spaces aside), if only one has it. */
async function findWorkshop(core: Core, ref: string): Promise<string> {
  const workshops = await call(core, 'workshops:list', {});
  if (workshops.some((w) => w.id === ref)) return ref;
  const wanted = ref.trim().toLocaleLowerCase();
  const titled = workshops.filter((w) => w.title.trim().toLocaleLowerCase() === wanted);
  if (titled.length === 1) return (titled[0] as { id: string }).id;
  if (titled.length > 1)
    throw new Error(`${titled.length} workshops are titled "${ref}": give the id of one (see: list).`);
  throw new Error(`No workshop with id or title "${ref}" (see: list).`);
}

function requireArg(value: string | undefined, message: string): string {
  if (!value) throw new UsageError(message);
  return value;
}

function waitForSignal(): Promise<void> {
  return new Promise((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
}

/** Exits once stdout has flushed: an export piped into another program would otherwise be cut off. */
const exitAfterOutput = (code: number) => process.stdout.write('', () => process.exit(code));

main(process.argv.slice(2)).then(exitAfterOutput, (error: unknown) => {
  if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`agora: ${(error as Error).message}\nRun "npm run agora -- help" for usage.`);
    exitAfterOutput(2);
    return;
  }
  console.error(`agora: ${error instanceof StoreError || error instanceof Error ? error.message : String(error)}`);
  exitAfterOutput(1);
});
