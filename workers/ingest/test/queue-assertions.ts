import { expect } from 'vitest';
import { classifyBatchJobId, type Queryable, type TypedQueue } from '@netra/shared';

/**
 * Every item version in the database is on the classify queue exactly once: each job is the
 * 'classify-batch' job of one outbox row (deterministic id), no job id repeats, and the versions
 * the jobs list are exactly the versions stored, none twice. Looks at jobs in every state.
 */
export async function assertEveryVersionQueuedOnce(db: Queryable, queue: TypedQueue<'classify'>, expectedVersions?: number): Promise<void> {
  const versions = (await db.query<{ id: string }>('SELECT id FROM item_versions')).rows.map((r) => r.id);
  if (expectedVersions !== undefined) expect(versions).toHaveLength(expectedVersions);
  const outbox = (await db.query<{ batch_id: string }>('SELECT batch_id FROM classify_outbox_batches')).rows;
  const jobs = await queue.queue.getJobs(['waiting', 'delayed', 'prioritized', 'active', 'completed', 'failed'], 0, -1);
  const counts = await queue.queue.getJobCounts();
  expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(jobs.length);
  expect(new Set(jobs.map((j) => j.id)).size).toBe(jobs.length);
  for (const j of jobs) expect(j.name).toBe('classify-batch');
  expect(jobs.map((j) => j.id).sort()).toEqual(outbox.map((o) => classifyBatchJobId(o.batch_id)).sort());
  const queued = jobs.flatMap((j) => (j.data as { itemVersionIds: string[] }).itemVersionIds);
  expect(queued.length).toBe(versions.length);
  expect([...queued].sort()).toEqual([...versions].sort());
}
