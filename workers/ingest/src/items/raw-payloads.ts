import { gunzipSync } from 'node:zlib';
import type { Queryable } from '@netra/shared';

// Reading raw payloads back. Since migration 0009 a version's payload is line raw_line of its
// write's gzip-compressed NDJSON document (raw_payload_batches); versions written before that
// carry their own gzip-compressed payload (raw_payload).

export interface RawPayload {
  version: number;
  /** The payload as received, one JSON value. */
  json: string;
}

/** The raw payloads of an item's versions (versions without one are left out), in version order. */
export async function loadRawPayloads(db: Queryable, itemId: string): Promise<RawPayload[]> {
  const { rows } = await db.query<{ version: number; raw_payload: Buffer | null; raw_batch_id: string | null; raw_line: number | null }>(
    `SELECT version, raw_payload, raw_batch_id, raw_line FROM item_versions
      WHERE item_id = $1 AND (raw_payload IS NOT NULL OR raw_batch_id IS NOT NULL) ORDER BY version`,
    [itemId],
  );
  const batchIds = [...new Set(rows.map((r) => r.raw_batch_id).filter((id): id is string => id !== null))];
  const documents = new Map<string, string[]>();
  if (batchIds.length > 0) {
    const batches = await db.query<{ id: string; ndjson_gz: Buffer }>('SELECT id, ndjson_gz FROM raw_payload_batches WHERE id = ANY($1::uuid[])', [batchIds]);
    for (const b of batches.rows) documents.set(b.id, gunzipSync(b.ndjson_gz).toString('utf8').split('\n'));
  }
  const out: RawPayload[] = [];
  for (const r of rows) {
    if (r.raw_payload) out.push({ version: r.version, json: gunzipSync(r.raw_payload).toString('utf8') });
    else {
      const line = documents.get(r.raw_batch_id!)?.[r.raw_line!];
      // A pointer without its document would be a broken store: say so instead of inventing a payload.
      if (line === undefined) throw new Error(`raw payload of version ${r.version} of item ${itemId} is missing from batch ${r.raw_batch_id}`);
      out.push({ version: r.version, json: line });
    }
  }
  return out;
}
