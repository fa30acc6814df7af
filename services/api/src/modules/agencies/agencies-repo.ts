import { regionContains, regionWithinSql, type Queryable, regionScopeSql } from '@netra/shared';

export interface AgencyRow {
  id: string;
  code: string;
  name: string;
  region_code: string;
  created_at: Date;
}

const COLUMNS = 'id, code, name, region_code, created_at';

/** An agency code: letters, digits, dot, dash, underscore; what the agency list or BKN uses. */
export const AGENCY_CODE_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$';
const AGENCY_CODE_RE = new RegExp(AGENCY_CODE_PATTERN);
export function isAgencyCode(code: string): boolean {
  return AGENCY_CODE_RE.test(code);
}

/**
 * SQL condition: the agency at `column` is visible to a caller scoped to `$param` (NULL: national).
 * Visible are agencies inside the scope and the agencies of the regions that contain it (a
 * reviewer of 63.71 sees the agencies of Kalimantan Selatan, 63, too): agency names are not
 * personal data, and ASN of a provincial agency serve inside the regencies.
 */
export function agencyVisibleSql(column: string, param: number): string {
  return `($${param}::text IS NULL OR ${regionWithinSql(column, param)} OR $${param} LIKE ${column} || '.%')`;
}

/** True when a caller scoped to `scope` may see an agency of `regionCode` (see agencyVisibleSql). */
export function agencyVisible(scope: string | null, regionCode: string): boolean {
  return regionContains(scope, regionCode) || (scope !== null && regionContains(regionCode, scope));
}

export async function insertAgency(db: Queryable, agency: { code: string; name: string; regionCode: string }): Promise<AgencyRow> {
  const { rows } = await db.query<AgencyRow>(
    `INSERT INTO agencies (code, name, region_code) VALUES ($1, $2, $3) RETURNING ${COLUMNS}`,
    [agency.code, agency.name, agency.regionCode],
  );
  return rows[0]!;
}

export async function findAgencyById(db: Queryable, id: string): Promise<AgencyRow | null> {
  const { rows } = await db.query<AgencyRow>(`SELECT ${COLUMNS} FROM agencies WHERE id = $1`, [id]);
  return rows[0] ?? null;
}

export async function findAgencyByCode(db: Queryable, code: string): Promise<AgencyRow | null> {
  const { rows } = await db.query<AgencyRow>(`SELECT ${COLUMNS} FROM agencies WHERE code = $1`, [code]);
  return rows[0] ?? null;
}

export async function findAgenciesByCodes(db: Queryable, codes: string[]): Promise<AgencyRow[]> {
  const { rows } = await db.query<AgencyRow>(`SELECT ${COLUMNS} FROM agencies WHERE code = ANY($1::text[])`, [codes]);
  return rows;
}

export interface AgencyFilter {
  /** The caller's scope (NULL: national): what may be seen at all. */
  scope: string | null;
  /** Only agencies inside this region (already checked against the scope). */
  region: string | null;
  q?: string;
  limit: number;
  afterCode?: string;
}

export async function listAgencies(db: Queryable, filter: AgencyFilter): Promise<AgencyRow[]> {
  const { rows } = await db.query<AgencyRow>(
    `SELECT ${COLUMNS} FROM agencies
      WHERE ${agencyVisibleSql('region_code', 1)}
        AND ${regionScopeSql('region_code', 2)}
        AND ($3::text IS NULL OR name ILIKE '%' || $3 || '%' OR code ILIKE $3 || '%')
        AND ($4::text IS NULL OR code > $4)
      ORDER BY code LIMIT $5`,
    [filter.scope, filter.region, filter.q ? filter.q.replace(/[\\%_]/g, '\\$&') : null, filter.afterCode ?? null, filter.limit],
  );
  return rows;
}
