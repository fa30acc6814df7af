import type { Queryable } from '@netra/shared';
import { regionScopeSql } from '@netra/shared';

export interface RegionRow {
  code: string;
  name: string;
  level: number;
  kind: string;
  parent_code: string | null;
}

export interface RegionInput {
  code: string;
  name: string;
  level: number;
  kind: string;
  parentCode: string | null;
}

/** Inserts or updates regions; returns how many rows were new or changed (0 on a re-import). */
export async function upsertRegions(db: Queryable, regions: RegionInput[]): Promise<{ inserted: number; updated: number }> {
  if (regions.length === 0) return { inserted: 0, updated: 0 };
  // Parents first, so the foreign key holds inside one statement.
  const sorted = [...regions].sort((a, b) => a.level - b.level || a.code.localeCompare(b.code));
  const { rows } = await db.query<{ inserted: boolean }>(
    `INSERT INTO regions (code, name, level, kind, parent_code)
     SELECT * FROM unnest($1::text[], $2::text[], $3::smallint[], $4::text[], $5::text[])
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level, kind = EXCLUDED.kind, parent_code = EXCLUDED.parent_code
       WHERE (regions.name, regions.level, regions.kind, regions.parent_code) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.level, EXCLUDED.kind, EXCLUDED.parent_code)
     RETURNING (xmax = 0) AS inserted`,
    [sorted.map((r) => r.code), sorted.map((r) => r.name), sorted.map((r) => r.level), sorted.map((r) => r.kind), sorted.map((r) => r.parentCode)],
  );
  const inserted = rows.filter((r) => r.inserted).length;
  return { inserted, updated: rows.length - inserted };
}

export async function findRegion(db: Queryable, code: string): Promise<RegionRow | null> {
  const { rows } = await db.query<RegionRow>('SELECT code, name, level, kind, parent_code FROM regions WHERE code = $1', [code]);
  return rows[0] ?? null;
}

/** Regions inside `within` (or all), optionally filtered by level and a name fragment. */
export async function listRegions(db: Queryable, filter: { within: string | null; level?: number; q?: string; limit: number; after?: string }): Promise<RegionRow[]> {
  const { rows } = await db.query<RegionRow>(
    `SELECT code, name, level, kind, parent_code FROM regions
      WHERE ${regionScopeSql('code', 1)}
        AND ($2::int IS NULL OR level = $2)
        AND ($3::text IS NULL OR name ILIKE '%' || $3 || '%')
        AND ($4::text IS NULL OR code > $4)
      ORDER BY code LIMIT $5`,
    [filter.within, filter.level ?? null, filter.q ?? null, filter.after ?? null, filter.limit],
  );
  return rows;
}

export async function countRegions(db: Queryable): Promise<{ level: number; count: number }[]> {
  const { rows } = await db.query<{ level: number; count: number }>('SELECT level, count(*)::int AS count FROM regions GROUP BY level ORDER BY level');
  return rows;
}
