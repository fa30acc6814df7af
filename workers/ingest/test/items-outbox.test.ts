import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyJobId, createLogger, TypedQueue } from '@netra/shared';
import { createTestDatabase, createTestRedis, type TestDatabase, type TestRedis } from '@netra/shared/testing/test-env';
import { ingestItems } from '../src/items/items-service.js';
import { startOutboxRelay } from '../src/outbox/outbox-relay.js';
import { countUnsent } from '../src/outbox/outbox-repo.js';
import { post, seedItemAccount } from './items-fixtures.js';

let db: TestDatabase;
let redis: TestRedis;
let queue: TypedQueue<'classify'>;
const logger = createLogger({ level: 'silent' });

beforeAll(async () => {
  db = await createTestDatabase();
  redis = await createTestRedis();
  queue = new TypedQueue('classify', { connection: redis.redis, prefix: redis.prefix });
  await seedItemAccount(db.pool, { platform: 'x', handle: 'budi_asn' });
});
afterAll(async () => {
  await queue.close();
  await redis.cleanup();
  await db.drop();
});

async function versionIds(): Promise<string[]> {
  return (await db.pool.query<{ id: string }>('SELECT id FROM item_versions ORDER BY id')).rows.map((r) => r.id);
}

/** Every job in the queue, whatever its state: exactly one per version, none else. */
async function assertExactlyOneJobPerVersion(): Promise<void> {
  const versions = await versionIds();
  const counts = await queue.queue.getJobCounts();
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  expect(total).toBe(versions.length);
  const jobs = await queue.queue.getJobs(['waiting', 'delayed', 'prioritized', 'active', 'completed', 'failed'], 0, -1);
  expect(jobs.map((j) => j.id).sort()).toEqual(versions.map(classifyJobId).sort());
  for (const j of jobs) expect(j.name).toBe('classify-item');
}

describe('classify outbox', () => {
  it('publishes one classify-item job per new version with a deterministic id, and nothing twice', async () => {
    await ingestItems(db.pool, Array.from({ length: 30 }, (_, i) => post(`o-${i}`, `teks ${i}`)), 'push');
    await ingestItems(db.pool, [post('o-1', 'teks 1 diubah'), post('o-2', 'teks 2')], 'push');
    const relay = startOutboxRelay({ db: db.pool, queue, logger, intervalMs: 60_000, batchSize: 7 });
    try {
      expect(await relay.drainOnce()).toBe(31);
      expect(await relay.drainOnce()).toBe(0);
      expect(await countUnsent(db.pool)).toBe(0);
      await assertExactlyOneJobPerVersion();
      const v = (await db.pool.query<{ id: string }>("SELECT v.id FROM item_versions v JOIN items i ON i.id = v.item_id WHERE i.platform_item_id = 'o-1' AND v.version = 2")).rows[0]!.id;
      expect((await queue.queue.getJob(classifyJobId(v)))?.data).toEqual({ itemVersionId: v });
    } finally {
      await relay.stop();
    }
  });

  it('a relay that dies after publishing and before marking sent loses nothing and duplicates nothing on the next run', async () => {
    await ingestItems(db.pool, Array.from({ length: 20 }, (_, i) => post(`k-${i}`, `kill ${i}`)), 'push');
    const dying = startOutboxRelay({
      db: db.pool, queue, logger, intervalMs: 60_000, batchSize: 8,
      afterPublish: async () => {
        throw new Error('killed between publish and mark');
      },
    });
    await expect(dying.drainOnce()).rejects.toThrow('killed between publish and mark');
    await dying.stop();
    expect(await countUnsent(db.pool)).toBe(20);
    const relay = startOutboxRelay({ db: db.pool, queue, logger, intervalMs: 60_000 });
    try {
      expect(await relay.drainOnce()).toBe(20);
      expect(await countUnsent(db.pool)).toBe(0);
      await assertExactlyOneJobPerVersion();
    } finally {
      await relay.stop();
    }
  });

  it('several relays draining at once (SKIP LOCKED) publish every row once', async () => {
    await ingestItems(db.pool, Array.from({ length: 120 }, (_, i) => post(`c-${i}`, `konkuren ${i}`)), 'push');
    const relays = [1, 2, 3].map(() => startOutboxRelay({ db: db.pool, queue, logger, intervalMs: 60_000, batchSize: 10 }));
    try {
      const published = await Promise.all(relays.map((r) => r.drainOnce()));
      expect(published.reduce((a, b) => a + b, 0)).toBe(120);
      await assertExactlyOneJobPerVersion();
    } finally {
      await Promise.all(relays.map((r) => r.stop()));
    }
  });

  it('the periodic relay picks up rows committed while nobody kicked it', async () => {
    await ingestItems(db.pool, [post('p-1', 'periodik')], 'connector');
    const relay = startOutboxRelay({ db: db.pool, queue, logger, intervalMs: 50 });
    try {
      for (let i = 0; i < 100 && (await countUnsent(db.pool)) > 0; i += 1) await new Promise((r) => setTimeout(r, 20));
      expect(await countUnsent(db.pool)).toBe(0);
      await assertExactlyOneJobPerVersion();
    } finally {
      await relay.stop();
    }
  });
});
