import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { withTransaction, type IncomingItem, type IngestItemResult, type ItemSource, type Pool, type PoolClient } from '@netra/shared';
import { contentHash, normaliseContent, type NormalisedContent } from './content-hash.js';
import { diffContent } from './item-diff.js';
import { validateIncomingItem } from './item-validate.js';
import {
  insertNewItems, insertVersionsEventsOutbox, lockExistingItems, recordMisses, resolveAccounts, touchExistingItems,
  insertEvents, type EventRow, type RawBatch, type ResolvedAccount, type VersionRow,
} from './items-repo.js';

// The item store: everything an ASN account did, identified by (platform, platformItemId), with
// every change as a new version and every version put on the classify queue exactly once through
// the transactional outbox (classify_outbox_batches: one row per write, relayed by
// ../outbox/outbox-relay.ts as one 'classify-batch' job).

interface Prepared {
  index: number;
  item: IncomingItem;
  account: ResolvedAccount;
  content: NormalisedContent;
  hash: string;
  /** The raw payload as one line of JSON, or null without one. */
  raw: string | null;
}

const RETRYABLE_PG = new Set(['40P01', '40001', '55P03']);
const MAX_ATTEMPTS = 6;

/**
 * The raw payloads of one write's new versions as one gzip-compressed NDJSON document (line n is
 * the payload of the version whose raw_line is n). One zlib stream per batch: compressing items
 * one by one cost more than all the rest of the item's handling, zlib's set-up dominating.
 */
export function compressRawBatch(lines: string[]): RawBatch | null {
  if (lines.length === 0) return null;
  const doc = Buffer.from(`${lines.join('\n')}\n`, 'utf8');
  return { id: randomUUID(), lines: lines.length, bytes: doc.length, gz: gzipSync(doc, { level: 1 }) };
}

export interface IngestOptions {
  /** The caller already ran validateIncomingItem on every item (the push API does, to map paths). */
  prevalidated?: boolean;
}

/** Raised inside a transaction when a concurrent batch got in the way; the batch is retried. */
class RetryBatch extends Error {}

function normaliseHandle(handle: string): string {
  return handle.trim().replace(/^@+/, '');
}

/**
 * Stores a batch of items. Each item is validated and its account resolved on its own: a bad item
 * is rejected with its index and reason while the others are kept. The whole batch is written in
 * one transaction with set-based statements; a re-ingest of the same content is 'unchanged', a
 * change is a new version with its diff, an event and an outbox row. Safe to retry and to run
 * concurrently with other batches carrying the same items.
 */
