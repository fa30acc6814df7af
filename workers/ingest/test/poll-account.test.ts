import { QueueEvents, UnrecoverableError, type Job } from 'bullmq';
import { createLogger, startWorker, TypedQueue } from '@netra/shared';
import { createTestDatabase, createTestRedis, type TestDatabase, type TestRedis } from '@netra/shared/testing/test-env';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlueskyConnector } from '../src/connectors/bluesky-connector.js';
import { XConnector } from '../src/connectors/x-connector.js';
import { coverageDuring, getCoverage, listCoverageGaps } from '../src/poll/coverage-repo.js';
import { createIngestHandlers, pollAccount, type IngestDeps } from '../src/poll/poll-account.js';
import { PollLock } from '../src/poll/poll-lock.js';
import { RateBudget } from '../src/scheduling/rate-budget.js';
import { startFakePlatforms, type FakePlatforms } from './fake-platforms.js';
import { ingestItems, markMissing } from '../src/items/items-service.js';
import { seedAccount } from './poll-fixtures.js';

let db: TestDatabase;
let tr: TestRedis;
let fake: FakePlatforms;
let deps: IngestDeps;
const missingCalls: { accountId: string; seen: string[] }[] = [];
const log = createLogger({ level: 'silent' });

beforeAll(async () => {
  db = await createTestDatabase();
  tr = await createTestRedis();
  fake = await startFakePlatforms();
  deps = {
    db: db.pool,
    connectors: { x: new XConnector({ baseUrl: fake.url, credential: 'x-token', pageSize: 5 }), bluesky: new BlueskyConnector({ baseUrl: fake.url }) },
    budget: new RateBudget(tr.redis, tr.prefix),
    lock: new PollLock(tr.redis, tr.prefix),
    // The real item store, with its markMissing observed.
    items: {
      ingestItems,
      markMissing: async (pool, accountId, seen, startedAt) => {
        missingCalls.push({ accountId, seen: [...seen] });
        return markMissing(pool, accountId, seen, startedAt);
      },
    },
  };
});
afterAll(async () => {
  await fake.close();
  await tr.cleanup();
  await db.drop();
});

async function itemsOf(accountId: string) {
  const { rows } = await db.pool.query<{ platform_item_id: string; kind: string; deleted_at: Date | null; current_version: number; source: string }>(
    `SELECT platform_item_id, kind, deleted_at, current_version, source FROM items WHERE account_id = $1 ORDER BY platform_item_id`,
    [accountId],
  );
  return rows;
}

