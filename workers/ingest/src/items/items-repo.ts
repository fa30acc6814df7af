import type { ItemKind, ItemMedia, ItemSource, Platform, Queryable } from '@netra/shared';
import type { NormalisedTarget } from './content-hash.js';

// SQL of the item store. Every write is set-based: one statement per step for a whole batch
// (unnest of parallel arrays), so a batch of 500 items costs a handful of round trips.

export interface ResolvedAccount {
  id: string;
  platform: Platform;
  handle: string;
  platform_user_id: string | null;
  asn_id: string;
  region_code: string;
}

/** The registered accounts named by id, by platform + handle (any case) or by platform user id. */
export async function resolveAccounts(
  db: Queryable,
  refs: { ids: string[]; handles: { platform: string; handle: string }[]; platformIds: { platform: string; userId: string }[] },
): Promise<ResolvedAccount[]> {
  if (refs.ids.length + refs.handles.length + refs.platformIds.length === 0) return [];
  const { rows } = await db.query<ResolvedAccount>(
    `SELECT s.id, s.platform, s.handle, s.platform_user_id, s.asn_id, a.region_code
       FROM social_accounts s JOIN asn a ON a.id = s.asn_id
      WHERE s.id = ANY($1::uuid[])
         OR (s.platform, lower(s.handle)) IN (SELECT p, lower(h) FROM unnest($2::text[], $3::text[]) AS r(p, h))
         OR (s.platform, s.platform_user_id) IN (SELECT p, u FROM unnest($4::text[], $5::text[]) AS r(p, u))`,
    [
      refs.ids,
      refs.handles.map((h) => h.platform), refs.handles.map((h) => h.handle),
      refs.platformIds.map((p) => p.platform), refs.platformIds.map((p) => p.userId),
    ],
  );
  return rows;
}

export interface NewItemRow {
  id: string;
  platform: Platform;
  platformItemId: string;
  accountId: string;
  asnId: string;
  regionCode: string;
  kind: ItemKind;
  url: string | null;
  postedAt: string;
  source: ItemSource;
  seenAt: Date;
}

