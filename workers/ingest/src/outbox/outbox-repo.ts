import type { Queryable } from '@netra/shared';

export interface OutboxBatchRow {
  id: number;
  batch_id: string;
  item_version_ids: string[];
}

/** Up to `limit` unsent batches, locked; rows another relay holds are skipped, not waited for. */
export async function claimUnsent(db: Queryable, limit: number): Promise<OutboxBatchRow[]> {
  const { rows } = await db.query<OutboxBatchRow>(
    // As JSON: parsed natively, where the driver's array parser walks each character in JavaScript.
    `SELECT id, batch_id, to_json(item_version_ids) AS item_version_ids FROM classify_outbox_batches
      WHERE sent_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
    [limit],
  );
  return rows;
}

export async function markSent(db: Queryable, ids: number[]): Promise<void> {
  await db.query('UPDATE classify_outbox_batches SET sent_at = now(), attempts = attempts + 1 WHERE id = ANY($1::bigint[])', [ids]);
}

export async function recordFailure(db: Queryable, ids: number[], message: string): Promise<void> {
  await db.query(
    'UPDATE classify_outbox_batches SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::bigint[]) AND sent_at IS NULL',
    [ids, message.slice(0, 500)],
  );
}

/** Item versions not yet handed to the classify queue. */
export async function countUnsent(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    'SELECT COALESCE(sum(cardinality(item_version_ids)), 0)::int AS n FROM classify_outbox_batches WHERE sent_at IS NULL',
  );
  return rows[0]?.n ?? 0;
}

/** Sent outbox rows older than the given age are history only: removes them, returns how many. */
export async function purgeSent(db: Queryable, olderThanHours: number): Promise<number> {
  const { rowCount } = await db.query(
    'DELETE FROM classify_outbox_batches WHERE sent_at IS NOT NULL AND sent_at < now() - make_interval(hours => $1)',
    [olderThanHours],
  );
  return rowCount ?? 0;
}