export async function ingestItems(db: Pool, items: IncomingItem[], source: ItemSource, options: IngestOptions = {}): Promise<IngestItemResult[]> {
  const results: IngestItemResult[] = new Array(items.length);
  const valid: { index: number; item: IncomingItem }[] = [];
  items.forEach((item, index) => {
    const problems = options.prevalidated ? [] : validateIncomingItem(item, index);
    if (problems.length > 0) results[index] = { index, status: 'rejected', error: problems[0]! };
    else valid.push({ index, item });
  });

  const accounts = await resolveAccounts(db, {
    ids: [...new Set(valid.filter((v) => v.item.accountId).map((v) => v.item.accountId!.toLowerCase()))],
    handles: valid.filter((v) => !v.item.accountId && v.item.authorHandle).map((v) => ({ platform: v.item.platform, handle: normaliseHandle(v.item.authorHandle!) })),
    platformIds: valid.filter((v) => !v.item.accountId && v.item.authorPlatformId).map((v) => ({ platform: v.item.platform, userId: v.item.authorPlatformId! })),
  });
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const byHandle = new Map(accounts.map((a) => [`${a.platform}\u0000${a.handle.toLowerCase()}`, a]));
  const byUserId = new Map(accounts.filter((a) => a.platform_user_id).map((a) => [`${a.platform}\u0000${a.platform_user_id}`, a]));

  const prepared: Prepared[] = [];
  for (const { index, item } of valid) {
    let account: ResolvedAccount | undefined;
    let path = `/${index}/accountId`;
    if (item.accountId) account = byId.get(item.accountId.toLowerCase());
    else {
      if (item.authorHandle) {
        account = byHandle.get(`${item.platform}\u0000${normaliseHandle(item.authorHandle).toLowerCase()}`);
        path = `/${index}/authorHandle`;
      }
      if (!account && item.authorPlatformId) {
        account = byUserId.get(`${item.platform}\u0000${item.authorPlatformId}`);
        path = `/${index}/authorPlatformId`;
      }
    }
    if (!account) {
      results[index] = { index, status: 'rejected', error: { path, message: `no registered ${item.platform} account matches this item` } };
      continue;
    }
    if (account.platform !== item.platform) {
      results[index] = { index, status: 'rejected', error: { path: `/${index}/platform`, message: `the account is a ${account.platform} account, the item says ${item.platform}` } };
      continue;
    }
    const content = normaliseContent(item);
    prepared.push({ index, item, account, content, hash: contentHash(content), raw: item.raw === undefined ? null : JSON.stringify(item.raw) });
  }

  if (prepared.length > 0) {
    const written = await writeWithRetry(db, prepared, source);
    for (const r of written) results[r.index] = r;
  }
  return results;
}

async function writeWithRetry(db: Pool, prepared: Prepared[], source: ItemSource): Promise<IngestItemResult[]> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await withTransaction(db, (tx) => writeBatch(tx, prepared, source));
    } catch (error) {
      const code = (error as { code?: string }).code;
      const retryable = error instanceof RetryBatch || (code !== undefined && RETRYABLE_PG.has(code));
      if (!retryable || attempt >= MAX_ATTEMPTS) throw error;
      await new Promise((r) => setTimeout(r, 10 * attempt + Math.floor(Math.random() * 20)));
    }
  }
}

/** Splits a batch so that each round names every item at most once (a batch may carry an edit of its own item). */
function rounds(prepared: Prepared[]): Prepared[][] {
  const out: Prepared[][] = [];
  const seenIn: Map<string, number> = new Map();
  for (const p of prepared) {
    const key = `${p.item.platform}\u0000${p.item.platformItemId}`;
    const round = (seenIn.get(key) ?? -1) + 1;
    seenIn.set(key, round);
    (out[round] ??= []).push(p);
  }
  return out;
}

