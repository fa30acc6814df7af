import type { ItemKind, ItemMedia, ItemSource, Platform, Queryable } from '@netra/shared';
import type { NormalisedTarget } from './content-hash.js';

// SQL of the item store. Every write is set-based: one statement per step for a whole batch
// (rows as one JSON document), so a batch of 500 items costs a handful of round trips.

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
}

/**
 * Inserts the items that do not exist yet; returns the ids of those it inserted (the others exist).
 * Rows travel as one JSON document: far cheaper to build than a dozen parallel arrays whose
 * every element the driver escapes one by one.
 */
export async function insertNewItems(db: Queryable, rows: NewItemRow[], source: ItemSource, seenAt: Date): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const { rows: inserted } = await db.query<{ id: string }>(
    `INSERT INTO items (id, platform, platform_item_id, account_id, asn_id, region_code, kind, url, posted_at, source,
                        first_seen_at, last_seen_at, current_version)
     SELECT r."id", r."platform", r."platformItemId", r."accountId", r."asnId", r."regionCode", r."kind", r."url", r."postedAt", $2, $3, $3, 1
       FROM json_to_recordset($1::json) AS r("id" uuid, "platform" text, "platformItemId" text, "accountId" uuid, "asnId" uuid,
                                             "regionCode" text, "kind" text, "url" text, "postedAt" timestamptz)
     ON CONFLICT (platform, platform_item_id) DO NOTHING
     RETURNING id`,
    [JSON.stringify(rows), source, seenAt],
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
  diff: unknown;
  /** Line of this version's raw payload in the write's raw batch; null without a raw payload. */
  rawLine: number | null;
}

export interface EventRow {
  itemId: string;
  version: number | null;
  kind: 'created' | 'edited' | 'deleted' | 'restored';
  details: Record<string, unknown>;
}

/** The raw payloads of one write's new versions: a gzip-compressed NDJSON document. */
export interface RawBatch {
  id: string;
  lines: number;
  bytes: number;
  gz: Buffer;
}

export interface VersionsWrite {
  versions: VersionRow[];
  events: EventRow[];
  /** Identity of the classify outbox row (and so of the 'classify-batch' job) listing these versions. */
  outboxBatchId: string;
  raw: RawBatch | null;
  source: ItemSource;
  at: Date;
}

/**
 * Inserts the raw batch, the versions, one classify_outbox_batches row listing them, and the
 * events, in one statement: the outbox row commits or rolls back with its versions.
 */
export async function insertVersionsEventsOutbox(db: Queryable, write: VersionsWrite): Promise<void> {
  if (write.versions.length === 0 && write.events.length === 0) return;
  await db.query(
    `WITH raw AS (
       INSERT INTO raw_payload_batches (id, source, lines, bytes, ndjson_gz)
       SELECT $1::uuid, $2, $3, $4, $5::bytea WHERE $5::bytea IS NOT NULL
     ), v AS (
       INSERT INTO item_versions (id, item_id, version, text, target, media, content_hash, seen_at, diff, raw_batch_id, raw_line)
       SELECT r."id", r."itemId", r."version", r."text", r."target", COALESCE(r."media", '[]'::jsonb), r."contentHash", $6,
              r."diff", CASE WHEN r."rawLine" IS NOT NULL THEN $1::uuid END, r."rawLine"
         FROM json_to_recordset($7::json) AS r("id" uuid, "itemId" uuid, "version" int, "text" text, "target" jsonb,
                                               "media" jsonb, "contentHash" text, "diff" jsonb, "rawLine" int)
       RETURNING id
     ), o AS (
       INSERT INTO classify_outbox_batches (batch_id, item_version_ids)
       SELECT $8::uuid, array_agg(id) FROM v HAVING count(*) > 0
     ), e AS (
       INSERT INTO item_events (item_id, version, kind, at, details)
       SELECT r."itemId", r."version", r."kind", $6, r."details"
         FROM json_to_recordset($9::json) AS r("itemId" uuid, "version" int, "kind" text, "details" jsonb)
     )
     SELECT count(*)::int AS n FROM v`,
    [
      write.raw?.id ?? null, write.source, write.raw?.lines ?? null, write.raw?.bytes ?? null, write.raw?.gz ?? null,
      write.at, JSON.stringify(write.versions), write.outboxBatchId, JSON.stringify(write.events),
    ],
  );
}

/** Seen again: last_seen_at, miss counter reset, undeleted, and the new current version if any. */
export async function touchExistingItems(db: Queryable, rows: { id: string; version: number; url: string | null }[], seenAt: Date): Promise<void> {
  if (rows.length === 0) return;
  await db.query(
    `UPDATE items i
        SET last_seen_at = GREATEST(i.last_seen_at, $2), missed_polls = 0, deleted_at = NULL,
            current_version = GREATEST(i.current_version, u."version"), url = COALESCE(u."url", i.url)
       FROM json_to_recordset($1::json) AS u("id" uuid, "version" int, "url" text)
      WHERE i.id = u."id"`,
    [JSON.stringify(rows), seenAt],
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

/** Events on their own (deletions found by a poll). */
export async function insertEvents(db: Queryable, events: EventRow[], at: Date): Promise<void> {
  if (events.length === 0) return;
  await db.query(
    `INSERT INTO item_events (item_id, version, kind, at, details)
     SELECT r."itemId", r."version", r."kind", $2, r."details"
       FROM json_to_recordset($1::json) AS r("itemId" uuid, "version" int, "kind" text, "details" jsonb)`,
    [JSON.stringify(events), at],
  );
}
