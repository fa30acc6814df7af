import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger, createPool, createRedis, migrate, TypedQueue, type IncomingItem, type Pool } from '@netra/shared';
import { createTestDatabase, createTestRedis } from '@netra/shared/testing/test-env';
import { ingestItems } from '../src/items/items-service.js';
import { startOutboxRelay } from '../src/outbox/outbox-relay.js';
import { countUnsent } from '../src/outbox/outbox-repo.js';
import { freePort, PostgresProcess, RedisProcess, sleep } from './fault-processes.js';
import { post, seedItemAccount } from './items-fixtures.js';
import { assertEveryVersionQueuedOnce } from './queue-assertions.js';

// Fault tests with real processes: a private redis-server SIGKILLed and restarted while batches
// are ingested and relayed; a private PostgreSQL cluster whose postmaster and backends are
// kill -9ed mid-ingest and restarted; a relay process SIGKILLed after publishing and before
// marking its rows sent. After each: every item version has exactly one classify job, none lost.

const logger = createLogger({ level: 'silent' });
const here = path.dirname(fileURLToPath(import.meta.url));
const cleanups: (() => Promise<unknown>)[] = [];
// Server and relay processes go first, whatever else hangs.
const processes: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const p of processes) await p().catch(() => undefined);
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

const BATCHES = 30;
const PER_BATCH = 40;

/** Batch b: new items, and every 4th item an edit of the same slot of batch b-1. Deterministic, so a retry resends the same batch. */
function batch(b: number): IncomingItem[] {
  return Array.from({ length: PER_BATCH }, (_, i) => (b > 0 && i % 4 === 0
    ? post(`f-${b - 1}-${i}`, `diubah pada batch ${b}: slot ${i}`)
    : post(`f-${b}-${i}`, `batch ${b} item ${i}`)));
}

/** What the database must hold after all batches: item count and version count. */
function expected(): { items: number; versions: number } {
  const texts = new Map<string, string[]>();
  for (let b = 0; b < BATCHES; b += 1) {
    for (const item of batch(b)) {
      const seen = texts.get(item.platformItemId) ?? [];
      if (seen[seen.length - 1] !== item.text) seen.push(item.text);
      texts.set(item.platformItemId, seen);
    }
  }
  return { items: texts.size, versions: [...texts.values()].reduce((a, t) => a + t.length, 0) };
}

async function waitDrained(db: Pool, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await countUnsent(db).catch(() => -1)) !== 0) {
    if (Date.now() > deadline) throw new Error('outbox not drained in time');
    await sleep(100);
  }
}

async function assertExactlyOneJobPerVersion(db: Pool, queue: TypedQueue<'classify'>, expectedVersions: number): Promise<void> {
  await assertEveryVersionQueuedOnce(db, queue, expectedVersions);
}

async function assertItems(db: Pool): Promise<void> {
  const want = expected();
  const { rows } = await db.query<{ items: number; dup: number }>(
    `SELECT count(*)::int AS items,
            (SELECT count(*)::int FROM (SELECT item_id, version FROM item_versions GROUP BY 1, 2 HAVING count(*) > 1) d) AS dup
       FROM items`,
  );
  expect(rows[0]).toEqual({ items: want.items, dup: 0 });
  // Every item's current version holds the last text pushed for it.
  const last = new Map<string, string>();
  for (let b = 0; b < BATCHES; b += 1) for (const item of batch(b)) last.set(item.platformItemId, item.text);
  const cur = await db.query<{ platform_item_id: string; text: string }>(
    'SELECT i.platform_item_id, v.text FROM items i JOIN item_versions v ON v.item_id = i.id AND v.version = i.current_version',
  );
  for (const r of cur.rows) expect(r.text).toBe(last.get(r.platform_item_id));
}

