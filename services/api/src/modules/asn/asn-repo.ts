import { type PositionClass, type Queryable, regionScopeSql } from '@netra/shared';
import type { AsnFields, EmploymentType } from './asn-types.js';

export interface AsnRow {
  id: string;
  nip: string;
  name: string;
  employment_type: EmploymentType;
  position_class: PositionClass;
  position_title: string | null;
  agency_id: string;
  agency_code: string;
  agency_name: string;
  region_code: string;
  created_at: Date;
  updated_at: Date;
}

const SELECT = `SELECT a.id, a.nip, a.name, a.employment_type, a.position_class, a.position_title, a.agency_id,
                       g.code AS agency_code, g.name AS agency_name, a.region_code, a.created_at, a.updated_at
                  FROM asn a JOIN agencies g ON g.id = a.agency_id`;

export async function findAsnById(db: Queryable, id: string): Promise<AsnRow | null> {
  const { rows } = await db.query<AsnRow>(`${SELECT} WHERE a.id = $1`, [id]);
  return rows[0] ?? null;
}

/** By NIPs; `lock` takes row locks in NIP order (two imports of overlapping files never deadlock on them). */
export async function findAsnByNips(db: Queryable, nips: string[], lock = false): Promise<AsnRow[]> {
  const { rows } = await db.query<AsnRow>(`${SELECT} WHERE a.nip = ANY($1::bpchar[])${lock ? ' ORDER BY a.nip FOR UPDATE OF a' : ''}`, [nips]);
  return rows;
}

export async function insertAsn(db: Queryable, asn: AsnFields): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO asn (nip, name, employment_type, position_class, position_title, agency_id, region_code)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [asn.nip, asn.name, asn.employmentType, asn.positionClass, asn.positionTitle, asn.agencyId, asn.regionCode],
  );
  return rows[0]!.id;
}

/** Writes every field; returns false when nothing differed (the row is left untouched). */
export async function updateAsnRow(db: Queryable, id: string, asn: AsnFields): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE asn SET nip = $2, name = $3, employment_type = $4, position_class = $5, position_title = $6,
                    agency_id = $7, region_code = $8, updated_at = now()
      WHERE id = $1
        AND (nip, name, employment_type, position_class, position_title, agency_id, region_code)
            IS DISTINCT FROM ($2, $3, $4, $5, $6, $7::uuid, $8)`,
    [id, asn.nip, asn.name, asn.employmentType, asn.positionClass, asn.positionTitle, asn.agencyId, asn.regionCode],
  );
  return (rowCount ?? 0) > 0;
}

// Set-based writes of the registry import (asn-import.ts): rows travel as one JSON document per
// statement, and every new row comes with its id (chosen by the import, so its audit rows can name
// it before the insert). Inserts skip a key someone else wrote first (ON CONFLICT DO NOTHING) and
// return the ids they wrote, so the caller can tell that it lost a race and redo its chunk.

/** What an import row needs to know of an existing account: found by (platform, lower(handle)) or by platform user id. */
export interface ImportAccountRow {
  id: string;
  platform: string;
  handle: string;
  platform_user_id: string | null;
  asn_id: string;
  link_method: string;
  /** numeric(3,2) as text. */
  link_confidence: string;
}

const ACCOUNT_COLUMNS = 's.id, s.platform, s.handle, s.platform_user_id, s.asn_id, s.link_method, s.link_confidence';

/** The accounts with these (platform, handle) keys, case-insensitively; `lock` locks them in key order. */
export async function findImportAccountsByHandles(db: Queryable, keys: { platform: string; handle: string }[], lock = false): Promise<ImportAccountRow[]> {
  if (keys.length === 0) return [];
  const { rows } = await db.query<ImportAccountRow>(
    `SELECT ${ACCOUNT_COLUMNS} FROM social_accounts s
      WHERE (s.platform, lower(s.handle)) IN (SELECT p, lower(h) FROM unnest($1::text[], $2::text[]) AS k(p, h))
      ${lock ? 'ORDER BY s.platform, lower(s.handle) FOR UPDATE OF s' : ''}`,
    [keys.map((k) => k.platform), keys.map((k) => k.handle)],
  );
  return rows;
}

/** The accounts holding these (platform, platform user id) pairs. */
export async function findImportAccountsByUserIds(db: Queryable, keys: { platform: string; platformUserId: string }[]): Promise<ImportAccountRow[]> {
  if (keys.length === 0) return [];
  const { rows } = await db.query<ImportAccountRow>(
    `SELECT ${ACCOUNT_COLUMNS} FROM social_accounts s
      WHERE s.platform_user_id IS NOT NULL
        AND (s.platform, s.platform_user_id) IN (SELECT p, u FROM unnest($1::text[], $2::text[]) AS k(p, u))`,
    [keys.map((k) => k.platform), keys.map((k) => k.platformUserId)],
  );
  return rows;
}

export interface NewAgencyRow {
  id: string;
  code: string;
  name: string;
  regionCode: string;
}

/** Inserts the agencies; returns the ids written (a code someone else took first is skipped). */
export async function insertAgencyRows(db: Queryable, agencies: NewAgencyRow[]): Promise<string[]> {
  if (agencies.length === 0) return [];
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO agencies (id, code, name, region_code)
     SELECT id, code, name, region_code FROM json_to_recordset($1::json) AS r(id uuid, code text, name text, region_code text)
      ORDER BY code
     ON CONFLICT DO NOTHING RETURNING id`,
    [JSON.stringify(agencies.map((a) => ({ id: a.id, code: a.code, name: a.name, region_code: a.regionCode })))],
  );
  return rows.map((r) => r.id);
}

