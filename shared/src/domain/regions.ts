// Kemendagri region codes: `63` is a province, `63.71` a regency or city inside it.
// KPU writes the same codes without dots (`6371`).

export const REGION_CODE_PATTERN = '^[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{4})?)?)?$';
const REGION_CODE_RE = new RegExp(REGION_CODE_PATTERN);

export function isRegionCode(code: string): boolean {
  return REGION_CODE_RE.test(code);
}

/** `6371` -> `63.71`, `63` -> `63`, `637101` -> `63.71.01`. Already dotted codes pass through. */
export function kpuToKemendagri(kpuCode: string): string {
  const code = kpuCode.trim();
  if (code.includes('.')) return code;
  if (!/^[0-9]+$/.test(code) || ![2, 4, 6, 10].includes(code.length)) {
    throw new Error(`Not a KPU region code: "${kpuCode}"`);
  }
  const parts = [code.slice(0, 2), code.slice(2, 4), code.slice(4, 6), code.slice(6)].filter((p) => p.length > 0);
  return parts.join('.');
}

/** True when `code` is `scope` itself or lies inside it (`63.71` is inside `63`). */
export function regionContains(scope: string | null, code: string): boolean {
  if (scope === null) return true;
  return code === scope || code.startsWith(`${scope}.`);
}

/** SQL condition (parameter `$n`) matching a region column to a scope and everything inside it. */
export function regionWithinSql(column: string, param: number): string {
  return `(${column} = $${param} OR ${column} LIKE $${param} || '.%')`;
}

/** Like regionWithinSql, for a scope that may be null (national: no region condition). */
export function regionScopeSql(column: string, param: number): string {
  return `($${param}::text IS NULL OR ${regionWithinSql(column, param)})`;
}
