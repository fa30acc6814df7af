import { createHash, randomBytes } from 'node:crypto';
import type { IncomingItem, IngestItemResult, Pool, Queryable } from '@netra/shared';
import type { ItemStore } from '../src/poll/poll-account.js';

// Registry rows the poll tests need: a region, an agency, an ASN and their social accounts.

export async function seedRegion(db: Queryable): Promise<void> {
  await db.query(
    `INSERT INTO regions (code, name, level, kind, parent_code) VALUES
       ('63', 'KALIMANTAN SELATAN', 1, 'provinsi', NULL), ('63.71', 'KOTA BANJARMASIN', 2, 'kota', '63'),
       ('35', 'JAWA TIMUR', 1, 'provinsi', NULL), ('35.78', 'KOTA SURABAYA', 2, 'kota', '35')
     ON CONFLICT DO NOTHING`,
  );
}

export async function seedAccount(
  db: Queryable,
  opts: { platform: string; handle: string; platformUserId?: string | null; regionCode?: string; state?: 'active' | 'paused' | 'stopped' },
): Promise<string> {
  await seedRegion(db);
  const region = opts.regionCode ?? '63.71';
  const suffix = randomBytes(4).toString('hex');
  const agency = await db.query<{ id: string }>(`INSERT INTO agencies (code, name, region_code) VALUES ($1, 'Dinas Uji', $2) RETURNING id`, [`AG-${suffix}`, region]);
  const nip = String(BigInt('0x' + randomBytes(7).toString('hex'))).padStart(18, '1').slice(0, 18);
  const asn = await db.query<{ id: string }>(
    `INSERT INTO asn (nip, name, position_class, agency_id, region_code) VALUES ($1, 'ASN Uji', 'pelaksana', $2, $3) RETURNING id`,
    [nip, agency.rows[0]!.id, region],
  );
  const acc = await db.query<{ id: string }>(
    `INSERT INTO social_accounts (platform, handle, platform_user_id, asn_id, link_method, link_confidence, monitoring_state)
     VALUES ($1, $2, $3, $4, 'agency_list', 0.9, $5) RETURNING id`,
    [opts.platform, opts.handle, opts.platformUserId ?? null, asn.rows[0]!.id, opts.state ?? 'active'],
  );
  return acc.rows[0]!.id;
}

/**
 * A minimal item store over the real tables, for the poll tests until the item store of
 * workers/ingest/src/items lands: insert or version by content hash, mark missing as deleted.
 */
export function standInItemStore(): ItemStore & { missingCalls: { accountId: string; seen: string[] }[] } {
  const missingCalls: { accountId: string; seen: string[] }[] = [];
  return {
    missingCalls,
    async ingestItems(db: Pool, items: IncomingItem[], source): Promise<IngestItemResult[]> {
      const out: IngestItemResult[] = [];
      for (const [index, item] of items.entries()) {
        const hash = createHash('sha256').update(JSON.stringify([item.text, item.target ?? null, item.media ?? []])).digest('hex');
        const acc = await db.query<{ asn_id: string; region_code: string }>(
          `SELECT sa.asn_id, a.region_code FROM social_accounts sa JOIN asn a ON a.id = sa.asn_id WHERE sa.id = $1`,
          [item.accountId],
        );
        const existing = await db.query<{ id: string; current_version: number; content_hash: string }>(
          `SELECT i.id, i.current_version, v.content_hash FROM items i JOIN item_versions v ON v.item_id = i.id AND v.version = i.current_version
            WHERE i.platform = $1 AND i.platform_item_id = $2`,
          [item.platform, item.platformItemId],
        );
        const row = existing.rows[0];
        if (!row) {
          const ins = await db.query<{ id: string }>(
            `INSERT INTO items (platform, platform_item_id, account_id, asn_id, region_code, kind, url, posted_at, source)
             VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) RETURNING id`,
            [item.platform, item.platformItemId, item.accountId, acc.rows[0]!.asn_id, acc.rows[0]!.region_code, item.kind, item.url ?? null, item.postedAt, source],
          );
          await db.query(`INSERT INTO item_versions (item_id, version, text, target, content_hash) VALUES ($1, 1, $2, $3, $4)`, [ins.rows[0]!.id, item.text, item.target ?? null, hash]);
          out.push({ index, status: 'created', itemId: ins.rows[0]!.id, version: 1 });
        } else if (row.content_hash === hash) {
          await db.query(`UPDATE items SET last_seen_at = now() WHERE id = $1`, [row.id]);
          out.push({ index, status: 'unchanged', itemId: row.id, version: row.current_version });
        } else {
          const version = row.current_version + 1;
          await db.query(`INSERT INTO item_versions (item_id, version, text, target, content_hash) VALUES ($1, $2, $3, $4, $5)`, [row.id, version, item.text, item.target ?? null, hash]);
          await db.query(`UPDATE items SET current_version = $2, last_seen_at = now() WHERE id = $1`, [row.id, version]);
          await db.query(`INSERT INTO item_events (item_id, version, kind) VALUES ($1, $2, 'edited')`, [row.id, version]);
          out.push({ index, status: 'edited', itemId: row.id, version });
        }
      }
      return out;
    },
    async markMissing(db: Pool, accountId: string, seen: string[]) {
      missingCalls.push({ accountId, seen: [...seen] });
      await db.query(`UPDATE items SET deleted_at = now() WHERE account_id = $1 AND deleted_at IS NULL AND NOT (platform_item_id = ANY($2::text[]))`, [accountId, seen]);
    },
  };
}
