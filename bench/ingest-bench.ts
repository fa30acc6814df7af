// npm run bench:ingest [-- --items N --batch B --concurrency C]
// Items per second through POST /v1/ingest (a real listening API: parsing, per-item checks,
// account resolution, set-based writes of items, versions, events and outbox rows, then the relay
// putting every version on the classify queue) next to a raw COPY of the same rows into a plain
// table of the same PostgreSQL, in the same run, and their ratio (goal >= 0.25); and, for reference,
// the same rows COPied into the store's own tables. Runs on a fresh schema and Redis prefix,
// dropped at the end.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createLogger, createPool, createRedis, loadConfig, migrate, TypedQueue, type Pool } from '@netra/shared';
import { countUnsent } from '../workers/ingest/src/index.js';
import { buildApp } from '../services/api/src/app.js';
import { createApiToken, createUser } from '../services/api/src/modules/auth/auth-service.js';
import { importRegions } from '../services/api/src/modules/regions/regions-import.js';
import { csvField, medianCopySeconds, psqlCopy as copyThroughPsql } from './bench-support.js';

const { values } = parseArgs({ options: {
  items: { type: 'string', default: '20000' },
  batch: { type: 'string', default: '500' },
  concurrency: { type: 'string', default: '4' },
  accounts: { type: 'string', default: '200' },
} });
const total = Number(values.items);
const batchSize = Number(values.batch);
const concurrency = Number(values.concurrency);
const accountCount = Number(values.accounts);
for (const [k, v] of Object.entries({ items: total, batch: batchSize, concurrency, accounts: accountCount })) {
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${k} expects a positive integer`);
}

const DATABASE_URL = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.REDIS_URL ?? process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const suffix = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
const schema = `bench_ingest_${suffix}`;
const prefix = `bench-ingest-${suffix}`;
const SYSTEM = { actorId: null, actorLabel: 'bench', actorRole: null };

const TEXTS = [
  'Selamat pagi rekan-rekan, jangan lupa apel pagi jam 07.30 di halaman kantor.',
  'Ayo datang ke TPS tanggal 27 November, gunakan hak pilih anda dengan bijak!',
  'Jakarta butuh pemimpin yg sudah terbukti bangun kota. RIDO nomor 1! ☝️',
  'sy sih #JakartaMenyala, Mas Pram & Bang Doel pasti bisa 🔥',
  'Rapat koordinasi persiapan HUT Korpri di aula lantai 3, mohon hadir tepat waktu.',
  'Tiga jari untuk Jakarta 🤟 coblos no 3 tgl 27',
  'Info pelayanan: loket perizinan tutup sementara untuk pemeliharaan sistem.',
  'Bersama kita jaga netralitas ASN dalam Pilkada serentak 2024.',
];

function item(i: number, handles: string[]) {
  const kind = i % 10 === 0 ? 'like' : i % 10 === 1 ? 'share' : 'post';
  const day = 1 + (i % 28);
  return {
    id: `bench-${i}`,
    platform: 'instagram',
    kind,
    author: { handle: handles[i % handles.length]!, region_code: '31.73' },
    created_at: `2024-10-${String(day).padStart(2, '0')}T${String(6 + (i % 14)).padStart(2, '0')}:15:00+07:00`,
    text: kind === 'like' ? '' : `${TEXTS[i % TEXTS.length]} (${i})`,
    ...(kind !== 'post' ? { target: { author_handle: i % 3 === 0 ? 'ridwankamil' : 'pramonoanungw', text: TEXTS[(i + 3) % TEXTS.length]! } } : {}),
    url: `https://www.instagram.com/p/bench${i}/`,
  };
}


function psqlCopy(target: string, csv: string): Promise<number> {
  return copyThroughPsql(DATABASE_URL, schema, target, csv);
}