async function writeBatch(tx: PoolClient, prepared: Prepared[], source: ItemSource): Promise<IngestItemResult[]> {
  const results: IngestItemResult[] = [];
  const seenAt = new Date();
  for (const round of rounds(prepared)) {
    // Key order everywhere, so concurrent batches take their row locks in the same order.
    round.sort((a, b) => (a.item.platform === b.item.platform
      ? (a.item.platformItemId < b.item.platformItemId ? -1 : a.item.platformItemId > b.item.platformItemId ? 1 : 0)
      : a.item.platform < b.item.platform ? -1 : 1));
    const newIds = round.map(() => randomUUID());
    const inserted = await insertNewItems(tx, round.map((p, i) => ({
      id: newIds[i]!,
      platform: p.item.platform,
      platformItemId: p.item.platformItemId,
      accountId: p.account.id,
      asnId: p.account.asn_id,
      regionCode: p.account.region_code,
      kind: p.item.kind,
      url: p.item.url ?? null,
      postedAt: p.item.postedAt,
    })), source, seenAt);
    const existingKeys = inserted.size === round.length ? [] : round.filter((_, i) => !inserted.has(newIds[i]!));
    const existing = await lockExistingItems(tx, existingKeys.map((p) => ({ platform: p.item.platform, platformItemId: p.item.platformItemId })));
    const existingByKey = new Map(existing.map((e) => [`${e.platform}\u0000${e.platform_item_id}`, e]));

    const versions: VersionRow[] = [];
    const events: EventRow[] = [];
    const rawLines: string[] = [];
    const touched: { id: string; version: number; url: string | null }[] = [];
    const addVersion = (p: Prepared, itemId: string, version: number, diff: unknown) => {
      const rawLine = p.raw === null ? null : rawLines.push(p.raw) - 1;
      versions.push({ id: randomUUID(), itemId, version, diff, text: p.content.text, target: p.content.target, media: p.content.media, contentHash: p.hash, rawLine });
    };
    round.forEach((p, i) => {
      if (inserted.has(newIds[i]!)) {
        const itemId = newIds[i]!;
        addVersion(p, itemId, 1, null);
        events.push({ itemId, version: 1, kind: 'created', details: { source } });
        results.push({ index: p.index, status: 'created', itemId, version: 1 });
        return;
      }
      const row = existingByKey.get(`${p.item.platform}\u0000${p.item.platformItemId}`);
      // Inserted by a transaction that then rolled back, between our two statements: start over.
      if (!row) throw new RetryBatch('item vanished between insert and lock');
      if (row.deleted_at) events.push({ itemId: row.id, version: row.current_version, kind: 'restored', details: { source, deletedAt: row.deleted_at.toISOString() } });
      if (row.content_hash === p.hash) {
        touched.push({ id: row.id, version: row.current_version, url: p.item.url ?? null });
        results.push({ index: p.index, status: 'unchanged', itemId: row.id, version: row.current_version });
        return;
      }
      const version = row.content_hash === null ? row.current_version : row.current_version + 1;
      const diff = row.content_hash === null ? null : diffContent({ text: row.text ?? '', target: row.target, media: row.media ?? [] }, p.content);
      addVersion(p, row.id, version, diff);
      events.push({ itemId: row.id, version, kind: 'edited', details: { source, previousHash: row.content_hash, hash: p.hash } });
      touched.push({ id: row.id, version, url: p.item.url ?? null });
      results.push({ index: p.index, status: 'edited', itemId: row.id, version });
    });
    await insertVersionsEventsOutbox(tx, { versions, events, outboxBatchId: randomUUID(), raw: compressRawBatch(rawLines), source, at: seenAt });
    await touchExistingItems(tx, touched, seenAt);
  }
  return results;
}

export interface MarkMissingOptions {
  /** Consecutive complete polls without the item before it is marked deleted. */
  missesBeforeDeleted?: number;
}

export interface MarkMissingResult {
  /** Items that missed this poll but are not yet deleted. */
  missed: string[];
  /** Items marked deleted by this poll. */
  deleted: string[];
}

/**
 * After a complete poll of an account: items inside the feed window that the poll did not see
 * count a miss; after `missesBeforeDeleted` consecutive misses they are marked deleted (deleted_at
 * set, last_seen_at kept, event 'deleted'). A poll that saw nothing judges nothing: an empty
 * window cannot tell a wiped account from a glitch.
 */
export async function markMissing(
  db: Pool,
  accountId: string,
  seenPlatformItemIds: string[],
  pollStartedAt: Date,
  options: MarkMissingOptions = {},
): Promise<MarkMissingResult> {
  const threshold = Math.max(1, options.missesBeforeDeleted ?? 2);
  return withTransaction(db, async (tx) => {
    const at = new Date();
    const rows = await recordMisses(tx, accountId, [...new Set(seenPlatformItemIds)], pollStartedAt, threshold, at);
    const deleted = rows.filter((r) => r.deleted);
    await insertEvents(tx, deleted.map((r) => ({
      itemId: r.id, version: r.current_version, kind: 'deleted' as const,
      details: { lastSeenAt: r.last_seen_at.toISOString(), missedPolls: r.missed_polls },
    })), at);
    return { missed: rows.filter((r) => !r.deleted).map((r) => r.id), deleted: deleted.map((r) => r.id) };
  });
}
