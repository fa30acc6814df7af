import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { Redis } from 'ioredis';
import { createPool } from '../db/pool.js';
import { migrate } from '../db/migrate.js';
import { createRedis } from '../queue/redis.js';

// Test isolation: each test file gets its own PostgreSQL schema and its own BullMQ prefix, so
// files run in parallel and rerun cleanly against the same real servers.

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestDatabase {
  pool: pg.Pool;
  schema: string;
  url: string;
  drop(): Promise<void>;
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const schema = uniqueName('t');
  const admin = createPool({ connectionString: TEST_DATABASE_URL, max: 1 });
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const pool = createPool({ connectionString: TEST_DATABASE_URL, schema, max: 8 });
  if (options.migrate !== false) await migrate(pool);
  return {
    pool,
    schema,
    url: TEST_DATABASE_URL,
    async drop() {
      await pool.end();
      const cleanup = createPool({ connectionString: TEST_DATABASE_URL, max: 1 });
      await cleanup.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await cleanup.end();
    },
  };
}

export interface TestRedis {
  redis: Redis;
  prefix: string;
  url: string;
  cleanup(): Promise<void>;
}

export async function createTestRedis(): Promise<TestRedis> {
  const prefix = uniqueName('tq');
  const redis = createRedis(TEST_REDIS_URL);
  return {
    redis,
    prefix,
    url: TEST_REDIS_URL,
    async cleanup() {
      const keys = await redis.keys(`${prefix}:*`);
      for (let i = 0; i < keys.length; i += 500) await redis.del(...keys.slice(i, i + 500));
      redis.disconnect();
    },
  };
}
