import type { Queryable } from '@netra/shared';
import type { ContestWindow } from './poll-interval.js';

export interface ScheduleAccountRow {
  id: string;
  regionCode: string;
  monitoringState: 'active' | 'paused' | 'stopped';
  createdAt: Date;
  lastItemAt: Date | null;
  lastFlagAt: Date | null;
  lastEditAt: Date | null;
  pollIntervalMs: number | null;
}

/**
 * Every monitored account with what the interval depends on. One grouped pass per source table
 * (hash joins), not a sub-query per account; flags and edits only as far back as they matter.
 */
export async function listScheduleAccounts(db: Queryable, since: { flags: Date; edits: Date }): Promise<ScheduleAccountRow[]> {
  const { rows } = await db.query<ScheduleAccountRow>(
    `WITH last_item AS (
       SELECT account_id, max(posted_at) AS at FROM items WHERE account_id IS NOT NULL GROUP BY account_id
     ), last_flag AS (
       SELECT i.account_id, max(f.created_at) AS at FROM flags f JOIN items i ON i.id = f.item_id
        WHERE f.created_at >= $1 AND i.account_id IS NOT NULL GROUP BY i.account_id
     ), last_edit AS (
       SELECT i.account_id, max(e.at) AS at FROM item_events e JOIN items i ON i.id = e.item_id
        WHERE e.kind = 'edited' AND e.at >= $2 AND i.account_id IS NOT NULL GROUP BY i.account_id
     )
     SELECT sa.id, a.region_code AS "regionCode", sa.monitoring_state AS "monitoringState", sa.created_at AS "createdAt",
            GREATEST(c.last_item_at, li.at) AS "lastItemAt", lf.at AS "lastFlagAt", le.at AS "lastEditAt",
            c.poll_interval_ms AS "pollIntervalMs"
       FROM social_accounts sa
       JOIN asn a ON a.id = sa.asn_id
       LEFT JOIN account_coverage c ON c.account_id = sa.id
       LEFT JOIN last_item li ON li.account_id = sa.id
       LEFT JOIN last_flag lf ON lf.account_id = sa.id
       LEFT JOIN last_edit le ON le.account_id = sa.id`,
    [since.flags, since.edits],
  );
  return rows;
}

export interface ContestRow extends ContestWindow {
  regionCode: string;
}

/** Contests not yet over (voting day today or later, in any zone). */
export async function listUpcomingContests(db: Queryable, today: string): Promise<ContestRow[]> {
  const { rows } = await db.query<ContestRow>(
    `SELECT region_code AS "regionCode", campaign_start AS "campaignStart", campaign_end AS "campaignEnd",
            quiet_start AS "quietStart", quiet_end AS "quietEnd", voting_day AS "votingDay"
       FROM contests WHERE voting_day >= $1::date - 1`,
    [today],
  );
  return rows;
}

/** The contests that cover a region: the region itself or one containing it (`63` covers `63.71`). */
export function contestsCovering(contests: ContestRow[], regionCode: string): ContestRow[] {
  return contests.filter((c) => regionCode === c.regionCode || regionCode.startsWith(`${c.regionCode}.`));
}
