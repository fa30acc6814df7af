import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyBatchJobId, createLogger, TypedQueue } from '@netra/shared';
import { createTestDatabase, createTestRedis, type TestDatabase, type TestRedis } from '@netra/shared/testing/test-env';
import { ingestItems } from '../src/items/items-service.js';
import { startOutboxRelay } from '../src/outbox/outbox-relay.js';
import { countUnsent, purgeSent } from '../src/outbox/outbox-repo.js';
import { post, seedItemAccount } from './items-fixtures.js';
import { assertEveryVersionQueuedOnce } from './queue-assertions.js';

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

async function assertExactlyOneJobPerVersion(): Promise<void> {
  await assertEveryVersionQueuedOnce(db.pool, queue);
}

describe('classify outbox', () => {
  it('publishes one classify-batch job per write, listing its new versions, with a deterministic id, and nothing twice', async () => {
    await ingestItems(db.pool, Array.from({ length: 30 }, (_, i) => post(`o-${i}`, `teks ${i}`)), 'push');
    await ingestItems(db.pool, [post('o-1', 'teks 1 diubah'), post('o-2', 'teks 2')], 'push');
    const relay = startOutboxRelay({ db: db.pool, queue, logger, intervalMs: 60_000, batchSize: 7 });
    try {
      expect(await relay.drainOnce()).toBe(31);
      expect(await relay.drainOnce()).toBe(0);
      expect(await countUnsent(db.pool)).toBe(0);
      await assertExactlyOneJobPerVersion();
      // The second write's batch lists exactly the one new version (the edit of o-1; o-2 was unchanged).
      const v = (await db.pool.query<{ id: string }>("SELECT v.id FROM item_versions v JOIN items i ON i.id = v.item_id WHERE i.platform_item_id = 'o-1' AND v.version = 2")).rows[0]!.id;
      const row = (await db.pool.query<{ batch_id: string }>('SELECT batch_id FROM classify_outbox_batches WHERE $1 = ANY(item_version_ids)', [v])).rows;
      expect(row).toHaveLength(1);
      expect((await queue.queue.getJob(classifyBatchJobId(row[0]!.batch_id)))?.data).toEqual({ itemVersionIds: [v] });
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
    for (let b = 0; b < 12; b += 1) {
      await ingestItems(db.pool, Array.from({ length: 10 }, (_, i) => post(`c-${b}-${i}`, `konkuren ${b} ${i}`)), 'push');
    }
    const relays = [1, 2, 3].map(() => startOutboxRelay({ db: db.pool, queue, logger, intervalMs: 60_000, batchSize: 2 }));
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

  it('purges sent rows older than the given age and never an unsent one', async () => {
    await ingestItems(db.pool, [post('u-1', 'belum terkirim')], 'push');
    const before = (await db.pool.query<{ sent: number; unsent: number }>(
      'SELECT count(*) FILTER (WHERE sent_at IS NOT NULL)::int AS sent, count(*) FILTER (WHERE sent_at IS NULL)::int AS unsent FROM classify_outbox_batches',
    )).rows[0]!;
    expect(before.sent).toBeGreaterThan(0);
    expect(before.unsent).toBe(1);
    expect(await purgeSent(db.pool, 1)).toBe(0); // all sent just now
    await db.pool.query("UPDATE classify_outbox_batches SET sent_at = now() - interval '2 hours' WHERE sent_at IS NOT NULL");
    expect(await purgeSent(db.pool, 1)).toBe(before.sent);
    expect(await countUnsent(db.pool)).toBe(1);
  });
});
