import { type Queryable, regionScopeSql } from '@netra/shared';
import { EFFECTIVE_STATUS, LIVE_HOLDER, prioritySql } from './review-queue-repo.js';
import type { FlagStatus } from './review-types.js';

export interface FlagLockRow {
  id: string;
  status: FlagStatus;
  region_code: string;
  asn_id: string | null;
  asn_agency_id: string | null;
  contest_id: string | null;
  item_id: string;
  item_version_id: string;
  judgement_id: string;
  candidate: number | null;
  stance: string | null;
  score: number;
  group_key: string | null;
  holder: string | null;
  lease_expires_at: Date | null;
  /** Was the latest first-round decision this user's? (Four eyes: then they cannot give the second.) */
  decided_by_me: boolean;
}

/** Reads one flag and locks its row for the rest of the transaction (claims on it serialise). */
export async function lockFlag(db: Queryable, id: string, userId: string, options: { skipLocked?: boolean } = {}): Promise<FlagLockRow | null> {
  const { rows } = await db.query<FlagLockRow>(
    `SELECT f.id, ${EFFECTIVE_STATUS} AS status, f.region_code, f.asn_id, a.agency_id AS asn_agency_id, f.contest_id,
            f.item_id, f.item_version_id, f.judgement_id, f.candidate, f.stance, f.score, f.group_key,
            ${LIVE_HOLDER} AS holder, f.lease_expires_at,
            coalesce((SELECT d.reviewer_id = $2 FROM flag_decisions d WHERE d.flag_id = f.id AND d.round = 'first' ORDER BY d.created_at DESC LIMIT 1), false) AS decided_by_me
       FROM flags f LEFT JOIN asn a ON a.id = f.asn_id
      WHERE f.id = $1
      FOR UPDATE OF f${options.skipLocked ? ' SKIP LOCKED' : ''}`,
    [id, userId],
  );
  return rows[0] ?? null;
}

export interface ClaimedRow {
  id: string;
  status: FlagStatus;
  region_code: string;
  claimed_by: string;
  lease_expires_at: Date;
}

/** Sets the claim; a pending flag becomes in_review, a second-round flag stays awaiting_second. */
export async function setClaim(db: Queryable, id: string, userId: string, leaseMinutes: number): Promise<ClaimedRow> {
  const { rows } = await db.query<ClaimedRow>(
    `UPDATE flags SET claimed_by = $2, claimed_at = now(), lease_expires_at = now() + make_interval(mins => $3),
            status = CASE WHEN status IN ('pending', 'in_review') THEN 'in_review' ELSE status END, updated_at = now()
      WHERE id = $1
      RETURNING id, status, region_code, claimed_by, lease_expires_at`,
    [id, userId, leaseMinutes],
  );
  return rows[0]!;
}

export async function clearClaim(db: Queryable, id: string): Promise<void> {
  await db.query(
    `UPDATE flags SET claimed_by = NULL, claimed_at = NULL, lease_expires_at = NULL,
            status = CASE WHEN status = 'in_review' THEN 'pending' ELSE status END, updated_at = now()
      WHERE id = $1`,
    [id],
  );
}

/**
 * Takes the most urgent flag this user may review, in one statement: the candidate row is locked
 * with SKIP LOCKED so concurrent claimers each get a different flag, and the outer UPDATE checks
 * again that nobody holds it. Excludes the user's own agency (conflict of interest) and flags
 * whose first confirmation was theirs (four eyes).
 */
export async function claimNext(
  db: Queryable,
  user: { userId: string; agencyId: string | null; scope: string | null },
  filters: { contestId?: string },
  leaseMinutes: number,
  dueHours: number,
): Promise<ClaimedRow | null> {
  const claimable = `((f.status IN ('pending', 'needs_info', 'awaiting_second') AND (f.claimed_by IS NULL OR f.lease_expires_at <= now()))
                      OR (f.status = 'in_review' AND (f.lease_expires_at IS NULL OR f.lease_expires_at <= now())))`;
  const params: unknown[] = [user.userId, leaseMinutes, dueHours, user.agencyId, user.scope, filters.contestId ?? null];
  const { rows } = await db.query<ClaimedRow>(
    `UPDATE flags f SET claimed_by = $1, claimed_at = now(), lease_expires_at = now() + make_interval(mins => $2),
            status = CASE WHEN f.status IN ('pending', 'in_review') THEN 'in_review' ELSE f.status END, updated_at = now()
      WHERE f.id = (
        SELECT f.id FROM flags f LEFT JOIN asn a ON a.id = f.asn_id
         WHERE ${claimable}
           AND ($4::uuid IS NULL OR a.agency_id IS DISTINCT FROM $4::uuid)
           AND ${regionScopeSql('f.region_code', 5)}
           AND ($6::text IS NULL OR f.contest_id = $6)
           AND NOT (f.status = 'awaiting_second' AND coalesce((SELECT d.reviewer_id = $1 FROM flag_decisions d WHERE d.flag_id = f.id AND d.round = 'first' ORDER BY d.created_at DESC LIMIT 1), false))
         ORDER BY ${prioritySql('now()', '$3')} DESC, f.created_at, f.id
         LIMIT 1
         FOR UPDATE OF f SKIP LOCKED)
        AND ${claimable}
      RETURNING f.id, f.status, f.region_code, f.claimed_by, f.lease_expires_at`,
    params,
  );
  return rows[0] ?? null;
}
