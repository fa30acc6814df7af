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

/** Every monitored account with what the interval depends on. */
export async function listScheduleAccounts(db: Queryable): Promise<ScheduleAccountRow[]> {
  const { rows } = await db.query<ScheduleAccountRow>(
    `SELECT sa.id, a.region_code AS "regionCode", sa.monitoring_state AS "monitoringState", sa.created_at AS "createdAt",
            GREATEST(c.last_item_at, (SELECT max(i.posted_at) FROM items i WHERE i.account_id = sa.id)) AS "lastItemAt",
            (SELECT max(f.created_at) FROM flags f JOIN items i ON i.id = f.item_id WHERE i.account_id = sa.id) AS "lastFlagAt",
            (SELECT max(e.at) FROM item_events e JOIN items i ON i.id = e.item_id WHERE i.account_id = sa.id AND e.kind = 'edited') AS "lastEditAt",
            c.poll_interval_ms AS "pollIntervalMs"
       FROM social_accounts sa
       JOIN asn a ON a.id = sa.asn_id
       LEFT JOIN account_coverage c ON c.account_id = sa.id`,
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
