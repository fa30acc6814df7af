import type { ItemMedia, Queryable } from '@netra/shared';

export interface ItemRow {
  id: string;
  platform: string;
  platform_item_id: string;
  account_id: string | null;
  asn_id: string | null;
  region_code: string;
  kind: string;
  url: string | null;
  posted_at: Date;
  first_seen_at: Date;
  last_seen_at: Date;
  deleted_at: Date | null;
  current_version: number;
  missed_polls: number;
  source: string;
}

export interface ItemVersionRow {
  id: string;
  version: number;
  text: string;
  target: Record<string, unknown> | null;
  media: ItemMedia[];
  content_hash: string;
  seen_at: Date;
  diff: Record<string, unknown> | null;
}

export interface ItemEventRow {
  seq: number;
  version: number | null;
  kind: string;
  at: Date;
  details: Record<string, unknown>;
}

export async function findItem(db: Queryable, id: string): Promise<ItemRow | null> {
  const { rows } = await db.query<ItemRow>(
    `SELECT id, platform, platform_item_id, account_id, asn_id, region_code, kind, url, posted_at, first_seen_at, last_seen_at,
            deleted_at, current_version, missed_polls, source
       FROM items WHERE id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

export async function listItemVersions(db: Queryable, itemId: string): Promise<ItemVersionRow[]> {
  const { rows } = await db.query<ItemVersionRow>(
    `SELECT id, version, text, target, media, content_hash, seen_at, diff
       FROM item_versions WHERE item_id = $1 ORDER BY version`,
    [itemId],
  );
  return rows;
}

export async function listItemEvents(db: Queryable, itemId: string): Promise<ItemEventRow[]> {
  const { rows } = await db.query<ItemEventRow>('SELECT seq, version, kind, at, details FROM item_events WHERE item_id = $1 ORDER BY seq', [itemId]);
  return rows;
}
