import { parseArgs } from 'node:util';
import { importRegions, startApiServer } from '@netra/api';
import { createLogger, installShutdown, loadConfig, migrate, type Closer } from '@netra/shared';
import { openStores } from '../runtime/stores.js';
import { startWorkers, WORKER_KINDS, type WorkerKind } from '../runtime/workers.js';
import { UsageError, type Command } from './command-types.js';
import { openContext, print } from './context.js';
import { DEMO_PASSWORD, seedDemo } from './demo-seed.js';
import { parseSimulationArgs, simulationLookbackDays, startSimulation } from './simulate-command.js';

type Mode = { api: boolean; workers: readonly WorkerKind[] };

async function run(mode: Mode, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      'sim-start': { type: 'string' },
      demo: { type: 'boolean', default: false },
      simulate: { type: 'boolean', default: false },
      port: { type: 'string' },
      accounts: { type: 'string' },
      seed: { type: 'string' },
      'tick-ms': { type: 'string' },
    },
  });
  const config = loadConfig(values.port ? { ...process.env, PORT: values.port } : process.env);
  const logger = createLogger({ level: config.LOG_LEVEL, name: 'netra' });
  const stores = await openStores(config, logger);
  const closers: Closer[] = [...stores.closers];
  // Closers run in reverse: HTTP and workers stop first, then the pools, then embedded stores.
  const shutdown = installShutdown(closers, logger);
  try {
    const applied = await migrate(stores.db);
    if (applied.length) logger.info({ applied }, 'migrations applied');
    if (values.demo) {
      const report = await seedDemo(stores.db);
      print(`Demo data loaded: ${report.regions} regions, ${report.contests} Pilkada 2024 contests (${report.entries} ballot entries), ${report.asn} demo ASN rows with ${report.accounts} accounts.`);
      print(`Users (password "${DEMO_PASSWORD}"):`);
      for (const user of report.users) print(`  - ${user}`);
    } else {
      await importRegions(stores.db);
    }
    if (values.simulate) {
      const simOptions = parseSimulationArgs(args.filter((a) => !['--demo', '--simulate'].includes(a)));
      const sim = await startSimulation(stores.db, simOptions);
      closers.push({ name: 'simulator', close: () => sim.close() });
      // The ingest worker's connectors read these when it starts, just below.
      process.env.X_API_BASE_URL = sim.url;
      process.env.X_BEARER_TOKEN ??= 'simulator';
      const days = String(simulationLookbackDays(simOptions.startAt));
      process.env.INGEST_LOOKBACK_DAYS = days;
      process.env.INGEST_BACKFILL_DAYS = days;
      print(`Simulated platform on ${sim.url}: ${sim.accounts.length} ASN accounts registered and polled like X.`);
    }
    const deps = { config, logger, db: stores.db, redis: stores.redis };
    // With the API in this process, its outbox relay is the one relay (see WorkerDeps.outboxRelay).
    closers.push(...(await startWorkers(mode.workers, { ...deps, outboxRelay: !mode.api })));
    if (mode.api) {
      const app = await startApiServer(deps);
      closers.push({ name: 'http', close: () => app.close() });
      const base = `http://${config.HOST}:${config.PORT}`;
      print(`Netra API on ${base} (OpenAPI: ${base}/docs, health: ${base}/health)`);
      if (values.demo) print(`Log in: curl -s -X POST ${base}/v1/auth/login -H 'content-type: application/json' -d '{"username":"reviewer.banjarmasin","password":"${DEMO_PASSWORD}"}'`);
    }
    return await new Promise<number>(() => undefined); // runs until a signal
  } catch (error) {
    await shutdown();
    throw error;
  }
}

export const startCommand: Command = {
  words: ['start'],
  usage: 'netra start [--demo] [--simulate [--accounts N]] [--port N]',
  summary: 'Run the API and every worker in one process (embedded PostgreSQL/Redis when no URLs are set)',
  run: (args) => run({ api: true, workers: WORKER_KINDS }, args),
};

export const apiCommand: Command = {
  words: ['api'],
  usage: 'netra api [--port N]',
  summary: 'Run the API only (for docker-compose and scaling out)',
  run: (args) => run({ api: true, workers: [] }, args),
};

export const workerCommand: Command = {
  words: ['worker'],
  usage: `netra worker <${WORKER_KINDS.join('|')}>`,
  summary: 'Run one worker kind only',
  run: (args) => {
    const kind = args[0] as WorkerKind | undefined;
    if (!kind || !WORKER_KINDS.includes(kind)) throw new UsageError(`worker kind must be one of ${WORKER_KINDS.join(', ')}`);
    return run({ api: false, workers: [kind] }, args.slice(1));
  },
};

export const seedDemoCommand: Command = {
  words: ['seed-demo'],
  usage: 'netra seed-demo',
  summary: 'Load regions, Pilkada 2024 contests and demo agencies, ASN, accounts and users',
  async run() {
    const ctx = await openContext();
    try {
      const report = await seedDemo(ctx.db);
      print(`Demo data loaded: ${report.regions} regions, ${report.contests} contests (${report.entries} entries), ${report.asn} ASN rows, ${report.accounts} accounts; users (password "${DEMO_PASSWORD}"): ${report.users.join(', ')}`);
      return 0;
    } finally {
      await ctx.close();
    }
  },
};