/** COPYs the items' rows (new ids) into items, item_versions and item_events; returns the summed COPY seconds. */
async function copyIntoStoreTables(db: Pool, items: ReturnType<typeof item>[]): Promise<number> {
  const { rows: accounts } = await db.query<{ handle: string; id: string; asn_id: string; region_code: string }>(
    'SELECT s.handle, s.id, s.asn_id, a.region_code FROM social_accounts s JOIN asn a ON a.id = s.asn_id',
  );
  const byHandle = new Map(accounts.map((a) => [a.handle, a]));
  const seen = new Date().toISOString();
  const ids = items.map(() => randomUUID());
  const itemsCsv = items.map((it, i) => {
    const a = byHandle.get(it.author.handle)!;
    return [ids[i]!, it.platform, `floor-${it.id}`, a.id, a.asn_id, a.region_code, it.kind, it.url, it.created_at, 'push', seen, seen, '1'].map(csvField).join(',');
  }).join('\n') + '\n';
  // text is quoted: in CSV an unquoted empty field is NULL, and a like's text is ''.
  const versionsCsv = items.map((it, i) => [
    randomUUID(), ids[i]!, '1', `"${it.text.replace(/"/g, '""')}"`, it.target ? JSON.stringify({ authorHandle: it.target.author_handle, text: it.target.text }) : '', '[]',
    createHash('sha256').update(it.text).digest('hex'), seen,
  ].map((v, k) => (k === 3 ? v : csvField(v))).join(',')).join('\n') + '\n';
  const eventsCsv = items.map((_, i) => [ids[i]!, '1', 'created', seen, '{"source":"push"}'].map(csvField).join(',')).join('\n') + '\n';
  let seconds = await psqlCopy('items (id, platform, platform_item_id, account_id, asn_id, region_code, kind, url, posted_at, source, first_seen_at, last_seen_at, current_version)', itemsCsv);
  seconds += await psqlCopy('item_versions (id, item_id, version, text, target, media, content_hash, seen_at)', versionsCsv);
  seconds += await psqlCopy('item_events (item_id, version, kind, at, details)', eventsCsv);
  return seconds;
}

