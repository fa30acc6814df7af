import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Queryable } from '@netra/shared';
import { upsertRegions, type RegionInput } from './regions-repo.js';

/** The project's own copy of the Kemendagri codes (see data/reference/ATTRIBUTION.md). */
export const BUNDLED_REGIONS_CSV = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../data/reference/wilayah_level_1_2.csv');

function kindOf(level: number, name: string): RegionInput['kind'] {
  if (level === 1) return 'provinsi';
  if (level === 2) return /^kota\b/i.test(name) ? 'kota' : 'kabupaten';
  return level === 3 ? 'kecamatan' : 'desa';
}

export function parseRegionsCsv(text: string): RegionInput[] {
  const records = parse(text, { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  return records.map((r, i) => {
    const level = Number(r.level);
    if (!r.kode || !r.nama || !Number.isInteger(level)) throw new Error(`regions CSV row ${i + 2}: needs kode, nama and level`);
    return { code: r.kode, name: r.nama, level, kind: kindOf(level, r.nama), parentCode: r.kode_induk || null };
  });
}

export async function importRegions(db: Queryable, file = BUNDLED_REGIONS_CSV): Promise<{ total: number; inserted: number; updated: number }> {
  const regions = parseRegionsCsv(await readFile(file, 'utf8'));
  const result = await upsertRegions(db, regions);
  return { total: regions.length, ...result };
}
