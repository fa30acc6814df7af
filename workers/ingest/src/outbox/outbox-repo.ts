import type { Queryable } from '@netra/shared';

export interface OutboxRow {
  id: number;
  item_version_id: string;
}

/** Up to `limit` unsent rows, locked; rows another relay holds are skipped, not waited for. */
export async function claimUnsent(db: Queryable, limit: number): Promise<OutboxRow[]> {
  const { rows } = await db.query<OutboxRow>(
    `SELECT id, item_version_id FROM classify_outbox
      WHERE sent_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
    [limit],
  );
  return rows;
}

export async function markSent(db: Queryable, ids: number[]): Promise<void> {
  await db.query('UPDATE classify_outbox SET sent_at = now(), attempts = attempts + 1 WHERE id = ANY($1::bigint[])', [ids]);
}

export async function recordFailure(db: Queryable, ids: number[], message: string): Promise<void> {
  await db.query('UPDATE classify_outbox SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::bigint[]) AND sent_at IS NULL', [ids, message.slice(0, 500)]);
}

export async function countUnsent(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM classify_outbox WHERE sent_at IS NULL');
  return rows[0]?.n ?? 0;
}
