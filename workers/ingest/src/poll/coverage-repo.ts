import type { Platform, Queryable } from '@netra/shared';

// The coverage ledger (migration 0006): one row per account, plus the gaps in which Netra could
// not see it. Every write takes a Queryable so it can join the caller's transaction.

export type CoverageErrorKind = 'retryable' | 'permanent' | 'auth' | 'rate_limited' | 'not_configured' | 'internal';

export interface PollAccountRow {
  id: string;
  platform: Platform;
  handle: string;
  platformUserId: string | null;
  monitoringState: 'active' | 'paused' | 'stopped';
  regionCode: string;
}

export async function loadPollAccount(db: Queryable, accountId: string): Promise<PollAccountRow | null> {
  const { rows } = await db.query<PollAccountRow>(
    `SELECT sa.id, sa.platform, sa.handle, sa.platform_user_id AS "platformUserId",
            sa.monitoring_state AS "monitoringState", a.region_code AS "regionCode"
       FROM social_accounts sa JOIN asn a ON a.id = sa.asn_id
      WHERE sa.id = $1`,
    [accountId],
  );
  return rows[0] ?? null;
}

export interface CoverageRow {
  accountId: string;
  cursor: string | null;
  lastPollStartedAt: Date | null;
  lastSuccessAt: Date | null;
  lastErrorAt: Date | null;
  lastError: string | null;
  lastErrorKind: CoverageErrorKind | null;
  consecutiveFailures: number;
  rateLimitWaitMsTotal: number;
  rateLimitedCount: number;
  lastItemAt: Date | null;
  pollsTotal: number;
  itemsSeenTotal: number;
  pollIntervalMs: number | null;
  pollIntervalReason: string | null;
}

export interface CoverageGap {
  id: number;
  accountId: string;
  fromAt: Date;
  toAt: Date | null;
  reason: CoverageErrorKind;
  lastDetail: string | null;
  failures: number;
}

const COVERAGE_COLUMNS = `account_id AS "accountId", cursor, last_poll_started_at AS "lastPollStartedAt",
  last_success_at AS "lastSuccessAt", last_error_at AS "lastErrorAt", last_error AS "lastError",
  last_error_kind AS "lastErrorKind", consecutive_failures AS "consecutiveFailures",
  rate_limit_wait_ms_total AS "rateLimitWaitMsTotal", rate_limited_count AS "rateLimitedCount",
  last_item_at AS "lastItemAt", polls_total AS "pollsTotal", items_seen_total AS "itemsSeenTotal",
  poll_interval_ms AS "pollIntervalMs", poll_interval_reason AS "pollIntervalReason"`;

export async function getCoverage(db: Queryable, accountId: string): Promise<CoverageRow | null> {
  const { rows } = await db.query<CoverageRow>(`SELECT ${COVERAGE_COLUMNS} FROM account_coverage WHERE account_id = $1`, [accountId]);
  return rows[0] ?? null;
}

export async function listCoverageGaps(db: Queryable, accountId: string): Promise<CoverageGap[]> {
  const { rows } = await db.query<CoverageGap>(
    `SELECT id, account_id AS "accountId", from_at AS "fromAt", to_at AS "toAt", reason, last_detail AS "lastDetail", failures
       FROM coverage_gaps WHERE account_id = $1 ORDER BY from_at, id`,
    [accountId],
  );
  return rows;
}

export async function recordPollStart(db: Queryable, accountId: string, at: Date): Promise<void> {
  await db.query(
    `INSERT INTO account_coverage (account_id, last_poll_started_at, polls_total, updated_at) VALUES ($1, $2, 1, now())
     ON CONFLICT (account_id) DO UPDATE SET last_poll_started_at = $2, polls_total = account_coverage.polls_total + 1, updated_at = now()`,
    [accountId, at],
  );
}

/** Saves a cursor mid-poll (a poll cut short by its page limit resumes from here). */
export async function saveCursor(db: Queryable, accountId: string, cursor: string | null): Promise<void> {
  await db.query(
    `INSERT INTO account_coverage (account_id, cursor) VALUES ($1, $2)
     ON CONFLICT (account_id) DO UPDATE SET cursor = $2, updated_at = now()`,
    [accountId, cursor],
  );
}

export interface PollSuccess {
  at: Date;
  cursor: string | null;
  itemsSeen: number;
  lastItemAt: string | null;
  rateLimitWaitMs: number;
}

