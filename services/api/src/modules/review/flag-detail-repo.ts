import type { Queryable } from '@netra/shared';
import { regionScopeSql } from '@netra/shared';

export interface FlagDetailRow {
  id: string;
  status: string;
  region_code: string;
  contest_id: string | null;
  candidate: number | null;
  stance: string | null;
  category: string | null;
  score: number;
  group_key: string | null;
  holder: string | null;
  lease_expires_at: Date | null;
  case_id: string | null;
  created_at: Date;
  item_id: string;
  item_version_id: string;
  platform: string;
  kind: string;
  url: string | null;
  posted_at: Date;
  first_seen_at: Date;
  last_seen_at: Date;
  deleted_at: Date | null;
  current_version: number;
  judgement_model: string;
  judgement_signals: unknown;
  judgement_reason: unknown;
  judgement_created_at: Date;
  account_id: string | null;
  account_platform: string | null;
  account_handle: string | null;
  link_method: string | null;
  link_confidence: string | null;
  monitoring_state: string | null;
  asn_id: string | null;
  asn_nip: string | null;
  asn_name: string | null;
  asn_employment_type: string | null;
  asn_position_class: string | null;
  asn_position_title: string | null;
  asn_region_code: string | null;
  agency_id: string | null;
  agency_code: string | null;
  agency_name: string | null;
}

export async function findFlagDetail(db: Queryable, id: string): Promise<FlagDetailRow | null> {
  const { rows } = await db.query<FlagDetailRow>(
    `SELECT f.id, (CASE WHEN f.status = 'in_review' AND (f.lease_expires_at IS NULL OR f.lease_expires_at <= now()) THEN 'pending' ELSE f.status END) AS status,
            f.region_code, f.contest_id, f.candidate, f.stance, f.category, f.score, f.group_key,
            CASE WHEN f.lease_expires_at > now() THEN f.claimed_by END AS holder,
            CASE WHEN f.lease_expires_at > now() THEN f.lease_expires_at END AS lease_expires_at, f.case_id, f.created_at,
            i.id AS item_id, f.item_version_id, i.platform, i.kind, i.url, i.posted_at, i.first_seen_at, i.last_seen_at, i.deleted_at, i.current_version,
            j.model_version AS judgement_model, j.signals AS judgement_signals, j.reason AS judgement_reason, j.created_at AS judgement_created_at,
            s.id AS account_id, s.platform AS account_platform, s.handle AS account_handle, s.link_method, s.link_confidence::text AS link_confidence, s.monitoring_state,
            a.id AS asn_id, a.nip AS asn_nip, a.name AS asn_name, a.employment_type AS asn_employment_type, a.position_class AS asn_position_class,
            a.position_title AS asn_position_title, a.region_code AS asn_region_code,
            g.id AS agency_id, g.code AS agency_code, g.name AS agency_name
       FROM flags f
       JOIN items i ON i.id = f.item_id
       JOIN judgements j ON j.id = f.judgement_id
       LEFT JOIN social_accounts s ON s.id = i.account_id
       LEFT JOIN asn a ON a.id = coalesce(f.asn_id, i.asn_id)
       LEFT JOIN agencies g ON g.id = a.agency_id
      WHERE f.id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

/** The other flags of a near-duplicate group that lie in the caller's scope. */
export async function listGroupMembers(db: Queryable, groupKey: string, exceptId: string, scope: string | null): Promise<{ id: string; status: string; region_code: string; account_handle: string | null; platform: string }[]> {
  const { rows } = await db.query(
    `SELECT f.id, f.status, f.region_code, s.handle AS account_handle, i.platform
       FROM flags f JOIN items i ON i.id = f.item_id LEFT JOIN social_accounts s ON s.id = i.account_id
      WHERE f.group_key = $1 AND f.id <> $2 AND ${regionScopeSql('f.region_code', 3)}
      ORDER BY f.created_at LIMIT 200`,
    [groupKey, exceptId, scope],
  );
  return rows;
}

export interface DecisionRow {
  id: string;
  reviewer_id: string;
  reviewer_label: string;
  round: string;
  decision: string;
  violation_category: string | null;
  reason_code: string | null;
  note: string | null;
  via_group: boolean;
  created_at: Date;
}

export async function listDecisions(db: Queryable, flagId: string): Promise<DecisionRow[]> {
  const { rows } = await db.query<DecisionRow>(
    `SELECT d.id, d.reviewer_id, u.display_name AS reviewer_label, d.round, d.decision, d.violation_category, d.reason_code, d.note, d.via_group, d.created_at
       FROM flag_decisions d JOIN users u ON u.id = d.reviewer_id WHERE d.flag_id = $1 ORDER BY d.created_at`,
    [flagId],
  );
  return rows;
}

/**
 * Coverage of an account (how completely it was watched: the ingest ledger and its gaps) lives in
 * tables another module owns; when they are not there, the detail says so instead of failing.
 */
export async function findCoverage(db: Queryable, accountId: string): Promise<{ available: boolean; ledger: unknown; gaps: unknown[] }> {
  const { rows: present } = await db.query<{ ledger: string | null; gaps: string | null }>(
    `SELECT to_regclass('account_coverage')::text AS ledger, to_regclass('coverage_gaps')::text AS gaps`,
  );
  if (!present[0]?.ledger) return { available: false, ledger: null, gaps: [] };
  const ledger = await db.query(`SELECT to_jsonb(c) - 'cursor' AS row FROM account_coverage c WHERE c.account_id = $1`, [accountId]);
  const gaps = present[0].gaps
    ? (await db.query(`SELECT to_jsonb(g) AS row FROM coverage_gaps g WHERE g.account_id = $1 ORDER BY g.from_at DESC LIMIT 50`, [accountId])).rows
    : [];
  return { available: true, ledger: (ledger.rows[0] as { row: unknown } | undefined)?.row ?? null, gaps: gaps.map((r: { row: unknown }) => r.row) };
}
