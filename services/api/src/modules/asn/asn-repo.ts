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

/** By NIP; `lock` takes a row lock so an import row can compare and update without a race. */
export async function findAsnByNip(db: Queryable, nip: string, lock = false): Promise<AsnRow | null> {
  const { rows } = await db.query<AsnRow>(`${SELECT} WHERE a.nip = $1${lock ? ' FOR UPDATE OF a' : ''}`, [nip]);
  return rows[0] ?? null;
}

export async function findAsnByNips(db: Queryable, nips: string[]): Promise<AsnRow[]> {
  const { rows } = await db.query<AsnRow>(`${SELECT} WHERE a.nip = ANY($1::bpchar[])`, [nips]);
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
