import type { Queryable } from '@netra/shared';
import { regionScopeSql } from '@netra/shared';

// Every count is over cases opened in [from, to) inside the region; "violations" are the
// confirmed flags of those cases. Dismissed cases count only under byStage and `dismissed`.

const CASES_IN = `cases c JOIN asn a ON a.id = c.asn_id
  WHERE ${regionScopeSql('c.region_code', 1)}
    AND c.opened_at >= $2::timestamptz AND c.opened_at < $3::timestamptz`;

export interface StatsCounts {
  byStage: { key: string; n: number }[];
  byPositionClass: { key: string; n: number }[];
  byCategory: { key: string; n: number }[];
  byPlatform: { key: string; n: number }[];
  milestones: { escalated: number; recommendation: number; sanction: number };
  zones: { code: string; name: string; n: number }[];
}

export async function countStats(db: Queryable, scope: string | null, from: string, to: string): Promise<StatsCounts> {
  const params = [scope, from, to];
  const byStage = await db.query<{ key: string; n: number }>(`SELECT c.stage AS key, count(*)::int AS n FROM ${CASES_IN} GROUP BY c.stage ORDER BY c.stage`, params);
  const byPositionClass = await db.query<{ key: string; n: number }>(
    `SELECT a.position_class AS key, count(*)::int AS n FROM ${CASES_IN} AND c.stage <> 'dismissed' GROUP BY a.position_class ORDER BY a.position_class`, params);
  const flagRows = `FROM cases c JOIN asn a ON a.id = c.asn_id
      JOIN flags f ON f.case_id = c.id AND f.status = 'confirmed'
      JOIN items i ON i.id = f.item_id
      LEFT JOIN review_labels l ON l.item_version_id = f.item_version_id
     WHERE ${regionScopeSql('c.region_code', 1)}
       AND c.opened_at >= $2::timestamptz AND c.opened_at < $3::timestamptz AND c.stage <> 'dismissed'`;
  const byCategory = await db.query<{ key: string; n: number }>(`SELECT coalesce(l.category, f.category, 'other') AS key, count(*)::int AS n ${flagRows} GROUP BY 1 ORDER BY 1`, params);
  const byPlatform = await db.query<{ key: string; n: number }>(`SELECT i.platform AS key, count(*)::int AS n ${flagRows} GROUP BY 1 ORDER BY 1`, params);
  const milestones = await db.query<{ escalated: number; recommendation: number; sanction: number }>(
    `SELECT count(*) FILTER (WHERE EXISTS (SELECT 1 FROM case_transitions t WHERE t.case_id = c.id AND t.to_stage = 'escalated'))::int AS escalated,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM case_transitions t WHERE t.case_id = c.id AND t.to_stage = 'recommendation_received'))::int AS recommendation,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM case_transitions t WHERE t.case_id = c.id AND t.to_stage = 'sanction_recorded'))::int AS sanction
       FROM ${CASES_IN}`,
    params,
  );
  // Zones are per regency/city: the level-2 regions inside the scope (or the scope's own regency).
  const zones = await db.query<{ code: string; name: string; n: number }>(
    `SELECT r.code, r.name,
            (SELECT count(*) FROM cases c
              WHERE (c.region_code = r.code OR c.region_code LIKE r.code || '.%') AND c.stage <> 'dismissed'
                AND c.opened_at >= $2::timestamptz AND c.opened_at < $3::timestamptz)::int AS n
       FROM regions r
      WHERE r.level = 2 AND ($1::text IS NULL OR r.code = $1 OR r.code LIKE $1 || '.%' OR $1 LIKE r.code || '.%')
      ORDER BY r.code`,
    params,
  );
  return {
    byStage: byStage.rows, byPositionClass: byPositionClass.rows, byCategory: byCategory.rows, byPlatform: byPlatform.rows,
    milestones: milestones.rows[0]!, zones: zones.rows,
  };
}
