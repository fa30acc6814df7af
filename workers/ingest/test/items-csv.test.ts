import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@netra/shared/testing/test-env';
import { ingestCsvFile } from '../src/items/ingest-csv.js';
import { seedItemAccount } from './items-fixtures.js';

let db: TestDatabase;
const dir = mkdtempSync(path.join(tmpdir(), 'netra-csv-'));

beforeAll(async () => {
  db = await createTestDatabase();
  await seedItemAccount(db.pool, { platform: 'facebook', handle: 'Rina.Dinkes' });
});
afterAll(async () => {
  await db.drop();
  rmSync(dir, { recursive: true, force: true });
});

const HEADER = 'platform,platform_item_id,kind,account_handle,posted_at,text,target_author_handle,target_text,url';

describe('ingestCsvFile', () => {
  it('imports rows, reports each bad row with its line and column, and is idempotent', async () => {
    const file = path.join(dir, 'items.csv');
    writeFileSync(file, [
      HEADER,
      'facebook,fb-1,post,rina.dinkes,2024-10-01T09:00:00+07:00,"Dukung paslon 1, ""pasti menang""",,,https://facebook.com/posts/1',
      'facebook,fb-2,share,@Rina.Dinkes,2024-10-02T09:00:00+07:00,Setuju!,ridwankamil,Program RIDO,',
      'facebook,fb-3,post,rina.dinkes,2 Oktober,teks,,,',
      'facebook,fb-4,post,orang_lain,2024-10-02T09:00:00+07:00,teks,,,',
      'myspace,fb-5,post,rina.dinkes,2024-10-02T09:00:00+07:00,teks,,,',
    ].join('\n'));
    const results = await ingestCsvFile(db.pool, file);
    expect(results.map((r) => [r.row, r.status])).toEqual([[2, 'created'], [3, 'created'], [4, 'rejected'], [5, 'rejected'], [6, 'rejected']]);
    expect(results[2]!.error).toMatchObject({ path: '/2/posted_at' });
    expect(results[3]!.error).toMatchObject({ path: '/3/account_handle', message: expect.stringContaining('no registered facebook account') });
    expect(results[4]!.error).toMatchObject({ path: '/4/platform' });
    const v = await db.pool.query<{ text: string; target: unknown }>(
      "SELECT v.text, v.target FROM items i JOIN item_versions v ON v.item_id = i.id WHERE i.platform_item_id IN ('fb-1', 'fb-2') ORDER BY i.platform_item_id",
    );
    expect(v.rows).toEqual([
      { text: 'Dukung paslon 1, "pasti menang"', target: null },
      { text: 'Setuju!', target: { authorHandle: 'ridwankamil', text: 'Program RIDO' } },
    ]);
    const src = await db.pool.query("SELECT DISTINCT source FROM items");
    expect(src.rows).toEqual([{ source: 'csv' }]);
    const again = await ingestCsvFile(db.pool, file);
    expect(again.slice(0, 2).map((r) => r.status)).toEqual(['unchanged', 'unchanged']);
  });

  it('refuses a file without the required columns', async () => {
    const file = path.join(dir, 'bad.csv');
    writeFileSync(file, 'platform,text\nx,halo\n');
    await expect(ingestCsvFile(db.pool, file)).rejects.toThrow(/lacks the column\(s\) platform_item_id, kind, account_handle, posted_at/);
  });
});
