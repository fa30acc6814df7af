import { createHash } from 'node:crypto';
import type { Queryable } from '../db/pool.js';

/** Who did something, from where. System jobs use actorLabel 'system:<worker>' and no id. */
export interface AuditActor {
  actorId: string | null;
  actorLabel: string;
  actorRole: string | null;
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
}

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  regionCode?: string | null;
  details?: Record<string, unknown>;
}

export const GENESIS_HASH = '0'.repeat(64);

interface ChainFields {
  at: string;
  actor_id: string | null;
  actor_label: string;
  actor_role: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  region_code: string | null;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  details: unknown;
}

/** Canonical JSON (sorted keys) so the hash does not depend on key order in jsonb. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const keys = Object.keys(value as Record<string, unknown>).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

export function auditHash(prevHash: string, fields: ChainFields): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonical(fields)).digest('hex');
}

/**
 * Appends one audit row. The advisory lock serialises appends for the chain's length of a
 * transaction; call it with the transaction's client so the audit row commits or rolls back with
 * the change it records.
 */
export async function appendAudit(db: Queryable, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await appendAuditBatch(db, actor, [entry]);
}

/**
 * Appends several audit rows of one actor, in order, as one chain segment: one advisory lock, one
 * read of the chain's head and one INSERT (rows passed as one JSON document). Same rows and hashes
 * as calling appendAudit for each entry in turn; call it with the transaction's client.
 */
export async function appendAuditBatch(db: Queryable, actor: AuditActor, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.query(`SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':netra-audit'))`);
  const last = await db.query<{ hash: string }>('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1');
  let prevHash = last.rows[0]?.hash ?? GENESIS_HASH;
  const at = new Date().toISOString();
  const rows = entries.map((entry) => {
    const fields: ChainFields = {
      at,
      actor_id: actor.actorId,
      actor_label: actor.actorLabel,
      actor_role: actor.actorRole,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId ?? null,
      region_code: entry.regionCode ?? null,
      ip: actor.ip ?? null,
      user_agent: actor.userAgent ?? null,
      request_id: actor.requestId ?? null,
      details: entry.details ?? {},
    };
    const hash = auditHash(prevHash, fields);
    const row = { ...fields, prev_hash: prevHash, hash };
    prevHash = hash;
    return row;
  });
  // seq follows the chain: the rows are inserted in the order of the ordered subquery.
  await db.query(
    `INSERT INTO audit_log (at, actor_id, actor_label, actor_role, action, entity_type, entity_id, region_code,
       ip, user_agent, request_id, details, prev_hash, hash)
     SELECT at, actor_id, actor_label, actor_role, action, entity_type, entity_id, region_code,
            ip, user_agent, request_id, details, prev_hash, hash
       FROM (SELECT r.*, o.n
               FROM json_array_elements($1::json) WITH ORDINALITY AS o(e, n),
                    json_to_record(o.e) AS r(at timestamptz, actor_id uuid, actor_label text, actor_role text, action text,
                      entity_type text, entity_id text, region_code text, ip text, user_agent text, request_id text,
                      details jsonb, prev_hash text, hash text)
              ORDER BY o.n) ordered`,
    [JSON.stringify(rows)],
  );
}

export interface AuditVerifyResult {
  ok: boolean;
  rows: number;
  /** The first row whose hash or link does not match, if any. */
  brokenAt?: { seq: number; reason: string };
}

/** Walks the whole chain in order and recomputes every hash. */
export async function verifyAuditChain(db: Queryable, batchSize = 5000): Promise<AuditVerifyResult> {
  let prevHash = GENESIS_HASH;
  let lastSeq = 0;
  let count = 0;
  for (;;) {
    const { rows } = await db.query<ChainFields & { seq: number; at: Date; prev_hash: string; hash: string }>(
      `SELECT seq, at, actor_id, actor_label, actor_role, action, entity_type, entity_id, region_code, ip,
              user_agent, request_id, details, prev_hash, hash
         FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2`,
      [lastSeq, batchSize],
    );
    if (rows.length === 0) break;
    for (const row of rows) {
      // bigserial may skip numbers after a rollback, so gaps alone prove nothing; the prev_hash
      // link is what detects a removed row.
      if (row.prev_hash !== prevHash) {
        return { ok: false, rows: count, brokenAt: { seq: row.seq, reason: 'link to the previous row does not match (a row was removed or altered)' } };
      }
      const { seq, prev_hash: _p, hash, ...rest } = row;
      const recomputed = auditHash(prevHash, { ...rest, at: new Date(row.at).toISOString() });
      if (recomputed !== hash) {
        return { ok: false, rows: count, brokenAt: { seq, reason: 'content does not match its hash (the row was altered)' } };
      }
      prevHash = hash;
      lastSeq = seq;
      count += 1;
    }
  }
  return { ok: true, rows: count };
}
