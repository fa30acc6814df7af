import type { Logger, Pool, TypedQueue } from '@netra/shared';
import type { Redis } from 'ioredis';
import { connectorsConfigFromEnv, createConnectors } from '../connectors/registry.js';
import { RateBudget, type BudgetLimit } from '../scheduling/rate-budget.js';
import { syncSchedules } from '../scheduling/sync-schedules.js';
import type { IngestDeps } from './poll-account.js';
import { PollLock } from './poll-lock.js';

// Wiring for the ingest worker process: deps for `createIngestHandlers` from the environment, and
// the periodic reconcile of the job schedulers.
//   const deps = createIngestDeps({ db, redis, prefix });
//   startWorker('ingest', createIngestHandlers(deps), { connection: redis, prefix }, { logger });
//   const sync = startScheduleSync(db, new TypedQueue('ingest', ctx), { logger });

export function createIngestDeps(options: {
  db: Pool;
  redis: Redis;
  prefix: string;
  env?: Record<string, string | undefined>;
  budgets?: Partial<Record<string, BudgetLimit>>;
}): IngestDeps {
  return {
    db: options.db,
    connectors: createConnectors(connectorsConfigFromEnv(options.env ?? process.env)),
    budget: new RateBudget(options.redis, options.prefix, options.budgets ?? {}),
    lock: new PollLock(options.redis, options.prefix),
  };
}

/** Reconciles the schedulers now and then every `everyMs` (default 5 min); errors are logged, not thrown. */
export function startScheduleSync(db: Pool, queue: TypedQueue<'ingest'>, options: { everyMs?: number; logger?: Logger } = {}): { stop: () => void; runNow: () => Promise<void> } {
  let running: Promise<void> | null = null;
  const runNow = () => {
    running ??= syncSchedules(db, queue)
      .then((r) => options.logger?.info(r, 'poll schedules reconciled'))
      .catch((error: unknown) => options.logger?.error({ err: error }, 'poll schedule reconcile failed'))
      .finally(() => {
        running = null;
      });
    return running;
  };
  void runNow();
  const timer = setInterval(() => void runNow(), options.everyMs ?? 5 * 60_000);
  timer.unref();
  return { stop: () => clearInterval(timer), runNow };
}
