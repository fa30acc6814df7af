import { parseArgs } from 'node:util';
import { importAsn } from '@netra/api';
import { simulatorRegistryCsv, startSimulator, type Simulator } from '@netra/ingest';
import type { Pool } from '@netra/shared';
import { UsageError, type Command } from './command-types.js';
import { CLI_ACTOR, openContext, print } from './context.js';

export interface SimulationOptions {
  accounts: number;
  port: number;
  seed: number;
  tickMs: number;
  /** Virtual time the simulated platform starts at: inside the Pilkada 2024 campaign by default. */
  startAt: Date;
}

/** The campaign of Pilkada 2024 ran 25 Sep to 23 Nov 2024; the simulation starts in it. */
export const DEFAULT_SIMULATION_START = '2024-10-21T08:00:00+07:00';

/**
 * Starts the fake platform and registers its accounts as ASN with social accounts, so the ingest
 * worker polls it like a real platform (X API v2 shapes) once X_API_BASE_URL points at it.
 */
export async function startSimulation(db: Pool, options: SimulationOptions): Promise<Simulator> {
  // Each real tick advances the platform by 20 virtual minutes, so a demo sees a campaign day in a
  // couple of minutes.
  const sim = await startSimulator({
    port: options.port, accounts: options.accounts, seed: options.seed, tickMs: options.tickMs,
    startAt: options.startAt, historyDays: 1, stepMs: 20 * 60_000,
  });
  const report = await importAsn(db, {
    format: 'csv',
    text: simulatorRegistryCsv(sim.accounts, options.seed),
    actor: { ...CLI_ACTOR, actorLabel: 'system:simulator' },
    scope: null,
  });
  if (report.rejectedRows > 0) {
    await sim.close();
    throw new Error(`simulator registry rejected ${report.rejectedRows} rows: ${report.rejected.slice(0, 3).map((r) => r.reason).join('; ')}`);
  }
  return sim;
}

export function parseSimulationArgs(args: string[]): SimulationOptions & { rest: string[] } {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: false,
    options: {
      accounts: { type: 'string', default: '200' }, 'sim-port': { type: 'string', default: '0' }, seed: { type: 'string', default: '2024' },
      'tick-ms': { type: 'string', default: '5000' }, 'sim-start': { type: 'string', default: DEFAULT_SIMULATION_START },
    },
  });
  const startAt = new Date(String(values['sim-start']));
  if (Number.isNaN(startAt.getTime())) throw new UsageError('--sim-start must be an ISO 8601 date-time');
  const num = (name: string, v: unknown) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number`);
    return n;
  };
  return { accounts: num('accounts', values.accounts), port: num('sim-port', values['sim-port']), seed: num('seed', values.seed), tickMs: num('tick-ms', values['tick-ms']), startAt, rest: positionals };
}

/** Polls must reach back to the simulated time: the lookback covers it, with a week to spare. */
export function simulationLookbackDays(startAt: Date, now = new Date()): number {
  return Math.ceil((now.getTime() - startAt.getTime()) / 86_400_000) + 7;
}

export const simulateCommand: Command = {
  words: ['simulate'],
  usage: 'netra simulate [--accounts 200] [--sim-port 0] [--seed 2024] [--tick-ms 5000] [--sim-start ISO]',
  summary: 'Run a fake platform with a realistic stream of ASN activity and register its accounts',
  async run(args) {
    const options = parseSimulationArgs(args);
    const ctx = await openContext();
    const sim = await startSimulation(ctx.db, options);
    await ctx.close();
    print(`Simulated platform (X API v2 shapes) on ${sim.url} with ${sim.accounts.length} registered accounts.`);
    const days = simulationLookbackDays(options.startAt);
    print(`Point Netra at it: X_API_BASE_URL=${sim.url} X_BEARER_TOKEN=sim INGEST_LOOKBACK_DAYS=${days} INGEST_BACKFILL_DAYS=${days} npx netra start`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await sim.close();
    return 0;
  },
};
