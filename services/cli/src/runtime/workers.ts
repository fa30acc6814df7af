import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { escalateOverdue, loadContestsForClassifier, purgeExpiredSessions } from '@netra/api';
import { startClassifyWorker } from '@netra/classify';
import { createIngestDeps, createIngestHandlers, purgeSentOutbox, startOutboxRelay, startScheduleSync } from '@netra/ingest';
import { startWorker, TypedQueue, type Closer, type Config, type Logger, type Pool } from '@netra/shared';

export interface WorkerDeps {
  config: Config;
  logger: Logger;
  db: Pool;
  redis: Redis;
  /**
   * Whether the ingest worker runs its own outbox relay (default true). `netra start` runs the API
   * in the same process, whose relay already publishes every committed row: one relay is enough.
   */
  outboxRelay?: boolean;
}

/** The worker kinds `netra worker <kind>` can run alone; `netra start` runs them all. */
export const WORKER_KINDS = ['maintenance', 'ingest', 'classify'] as const;
export type WorkerKind = (typeof WORKER_KINDS)[number];

async function startMaintenance(deps: WorkerDeps): Promise<Closer[]> {
  const ctx = { connection: deps.redis, prefix: deps.config.QUEUE_PREFIX };
  const worker: Worker = startWorker(
    'maintenance',
    {
      'purge-expired-sessions': async (payload, _job, log) => {
        const removed = await purgeExpiredSessions(deps.db, payload.olderThanHours);
        log.info({ removed }, 'purged expired sessions');
        return { removed };
      },
      'purge-sent-outbox': async (payload, _job, log) => {
        const removed = await purgeSentOutbox(deps.db, payload.olderThanHours);
        if (removed) log.info({ removed }, 'purged sent classify outbox rows');
        return { removed };
      },
      'escalate-overdue': async (_payload, _job, log) => {
        const escalated = await escalateOverdue(deps.db);
        if (escalated.length) log.info({ cases: escalated.length }, 'overdue cases escalated to supervisors');
        return { escalated: escalated.length };
      },
    },
    ctx,
    { logger: deps.logger, concurrency: 1 },
  );
  const queue = new TypedQueue('maintenance', ctx);
  // One scheduler entry however many processes start: upsert is idempotent by id.
  await queue.queue.upsertJobScheduler('purge-expired-sessions', { every: 3600_000 }, { name: 'purge-expired-sessions', data: { olderThanHours: 24 } });
  // Sent outbox rows only matter while their jobs might be re-published; a week is ample.
  await queue.queue.upsertJobScheduler('purge-sent-outbox', { every: 3600_000 }, { name: 'purge-sent-outbox', data: { olderThanHours: 168 } });
  await queue.queue.upsertJobScheduler('escalate-overdue', { every: 600_000 }, { name: 'escalate-overdue', data: {} });
  return [
    { name: 'maintenance-queue', close: () => queue.close() },
    { name: 'maintenance-worker', close: () => worker.close() },
  ];
}

async function startClassify(deps: WorkerDeps): Promise<Closer[]> {
  const { closers } = await startClassifyWorker({
    db: deps.db,
    redis: deps.redis,
    prefix: deps.config.QUEUE_PREFIX,
    logger: deps.logger,
    threshold: deps.config.CLASSIFY_THRESHOLD,
    loadContests: (db) => loadContestsForClassifier(db),
  });
  return closers;
}

/**
 * Ingest: the poll worker (one job per monitored account on its adaptive schedule), the schedule
 * reconciler, and the outbox relay that hands every new item version to the classify queue.
 */
async function startIngest(deps: WorkerDeps): Promise<Closer[]> {
  const ctx = { connection: deps.redis, prefix: deps.config.QUEUE_PREFIX };
  const ingestDeps = createIngestDeps({ db: deps.db, redis: deps.redis, prefix: deps.config.QUEUE_PREFIX });
  const worker = startWorker('ingest', createIngestHandlers(ingestDeps), ctx, { logger: deps.logger, concurrency: 4 });
  const ingestQueue = new TypedQueue('ingest', ctx);
  const schedules = startScheduleSync(deps.db, ingestQueue, { logger: deps.logger });
  const closers: Closer[] = [
    { name: 'ingest-queue', close: () => ingestQueue.close() },
    { name: 'schedule-sync', close: async () => schedules.stop() },
  ];
  if (deps.outboxRelay ?? true) {
    const classifyQueue = new TypedQueue('classify', ctx);
    const relay = startOutboxRelay({ db: deps.db, queue: classifyQueue, logger: deps.logger.child({ component: 'outbox-relay' }) });
    closers.push({ name: 'classify-queue (relay)', close: () => classifyQueue.close() }, { name: 'outbox-relay', close: () => relay.stop() });
  }
  closers.push({ name: 'ingest-worker', close: () => worker.close() });
  return closers;
}

const STARTERS: Record<WorkerKind, (deps: WorkerDeps) => Promise<Closer[]>> = {
  maintenance: startMaintenance,
  ingest: startIngest,
  classify: startClassify,
};

export async function startWorkers(kinds: readonly WorkerKind[], deps: WorkerDeps): Promise<Closer[]> {
  const closers: Closer[] = [];
  for (const kind of kinds) {
    closers.push(...(await STARTERS[kind](deps)));
    deps.logger.info({ worker: kind }, 'worker started');
  }
  return closers;
}
