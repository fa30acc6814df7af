import { TypedQueue } from '@netra/shared';
import { createTestDatabase, createTestRedis, type TestDatabase, type TestRedis } from '@netra/shared/testing/test-env';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCoverage } from '../src/poll/coverage-repo.js';
import { schedulerIdFor, syncSchedules } from '../src/scheduling/sync-schedules.js';
import { seedAccount } from './poll-fixtures.js';

let db: TestDatabase;
let tr: TestRedis;
let queue: TypedQueue<'ingest'>;

beforeAll(async () => {
  db = await createTestDatabase();
  tr = await createTestRedis();
  queue = new TypedQueue('ingest', { connection: tr.redis, prefix: tr.prefix });
});
afterAll(async () => {
  await queue.close();
  await tr.cleanup();
  await db.drop();
});

async function everyOf(accountId: string) {
  const s = await queue.queue.getJobScheduler(schedulerIdFor(accountId));
  return s?.every ?? null;
}

describe('syncSchedules', () => {
  it('adapts each account\'s scheduler to its region\'s contests, flags and edits, and removes paused ones', async () => {
    const kalsel = await seedAccount(db.pool, { platform: 'x', handle: 'kalsel_asn', platformUserId: '1', regionCode: '63.71' });
    const jatim = await seedAccount(db.pool, { platform: 'x', handle: 'jatim_asn', platformUserId: '2', regionCode: '35.78' });
    const paused = await seedAccount(db.pool, { platform: 'x', handle: 'paused_asn', platformUserId: '3', state: 'paused' });
    // The Kalsel governor contest (province 63) covers Banjarmasin (63.71).
    await db.pool.query(
      `INSERT INTO contests (id, name, level, region_code, election_year, campaign_start, campaign_end, quiet_start, quiet_end, voting_day)
       VALUES ('pilgub-kalsel-2024', 'Pilgub Kalsel 2024', 'provinsi', '63', 2024, '2024-09-25', '2024-11-23', '2024-11-24', '2024-11-26', '2024-11-27')`,
    );
    const now = new Date('2024-10-10T03:00:00Z');
    const first = await syncSchedules(db.pool, queue, now);
    expect(first).toEqual({ upserted: 2, unchanged: 0, removed: 0 });
    expect(await everyOf(kalsel)).toBe(15 * 60_000);
    expect(await everyOf(jatim)).toBe(60 * 60_000);
    expect(await everyOf(paused)).toBeNull();
    const sched = await queue.queue.getJobScheduler(schedulerIdFor(kalsel));
    expect(sched).toMatchObject({ name: 'poll-account', template: { data: { accountId: kalsel } } });
    expect((await getCoverage(db.pool, kalsel))!.pollIntervalReason).toBe('campaign');
    // The scheduler has put the account's first poll on the queue.
    const jobs = await queue.queue.getJobs(['waiting', 'delayed', 'prioritized']);
    expect(jobs.some((j) => j.name === 'poll-account' && (j.data as { accountId: string }).accountId === kalsel)).toBe(true);
    // A newly watched account is also read at once, not only after its first interval.
    expect(await (await queue.queue.getJob(`first-poll-${kalsel}`))?.getState()).toBe('waiting');
    expect(await queue.queue.getJob(`first-poll-${paused}`)).toBeUndefined();

    // Nothing changed: nothing re-timed.
    expect(await syncSchedules(db.pool, queue, now)).toEqual({ upserted: 0, unchanged: 2, removed: 0 });

    // A detected edit on the Jatim account: polled every 5 minutes.
    const item = await db.pool.query<{ id: string }>(
      `INSERT INTO items (platform, platform_item_id, account_id, region_code, kind, posted_at, source) VALUES ('x', 'e1', $1, '35.78', 'post', $2, 'connector') RETURNING id`,
      [jatim, now],
    );
    await db.pool.query(`INSERT INTO item_events (item_id, version, kind, at) VALUES ($1, 2, 'edited', $2)`, [item.rows[0]!.id, new Date(now.getTime() - 3600_000)]);
    // Monitoring of Kalsel paused: its scheduler goes.
    await db.pool.query(`UPDATE social_accounts SET monitoring_state = 'paused' WHERE id = $1`, [kalsel]);
    expect(await syncSchedules(db.pool, queue, now)).toEqual({ upserted: 1, unchanged: 0, removed: 1 });
    expect(await everyOf(jatim)).toBe(5 * 60_000);
    expect(await everyOf(kalsel)).toBeNull();
    expect((await getCoverage(db.pool, kalsel))!.pollIntervalMs).toBeNull();

    // An account with a flag from yesterday: every 10 minutes; an old flag does not count.
    const flagged = await seedAccount(db.pool, { platform: 'x', handle: 'flagged_asn', platformUserId: '4', regionCode: '35.78' });
    const oldFlagged = await seedAccount(db.pool, { platform: 'x', handle: 'old_flag_asn', platformUserId: '5', regionCode: '35.78' });
    for (const [accountId, at] of [[flagged, new Date(now.getTime() - 86_400_000)], [oldFlagged, new Date(now.getTime() - 40 * 86_400_000)]] as const) {
      const it = await db.pool.query<{ id: string }>(
        `INSERT INTO items (platform, platform_item_id, account_id, region_code, kind, posted_at, source) VALUES ('x', $1, $2, '35.78', 'post', $3, 'connector') RETURNING id`,
        [`f-${accountId}`, accountId, now],
      );
      const v = await db.pool.query<{ id: string }>(`INSERT INTO item_versions (item_id, version, text, content_hash) VALUES ($1, 1, 'Coblos nomor 2', 'h') RETURNING id`, [it.rows[0]!.id]);
      const j = await db.pool.query<{ id: string }>(
        `INSERT INTO judgements (item_version_id, model_version, lexicon_key, score, flagged) VALUES ($1, 'm1', 'k', 0.9, true) RETURNING id`,
        [v.rows[0]!.id],
      );
      await db.pool.query(
        `INSERT INTO flags (item_id, item_version_id, judgement_id, region_code, score, created_at) VALUES ($1, $2, $3, '35.78', 0.9, $4)`,
        [it.rows[0]!.id, v.rows[0]!.id, j.rows[0]!.id, at],
      );
    }
    await syncSchedules(db.pool, queue, now);
    expect(await everyOf(flagged)).toBe(10 * 60_000);
    expect(await everyOf(oldFlagged)).toBe(60 * 60_000);
    expect((await getCoverage(db.pool, flagged))!.pollIntervalReason).toBe('base,recent_flag');
  });
});
