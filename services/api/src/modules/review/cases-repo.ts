import { regionWithinSql, type Queryable } from '@netra/shared';
import type { CaseStage } from './review-types.js';

export interface CaseRow {
  id: string;
  asn_id: string;
  contest_id: string | null;
  region_code: string;
  stage: CaseStage;
  authority_id: string | null;
  authority_code: string | null;
  stage_started_at: Date;
  due_at: Date | null;
  extended_days: number;
  overdue_escalated_at: Date | null;
  opened_at: Date;
  updated_at: Date;
  asn_agency_id: string | null;
  asn_position_class: string | null;
  flag_count: number;
}

const CASE_COLUMNS = `c.id, c.asn_id, c.contest_id, c.region_code, c.stage, c.authority_id, e.code AS authority_code, c.stage_started_at, c.due_at,
  c.extended_days, c.overdue_escalated_at, c.opened_at, c.updated_at, a.agency_id AS asn_agency_id, a.position_class AS asn_position_class,
  (SELECT count(*) FROM flags fl WHERE fl.case_id = c.id)::int AS flag_count`;
const CASE_FROM = 'cases c JOIN asn a ON a.id = c.asn_id LEFT JOIN escalation_authorities e ON e.id = c.authority_id';

/** The active case of an ASN in a contest, created (open, with its clock) when there is none. */
export async function ensureCase(db: Queryable, input: { asnId: string; contestId: string | null; regionCode: string; dueDays: number | null }): Promise<{ id: string; created: boolean }> {
  const inserted = await db.query<{ id: string }>(
    `INSERT INTO cases (asn_id, contest_id, region_code, due_at)
     VALUES ($1, $2, $3, CASE WHEN $4::numeric IS NULL THEN NULL ELSE now() + $4::numeric * interval '1 day' END)
     ON CONFLICT (asn_id, coalesce(contest_id, '')) WHERE stage NOT IN ('closed', 'dismissed') DO NOTHING
     RETURNING id`,
    [input.asnId, input.contestId, input.regionCode, input.dueDays],
  );
  if (inserted.rows[0]) return { id: inserted.rows[0].id, created: true };
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM cases WHERE asn_id = $1 AND coalesce(contest_id, '') = coalesce($2::text, '') AND stage NOT IN ('closed', 'dismissed')`,
    [input.asnId, input.contestId],
  );
  return { id: rows[0]!.id, created: false };
}

export async function findCase(db: Queryable, id: string, options: { lock?: boolean } = {}): Promise<CaseRow | null> {
  const { rows } = await db.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} WHERE c.id = $1${options.lock ? ' FOR UPDATE OF c' : ''}`, [id]);
  return rows[0] ?? null;
}

