import { classifyBatchJobId, guardClient, type Logger, type Pool, type TypedQueue } from '@netra/shared';
import { claimUnsent, markSent, recordFailure } from './outbox-repo.js';

// The relay of the transactional outbox: unsent classify_outbox_batches rows (one per ingest
// write, listing its new item versions) are published to the 'classify' queue as 'classify-batch'
// jobs under the deterministic job id classifyBatchJobId(batch), then marked sent in the same
// transaction that claimed them. A crash, a Redis outage or a killed relay between publish and
// mark leaves the rows unsent: the next drain publishes them again and BullMQ ignores a job id it
// already has. Each version is in exactly one row, so every version is queued exactly once.

export interface OutboxRelayOptions {
  db: Pool;
  queue: TypedQueue<'classify'>;
  logger: Logger;
  /** How often the relay looks for unsent rows on its own (besides kick()). */
  intervalMs?: number;
  /** Outbox rows (each one ingest write's versions) published per round trip. */
  batchSize?: number;
  /** A publish that takes longer (Redis down) is abandoned; the rows stay unsent for the next drain. */
  publishTimeoutMs?: number;
  /** Test hook: runs after the jobs are published and before the rows are marked sent. */
  afterPublish?: (ids: number[]) => Promise<void>;
}

export interface OutboxRelay {
  /** Publishes everything unsent now; resolves with the number of item versions this call published. */
  drainOnce(): Promise<number>;
  /** Asks for a drain soon without waiting for it (after a commit); errors are logged, not thrown. */
  kick(): void;
  stop(): Promise<void>;
}

class PublishTimeout extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new PublishTimeout(`publish took longer than ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Publishes one claim of outbox rows; returns how many rows and item versions it published. */
async function drainBatch(options: OutboxRelayOptions, batchSize: number, timeoutMs: number): Promise<{ rows: number; versions: number }> {
  const client = await options.db.connect();
  // A connection dying while this client is checked out must not become an uncaught 'error'.
  guardClient(client);
  let released = false;
  try {
    await client.query('BEGIN');
    const rows = await claimUnsent(client, batchSize);
    if (rows.length === 0) {
      await client.query('COMMIT');
      return { rows: 0, versions: 0 };
    }
    const ids = rows.map((r) => r.id);
    try {
      await withTimeout(options.queue.queue.addBulk(rows.map((r) => ({
        name: 'classify-batch',
        data: { itemVersionIds: r.item_version_ids },
        opts: { jobId: classifyBatchJobId(r.batch_id) },
      }))), timeoutMs);
    } catch (error) {
      await client.query('ROLLBACK');
      // Outside the claim: note the failure so an operator can see rows waiting on Redis.
      await recordFailure(options.db, ids, error instanceof Error ? error.message : String(error)).catch(() => undefined);
      throw error;
    }
    if (options.afterPublish) await options.afterPublish(ids);
    await markSent(client, ids);
    await client.query('COMMIT');
    return { rows: rows.length, versions: rows.reduce((n, r) => n + r.item_version_ids.length, 0) };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    // A connection that failed mid-transaction is not given back to the pool.
    client.release(error instanceof Error && !(error instanceof PublishTimeout) ? error : undefined);
    released = true;
    throw error;
  } finally {
    if (!released) client.release();
  }
}

export function startOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const intervalMs = options.intervalMs ?? 1000;
  const batchSize = options.batchSize ?? 50;
  const timeoutMs = options.publishTimeoutMs ?? 5000;
  const log = options.logger.child({ component: 'outbox-relay' });
  let running: Promise<number> | null = null;
  let again = false;
  let stopped = false;

  const drainAll = async (): Promise<number> => {
    let total = 0;
    for (;;) {
      const n = await drainBatch(options, batchSize, timeoutMs);
      total += n.versions;
      if (n.rows < batchSize || stopped) return total;
    }
  };

  // One drain at a time per relay; a request during a drain runs one more pass after it.
  const drainOnce = (): Promise<number> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      try {
        do {
          again = false;
          total += await drainAll();
        } while (again && !stopped);
        return total;
      } finally {
        running = null;
      }
    })();
    return running;
  };

  const tick = () => {
    drainOnce().catch((error: unknown) => log.warn({ err: error instanceof Error ? error.message : String(error) }, 'outbox drain failed; rows stay unsent and are retried'));
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();

  return {
    drainOnce,
    kick: tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      if (running) await running.catch(() => undefined);
    },
  };
}
