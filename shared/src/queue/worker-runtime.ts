import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Logger } from 'pino';
import { AppError } from '../errors.js';
import { JOB_NAMES, type JobName, type JobPayload, type QueueName } from './queue-catalogue.js';
import type { QueueContext } from './queues.js';

export type JobHandler<Q extends QueueName, J extends JobName<Q>> = (
  payload: JobPayload<Q, J>,
  job: Job<JobPayload<Q, J>>,
  log: Logger,
) => Promise<unknown>;

export type QueueHandlers<Q extends QueueName> = { [J in JobName<Q>]: JobHandler<Q, J> };

/**
 * Checks a handler map against the catalogue: every job name of the queue has exactly one
 * handler and no handler names an unknown job. A worker that fails this refuses to start.
 */
export function checkHandlers(queue: QueueName, handlers: Record<string, unknown>): string[] {
  const expected = new Set<string>(JOB_NAMES[queue]);
  const problems: string[] = [];
  for (const name of expected) {
    if (typeof handlers[name] !== 'function') problems.push(`queue "${queue}": no handler for job "${name}"`);
  }
  for (const name of Object.keys(handlers)) {
    if (!expected.has(name)) problems.push(`queue "${queue}": handler for unknown job "${name}"`);
  }
  return problems;
}

export interface StartWorkerOptions {
  concurrency?: number;
  logger: Logger;
}

export function startWorker<Q extends QueueName>(
  queue: Q,
  handlers: QueueHandlers<Q>,
  ctx: QueueContext,
  options: StartWorkerOptions,
): Worker {
  const problems = checkHandlers(queue, handlers as Record<string, unknown>);
  if (problems.length > 0) throw new Error(`Refusing to start worker: ${problems.join('; ')}`);
  const log = options.logger.child({ queue });
  const worker = new Worker(
    queue,
    async (job: Job) => {
      const handler = (handlers as unknown as Record<string, JobHandler<Q, JobName<Q>>>)[job.name];
      const jobLog = log.child({ jobId: job.id, job: job.name, attempt: job.attemptsMade + 1 });
      if (!handler) throw new UnrecoverableError(`No handler for job ${job.name}`);
      try {
        return await handler(job.data as JobPayload<Q, JobName<Q>>, job as Job<JobPayload<Q, JobName<Q>>>, jobLog);
      } catch (error) {
        // A client error (bad payload, missing record) will not get better by retrying.
        if (error instanceof AppError && error.statusCode < 500) throw new UnrecoverableError(error.message);
        throw error;
      }
    },
    { connection: ctx.connection, prefix: ctx.prefix, concurrency: options.concurrency ?? 4 },
  );
  worker.on('error', (error) => log.error({ err: error }, 'worker error'));
  worker.on('failed', (job, error) => log.warn({ jobId: job?.id, err: error.message }, 'job failed'));
  return worker;
}
