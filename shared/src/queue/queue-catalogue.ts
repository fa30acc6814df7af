// The one typed catalogue of Netra's queues, their job names and payloads. Producers and
// workers both import from here, so a payload change is a type error on both sides.

export interface QueueCatalogue {
  maintenance: {
    /** Deletes login sessions that expired more than a day ago. */
    'purge-expired-sessions': { olderThanHours: number };
    /** Deletes classify outbox rows sent longer ago than this (their jobs are long on the queue). */
    'purge-sent-outbox': { olderThanHours: number };
    /** Raises every case whose stage clock ran out to the region's supervisors. */
    'escalate-overdue': Record<string, never>;
  };
  ingest: {
    /** Polls one monitored account through its platform connector since its cursor. */
    'poll-account': { accountId: string };
  };
  classify: {
    /** Judges one item version against the contests of its region; jobId = classifyJobId(itemVersionId). */
    'classify-item': { itemVersionId: string };
    /**
     * Judges the item versions one ingest write stored (each version is in exactly one batch);
     * jobId = classifyBatchJobId(batchId) of its classify_outbox_batches row.
     */
    'classify-batch': { itemVersionIds: string[] };
    /** Re-judges the items of a region after a contest's lexicon or the model changed. */
    'rescore': { contestId: string | null; reason: string };
  };
}

export type QueueName = keyof QueueCatalogue;
export type JobName<Q extends QueueName> = keyof QueueCatalogue[Q] & string;
export type JobPayload<Q extends QueueName, J extends JobName<Q>> = QueueCatalogue[Q][J];

/** Runtime list of the job names per queue: the worker runtime checks handlers against it. */
export const JOB_NAMES: { [Q in QueueName]: readonly JobName<Q>[] } = {
  maintenance: ['purge-expired-sessions', 'purge-sent-outbox', 'escalate-overdue'],
  ingest: ['poll-account'],
  classify: ['classify-item', 'classify-batch', 'rescore'],
};

export const QUEUE_NAMES = Object.keys(JOB_NAMES) as QueueName[];

/** The deterministic job id of an item version's classification (BullMQ ids may not contain ':'). */
export function classifyJobId(itemVersionId: string): string {
  return `iv-${itemVersionId}`;
}

/** The deterministic job id of an outbox batch of item versions. */
export function classifyBatchJobId(batchId: string): string {
  return `ivb-${batchId}`;
}
