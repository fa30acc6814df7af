import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Worker } from 'bullmq';
import { classifyBatchJobId, classifyJobId, createLogger, TypedQueue, type Closer } from '@netra/shared';
import { createTestDatabase, createTestRedis, type TestDatabase, type TestRedis } from '@netra/shared/testing/test-env';
import { loadContestsForClassifier } from '@netra/api';
import { startClassifyWorker } from '../../src/worker/classify-worker.js';

// The worker against real PostgreSQL and Redis: jobs in, judgements and flags out, once each.

let db: TestDatabase;
let redis: TestRedis;
let worker: Worker;
let closers: Closer[];
let queue: TypedQueue<'classify'>;

const contests = JSON.parse(readFileSync('/work/shared/examples/contests.json', 'utf8').toString()) as {
  id: string; name: string; level: string; region: { code: string }; campaign_start: string; campaign_end: string; voting_day: string;
  candidates: { number: number; head: string; deputy: string; aliases?: string[]; hashtags?: string[]; slogans?: string[]; accounts?: unknown[] }[];
}[];

async function seed(): Promise<void> {
  const q = (sql: string, params: unknown[] = []) => db.pool.query(sql, params);
  await q(`INSERT INTO regions (code, name, level, kind, parent_code) VALUES ('31', 'DKI Jakarta', 1, 'provinsi', NULL), ('31.73', 'Kota Jakarta Barat', 2, 'kota', '31')`);
  for (const c of contests) {
    await q(`INSERT INTO contests (id, name, level, region_code, election_year, campaign_start, campaign_end, voting_day) VALUES ($1,$2,$3,$4,2024,$5,$6,$7)`,
      [c.id, c.name, c.level, c.region.code, c.campaign_start, c.campaign_end, c.voting_day]);
    for (const p of c.candidates) {
      await q(`INSERT INTO candidate_pairs (contest_id, ballot_number, head, deputy, aliases, hashtags, slogans, accounts) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
        [c.id, p.number, p.head, p.deputy, p.aliases ?? [], p.hashtags ?? [], p.slogans ?? [], JSON.stringify(p.accounts ?? [])]);
    }
  }
  const agency = await q(`INSERT INTO agencies (code, name, region_code) VALUES ('DINAS-X', 'Dinas X', '31.73') RETURNING id`);
  const asn = await q(`INSERT INTO asn (nip, name, position_class, agency_id, region_code) VALUES ('198001012005011001', 'Contoh ASN', 'fungsional', $1, '31.73') RETURNING id`, [agency.rows[0].id]);
  await q(`INSERT INTO social_accounts (platform, handle, asn_id, link_method, link_confidence) VALUES ('x', 'contoh', $1, 'agency_list', 0.9)`, [asn.rows[0].id]);
}

async function addItem(platformId: string, text: string, version = 1): Promise<string> {
  const item = await db.pool.query(
    `INSERT INTO items (platform, platform_item_id, asn_id, region_code, kind, posted_at, source, current_version)
     SELECT 'x', $1, id, '31.73', 'post', '2024-10-10T09:00:00+07:00', 'push', $2 FROM asn
     ON CONFLICT (platform, platform_item_id) DO UPDATE SET current_version = EXCLUDED.current_version RETURNING id`,
    [platformId, version],
  );
  const v = await db.pool.query(`INSERT INTO item_versions (item_id, version, text, content_hash) VALUES ($1, $2, $3, md5($3)) RETURNING id`, [item.rows[0].id, version, text]);
  return v.rows[0].id as string;
}

async function waitForJobs(...ids: string[]): Promise<void> {
  for (let i = 0; i < 400; i += 1) {
    const states = await Promise.all(ids.map(async (id) => (await queue.queue.getJob(id))?.getState()));
    if (states.every((s) => s === 'completed' || s === 'failed')) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`jobs ${ids.join(', ')} did not finish`);
}

beforeAll(async () => {
  db = await createTestDatabase();
  redis = await createTestRedis();
  await seed();
  const started = await startClassifyWorker({ db: db.pool, redis: redis.redis, prefix: redis.prefix, logger: createLogger({ level: 'silent' }), threshold: 0.5, rescoreEveryMs: 3_600_000, loadContests: (pool) => loadContestsForClassifier(pool) });
  worker = started.worker;
  closers = started.closers;
  queue = new TypedQueue('classify', { connection: redis.redis, prefix: redis.prefix });
});

afterAll(async () => {
  await queue.close();
  for (const c of closers.reverse()) await c.close();
  await db.drop();
  await redis.cleanup();
});

describe('classify worker', () => {
  it('judges each version once, flags the partisan ones, and ignores repeated jobs', async () => {
    const partisan = await addItem('p1', 'Tiga jari untuk Jakarta 🤟 coblos no 3 tgl 27');
    const neutral = await addItem('n1', 'Rapat koordinasi logistik pemilu di kantor kecamatan, semua kotak suara sudah terdistribusi.');
    await queue.add('classify-item', { itemVersionId: partisan }, { jobId: classifyJobId(partisan) });
    await queue.add('classify-item', { itemVersionId: neutral }, { jobId: classifyJobId(neutral) });
    await queue.add('classify-item', { itemVersionId: partisan }, { jobId: classifyJobId(partisan) }); // same id: deduplicated by BullMQ
    await queue.add('classify-item', { itemVersionId: partisan }, { jobId: `retry-${partisan}` }); // a redelivery under another id
    await waitForJobs(classifyJobId(partisan), classifyJobId(neutral), `retry-${partisan}`);

    const judgements = await db.pool.query('SELECT item_version_id, flagged, candidate, stance, model_version, reason FROM judgements');
    expect(judgements.rows).toHaveLength(2);
    const flags = await db.pool.query('SELECT item_version_id, candidate, stance, status, region_code FROM flags');
    expect(flags.rows).toEqual([{ item_version_id: partisan, candidate: 3, stance: 'support', status: 'pending', region_code: '31.73' }]);
    const p = judgements.rows.find((r) => r.item_version_id === partisan);
    expect(p.model_version).toBeTruthy();
    expect(p.reason.id).toMatch(/paslon 3/);
  });

  it('fails a job for a version that does not exist without retrying it', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    await queue.add('classify-item', { itemVersionId: missing }, { jobId: classifyJobId(missing) });
    for (let i = 0; i < 200; i += 1) {
      const job = await queue.queue.getJob(classifyJobId(missing));
      if (job && (await job.isFailed())) {
        expect(job.attemptsMade).toBe(1);
        expect(job.failedReason).toMatch(/not found/);
        return;
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('job did not fail');
  });

  it('judges every version a classify-batch job lists, once each, and a redelivered batch adds nothing', async () => {
    const ids = [
      await addItem('b1', 'Coblos nomor 3, tiga jari untuk Jakarta 🤟'),
      await addItem('b2', 'Jadwal posyandu bulan ini pindah ke hari Kamis.'),
      await addItem('b3', 'Info KPU: daftar pemilih tetap bisa dicek di laman resmi.'),
    ];
    await queue.add('classify-batch', { itemVersionIds: ids }, { jobId: classifyBatchJobId('11111111-1111-4111-8111-111111111111') });
    await queue.add('classify-batch', { itemVersionIds: ids }, { jobId: 'redelivered-batch' });
    await waitForJobs(classifyBatchJobId('11111111-1111-4111-8111-111111111111'), 'redelivered-batch');
    const judged = await db.pool.query<{ item_version_id: string; flagged: boolean }>(
      'SELECT item_version_id, flagged FROM judgements WHERE item_version_id = ANY($1::uuid[]) ORDER BY item_version_id', [ids],
    );
    expect(judged.rows).toHaveLength(3);
    expect(judged.rows.filter((r) => r.flagged).map((r) => r.item_version_id)).toEqual([ids[0]]);
    const job = await queue.queue.getJob(classifyBatchJobId('11111111-1111-4111-8111-111111111111'));
    expect(job?.returnvalue).toEqual({ judged: 3, flagged: 1 });
  });

  it('a classify-batch job naming a missing version judges the others and fails without retrying', async () => {
    const present = await addItem('b4', 'Selamat hari guru untuk semua pendidik di Jakarta Barat.');
    const missing = '00000000-0000-4000-8000-000000000001';
    await queue.add('classify-batch', { itemVersionIds: [present, missing] }, { jobId: 'batch-with-missing' });
    await waitForJobs('batch-with-missing');
    const job = await queue.queue.getJob('batch-with-missing');
    expect(await job!.isFailed()).toBe(true);
    expect(job!.attemptsMade).toBe(1);
    expect(job!.failedReason).toMatch(/1 of 2 item versions not found/);
    expect((await db.pool.query('SELECT 1 FROM judgements WHERE item_version_id = $1', [present])).rows).toHaveLength(1);
  });

  it('re-scores a region when its contest lexicon changes', async () => {
    const v = await addItem('lex1', 'Mantap Bang Kumis pasti menang!');
    await queue.add('classify-item', { itemVersionId: v }, { jobId: classifyJobId(v) });
    await waitForJobs(classifyJobId(v));
    const before = await db.pool.query('SELECT candidate FROM judgements WHERE item_version_id = $1', [v]);
    expect(before.rows).toEqual([{ candidate: null }]);

    // Bawaslu staff add the nickname to pair 2's aliases: the contest revision moves on.
    await db.pool.query(`UPDATE candidate_pairs SET aliases = aliases || '{Bang Kumis}' WHERE contest_id = $1 AND ballot_number = 2`, [contests[0]!.id]);
    await db.pool.query(`UPDATE contests SET revision = revision + 1, updated_at = now() WHERE id = $1`, [contests[0]!.id]);
    await queue.add('rescore', { contestId: null, reason: 'test' }, { jobId: 'rescore-test' });
    await waitForJobs('rescore-test');

    const judgements = await db.pool.query('SELECT lexicon_key, flagged, candidate FROM judgements WHERE item_version_id = $1 ORDER BY created_at', [v]);
    expect(judgements.rows).toHaveLength(2);
    expect(judgements.rows[0].lexicon_key).not.toBe(judgements.rows[1].lexicon_key);
    expect(judgements.rows[1]).toMatchObject({ flagged: true, candidate: 2 });
    // The pending flag follows the new judgement: one flag, now naming pair 2.
    expect((await db.pool.query('SELECT status, candidate FROM flags WHERE item_version_id = $1', [v])).rows).toEqual([{ status: 'pending', candidate: 2 }]);
    // Nothing else changed, so a second check re-scores nothing.
    await queue.add('rescore', { contestId: null, reason: 'test again' }, { jobId: 'rescore-test-2' });
    await waitForJobs('rescore-test-2');
    expect((await queue.queue.getJob('rescore-test-2'))?.returnvalue).toEqual({ contests: 0, versions: 0 });
  });
});