/** Inserts the items that do not exist yet; returns the ids of those it inserted (the others exist). */
export async function insertNewItems(db: Queryable, rows: NewItemRow[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const { rows: inserted } = await db.query<{ id: string }>(
    `INSERT INTO items (id, platform, platform_item_id, account_id, asn_id, region_code, kind, url, posted_at, source,
                        first_seen_at, last_seen_at, current_version)
     SELECT id, platform, platform_item_id, account_id, asn_id, region_code, kind, url, posted_at, source, seen, seen, 1
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::text[],
                   $9::timestamptz[], $10::text[], $11::timestamptz[])
            AS r(id, platform, platform_item_id, account_id, asn_id, region_code, kind, url, posted_at, source, seen)
     ON CONFLICT (platform, platform_item_id) DO NOTHING
     RETURNING id`,
    [
      rows.map((r) => r.id), rows.map((r) => r.platform), rows.map((r) => r.platformItemId), rows.map((r) => r.accountId),
      rows.map((r) => r.asnId), rows.map((r) => r.regionCode), rows.map((r) => r.kind), rows.map((r) => r.url),
      rows.map((r) => r.postedAt), rows.map((r) => r.source), rows.map((r) => r.seenAt),
    ],
  );
  return new Set(inserted.map((r) => r.id));
}

export interface ExistingItemRow {
  id: string;
  platform: Platform;
  platform_item_id: string;
  current_version: number;
  deleted_at: Date | null;
  /** null when the item has no row for its current version (written by something other than this store). */
  content_hash: string | null;
  text: string | null;
  target: NormalisedTarget | null;
  media: ItemMedia[] | null;
}

/** The existing items with their current version, locked for this transaction (in key order). */
export async function lockExistingItems(db: Queryable, keys: { platform: string; platformItemId: string }[]): Promise<ExistingItemRow[]> {
  if (keys.length === 0) return [];
  const { rows } = await db.query<ExistingItemRow>(
    `SELECT i.id, i.platform, i.platform_item_id, i.current_version, i.deleted_at, v.content_hash, v.text, v.target, v.media
       FROM items i
       LEFT JOIN item_versions v ON v.item_id = i.id AND v.version = i.current_version
      WHERE (i.platform, i.platform_item_id) IN (SELECT p, k FROM unnest($1::text[], $2::text[]) AS r(p, k))
      ORDER BY i.platform, i.platform_item_id
      FOR UPDATE OF i`,
    [keys.map((k) => k.platform), keys.map((k) => k.platformItemId)],
  );
  return rows;
}

export interface VersionRow {
  id: string;
  itemId: string;
  version: number;
  text: string;
  target: NormalisedTarget | null;
  media: ItemMedia[];
  contentHash: string;
  seenAt: Date;
  diff: unknown;
  raw: Buffer | null;
}

export interface EventRow {
  itemId: string;
  version: number | null;
  kind: 'created' | 'edited' | 'deleted' | 'restored';
  at: Date;
  details: Record<string, unknown>;
}

/**
 * Inserts the versions, one classify_outbox row per version, and the events, in one statement:
 * the outbox row commits or rolls back with its version.
 */
export async function insertVersionsEventsOutbox(db: Queryable, versions: VersionRow[], events: EventRow[]): Promise<void> {
  if (versions.length === 0 && events.length === 0) return;
  await db.query(
    `WITH v AS (
       INSERT INTO item_versions (id, item_id, version, text, target, media, content_hash, seen_at, diff, raw_payload)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::jsonb[], $6::jsonb[], $7::text[],
                            $8::timestamptz[], $9::jsonb[], $10::bytea[])
       RETURNING id
     ), o AS (
       INSERT INTO classify_outbox (item_version_id) SELECT id FROM v
     ), e AS (
       INSERT INTO item_events (item_id, version, kind, at, details)
       SELECT * FROM unnest($11::uuid[], $12::int[], $13::text[], $14::timestamptz[], $15::jsonb[])
     )
     SELECT count(*)::int AS n FROM v`,
    [
      versions.map((v) => v.id), versions.map((v) => v.itemId), versions.map((v) => v.version), versions.map((v) => v.text),
      versions.map((v) => (v.target ? JSON.stringify(v.target) : null)), versions.map((v) => JSON.stringify(v.media)),
      versions.map((v) => v.contentHash), versions.map((v) => v.seenAt),
      versions.map((v) => (v.diff ? JSON.stringify(v.diff) : null)), versions.map((v) => v.raw),
      events.map((e) => e.itemId), events.map((e) => e.version), events.map((e) => e.kind), events.map((e) => e.at),
      events.map((e) => JSON.stringify(e.details)),
    ],
  );
}

/** Seen again: last_seen_at, miss counter reset, undeleted, and the new current version if any. */
export async function touchExistingItems(db: Queryable, rows: { id: string; version: number; seenAt: Date; url: string | null }[]): Promise<void> {
  if (rows.length === 0) return;
  await db.query(
    `UPDATE items i
        SET last_seen_at = GREATEST(i.last_seen_at, u.seen), missed_polls = 0, deleted_at = NULL,
            current_version = GREATEST(i.current_version, u.version), url = COALESCE(u.url, i.url)
       FROM unnest($1::uuid[], $2::int[], $3::timestamptz[], $4::text[]) AS u(id, version, seen, url)
      WHERE i.id = u.id`,
    [rows.map((r) => r.id), rows.map((r) => r.version), rows.map((r) => r.seenAt), rows.map((r) => r.url)],
  );
}

export interface MissRow {
  id: string;
  missed_polls: number;
  deleted: boolean;
  last_seen_at: Date;
  current_version: number;
}

/**
 * One complete poll of an account: its live items inside the feed window (posted no earlier than
 * the oldest item the poll saw) that the poll did not see, and that were last seen before the poll
 * began, count one more miss; at `threshold` misses they are marked deleted. Seen items reset.
 */
export async function recordMisses(db: Queryable, accountId: string, seen: string[], pollStartedAt: Date, threshold: number, at: Date): Promise<MissRow[]> {
  await db.query(
    `UPDATE items SET missed_polls = 0
      WHERE account_id = $1 AND platform_item_id = ANY($2::text[]) AND missed_polls <> 0`,
    [accountId, seen],
  );
  const { rows } = await db.query<MissRow>(
    `WITH win AS (
       SELECT min(posted_at) AS oldest FROM items WHERE account_id = $1 AND platform_item_id = ANY($2::text[])
     ), missed AS (
       SELECT i.id FROM items i, win
        WHERE i.account_id = $1 AND i.deleted_at IS NULL AND win.oldest IS NOT NULL
          AND i.posted_at >= win.oldest AND NOT (i.platform_item_id = ANY($2::text[]))
          AND i.last_seen_at < $3
        ORDER BY i.id FOR UPDATE OF i
     )
     UPDATE items i
        SET missed_polls = i.missed_polls + 1,
            deleted_at = CASE WHEN i.missed_polls + 1 >= $4 THEN $5::timestamptz ELSE NULL END
       FROM missed WHERE i.id = missed.id
     RETURNING i.id, i.missed_polls, i.deleted_at IS NOT NULL AS deleted, i.last_seen_at, i.current_version`,
    [accountId, seen, pollStartedAt, threshold, at],
  );
  return rows;
}

export async function insertEvents(db: Queryable, events: EventRow[]): Promise<void> {
  await insertVersionsEventsOutbox(db, [], events);
}