const asnJson = (rows: (AsnFields & { id: string })[]) => JSON.stringify(rows.map((a) => ({
  id: a.id, nip: a.nip, name: a.name, employment_type: a.employmentType, position_class: a.positionClass,
  position_title: a.positionTitle, agency_id: a.agencyId, region_code: a.regionCode,
})));
const ASN_RECORD = 'r(id uuid, nip text, name text, employment_type text, position_class text, position_title text, agency_id uuid, region_code text)';

/** Inserts the ASN (in NIP order); returns the ids written (a NIP someone else registered first is skipped). */
export async function insertAsnRows(db: Queryable, rows: (AsnFields & { id: string })[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const result = await db.query<{ id: string }>(
    `INSERT INTO asn (id, nip, name, employment_type, position_class, position_title, agency_id, region_code)
     SELECT id, nip, name, employment_type, position_class, position_title, agency_id, region_code
       FROM json_to_recordset($1::json) AS ${ASN_RECORD}
      ORDER BY nip
     ON CONFLICT DO NOTHING RETURNING id`,
    [asnJson(rows)],
  );
  return result.rows.map((r) => r.id);
}

/** Writes every field of these ASN (by id) where something differs; returns the ids updated. */
export async function updateAsnRows(db: Queryable, rows: (AsnFields & { id: string })[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const result = await db.query<{ id: string }>(
    `UPDATE asn a SET nip = r.nip, name = r.name, employment_type = r.employment_type, position_class = r.position_class,
                      position_title = r.position_title, agency_id = r.agency_id, region_code = r.region_code, updated_at = now()
       FROM json_to_recordset($1::json) AS ${ASN_RECORD}
      WHERE a.id = r.id
        AND (a.nip, a.name, a.employment_type, a.position_class, a.position_title, a.agency_id, a.region_code)
            IS DISTINCT FROM (r.nip::bpchar, r.name, r.employment_type, r.position_class, r.position_title, r.agency_id, r.region_code)
     RETURNING a.id`,
    [asnJson(rows)],
  );
  return result.rows.map((r) => r.id);
}

export interface ImportAccountWrite {
  id: string;
  platform: string;
  handle: string;
  platformUserId: string | null;
  asnId: string;
  linkMethod: string;
  linkConfidence: number;
}

/** Inserts the accounts (monitoring active); returns the ids written (a handle or user id taken first is skipped). */
export async function insertImportAccounts(db: Queryable, rows: ImportAccountWrite[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const result = await db.query<{ id: string }>(
    `INSERT INTO social_accounts (id, platform, handle, platform_user_id, asn_id, link_method, link_confidence, monitoring_state)
     SELECT id, platform, handle, platform_user_id, asn_id, link_method, link_confidence, 'active'
       FROM json_to_recordset($1::json) AS r(id uuid, platform text, handle text, platform_user_id text, asn_id uuid, link_method text, link_confidence numeric(3,2))
      ORDER BY platform, lower(handle)
     ON CONFLICT DO NOTHING RETURNING id`,
    [JSON.stringify(rows.map((a) => ({ id: a.id, platform: a.platform, handle: a.handle, platform_user_id: a.platformUserId, asn_id: a.asnId, link_method: a.linkMethod, link_confidence: a.linkConfidence })))],
  );
  return result.rows.map((r) => r.id);
}

/** Sets platform user id, link method and confidence of these accounts (by id) where they differ; returns the ids updated. */
export async function updateImportAccounts(db: Queryable, rows: Omit<ImportAccountWrite, 'platform' | 'handle' | 'asnId'>[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const result = await db.query<{ id: string }>(
    `UPDATE social_accounts s SET platform_user_id = r.platform_user_id, link_method = r.link_method, link_confidence = r.link_confidence, updated_at = now()
       FROM json_to_recordset($1::json) AS r(id uuid, platform_user_id text, link_method text, link_confidence numeric(3,2))
      WHERE s.id = r.id
        AND (s.platform_user_id, s.link_method, s.link_confidence) IS DISTINCT FROM (r.platform_user_id, r.link_method, r.link_confidence)
     RETURNING s.id`,
    [JSON.stringify(rows.map((a) => ({ id: a.id, platform_user_id: a.platformUserId, link_method: a.linkMethod, link_confidence: a.linkConfidence })))],
  );
  return result.rows.map((r) => r.id);
}

export function fieldsOf(row: AsnRow): AsnFields {
  return {
    nip: row.nip,
    name: row.name,
    employmentType: row.employment_type,
    positionClass: row.position_class,
    positionTitle: row.position_title,
    agencyId: row.agency_id,
    regionCode: row.region_code,
  };
}

/** A search fragment taken literally inside LIKE: `%`, `_` and `\` lose their meaning. */
export function escapeLike(fragment: string): string {
  return fragment.replace(/[\\%_]/g, '\\$&');
}

export interface AsnQuery {
  /** Region and everything inside it (NULL: national). Already checked against the caller's scope. */
  within: string | null;
  /** Agency id or code. */
  agency?: string;
  positionClass?: PositionClass;
  q?: string;
  limit: number;
  after?: { name: string; id: string };
}

/** Ordered by name then id, so the cursor (name, id) pages without gaps or repeats. */
export async function listAsn(db: Queryable, query: AsnQuery): Promise<AsnRow[]> {
  const { rows } = await db.query<AsnRow>(
    `${SELECT}
      WHERE ${regionScopeSql('a.region_code', 1)}
        AND ($2::text IS NULL OR g.id::text = $2 OR g.code = $2)
        AND ($3::text IS NULL OR a.position_class = $3)
        AND ($4::text IS NULL OR a.name ILIKE '%' || $4 || '%')
        AND ($5::text IS NULL OR (a.name, a.id) > ($5, $6::uuid))
      ORDER BY a.name, a.id LIMIT $7`,
    [query.within, query.agency ?? null, query.positionClass ?? null, query.q ? escapeLike(query.q) : null, query.after?.name ?? null, query.after?.id ?? null, query.limit],
  );
  return rows;
}