async function main(): Promise<void> {
  const admin = createPool({ connectionString: DATABASE_URL, max: 1 });
  await admin.query(`CREATE SCHEMA ${schema}`);
  const db = createPool({ connectionString: DATABASE_URL, schema, max: 12 });
  const redis = createRedis(REDIS_URL);
  const logger = createLogger({ level: 'warn' });
  let app: Awaited<ReturnType<typeof buildApp>> | null = null;
  try {
    await migrate(db);
    await importRegions(db);
    // Accounts of ASN in DKI Jakarta (Jakarta Barat) under one agency.
    const agency = await db.query<{ id: string }>(`INSERT INTO agencies (code, name, region_code) VALUES ('BENCH', 'Dinas Bench', '31.73') RETURNING id`);
    const handles: string[] = [];
    for (let a = 0; a < accountCount; a += 1) {
      const nip = `19850312201001${String(1000 + a).padStart(4, '0')}`.slice(0, 18);
      const asn = await db.query<{ id: string }>(
        `INSERT INTO asn (nip, name, position_class, agency_id, region_code) VALUES ($1, $2, 'pelaksana', $3, '31.73') RETURNING id`,
        [nip, `ASN Bench ${a}`, agency.rows[0]!.id],
      );
      handles.push(`asn.bench.${a}`);
      await db.query(
        `INSERT INTO social_accounts (platform, handle, asn_id, link_method, link_confidence) VALUES ('instagram', $1, $2, 'agency_list', 0.9)`,
        [handles[a], asn.rows[0]!.id],
      );
    }
    const config = loadConfig({ ...process.env, QUEUE_PREFIX: prefix, LOG_LEVEL: 'warn', DATABASE_URL, INGEST_MAX_BATCH: String(Math.max(batchSize, 1000)) });
    app = await buildApp({ config, db, redis, logger });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const user = await createUser(db, null, SYSTEM, { username: 'bench-integrator', displayName: 'Bench', role: 'integrator', regionCode: null, agencyId: null });
    const principal = { userId: user.id, username: user.username, role: 'integrator' as const, regionCode: null, agencyId: null, locale: 'id' as const, tokenId: '' };
    const token = (await createApiToken(db, principal, SYSTEM, { name: 'bench' })).token;

    // Bodies prepared before the clock starts.
    const items = Array.from({ length: total }, (_, i) => item(i, handles));
    const bodies: string[] = [];
    for (let s = 0; s < total; s += batchSize) bodies.push(JSON.stringify(items.slice(s, s + batchSize)));

    const started = process.hrtime.bigint();
    let next = 0;
    let created = 0;
    let rejected = 0;
    const worker = async () => {
      while (next < bodies.length) {
        const body = bodies[next++]!;
        const res = await fetch(`${address}/v1/ingest`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body });
        if (res.status !== 200) throw new Error(`POST /v1/ingest answered ${res.status}: ${await res.text()}`);
        const out = (await res.json()) as { summary: { created: number; rejected: number } };
        created += out.summary.created;
        rejected += out.summary.rejected;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const answered = Number(process.hrtime.bigint() - started) / 1e9;
    // Done means on the classify queue too: wait for the relay to publish the last outbox rows.
    while ((await countUnsent(db)) > 0) await new Promise((r) => setTimeout(r, 5));
    const ingestSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    // Every version on the classify queue exactly once, in 'classify-batch' jobs.
    const queue = new TypedQueue('classify', { connection: redis, prefix });
    const jobs = await queue.queue.getJobs(['wait', 'prioritized', 'delayed'], 0, -1);
    await queue.close();
    const queuedIds = jobs.flatMap((j) => (j.data as { itemVersionIds?: string[] }).itemVersionIds ?? []);
    if (new Set(queuedIds).size !== total || queuedIds.length !== total) throw new Error(`expected ${total} versions queued once each, found ${queuedIds.length} (${new Set(queuedIds).size} distinct)`);
    if (created !== total || rejected !== 0) throw new Error(`expected ${total} created, got ${created} created and ${rejected} rejected`);

    // The same rows, raw, into a plain table with COPY: the median of three runs (one COPY takes
    // tens of milliseconds, where the other processes on the machine show most).
    await db.query(`CREATE TABLE bench_raw (platform text, platform_item_id text, kind text, account_handle text, posted_at timestamptz,
                                           text text, target_author_handle text, target_text text, url text)`);
    const csv = items.map((it) => [it.platform, it.id, it.kind, it.author.handle, it.created_at, it.text, it.target?.author_handle ?? '', it.target?.text ?? '', it.url]
      .map(csvField).join(',')).join('\n') + '\n';
    const { seconds: copySeconds, runs: copyRuns, rows: copied } = await medianCopySeconds(db, DATABASE_URL, schema, 'bench_raw', csv);

    // For reference, the floor of Netra's own schema: the rows the store writes for these items
    // (items, item_versions, item_events, with their keys, indexes and foreign keys) COPied
    // straight in, no parsing, checks, hashing, outbox or queue.
    const floorSeconds = await copyIntoStoreTables(db, items);
    const ingestRate = total / ingestSeconds;
    const copyRate = copied / copySeconds;
    const line = (label: string, value: string) => console.log(`${label.padEnd(34)} ${value}`);
    line('items', `${total} in batches of ${batchSize}, ${concurrency} concurrent requests, ${accountCount} accounts`);
    line('POST /v1/ingest answered', `${answered.toFixed(2)} s`);
    line('ingest + classify queue', `${ingestSeconds.toFixed(2)} s  ${ingestRate.toFixed(0)} items/s  (${queuedIds.length} versions in ${jobs.length} classify-batch jobs)`);
    line('raw COPY (psql \\timing, median of 3)', `${copySeconds.toFixed(3)} s  ${copyRate.toFixed(0)} items/s  (runs ${copyRuns.map((r) => r.toFixed(3)).join(', ')} s)`);
    line('COPY into the store\'s own tables', `${floorSeconds.toFixed(3)} s  ${(total / floorSeconds).toFixed(0)} items/s  (ratio to raw COPY ${((total / floorSeconds) / copyRate).toFixed(3)}: the schema's own cost)`);
    line('machine', `${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (other processes compete for the same cores)`);
    line('ratio ingest / COPY', `${(ingestRate / copyRate).toFixed(3)}  (goal >= 0.25)`);
  } finally {
    if (app) await app.close();
    await db.end();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
    const keys = await redis.keys(`${prefix}:*`);
    for (let i = 0; i < keys.length; i += 500) await redis.del(...keys.slice(i, i + 500));
    redis.disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
