import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS_DIR } from '@netra/shared';
import { createTestDatabase, type TestDatabase } from '@netra/shared/testing/test-env';
import { seedItemAccount } from './items-fixtures.js';

// Migration 0009 replaces the per-version classify outbox with one row per write. A database
// that has versions still waiting in the old outbox when it is upgraded must not lose them.

let db: TestDatabase;
let before: string;

beforeAll(async () => {
  db = await createTestDatabase({ migrate: false });
  before = mkdtempSync(path.join(tmpdir(), 'netra-migrations-'));
  for (const f of readdirSync(MIGRATIONS_DIR)) if (f.endsWith('.sql') && f < '0009') copyFileSync(path.join(MIGRATIONS_DIR, f), path.join(before, f));
});
afterAll(async () => {
  rmSync(before, { recursive: true, force: true });
  await db.drop();
});

describe('migration 0009', () => {
  it('moves versions still waiting in the per-version outbox into one batch row, and leaves sent ones behind', async () => {
    await migrate(db.pool, before);
    const account = await seedItemAccount(db.pool, { platform: 'x', handle: 'budi_asn' });
    const versions: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const item = await db.pool.query<{ id: string }>(
        `INSERT INTO items (platform, platform_item_id, account_id, asn_id, region_code, kind, posted_at, source)
         VALUES ('x', $1, $2, $3, '31.73', 'post', now(), 'push') RETURNING id`, [`m-${i}`, account.accountId, account.asnId],
      );
      const v = await db.pool.query<{ id: string }>(`INSERT INTO item_versions (item_id, version, text, content_hash) VALUES ($1, 1, 'x', 'h') RETURNING id`, [item.rows[0]!.id]);
      versions.push(v.rows[0]!.id);
    }
    await db.pool.query('INSERT INTO classify_outbox (item_version_id, sent_at) VALUES ($1, now()), ($2, NULL), ($3, NULL)', versions);

    expect((await migrate(db.pool))[0]).toBe(9);
    const rows = await db.pool.query<{ item_version_ids: string[]; sent_at: Date | null }>('SELECT item_version_ids, sent_at FROM classify_outbox_batches');
    expect(rows.rows).toEqual([{ item_version_ids: [versions[1], versions[2]], sent_at: null }]);
    expect((await db.pool.query("SELECT to_regclass('classify_outbox') AS t")).rows[0].t).toBeNull();
  });
});
