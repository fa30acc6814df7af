import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, createLogger } from '@netra/shared';
import { buildApp } from '../src/app.js';
import { createTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let admin: { authorization: string };
let integrator: { authorization: string };
let queue: Queue;

async function createAsn(nip: string, agencyCode: string, regionCode: string): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: '/v1/asn', headers: admin, payload: { nip, name: `ASN ${nip.slice(-3)} Rekaan`, positionClass: 'pelaksana', agencyCode, regionCode } });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

const example = (id: string, over: Record<string, unknown> = {}) => ({
  id, platform: 'instagram', kind: 'post', author: { handle: 'budi.jakbar', region_code: '31.73' },
  created_at: '2024-10-01T09:00:00+07:00', text: 'Jakarta butuh pemimpin yg sudah terbukti. RIDO nomor 1! ☝️', ...over,
});

async function waitOutboxEmpty(): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    const { rows } = await t.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM classify_outbox_batches WHERE sent_at IS NULL');
    if (rows[0]!.n === 0) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('outbox not drained');
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin', null);
  integrator = await t.login('integrator', null);
  for (const [code, regionCode] of [['DISDIK-JAKBAR', '31.73'], ['DISDIK-BJM', '63.71']] as const) {
    expect((await t.app.inject({ method: 'POST', url: '/v1/agencies', headers: admin, payload: { code, name: code, regionCode } })).statusCode).toBe(201);
  }
  const asnJakbar = await createAsn('198503122010011004', 'DISDIK-JAKBAR', '31.73');
  const asnBjm = await createAsn('197001011995031002', 'DISDIK-BJM', '63.71');
  for (const [platform, handle, asnId, platformUserId] of [['instagram', 'Budi.Jakbar', asnJakbar, null], ['x', 'siti_bjm', asnBjm, '777']] as const) {
    const res = await t.app.inject({ method: 'POST', url: '/v1/accounts', headers: admin, payload: { platform, handle, asnId, linkMethod: 'agency_list', linkConfidence: 0.9, ...(platformUserId ? { platformUserId } : {}) } });
    expect(res.statusCode).toBe(201);
  }
  queue = new Queue('classify', { connection: t.redis.redis, prefix: t.redis.prefix });
});
afterAll(async () => {
  await queue.close();
  await t.close();
});

