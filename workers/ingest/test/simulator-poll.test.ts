import { createLogger } from '@netra/shared';
import { createTestDatabase, createTestRedis, type TestDatabase, type TestRedis } from '@netra/shared/testing/test-env';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XConnector } from '../src/connectors/x-connector.js';
import { getCoverage } from '../src/poll/coverage-repo.js';
import { pollAccount, type IngestDeps } from '../src/poll/poll-account.js';
import { PollLock } from '../src/poll/poll-lock.js';
import { RateBudget } from '../src/scheduling/rate-budget.js';
import { startSimulator, type Simulator } from '../src/simulator/simulator.js';
import { seedAccount } from './poll-fixtures.js';

// The whole chain on the simulator: X connector → poll handler → item store, with the simulated
// edits and deletions arriving as versions and deletions.

const START = new Date('2024-11-12T03:00:00Z');
let sim: Simulator;
let db: TestDatabase;
let tr: TestRedis;
let deps: IngestDeps;
const ids = new Map<string, string>(); // sim user id -> Netra account id
const log = createLogger({ level: 'silent' });

beforeAll(async () => {
  sim = await startSimulator({ accounts: 20, seed: 11, startAt: START, historyDays: 2 });
  db = await createTestDatabase();
  tr = await createTestRedis();
  for (const a of sim.accounts) {
    const province = a.regionCode.slice(0, 2);
    await db.pool.query(`INSERT INTO regions (code, name, level, kind) VALUES ($1, $2, 1, 'provinsi') ON CONFLICT DO NOTHING`, [province, `Provinsi ${province}`]);
    await db.pool.query(`INSERT INTO regions (code, name, level, kind, parent_code) VALUES ($1, $2, 2, 'kabupaten', $3) ON CONFLICT DO NOTHING`, [a.regionCode, a.regionName, province]);
    ids.set(a.userId, await seedAccount(db.pool, { platform: 'x', handle: a.handle, platformUserId: a.userId, regionCode: a.regionCode }));
  }
  deps = {
    db: db.pool,
    connectors: { x: new XConnector({ baseUrl: sim.url, credential: 'demo', now: () => sim.now() }) },
    budget: new RateBudget(tr.redis, tr.prefix),
    lock: new PollLock(tr.redis, tr.prefix),
  };
});
afterAll(async () => {
  await sim.close();
  await tr.cleanup();
  await db.drop();
});

async function pollAll() {
  for (const accountId of ids.values()) expect(await pollAccount(deps, accountId, log)).toMatchObject({ status: 'ok' });
}

describe('simulator through the poller into the item store', () => {
  it('takes in the stream, partisan posts included, and records edits and deletions', async () => {
    await pollAll();
    const { rows } = await db.pool.query<{ n: number; kinds: string[] }>(`SELECT count(*)::int AS n, array_agg(DISTINCT kind ORDER BY kind) AS kinds FROM items`);
    expect(rows[0]!.n).toBeGreaterThan(50);
    expect(rows[0]!.kinds).toEqual(expect.arrayContaining(['like', 'post', 'share']));
    const partisanIds = sim.events.filter((e) => e.type === 'post' && e.partisan && sim.x.get(e.tweetId)).map((e) => e.tweetId);
    const found = await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM items WHERE platform_item_id = ANY($1::text[])`, [partisanIds]);
    expect(found.rows[0]!.n).toBe(partisanIds.length);
    for (const accountId of ids.values()) expect((await getCoverage(db.pool, accountId))!.lastSuccessAt).toBeInstanceOf(Date);

    // One post edited, one deleted on the platform.
    const posts = sim.events.filter((e) => e.type === 'post' && sim.x.get(e.tweetId));
    const edited = posts[0]!;
    const deleted = posts.find((e) => e.userId === edited.userId && e.tweetId !== edited.tweetId) ?? posts[1]!;
    sim.x.edit(edited.tweetId, 'Postingan ini sudah saya ralat.', sim.now());
    sim.x.delete(deleted.tweetId);
    sim.step(5);
    await pollAll();
    await pollAll();
    const after = await db.pool.query<{ platform_item_id: string; current_version: number; deleted_at: Date | null }>(
      `SELECT platform_item_id, current_version, deleted_at FROM items WHERE platform_item_id = ANY($1::text[])`,
      [[edited.tweetId, deleted.tweetId]],
    );
    const byId = new Map(after.rows.map((r) => [r.platform_item_id, r]));
    expect(byId.get(edited.tweetId)!.current_version).toBeGreaterThanOrEqual(2);
    expect(byId.get(deleted.tweetId)!.deleted_at).toBeInstanceOf(Date);
    const events = await db.pool.query<{ kind: string }>(`SELECT DISTINCT kind FROM item_events`);
    expect(events.rows.map((r) => r.kind).sort()).toEqual(expect.arrayContaining(['created', 'deleted', 'edited']));
  });
});