export async function listCases(db: Queryable, filters: { scope: string | null; stage?: string; contestId?: string; overdueAt?: string; limit: number; afterOpenedAt?: string; afterId?: string }): Promise<(CaseRow & { opened_at_text: string })[]> {
  const params: unknown[] = [];
  const where: string[] = ['true'];
  const add = (sql: (n: number) => string, value: unknown) => {
    params.push(value);
    where.push(sql(params.length));
  };
  if (filters.scope) add((n) => regionWithinSql('c.region_code', n), filters.scope);
  if (filters.stage) add((n) => `c.stage = $${n}`, filters.stage);
  if (filters.contestId) add((n) => `c.contest_id = $${n}`, filters.contestId);
  if (filters.overdueAt) add((n) => `c.due_at < $${n}::timestamptz`, filters.overdueAt);
  if (filters.afterOpenedAt && filters.afterId) {
    params.push(filters.afterOpenedAt, filters.afterId);
    where.push(`(c.opened_at, c.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
  }
  params.push(filters.limit);
  const { rows } = await db.query(
    `SELECT ${CASE_COLUMNS}, c.opened_at::text AS opened_at_text FROM ${CASE_FROM} WHERE ${where.join(' AND ')}
      ORDER BY ${filters.overdueAt ? 'c.due_at ASC, c.id' : 'c.opened_at DESC, c.id DESC'} LIMIT $${params.length}`,
    params,
  );
  return rows as (CaseRow & { opened_at_text: string })[];
}

export async function moveCase(db: Queryable, id: string, to: CaseStage, dueDays: number | null, authorityId: string | null): Promise<void> {
  await db.query(
    `UPDATE cases SET stage = $2, stage_started_at = now(), extended_days = 0, overdue_escalated_at = NULL,
            due_at = CASE WHEN $3::numeric IS NULL THEN NULL ELSE now() + $3::numeric * interval '1 day' END,
            authority_id = coalesce($4, authority_id), updated_at = now()
      WHERE id = $1`,
    [id, to, dueDays, authorityId],
  );
}

export async function insertTransition(
  db: Queryable,
  t: { caseId: string; from: CaseStage | null; to: CaseStage; actorId: string | null; actorLabel: string; reason: string | null; documentNumber: string | null; documentDate: string | null; authorityId: string | null },
): Promise<void> {
  await db.query(
    `INSERT INTO case_transitions (case_id, from_stage, to_stage, actor_id, actor_label, reason, document_number, document_date, authority_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [t.caseId, t.from, t.to, t.actorId, t.actorLabel, t.reason, t.documentNumber, t.documentDate, t.authorityId],
  );
}

export interface TransitionRow {
  id: number;
  from_stage: string | null;
  to_stage: string;
  actor_label: string;
  at: Date;
  reason: string | null;
  document_number: string | null;
  document_date: string | null;
  authority_code: string | null;
}

export async function listTransitions(db: Queryable, caseId: string): Promise<TransitionRow[]> {
  const { rows } = await db.query<TransitionRow>(
    `SELECT t.id, t.from_stage, t.to_stage, t.actor_label, t.at, t.reason, t.document_number, t.document_date, e.code AS authority_code
       FROM case_transitions t LEFT JOIN escalation_authorities e ON e.id = t.authority_id WHERE t.case_id = $1 ORDER BY t.id`,
    [caseId],
  );
  return rows;
}

export async function insertStatement(db: Queryable, s: { caseId: string; statement: string; statementDate: string | null; documentNumber: string | null; recordedBy: string }): Promise<{ id: string; recorded_at: Date }> {
  const { rows } = await db.query<{ id: string; recorded_at: Date }>(
    `INSERT INTO case_statements (case_id, statement, statement_date, document_number, recorded_by) VALUES ($1, $2, $3, $4, $5) RETURNING id, recorded_at`,
    [s.caseId, s.statement, s.statementDate, s.documentNumber, s.recordedBy],
  );
  return rows[0]!;
}

export async function listStatements(db: Queryable, caseId: string): Promise<{ id: string; statement: string; statement_date: string | null; document_number: string | null; recorded_at: Date }[]> {
  const { rows } = await db.query('SELECT id, statement, statement_date, document_number, recorded_at FROM case_statements WHERE case_id = $1 ORDER BY recorded_at', [caseId]);
  return rows;
}

export async function listCaseFlags(db: Queryable, caseId: string): Promise<{ id: string; status: string; category: string | null; score: number; platform: string; kind: string }[]> {
  const { rows } = await db.query(
    `SELECT f.id, f.status, coalesce(l.category, f.category) AS category, f.score, i.platform, i.kind
       FROM flags f JOIN items i ON i.id = f.item_id LEFT JOIN review_labels l ON l.item_version_id = f.item_version_id
      WHERE f.case_id = $1 ORDER BY f.created_at`,
    [caseId],
  );
  return rows;
}

export async function findAuthority(db: Queryable, code: string): Promise<{ id: string; code: string } | null> {
  const { rows } = await db.query<{ id: string; code: string }>('SELECT id, code FROM escalation_authorities WHERE code = $1 AND active', [code]);
  return rows[0] ?? null;
}

export async function extendDeadline(db: Queryable, id: string, days: number): Promise<Date> {
  const { rows } = await db.query<{ due_at: Date }>(
    `UPDATE cases SET due_at = due_at + $2::numeric * interval '1 day', extended_days = extended_days + $2, overdue_escalated_at = NULL, updated_at = now()
      WHERE id = $1 RETURNING due_at`,
    [id, days],
  );
  return rows[0]!.due_at;
}

export async function findCaseAsn(db: Queryable, asnId: string): Promise<{ id: string; nip: string; name: string; position_class: string; position_title: string | null; region_code: string; agency_name: string } | null> {
  const { rows } = await db.query(
    `SELECT a.id, a.nip, a.name, a.position_class, a.position_title, a.region_code, g.name AS agency_name FROM asn a JOIN agencies g ON g.id = a.agency_id WHERE a.id = $1`,
    [asnId],
  );
  return (rows[0] as never) ?? null;
}