describe('poll-account', () => {
  it('runs through a real BullMQ worker: pages, ingests as connector, marks missing, stores cursor and coverage', async () => {
    fake.x.addUser({ id: '501', username: 'andi_pns' });
    fake.x.addUser({ id: '502', username: 'paslon_dua' });
    const official = fake.x.post('502', 'Nomor 2 menang!', new Date(Date.now() - 3_600_000));
    for (let i = 0; i < 6; i++) fake.x.post('501', `Kegiatan dinas ${i}`, new Date(Date.now() - (i + 2) * 3_600_000));
    fake.x.retweet('501', official.id, new Date(Date.now() - 1_800_000));
    fake.x.like('501', official.id);
    const accountId = await seedAccount(db.pool, { platform: 'x', handle: 'andi_pns', platformUserId: '501' });

    const ctx = { connection: tr.redis, prefix: tr.prefix };
    const queue = new TypedQueue('ingest', ctx);
    const events = new QueueEvents('ingest', { connection: tr.redis.duplicate(), prefix: tr.prefix });
    await events.waitUntilReady();
    const worker = startWorker('ingest', createIngestHandlers(deps), { connection: tr.redis.duplicate({ maxRetriesPerRequest: null }), prefix: tr.prefix }, { logger: log });
    try {
      await queue.add('poll-account', { accountId }, { jobId: `poll-test-${accountId}` });
      const job = (await queue.queue.getJob(`poll-test-${accountId}`))!;
      const result = (await job.waitUntilFinished(events, 20_000)) as { status: string; items: number; created: number; complete: boolean };
      expect(result).toMatchObject({ status: 'ok', items: 8, created: 8, complete: true });
    } finally {
      await worker.close();
      await events.close();
      await queue.close();
    }
    const rows = await itemsOf(accountId);
    expect(rows.map((r) => r.kind).sort()).toEqual(['like', 'post', 'post', 'post', 'post', 'post', 'post', 'share']);
    expect(rows.every((r) => r.source === 'connector')).toBe(true);
    const cov = (await getCoverage(db.pool, accountId))!;
    expect(cov.lastSuccessAt).toBeInstanceOf(Date);
    expect(JSON.parse(cov.cursor!).newest).toBeTruthy();
    expect(cov.itemsSeenTotal).toBe(8);
    expect(missingCalls.at(-1)).toMatchObject({ accountId });
    expect(missingCalls.at(-1)!.seen).toHaveLength(8);

    // Next poll: an edit and a deletion are seen, nothing else is new.
    const own = fake.x.post('501', 'Teks awal', new Date(Date.now() - 600_000));
    await pollAccount(deps, accountId, log);
    fake.x.edit(own.id, 'Teks diedit', new Date());
    const victim = rows.find((r) => r.kind === 'post')!.platform_item_id;
    fake.x.delete(victim);
    const second = await pollAccount(deps, accountId, log);
    expect(second).toMatchObject({ status: 'ok', edited: 1, created: 0 });
    // The item store marks an item deleted after two complete polls without it.
    expect(await pollAccount(deps, accountId, log)).toMatchObject({ status: 'ok', edited: 0, created: 0 });
    const after = await itemsOf(accountId);
    expect(after.find((r) => r.platform_item_id === own.id)!.current_version).toBe(2);
    expect(after.find((r) => r.platform_item_id === victim)!.deleted_at).toBeInstanceOf(Date);
  });

  it('opens a coverage gap on 429, blocks the shared budget until the reset, and closes the gap on the next success', async () => {
    fake.x.addUser({ id: '601', username: 'rina_asn' });
    fake.x.post('601', 'Selamat pagi', new Date(Date.now() - 3_600_000));
    const accountId = await seedAccount(db.pool, { platform: 'x', handle: 'rina_asn', platformUserId: '601' });
    const x = new XConnector({ baseUrl: fake.url, credential: 'x-token-2', credentialId: 'x:second' });
    fake.x.tokens.add('x-token-2');
    const d2 = { ...deps, connectors: { x } };
    const reset = Math.floor(Date.now() / 1000) + 600;
    fake.fault({ path: '/2/users/601/tweets', status: 429, headers: { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(reset) } });
    const limited = await pollAccount(d2, accountId, log);
    expect(limited).toMatchObject({ status: 'rate_limited', retryAt: new Date(reset * 1000).toISOString() });
    let gaps = await listCoverageGaps(db.pool, accountId);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({ reason: 'rate_limited', toAt: null });
    const cov = (await getCoverage(db.pool, accountId))!;
    expect(cov.rateLimitedCount).toBe(1);
    expect(cov.rateLimitWaitMsTotal).toBeGreaterThan(500_000);
    // Every process now sees the budget blocked: a second poll does not even call the platform.
    const calls = fake.requests.length;
    expect(await pollAccount(d2, accountId, log)).toMatchObject({ status: 'rate_limited' });
    expect(fake.requests.length).toBe(calls);
    expect(await listCoverageGaps(db.pool, accountId)).toHaveLength(1);
    // After the reset (the block lifted), a success closes the gap.
    await tr.redis.del(deps.budget.key('x', 'x:second'));
    expect(await pollAccount(d2, accountId, log)).toMatchObject({ status: 'ok' });
    gaps = await listCoverageGaps(db.pool, accountId);
    expect(gaps[0]!.toAt).toBeInstanceOf(Date);
    expect(gaps[0]!.failures).toBe(2);
    // A reviewer asking about the time of the gap hears "not watched", about later "watched".
    const during = await coverageDuring(db.pool, accountId, gaps[0]!.fromAt, gaps[0]!.toAt!);
    expect(during).toMatchObject({ watched: false, gaps: [{ reason: 'rate_limited' }] });
    const later = new Date(gaps[0]!.toAt!.getTime() + 1);
    expect(await coverageDuring(db.pool, accountId, later, later)).toMatchObject({ watched: false, gaps: [] }); // not polled since
    const before = new Date(gaps[0]!.fromAt.getTime() - 3_600_000);
    // Before the gap: read back by the successful poll after it, nothing in between.
    expect((await coverageDuring(db.pool, accountId, before, new Date(before.getTime() + 1000))).watched).toBe(true);
  });

  it('gives up (UnrecoverableError) on an expired token and records it; retries (throws) on 5xx', async () => {
    fake.x.addUser({ id: '701', username: 'dedi_asn' });
    const accountId = await seedAccount(db.pool, { platform: 'x', handle: 'dedi_asn', platformUserId: '701' });
    const expired = { ...deps, connectors: { x: new XConnector({ baseUrl: fake.url, credential: 'expired', credentialId: 'x:expired' }) } };
    const handlers = createIngestHandlers(expired);
    const job = { token: undefined } as unknown as Job<{ accountId: string }>;
    await expect(handlers['poll-account']({ accountId }, job, log)).rejects.toBeInstanceOf(UnrecoverableError);
    const cov = (await getCoverage(db.pool, accountId))!;
    expect(cov).toMatchObject({ lastErrorKind: 'auth', consecutiveFailures: 1 });
    expect((await listCoverageGaps(db.pool, accountId))[0]).toMatchObject({ reason: 'auth', toAt: null });

    fake.fault({ path: '/2/users/701/tweets', status: 503 });
    const err = await pollAccount(deps, accountId, log).catch((e: unknown) => e);
    expect(err).not.toBeInstanceOf(UnrecoverableError);
    expect(err).toMatchObject({ kind: 'retryable' });
    expect(await getCoverage(db.pool, accountId)).toMatchObject({ lastErrorKind: 'retryable', consecutiveFailures: 2 });
  });

  it('records a platform without a configured connector as not watched, and skips paused accounts', async () => {
    const tiktokAccount = await seedAccount(db.pool, { platform: 'tiktok', handle: 'tt_asn' });
    expect(await pollAccount(deps, tiktokAccount, log)).toEqual({ status: 'skipped', reason: 'not_configured' });
    expect((await listCoverageGaps(db.pool, tiktokAccount))[0]).toMatchObject({ reason: 'not_configured' });
    const paused = await seedAccount(db.pool, { platform: 'x', handle: 'paused_asn', platformUserId: '999', state: 'paused' });
    expect(await pollAccount(deps, paused, log)).toEqual({ status: 'skipped', reason: 'not_active' });
    expect(await pollAccount(deps, '00000000-0000-0000-0000-000000000000', log)).toEqual({ status: 'skipped', reason: 'account_not_found' });
  });

  it('runs one poll of an account at a time across processes', async () => {
    const accountId = await seedAccount(db.pool, { platform: 'x', handle: 'locked_asn', platformUserId: '502' });
    const held = (await new PollLock(tr.redis, tr.prefix).acquire(accountId))!;
    expect(await pollAccount(deps, accountId, log)).toEqual({ status: 'skipped', reason: 'already_polling' });
    await held();
    expect(await pollAccount(deps, accountId, log)).toMatchObject({ status: 'ok' });
  });

  it('resumes a poll cut short by its page limit and only then judges nothing missing', async () => {
    fake.x.addUser({ id: '801', username: 'long_feed_asn' });
    for (let i = 0; i < 12; i++) fake.x.post('801', `Laporan harian ${i}`, new Date(Date.now() - (i + 1) * 3_600_000));
    const accountId = await seedAccount(db.pool, { platform: 'x', handle: 'long_feed_asn', platformUserId: '801' });
    const short = { ...deps, maxPages: 2 };
    const first = await pollAccount(short, accountId, log);
    expect(first).toMatchObject({ status: 'ok', pages: 2, items: 10, complete: false });
    expect((await getCoverage(db.pool, accountId))!.cursor).toMatch(/^mid:/);
    const calls = missingCalls.length;
    const second = await pollAccount(short, accountId, log);
    // The rest of the posts, then the likes: done, but resumed, so no missing judgement.
    expect(second).toMatchObject({ status: 'ok', items: 2, complete: false });
    expect(missingCalls.length).toBe(calls);
    expect((await getCoverage(db.pool, accountId))!.cursor).not.toMatch(/^mid:/);
    const third = await pollAccount(deps, accountId, log);
    expect(third).toMatchObject({ status: 'ok', items: 12, created: 0, complete: true });
    expect(missingCalls.length).toBe(calls + 1);
    expect((await itemsOf(accountId)).every((r) => r.deleted_at === null)).toBe(true);
  });
});