describe('POST /v1/ingest', () => {
  it('keeps the good items of a mixed batch and rejects each bad one with its index and path', async () => {
    const res = await t.app.inject({
      method: 'POST', url: '/v1/ingest', headers: integrator,
      payload: [
        example('ig-1'),
        example('ig-2', { created_at: 'kemarin' }),
        example('ig-3', { author: { handle: 'tidak_terdaftar' } }),
        42,
        { id: 'x-1', platform: 'x', kind: 'like', author: { id: '777' }, created_at: '2024-10-02T10:00:00+08:00', text: '', target: { author_handle: 'ridwankamil', text: 'Program RIDO' } },
        example('ig-4', { colour: 'kuning' }),
        { platform: 'x', platformItemId: 'x-2', kind: 'post', authorHandle: '@SITI_BJM', postedAt: '2024-10-03T10:00:00Z', text: 'camelCase juga diterima' },
      ],
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.results.map((r: { status: string }) => r.status)).toEqual(['created', 'rejected', 'rejected', 'rejected', 'created', 'rejected', 'created']);
    expect(body.results[1]).toMatchObject({ index: 1, error: { path: '/1/created_at' } });
    expect(body.results[2]).toMatchObject({ index: 2, error: { path: '/2/author/handle', message: expect.stringContaining('no registered instagram account') } });
    expect(body.results[3]).toMatchObject({ index: 3, error: { path: '/3', message: 'must be an object' } });
    expect(body.results[5]).toMatchObject({ index: 5, error: { path: '/5/colour', message: 'is not an allowed field' } });
    expect(body.summary).toEqual({ created: 3, edited: 0, unchanged: 0, rejected: 4 });
    const item = await t.db.pool.query('SELECT region_code, source FROM items WHERE platform_item_id = $1', ['ig-1']);
    expect(item.rows[0]).toEqual({ region_code: '31.73', source: 'push' });
  });

  it('is idempotent, versions an edit, and queues exactly one classify job per version', async () => {
    const push = (text: string) => t.app.inject({ method: 'POST', url: '/v1/ingest', headers: integrator, payload: [example('ig-10', { text })] });
    expect((await push('Salam tiga jari 🤟')).json().results[0]).toMatchObject({ status: 'created', version: 1 });
    expect((await push('Salam tiga jari 🤟')).json().results[0]).toMatchObject({ status: 'unchanged', version: 1 });
    const edited = (await push('Salam tiga jari 🤟 #coblos3')).json().results[0];
    expect(edited).toMatchObject({ status: 'edited', version: 2 });
    expect((await push('Salam tiga jari 🤟 #coblos3')).json().results[0]).toMatchObject({ status: 'unchanged', version: 2 });
    await waitOutboxEmpty();
    const versions = await t.db.pool.query<{ id: string }>('SELECT id FROM item_versions WHERE item_id = $1 ORDER BY version', [edited.itemId]);
    expect(versions.rows).toHaveLength(2);
    // Each version in exactly one 'classify-batch' job (one per write that stored a version).
    const jobs = await queue.getJobs(['waiting', 'delayed', 'active', 'completed', 'failed', 'prioritized']);
    for (const v of versions.rows) {
      const holding = jobs.filter((j) => (j.data as { itemVersionIds: string[] }).itemVersionIds.includes(v.id));
      expect(holding).toHaveLength(1);
      expect(holding[0]!.name).toBe('classify-batch');
      expect(holding[0]!.id).toMatch(/^ivb-/);
      expect(holding[0]!.data).toEqual({ itemVersionIds: [v.id] });
    }

    const detail = await t.app.inject({ method: 'GET', url: `/v1/items/${edited.itemId}`, headers: admin });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect(detail.json().versions[1].diff).toEqual({ text: { before: 'Salam tiga jari 🤟', after: 'Salam tiga jari 🤟 #coblos3' } });
    // Without a raw field the pushed item itself is the raw payload.
    expect(detail.json().versions[0].rawPayloadBytes).toBe(Buffer.byteLength(JSON.stringify(example('ig-10', { text: 'Salam tiga jari 🤟' }))));
    const raw = await t.app.inject({ method: 'GET', url: `/v1/items/${edited.itemId}/versions/2/raw`, headers: admin });
    expect(raw.statusCode).toBe(200);
    expect(raw.json()).toEqual({ itemId: edited.itemId, version: 2, raw: example('ig-10', { text: 'Salam tiga jari 🤟 #coblos3' }) });
    expect((await t.app.inject({ method: 'GET', url: `/v1/items/${edited.itemId}/versions/3/raw`, headers: admin })).statusCode).toBe(404);
    expect(detail.json().events.map((e: { kind: string }) => e.kind)).toEqual(['created', 'edited']);
    const audit = await t.db.pool.query('SELECT action, region_code FROM audit_log WHERE entity_id = $1 ORDER BY seq', [edited.itemId]);
    expect(audit.rows).toEqual([{ action: 'item.read', region_code: '31.73' }, { action: 'item.raw.read', region_code: '31.73' }]);
  });

  it('scopes the item read API by region (404 outside) and refuses integrators', async () => {
    const id = (await t.db.pool.query<{ id: string }>("SELECT id FROM items WHERE platform_item_id = 'ig-1'")).rows[0]!.id;
    const bjmReviewer = await t.login('reviewer', '63.71');
    expect((await t.app.inject({ method: 'GET', url: `/v1/items/${id}`, headers: bjmReviewer })).statusCode).toBe(404);
    const jakReviewer = await t.login('reviewer', '31');
    expect((await t.app.inject({ method: 'GET', url: `/v1/items/${id}`, headers: jakReviewer })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/v1/items/${id}`, headers: integrator })).statusCode).toBe(403);
  });

  it('accepts NDJSON, with a line that is not JSON rejected on its own', async () => {
    const lines = [JSON.stringify(example('nd-1')), '', '{"id": "nd-2", oops', JSON.stringify(example('nd-3', { text: 'Dukung nomor 3' }))].join('\n');
    const res = await t.app.inject({ method: 'POST', url: '/v1/ingest', headers: { ...integrator, 'content-type': 'application/x-ndjson' }, payload: lines });
    expect(res.statusCode).toBe(200);
    expect(res.json().results.map((r: { status: string }) => r.status)).toEqual(['created', 'rejected', 'created']);
    expect(res.json().results[1].error.message).toContain('line 3 is not valid JSON');
  });

  it('refuses a batch above INGEST_MAX_BATCH with 413 and a clear message, and a non-array body with 400 and a path', async () => {
    const config = loadConfig({ QUEUE_PREFIX: t.redis.prefix, LOG_LEVEL: 'silent', INGEST_MAX_BATCH: '3' });
    const small = await buildApp({ config, db: t.db.pool, redis: t.redis.redis, logger: createLogger({ level: 'silent' }) });
    try {
      const res = await small.inject({ method: 'POST', url: '/v1/ingest', headers: integrator, payload: [1, 2, 3, 4].map((i) => example(`big-${i}`)) });
      expect(res.statusCode).toBe(413);
      expect(res.json()).toMatchObject({ error: 'BATCH_TOO_LARGE', message: expect.stringContaining('at most 3 (INGEST_MAX_BATCH)') });
      expect((await small.inject({ method: 'POST', url: '/v1/ingest', headers: integrator, payload: [1, 2, 3].map((i) => example(`big-${i}`)) })).statusCode).toBe(200);
    } finally {
      await small.close();
    }
    const bad = await t.app.inject({ method: 'POST', url: '/v1/ingest', headers: integrator, payload: { items: [] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].path).toBe('/body');
    const empty = await t.app.inject({ method: 'POST', url: '/v1/ingest', headers: integrator, payload: [] });
    expect(empty.statusCode).toBe(400);
    const reviewer = await t.login('reviewer', null);
    expect((await t.app.inject({ method: 'POST', url: '/v1/ingest', headers: reviewer, payload: [example('r-1')] })).statusCode).toBe(403);
  });
});

describe('complaints', () => {
  it('records a complaint, shows it only in its region, and shows the reporter contact only to supervisors (audited)', async () => {
    const reviewer = await t.login('reviewer', '31.73');
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64');
    const created = await t.app.inject({
      method: 'POST', url: '/v1/complaints', headers: reviewer,
      payload: {
        url: 'https://instagram.com/p/abc', platform: 'instagram', description: 'Lurah memposting dukungan untuk paslon 1', regionCode: '31.73',
        screenshots: [{ contentType: 'image/png', dataBase64: png }, { url: 'https://example.org/shot.jpg' }],
        reporter: { name: 'Warga', contact: '+62 812 0000 0000' },
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).not.toHaveProperty('reporter');
    expect(created.json().screenshots[0]).toMatchObject({ kind: 'inline', contentType: 'image/png', bytes: 16 });

    const missing = await t.app.inject({ method: 'POST', url: '/v1/complaints', headers: reviewer, payload: { url: 'https://x.com/a/1', regionCode: '31.73', reporter: { contact: 'a@b.id' } } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().details.map((d: { path: string }) => d.path)).toContain('/body/description');
    const outside = await t.app.inject({ method: 'POST', url: '/v1/complaints', headers: reviewer, payload: { url: 'https://x.com/a/1', description: 'x', regionCode: '63.71', reporter: { contact: 'a@b.id' } } });
    expect(outside.statusCode).toBe(403);

    const list = await t.app.inject({ method: 'GET', url: '/v1/complaints', headers: reviewer });
    expect(list.json().items).toHaveLength(1);
    expect(list.json().items[0]).not.toHaveProperty('reporter');
    const other = await t.login('reviewer', '63.71');
    expect((await t.app.inject({ method: 'GET', url: '/v1/complaints', headers: other })).json().items).toHaveLength(0);

    const supervisor = await t.login('supervisor', '31');
    const sup = await t.app.inject({ method: 'GET', url: '/v1/complaints', headers: supervisor });
    expect(sup.json().items[0].reporter).toEqual({ name: 'Warga', contact: '+62 812 0000 0000' });
    const audit = await t.db.pool.query<{ details: { ids: string[] } }>("SELECT details FROM audit_log WHERE action = 'complaint.reporter.read'");
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]!.details.ids).toEqual([created.json().id]);
    const stored = await t.db.pool.query('SELECT octet_length(data)::int AS n FROM complaint_screenshots');
    expect(stored.rows).toEqual([{ n: 16 }]);
  });
});
