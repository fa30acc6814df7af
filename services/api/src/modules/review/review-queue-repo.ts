import { regionWithinSql, type Queryable } from '@netra/shared';
import type { FlagStatus } from './review-types.js';

/**
 * What a flag is worth to look at first: its score (0..50), the ASN's position class (jpt 30 down
 * to pelaksana 5), its age against the review deadline (0..15) and the deadline itself (+10 once
 * due, +5 within the last day). `$asOf` is fixed per listing so the order does not move while new
 * flags arrive; `$dueHours` is the review clock of a flag.
 */
export function prioritySql(asOf: string, dueHours: string): string {
  const ageHours = `(extract(epoch FROM (${asOf}::timestamptz - f.created_at)) / 3600.0)`;
  return `round((
      f.score * 50
    + CASE a.position_class WHEN 'jpt' THEN 30 WHEN 'kepala_wilayah' THEN 25 WHEN 'administrator' THEN 20
        WHEN 'pengawas' THEN 15 WHEN 'fungsional' THEN 10 WHEN 'pelaksana' THEN 5 ELSE 0 END
    + least(greatest(${ageHours}, 0) / ${dueHours}::numeric, 1.5) * 10
    + CASE WHEN ${ageHours} >= ${dueHours}::numeric THEN 10 WHEN ${ageHours} >= ${dueHours}::numeric - 24 THEN 5 ELSE 0 END
  )::numeric, 4)`;
}

/** A claim whose lease ran out is no claim: such a flag reads as pending again. */
export const EFFECTIVE_STATUS = `(CASE WHEN f.status = 'in_review' AND (f.lease_expires_at IS NULL OR f.lease_expires_at <= now()) THEN 'pending' ELSE f.status END)`;
export const LIVE_HOLDER = `(CASE WHEN f.lease_expires_at > now() THEN f.claimed_by END)`;

export interface QueueFilters {
  scope: string | null;
  contestId?: string;
  candidate?: number;
  category?: string;
  scoreMin?: number;
  scoreMax?: number;
  platform?: string;
  kind?: string;
  positionClass?: string;
  statuses?: readonly FlagStatus[];
  minAgeHours?: number;
  maxAgeHours?: number;
  groupKey?: string;
  heldBy?: string;
  /** The caller's own agency: its ASN are not theirs to review (conflict of interest), so not listed. */
  excludeAgencyId?: string;
}

export interface QueueCursor {
  asOf: string;
  priority: string;
  createdAt: string;
  id: string;
}

export interface QueueRow {
  id: string;
  status: FlagStatus;
  priority: string;
  score: number;
  category: string | null;
  candidate: number | null;
  stance: string | null;
  contest_id: string | null;
  region_code: string;
  group_key: string | null;
  group_size: number;
  /** The judgement's one-line reason, { id, en }. */
  reason: { id?: string; en?: string } | null;
  platform: string;
  kind: string;
  position_class: string | null;
  holder: string | null;
  lease_expires_at: Date | null;
  created_at: Date;
  created_at_text: string;
  due_at: Date;
}

export async function listQueue(db: Queryable, filters: QueueFilters, asOf: string, dueHours: number, limit: number, after: QueueCursor | null): Promise<QueueRow[]> {
  const params: unknown[] = [asOf, dueHours];
  const where: string[] = ['f.created_at <= $1::timestamptz'];
  const add = (sql: (n: number) => string, value: unknown) => {
    params.push(value);
    where.push(sql(params.length));
  };
  if (filters.scope) add((n) => regionWithinSql('f.region_code', n), filters.scope);
  if (filters.contestId) add((n) => `f.contest_id = $${n}`, filters.contestId);
  if (filters.candidate !== undefined) add((n) => `f.candidate = $${n}`, filters.candidate);
  if (filters.category) add((n) => `f.category = $${n}`, filters.category);
  if (filters.scoreMin !== undefined) add((n) => `f.score >= $${n}`, filters.scoreMin);
  if (filters.scoreMax !== undefined) add((n) => `f.score < $${n}`, filters.scoreMax);
  if (filters.platform) add((n) => `i.platform = $${n}`, filters.platform);
  if (filters.kind) add((n) => `i.kind = $${n}`, filters.kind);
  if (filters.positionClass) add((n) => `a.position_class = $${n}`, filters.positionClass);
  if (filters.statuses && filters.statuses.length > 0) add((n) => `${EFFECTIVE_STATUS} = ANY($${n}::text[])`, filters.statuses);
  if (filters.minAgeHours !== undefined) add((n) => `f.created_at <= $1::timestamptz - ($${n}::numeric * interval '1 hour')`, filters.minAgeHours);
  if (filters.maxAgeHours !== undefined) add((n) => `f.created_at >= $1::timestamptz - ($${n}::numeric * interval '1 hour')`, filters.maxAgeHours);
  if (filters.groupKey) add((n) => `f.group_key = $${n}`, filters.groupKey);
  if (filters.heldBy) add((n) => `${LIVE_HOLDER} = $${n}`, filters.heldBy);
  if (filters.excludeAgencyId) add((n) => `a.agency_id IS DISTINCT FROM $${n}::uuid`, filters.excludeAgencyId);
  let cursorSql = '';
  if (after) {
    params.push(after.priority, after.createdAt, after.id);
    const n = params.length;
    cursorSql = `WHERE (q.priority, q.created_at, q.id) < ($${n - 2}::numeric, $${n - 1}::timestamptz, $${n}::uuid)`;
  }
  params.push(limit);
  const { rows } = await db.query<QueueRow>(
    `WITH q AS (
       SELECT f.id, ${EFFECTIVE_STATUS} AS status, ${prioritySql('$1', '$2')} AS priority, f.score, f.category, f.candidate,
              f.stance, f.contest_id, f.region_code, f.group_key, j.reason, i.platform, i.kind, a.position_class,
              ${LIVE_HOLDER} AS holder, CASE WHEN f.lease_expires_at > now() THEN f.lease_expires_at END AS lease_expires_at,
              f.created_at, f.created_at::text AS created_at_text, f.created_at + ($2::numeric * interval '1 hour') AS due_at
         FROM flags f JOIN items i ON i.id = f.item_id LEFT JOIN asn a ON a.id = f.asn_id
              LEFT JOIN judgements j ON j.id = f.judgement_id
        WHERE ${where.join(' AND ')}
     )
     SELECT q.*, q.priority::text AS priority,
            CASE WHEN q.group_key IS NULL THEN 1 ELSE (SELECT count(*) FROM flags g WHERE g.group_key = q.group_key) END::int AS group_size
       FROM q ${cursorSql}
      ORDER BY q.priority DESC, q.created_at DESC, q.id DESC
      LIMIT $${params.length}`,
    params,
  );
  return rows;
}