/** A successful poll: stores the cursor, resets the failure count and closes the open gap. */
export async function recordPollSuccess(db: Queryable, accountId: string, s: PollSuccess): Promise<void> {
  await db.query(
    `INSERT INTO account_coverage (account_id, cursor, last_success_at, consecutive_failures, items_seen_total, last_item_at, rate_limit_wait_ms_total)
     VALUES ($1, $2, $3, 0, $4, $5, $6)
     ON CONFLICT (account_id) DO UPDATE SET cursor = $2, last_success_at = $3, consecutive_failures = 0,
       items_seen_total = account_coverage.items_seen_total + $4,
       last_item_at = GREATEST(account_coverage.last_item_at, $5),
       rate_limit_wait_ms_total = account_coverage.rate_limit_wait_ms_total + $6, updated_at = now()`,
    [accountId, s.cursor, s.at, s.itemsSeen, s.lastItemAt, s.rateLimitWaitMs],
  );
  await db.query(`UPDATE coverage_gaps SET to_at = GREATEST($2, from_at) WHERE account_id = $1 AND to_at IS NULL`, [accountId, s.at]);
}

export interface PollFailure {
  at: Date;
  kind: CoverageErrorKind;
  message: string;
  rateLimitWaitMs?: number;
}

/** A failed, rate-limited or impossible poll: records the error and opens a gap (from the last success) unless one is open. */
export async function recordPollFailure(db: Queryable, accountId: string, f: PollFailure): Promise<void> {
  const limited = f.kind === 'rate_limited' ? 1 : 0;
  const { rows } = await db.query<{ lastSuccessAt: Date | null }>(
    `INSERT INTO account_coverage (account_id, last_error_at, last_error, last_error_kind, consecutive_failures, rate_limit_wait_ms_total, rate_limited_count)
     VALUES ($1, $2, $3, $4, 1, $5, $6)
     ON CONFLICT (account_id) DO UPDATE SET last_error_at = $2, last_error = $3, last_error_kind = $4,
       consecutive_failures = account_coverage.consecutive_failures + 1,
       rate_limit_wait_ms_total = account_coverage.rate_limit_wait_ms_total + $5,
       rate_limited_count = account_coverage.rate_limited_count + $6, updated_at = now()
     RETURNING last_success_at AS "lastSuccessAt"`,
    [accountId, f.at, f.message.slice(0, 2000), f.kind, f.rateLimitWaitMs ?? 0, limited],
  );
  const from = rows[0]?.lastSuccessAt && rows[0].lastSuccessAt <= f.at ? rows[0].lastSuccessAt : f.at;
  await db.query(
    `INSERT INTO coverage_gaps (account_id, from_at, reason, last_detail) VALUES ($1, $2, $3, $4)
     ON CONFLICT (account_id) WHERE to_at IS NULL DO UPDATE SET failures = coverage_gaps.failures + 1, last_detail = $4`,
    [accountId, from, f.kind, f.message.slice(0, 2000)],
  );
}

export async function setPollInterval(db: Queryable, accountId: string, intervalMs: number | null, reason: string | null): Promise<void> {
  await db.query(
    `INSERT INTO account_coverage (account_id, poll_interval_ms, poll_interval_reason) VALUES ($1, $2, $3)
     ON CONFLICT (account_id) DO UPDATE SET poll_interval_ms = $2, poll_interval_reason = $3, updated_at = now()`,
    [accountId, intervalMs, reason],
  );
}

export interface CoverageVerdict {
  /** True when a successful poll ran after `to` and no gap overlaps [from, to]. */
  watched: boolean;
  /** Gaps overlapping the interval; an open gap runs to now. */
  gaps: CoverageGap[];
  lastSuccessAt: Date | null;
}

/**
 * "No activity" or "not watched"? For a reviewer's interval: the gaps that overlap it, and whether
 * the account was polled successfully after it ended (a poll re-reads its lookback window, so a
 * success after `to` covers the interval unless a gap says otherwise).
 */
export async function coverageDuring(db: Queryable, accountId: string, from: Date, to: Date): Promise<CoverageVerdict> {
  const { rows } = await db.query<CoverageGap>(
    `SELECT id, account_id AS "accountId", from_at AS "fromAt", to_at AS "toAt", reason, last_detail AS "lastDetail", failures
       FROM coverage_gaps
      WHERE account_id = $1 AND from_at <= $3 AND coalesce(to_at, 'infinity'::timestamptz) >= $2
      ORDER BY from_at, id`,
    [accountId, from, to],
  );
  const coverage = await getCoverage(db, accountId);
  const lastSuccessAt = coverage?.lastSuccessAt ?? null;
  return { watched: rows.length === 0 && lastSuccessAt !== null && lastSuccessAt >= to, gaps: rows, lastSuccessAt };
}