describe('ingest under real faults', () => {
  it('redis-server SIGKILLed while batches are ingested and relayed, restarted on the same port: every version has exactly one classify job', async () => {
    const db = await createTestDatabase();
    cleanups.push(() => db.drop());
    await seedItemAccount(db.pool, { platform: 'x', handle: 'budi_asn' });
    const redisProc = new RedisProcess(await freePort());
    processes.push(() => redisProc.destroy());
    await redisProc.start();
    const connection = createRedis(redisProc.url);
    cleanups.push(async () => connection.disconnect());
    const queue = new TypedQueue('classify', { connection, prefix: 'fault' });
    const relay = startOutboxRelay({ db: db.pool, queue, logger, intervalMs: 100, batchSize: 25, publishTimeoutMs: 400 });
    cleanups.push(() => relay.stop());

    let unsentWhileDown = -1;
    for (let b = 0; b < BATCHES; b += 1) {
      await ingestItems(db.pool, batch(b), 'push');
      relay.kick();
      if (b === 10) {
        await sleep(5); // the relay is mid-drain of this batch
        await redisProc.kill();
      }
      if (b === 20) {
        unsentWhileDown = await countUnsent(db.pool);
        await redisProc.start();
      }
      // The outage lasts well over the relay's publish timeout, so publishes fail and are recorded.
      await sleep(b > 10 && b <= 20 ? 80 : 20);
    }
    // While Redis was down, the database kept taking items and the outbox kept them.
    expect(unsentWhileDown).toBeGreaterThan(0);
    const failed = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM classify_outbox_batches WHERE last_error IS NOT NULL');
    expect(failed.rows[0]!.n).toBeGreaterThan(0);
    await waitDrained(db.pool);
    await assertItems(db.pool);
    await assertExactlyOneJobPerVersion(db.pool, queue, expected().versions);
    // And once more after a second SIGKILL and restart: the AOF kept every job, none came back twice.
    await redisProc.kill();
    await redisProc.start();
    await assertExactlyOneJobPerVersion(db.pool, queue, expected().versions);
  }, 120_000);

  it.skipIf(!PostgresProcess.available())('PostgreSQL postmaster and backends kill -9ed mid-ingest, restarted: retried batches duplicate nothing and every version has one job', async () => {
    const pgProc = new PostgresProcess(await freePort());
    processes.push(() => pgProc.destroy());
    pgProc.init();
    await pgProc.start();
    const admin = new pg.Client({ connectionString: pgProc.url });
    await admin.connect();
    await admin.query('CREATE SCHEMA fault');
    await admin.end();
    const pool = createPool({ connectionString: pgProc.url, schema: 'fault', max: 4 });
    cleanups.push(() => pool.end());
    await migrate(pool);
    await seedItemAccount(pool, { platform: 'x', handle: 'budi_asn' });
    const redis = await createTestRedis();
    cleanups.push(() => redis.cleanup());
    const queue = new TypedQueue('classify', { connection: redis.redis, prefix: redis.prefix });
    const relay = startOutboxRelay({ db: pool, queue, logger, intervalMs: 100, batchSize: 25 });
    cleanups.push(() => relay.stop());

    let retries = 0;
    // The client side of a push: a failed call is retried with the same batch (ingestItems is idempotent).
    const ingestWithRetry = async (b: number) => {
      for (;;) {
        try {
          await ingestItems(pool, batch(b), 'push');
          return;
        } catch {
          retries += 1;
          await sleep(150);
        }
      }
    };
    let restart: Promise<void> | null = null;
    for (let b = 0; b < BATCHES; b += 1) {
      const pending = ingestWithRetry(b);
      relay.kick();
      if (b === 8 || b === 19) {
        await sleep(3); // kill while this batch's transaction is in flight
        await pgProc.kill();
        restart = sleep(1500).then(() => pgProc.start());
      }
      await pending;
      if (restart) {
        await restart;
        restart = null;
      }
    }
    expect(retries).toBeGreaterThan(0);
    await waitDrained(pool);
    await assertItems(pool);
    await assertExactlyOneJobPerVersion(pool, queue, expected().versions);
    await queue.close();
  }, 180_000);

  it('a relay process SIGKILLed after publishing and before marking sent: the next relay re-publishes without a duplicate', async () => {
    const db = await createTestDatabase();
    cleanups.push(() => db.drop());
    const redis = await createTestRedis();
    cleanups.push(() => redis.cleanup());
    await seedItemAccount(db.pool, { platform: 'x', handle: 'budi_asn' });
    // Five writes of five items: five outbox rows, so the relay can die with some published and some not.
    for (let w = 0; w < 5; w += 1) await ingestItems(db.pool, Array.from({ length: 5 }, (_, i) => post(`r-${w}-${i}`, `relay ${w} ${i}`)), 'push');

    // node itself (not the tsx wrapper, which would leave its node child running when killed).
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'fault-relay-child.ts')], {
      env: { ...process.env, FAULT_DATABASE_URL: db.url, FAULT_SCHEMA: db.schema, FAULT_REDIS_URL: redis.url, FAULT_PREFIX: redis.prefix, FAULT_BATCH: '2' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise((r) => child.once('exit', r));
    processes.push(async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('relay child never published')), 30_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('PUBLISHED')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    child.kill('SIGKILL');
    await exited;

    const queue = new TypedQueue('classify', { connection: redis.redis, prefix: redis.prefix });
    // The killed relay published 2 jobs (10 versions) and marked nothing sent.
    expect(await queue.queue.count()).toBe(2);
    expect(await countUnsent(db.pool)).toBe(25);
    const relay = startOutboxRelay({ db: db.pool, queue, logger, intervalMs: 60_000 });
    try {
      // Its transaction is rolled back once PostgreSQL notices the closed connection; until then SKIP LOCKED passes the rows by.
      for (let i = 0; i < 100 && (await countUnsent(db.pool)) > 0; i += 1) {
        await relay.drainOnce();
        await sleep(50);
      }
      expect(await countUnsent(db.pool)).toBe(0);
      expect(await queue.queue.count()).toBe(5);
      await assertEveryVersionQueuedOnce(db.pool, queue, 25);
    } finally {
      await relay.stop();
      await queue.close();
    }
  }, 60_000);
});
