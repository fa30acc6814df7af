import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@netra/shared/testing/test-env';
import { contentHash, normaliseContent } from '../src/items/content-hash.js';
import { ingestItems, markMissing } from '../src/items/items-service.js';
import { loadRawPayloads } from '../src/items/raw-payloads.js';
import { post, seedItemAccount, type SeededAccount } from './items-fixtures.js';

let db: TestDatabase;
let account: SeededAccount;

beforeAll(async () => {
  db = await createTestDatabase();
  account = await seedItemAccount(db.pool, { platform: 'x', handle: 'Budi_ASN', platformUserId: '4242' });
});
afterAll(async () => {
  await db.drop();
});

async function events(itemId: string): Promise<string[]> {
  const { rows } = await db.pool.query<{ kind: string }>('SELECT kind FROM item_events WHERE item_id = $1 ORDER BY seq', [itemId]);
  return rows.map((r) => r.kind);
}

async function outboxCount(itemId: string): Promise<number> {
  const { rows } = await db.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM classify_outbox_batches o, unnest(o.item_version_ids) AS q(version_id)
       JOIN item_versions v ON v.id = q.version_id WHERE v.item_id = $1`,
    [itemId],
  );
  return rows[0]!.n;
}

describe('item store', () => {
  it('creates an item with version 1, a created event, an outbox entry, the ASN region and the raw payload gzip-compressed', async () => {
    const [r] = await ingestItems(db.pool, [post('s-1', 'Coblos nomor 1!', { raw: { id_str: 's-1', full_text: 'Coblos nomor 1!' }, url: 'https://x.com/budi_asn/status/1' })], 'push');
    expect(r).toMatchObject({ index: 0, status: 'created', version: 1 });
    const item = await db.pool.query('SELECT * FROM items WHERE id = $1', [r!.itemId]);
    expect(item.rows[0]).toMatchObject({ account_id: account.accountId, asn_id: account.asnId, region_code: '31.73', source: 'push', kind: 'post', current_version: 1, url: 'https://x.com/budi_asn/status/1' });
    const v = await db.pool.query<{ raw_batch_id: string; raw_line: number; content_hash: string; diff: unknown }>('SELECT * FROM item_versions WHERE item_id = $1', [r!.itemId]);
    // Stored as line raw_line of its write's gzip-compressed NDJSON document.
    const doc = await db.pool.query<{ ndjson_gz: Buffer; lines: number }>('SELECT ndjson_gz, lines FROM raw_payload_batches WHERE id = $1', [v.rows[0]!.raw_batch_id]);
    expect(doc.rows[0]!.lines).toBe(1);
    const lines = gunzipSync(doc.rows[0]!.ndjson_gz).toString('utf8').split('\n');
    expect(JSON.parse(lines[v.rows[0]!.raw_line]!)).toEqual({ id_str: 's-1', full_text: 'Coblos nomor 1!' });
    expect(await loadRawPayloads(db.pool, r!.itemId!)).toEqual([{ version: 1, json: '{"id_str":"s-1","full_text":"Coblos nomor 1!"}' }]);
    await expect(db.pool.query('DELETE FROM raw_payload_batches')).rejects.toThrow(/never updated or deleted/);
    expect(v.rows[0]!.content_hash).toBe(contentHash(normaliseContent({ text: 'Coblos nomor 1!' })));
    expect(v.rows[0]!.diff).toBeNull();
    expect(await events(r!.itemId!)).toEqual(['created']);
    expect(await outboxCount(r!.itemId!)).toBe(1);
  });

  it('re-ingesting the same content (other whitespace, other handle case) is unchanged: no version, no event, no outbox row', async () => {
    const first = await ingestItems(db.pool, [post('s-2', 'Salam dua jari ✌️')], 'push');
    const before = await db.pool.query<{ last_seen_at: Date }>('SELECT last_seen_at FROM items WHERE id = $1', [first[0]!.itemId]);
    const again = await ingestItems(db.pool, [post('s-2', '  Salam dua jari ✌️\r\n', { authorHandle: '@BUDI_asn' })], 'connector');
    expect(again[0]).toMatchObject({ status: 'unchanged', itemId: first[0]!.itemId, version: 1 });
    const after = await db.pool.query<{ last_seen_at: Date; n: number }>(
      'SELECT last_seen_at, (SELECT count(*)::int FROM item_versions WHERE item_id = $1) AS n FROM items WHERE id = $1', [first[0]!.itemId],
    );
    expect(after.rows[0]!.n).toBe(1);
    expect(after.rows[0]!.last_seen_at.getTime()).toBeGreaterThanOrEqual(before.rows[0]!.last_seen_at.getTime());
    expect(await events(first[0]!.itemId!)).toEqual(['created']);
    expect(await outboxCount(first[0]!.itemId!)).toBe(1);
  });

  it('an edit becomes version 2 with a diff against version 1, an edited event and its own outbox row', async () => {
    const [a] = await ingestItems(db.pool, [post('s-3', 'Ayo ke TPS tanggal 27', { target: { authorHandle: 'kpu_id', text: 'Ayo memilih' } })], 'push');
    const [b] = await ingestItems(db.pool, [post('s-3', 'Ayo ke TPS tanggal 27, coblos nomor 2!', { target: { authorHandle: 'kpu_id', text: 'Ayo memilih' } })], 'push');
    expect(b).toMatchObject({ status: 'edited', itemId: a!.itemId, version: 2 });
    const v = await db.pool.query<{ version: number; diff: Record<string, unknown> }>('SELECT version, diff FROM item_versions WHERE item_id = $1 ORDER BY version', [a!.itemId]);
    expect(v.rows.map((r) => r.version)).toEqual([1, 2]);
    expect(v.rows[1]!.diff).toEqual({ text: { before: 'Ayo ke TPS tanggal 27', after: 'Ayo ke TPS tanggal 27, coblos nomor 2!' } });
    const [c] = await ingestItems(db.pool, [post('s-3', 'Ayo ke TPS tanggal 27, coblos nomor 2!', { target: { authorHandle: 'kpu_id', text: 'Ayo memilih' }, media: [{ type: 'image', url: 'https://img.example/2.jpg' }] })], 'push');
    expect(c).toMatchObject({ status: 'edited', version: 3 });
    const v3 = await db.pool.query<{ diff: Record<string, unknown> }>('SELECT diff FROM item_versions WHERE item_id = $1 AND version = 3', [a!.itemId]);
    expect(v3.rows[0]!.diff).toMatchObject({ media: { before: [], after: [{ type: 'image', url: 'https://img.example/2.jpg' }] } });
    expect(v3.rows[0]!.diff).not.toHaveProperty('target');
    expect(await events(a!.itemId!)).toEqual(['created', 'edited', 'edited']);
    expect(await outboxCount(a!.itemId!)).toBe(3);
    const item = await db.pool.query<{ current_version: number }>('SELECT current_version FROM items WHERE id = $1', [a!.itemId]);
    expect(item.rows[0]!.current_version).toBe(3);
  });

  it('rejects bad items and unknown accounts with index and path while keeping the good ones', async () => {
    const results = await ingestItems(db.pool, [
      post('s-4', 'ok'),
      post('s-5', 'unknown account', { authorHandle: 'nobody_here' }),
      { ...post('s-6', 'bad time'), postedAt: 'yesterday' },
      post('s-7', 'by platform user id', { authorHandle: undefined, authorPlatformId: '4242' }),
      post('s-8', 'by account id', { authorHandle: undefined, accountId: account.accountId }),
      post('s-9', 'wrong platform', { platform: 'bluesky', authorHandle: undefined, accountId: account.accountId }),
    ], 'push');
    expect(results.map((r) => r.status)).toEqual(['created', 'rejected', 'rejected', 'created', 'created', 'rejected']);
    expect(results[1]).toMatchObject({ index: 1, error: { path: '/1/authorHandle' } });
    expect(results[2]).toMatchObject({ index: 2, error: { path: '/2/postedAt' } });
    expect(results[5]).toMatchObject({ index: 5, error: { path: '/5/platform' } });
  });

  it('a batch that carries an item twice creates it and then versions it', async () => {
    const results = await ingestItems(db.pool, [post('s-10', 'pertama'), post('s-10', 'kedua'), post('s-10', 'kedua')], 'push');
    expect(results.map((r) => [r.status, r.version])).toEqual([['created', 1], ['edited', 2], ['unchanged', 2]]);
  });

  it('two concurrent batches with the same new items create each item once', async () => {
    const batch = Array.from({ length: 50 }, (_, i) => post(`race-${i}`, `balapan ${i}`));
    const reversed = [...batch].reverse();
    const [a, b, c] = await Promise.all([ingestItems(db.pool, batch, 'push'), ingestItems(db.pool, reversed, 'push'), ingestItems(db.pool, batch, 'connector')]);
    const created = [...a, ...b, ...c].filter((r) => r.status === 'created').length;
    expect(created).toBe(50);
    expect([...a, ...b, ...c].every((r) => r.status === 'created' || r.status === 'unchanged')).toBe(true);
    const { rows } = await db.pool.query<{ n: number; v: number; o: number }>(
      `SELECT count(DISTINCT i.id)::int AS n, count(v.id)::int AS v,
              (SELECT count(*)::int FROM classify_outbox_batches o, unnest(o.item_version_ids) AS q(id)
                WHERE q.id IN (SELECT v2.id FROM item_versions v2 JOIN items i2 ON i2.id = v2.item_id WHERE i2.platform_item_id LIKE 'race-%')) AS o
         FROM items i JOIN item_versions v ON v.item_id = i.id
        WHERE i.platform_item_id LIKE 'race-%'`,
    );
    expect(rows[0]).toEqual({ n: 50, v: 50, o: 50 });
  });

  it('marks an item deleted after two consecutive complete polls without it, keeps last_seen_at, and restores it when it reappears', async () => {
    const acc = await seedItemAccount(db.pool, { platform: 'bluesky', handle: 'siti.bsky.social' });
    const bs = (id: string, text: string, postedAt: string) => ({ ...post(id, text, { postedAt }), platform: 'bluesky' as const, authorHandle: 'siti.bsky.social' });
    const feed = [bs('b-1', 'satu', '2024-10-01T08:00:00+07:00'), bs('b-2', 'dua', '2024-10-02T08:00:00+07:00'), bs('b-3', 'tiga', '2024-10-03T08:00:00+07:00')];
    const created = await ingestItems(db.pool, feed, 'connector');
    const id2 = created[1]!.itemId!;
    const lastSeen = (await db.pool.query<{ last_seen_at: Date }>('SELECT last_seen_at FROM items WHERE id = $1', [id2])).rows[0]!.last_seen_at;

    // Poll 1 without b-2: one miss, not deleted yet.
    const poll1 = new Date(Date.now() + 10);
    await new Promise((r) => setTimeout(r, 20));
    const m1 = await markMissing(db.pool, acc.accountId, ['b-1', 'b-3'], poll1);
    expect(m1).toEqual({ missed: [id2], deleted: [] });
    // Poll 2 sees it again: the counter resets.
    await markMissing(db.pool, acc.accountId, ['b-1', 'b-2', 'b-3'], new Date());
    expect((await db.pool.query('SELECT missed_polls FROM items WHERE id = $1', [id2])).rows[0]).toEqual({ missed_polls: 0 });
    // Two consecutive misses: deleted.
    await markMissing(db.pool, acc.accountId, ['b-1', 'b-3'], new Date());
    const m3 = await markMissing(db.pool, acc.accountId, ['b-1', 'b-3'], new Date());
    expect(m3.deleted).toEqual([id2]);
    const row = (await db.pool.query<{ deleted_at: Date | null; last_seen_at: Date }>('SELECT deleted_at, last_seen_at FROM items WHERE id = $1', [id2])).rows[0]!;
    expect(row.deleted_at).not.toBeNull();
    expect(row.last_seen_at.getTime()).toBe(lastSeen.getTime());
    expect(await events(id2)).toEqual(['created', 'deleted']);
    // A third poll does not delete it twice.
    expect((await markMissing(db.pool, acc.accountId, ['b-1', 'b-3'], new Date())).deleted).toEqual([]);
    // Items older than the window (b-1 not seen any more, b-3 seen) are not judged; an empty poll judges nothing.
    expect((await markMissing(db.pool, acc.accountId, ['b-3'], new Date())).missed).toEqual([]);
    expect(await markMissing(db.pool, acc.accountId, [], new Date())).toEqual({ missed: [], deleted: [] });

    // It reappears unchanged: restored, no new version.
    const [back] = await ingestItems(db.pool, [bs('b-2', 'dua', '2024-10-02T08:00:00+07:00')], 'connector');
    expect(back).toMatchObject({ status: 'unchanged', itemId: id2, version: 1 });
    expect(await events(id2)).toEqual(['created', 'deleted', 'restored']);
    expect((await db.pool.query('SELECT deleted_at FROM items WHERE id = $1', [id2])).rows[0]).toEqual({ deleted_at: null });
  });
});
