import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { JobName, JobPayload, QueueName } from './queue-catalogue.js';

/** Defaults for every job: retried with exponential backoff, kept for a while for inspection. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 14 * 24 * 3600 },
};

export interface QueueContext {
  connection: Redis;
  prefix: string;
}

/** A typed producer for one queue of the catalogue. */
export class TypedQueue<Q extends QueueName> {
  readonly queue: Queue;

  constructor(readonly name: Q, ctx: QueueContext) {
    this.queue = new Queue(name, { connection: ctx.connection, prefix: ctx.prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
    this.queue.on('error', () => undefined);
  }

  /** `jobId` should be deterministic (derived from the payload's identity) so re-adds are no-ops. */
  async add<J extends JobName<Q>>(job: J, payload: JobPayload<Q, J>, opts: JobsOptions & { jobId: string }): Promise<void> {
    await this.queue.add(job, payload, opts);
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}
