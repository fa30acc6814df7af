import { UnrecoverableError, type Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { startWorker, TypedQueue, type Closer, type Logger, type Pool } from '@netra/shared';
import { createMicroBatcher } from './micro-batcher.js';
import { createClassifyService, type LoadContests, type VersionOutcome } from './classify-service.js';

export interface ClassifyWorkerDeps {
  db: Pool;
  redis: Redis;
  prefix: string;
  logger: Logger;
  threshold: number;
  loadContests: LoadContests;
  /** Jobs in flight at once; they are judged together in micro-batches. */
  concurrency?: number;
  /** How often to look for contests whose lexicon changed. */
  rescoreEveryMs?: number;
}

export const RESCORE_SCHEDULER_ID = 'rescore-check';

/** Versions judged per read and transaction when a 'classify-batch' job lists many. */
const BATCH_CHUNK = 200;

/**
 * The classify worker: a 'classify-batch' job judges the versions one ingest write stored, in
 * chunks of one read and one transaction each; each 'classify-item' job judges one item version,
 * concurrent jobs judged together in micro-batches. 'rescore' re-judges regions whose contests
 * changed since they were last scored (also run on a schedule, and after a model change).
 */
export async function startClassifyWorker(deps: ClassifyWorkerDeps): Promise<{ worker: Worker; closers: Closer[] }> {
  const service = createClassifyService({ db: deps.db, threshold: deps.threshold, loadContests: deps.loadContests });
  const judge = createMicroBatcher<string, VersionOutcome>((ids) => service.classifyVersions(ids), { maxSize: 100, maxWaitMs: 10 });
  const ctx = { connection: deps.redis, prefix: deps.prefix };
  const worker = startWorker(
    'classify',
    {
      'classify-item': async ({ itemVersionId }) => {
        const outcome = await judge(itemVersionId);
        // A version that does not exist will not appear by retrying.
        if (!outcome.ok) throw new UnrecoverableError(outcome.error);
        return outcome;
      },
      'classify-batch': async ({ itemVersionIds }, _job, log) => {
        let flagged = 0;
        const missing: string[] = [];
        // Chunks already judged stay judged if a later one fails: judgements are idempotent per
        // (version, model, lexicon), so the retry of the whole job only redoes what is missing.
        for (let i = 0; i < itemVersionIds.length; i += BATCH_CHUNK) {
          const outcomes = await service.classifyVersions(itemVersionIds.slice(i, i + BATCH_CHUNK));
          for (const [id, outcome] of outcomes) {
            if (!outcome.ok) missing.push(id);
            else if (outcome.flagged) flagged += 1;
          }
        }
        if (missing.length > 0) {
          log.error({ missing: missing.length }, 'classify batch names item versions that do not exist');
          throw new UnrecoverableError(`${missing.length} of ${itemVersionIds.length} item versions not found: ${missing.slice(0, 5).join(', ')}`);
        }
        return { judged: itemVersionIds.length, flagged };
      },
      rescore: async ({ contestId, reason }, _job, log) => {
        const result = contestId ? { contests: 1, versions: await service.rescoreContest(contestId) } : await service.rescoreStale();
        log.info({ ...result, reason }, 'rescored');
        return result;
      },
    },
    ctx,
    { logger: deps.logger, concurrency: deps.concurrency ?? 50 },
  );
  const queue = new TypedQueue('classify', ctx);
  await queue.queue.upsertJobScheduler(
    RESCORE_SCHEDULER_ID,
    { every: deps.rescoreEveryMs ?? 300_000 },
    { name: 'rescore', data: { contestId: null, reason: 'periodic lexicon check' } },
  );
  return {
    worker,
    closers: [
      { name: 'classify-queue', close: () => queue.close() },
      { name: 'classify-worker', close: () => worker.close() },
    ],
  };
}
