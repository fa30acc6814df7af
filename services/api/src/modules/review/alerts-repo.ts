import { regionScopeSql, type Queryable } from '@netra/shared';

export interface AlertRow {
  id: string;
  case_id: string;
  kind: string;
  stage: string;
  due_at: Date;
  raised_at: Date;
  region_code: string;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
  acknowledged_by_username: string | null;
}

const SELECT = `SELECT a.id, a.case_id, a.kind, a.stage, a.due_at, a.raised_at, c.region_code, a.acknowledged_at, a.acknowledged_by,
                       u.username AS acknowledged_by_username
                  FROM case_alerts a JOIN cases c ON c.id = a.case_id LEFT JOIN users u ON u.id = a.acknowledged_by`;

/** Alerts of cases in a region and below, open ones first, then newest first. */
export async function listAlerts(db: Queryable, filter: { scope: string | null; openOnly: boolean; limit: number }): Promise<AlertRow[]> {
  const { rows } = await db.query<AlertRow>(
    `${SELECT}
      WHERE ${regionScopeSql('c.region_code', 1)} AND (NOT $2 OR a.acknowledged_at IS NULL)
      ORDER BY a.acknowledged_at IS NOT NULL, a.raised_at DESC, a.id
      LIMIT $3`,
    [filter.scope, filter.openOnly, filter.limit],
  );
  return rows;
}

export async function findAlert(db: Queryable, id: string, forUpdate = false): Promise<AlertRow | null> {
  const { rows } = await db.query<AlertRow>(`${SELECT} WHERE a.id = $1${forUpdate ? ' FOR UPDATE OF a' : ''}`, [id]);
  return rows[0] ?? null;
}

export async function markAcknowledged(db: Queryable, id: string, userId: string, at: Date): Promise<void> {
  await db.query('UPDATE case_alerts SET acknowledged_at = $3, acknowledged_by = $2 WHERE id = $1 AND acknowledged_at IS NULL', [id, userId, at]);
}
