import { regionScopeSql, type Queryable } from '@netra/shared';

export interface ReviewLabelRow {
  item_version_id: string;
  violation: boolean;
  category: string | null;
  candidate: number | null;
  stance: string | null;
  flag_candidate: number | null;
  flag_stance: string | null;
  flag_category: string | null;
  platform: string;
  kind: string;
  region_code: string;
  posted_at: Date;
  asn_id: string | null;
  text: string;
  target: { authorHandle?: string; text?: string } | null;
  media: unknown[];
}

/** Every review outcome (confirmed or dismissed flag) since a time, in a region and below it, oldest first. */
export async function listReviewLabels(db: Queryable, filter: { since: Date | null; regionCode: string | null }): Promise<ReviewLabelRow[]> {
  const { rows } = await db.query<ReviewLabelRow>(
    `SELECT l.item_version_id, l.violation, l.category, l.candidate, l.stance,
            f.candidate AS flag_candidate, f.stance AS flag_stance, f.category AS flag_category,
            i.platform, i.kind, i.region_code, i.posted_at, i.asn_id, v.text, v.target, v.media
       FROM review_labels l
       JOIN flags f ON f.id = l.flag_id
       JOIN item_versions v ON v.id = l.item_version_id
       JOIN items i ON i.id = v.item_id
      WHERE ($1::timestamptz IS NULL OR l.decided_at >= $1) AND ${regionScopeSql('i.region_code', 2)}
      ORDER BY l.decided_at, l.item_version_id`,
    [filter.since, filter.regionCode],
  );
  return rows;
}
