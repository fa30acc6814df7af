import { createRedis } from '@netra/shared';
import { createTestRedis, TEST_REDIS_URL, type TestRedis } from '@netra/shared/testing/test-env';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateBudget } from '../src/scheduling/rate-budget.js';

let tr: TestRedis;
let other: Redis;

beforeAll(async () => {
  tr = await createTestRedis();
  other = createRedis(TEST_REDIS_URL);
});
afterAll(async () => {
  other.disconnect();
  await tr.cleanup();
});

describe('shared rate budget', () => {
  it('never grants more than the capacity to two processes racing on the same key', async () => {
    // Two clients on two connections, as two worker processes would have.
    const limits = { x: { capacity: 25, windowMs: 24 * 3600_000 } };
    const a = new RateBudget(tr.redis, tr.prefix, limits);
    const b = new RateBudget(other, tr.prefix, limits);
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).take('x', 'cred-1')));
    expect(results.filter((r) => r.granted)).toHaveLength(25);
    const denied = results.find((r) => !r.granted);
    expect(denied && !denied.granted && denied.waitMs).toBeGreaterThan(0);
    // Another credential has its own budget; keys live under the queue prefix.
    expect(await a.take('x', 'cred-2')).toEqual({ granted: true });
    expect(await tr.redis.exists(`${tr.prefix}:ratebudget:x:cred-1`)).toBe(1);
  });

  it('blocks the budget for every process until the platform reset after remaining = 0', async () => {
    const a = new RateBudget(tr.redis, tr.prefix);
    const b = new RateBudget(other, tr.prefix);
    expect(await a.take('bluesky', 'public')).toEqual({ granted: true });
    const resetAt = new Date(Date.now() + 120_000).toISOString();
    await a.observe('bluesky', 'public', { remaining: 3, resetAt });
    expect(await b.take('bluesky', 'public')).toEqual({ granted: true });
    await a.observe('bluesky', 'public', { remaining: 0, resetAt });
    const denied = await b.take('bluesky', 'public');
    expect(denied.granted).toBe(false);
    if (!denied.granted) {
      expect(denied.blocked).toBe(true);
      expect(denied.waitMs).toBeGreaterThan(100_000);
      expect(denied.waitMs).toBeLessThanOrEqual(120_000);
    }
    // An earlier reset never shortens a block already in place.
    await b.block('bluesky', 'public', Date.now() + 1000);
    const still = await a.take('bluesky', 'public');
    expect(still.granted === false && still.waitMs > 100_000).toBe(true);
  });

  it('lets a block in the past expire at once', async () => {
    const a = new RateBudget(tr.redis, tr.prefix, { youtube: { capacity: 5, windowMs: 1000 } });
    await a.block('youtube', 'k', Date.now() - 1000);
    expect((await a.take('youtube', 'k')).granted).toBe(true);
  });
});
