import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import {
  ConflictError, LINK_METHODS, PLATFORMS, ValidationError, appendAudit, isRegionCode, nipProblems, regionContains, withTransaction,
  type AuditActor, type LinkMethod, type Platform, type Pool, type PoolClient, type PositionClass,
} from '@netra/shared';
import { agencyVisible, findAgenciesByCodes, findAgencyByCode, insertAgency, isAgencyCode, type AgencyRow } from '../agencies/agencies-repo.js';
import { findAccountsByHandles, type AccountFields, type AccountRow } from '../accounts/accounts-repo.js';
import { upsertAccountForAsn, type UpsertOutcome } from '../accounts/accounts-service.js';
import { fieldsOf, findAsnByNip, findAsnByNips, insertAsn, updateAsnRow, type AsnRow } from './asn-repo.js';
import { normaliseEmploymentType, normaliseHandle, normalisePositionClass, type AsnFields, type EmploymentType } from './asn-types.js';

// Bulk registration of ASN (and optionally one social account per row) from CSV or NDJSON.
// Every row stands alone: it is validated, then written in its own transaction, so a bad row is
// reported and skipped while the good ones are kept. Rows are keyed by NIP and only written when
// something differs, so importing the same file again changes nothing.

export type AsnImportFormat = 'csv' | 'ndjson';

export interface RejectedRow {
  /** Line of the file the row ends on (the CSV header is line 1). */
  row: number;
  /** The column at fault ('' when the row as a whole could not be read). */
  field: string;
  reason: string;
}

export interface AsnImportReport {
  /** Data rows read. */
  total: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** One entry per problem; a row may have several. */
  rejected: RejectedRow[];
  /** Number of distinct rows rejected (total = inserted + updated + unchanged + rejectedRows). */
  rejectedRows: number;
  /** What happened to the optional account columns of the accepted rows. */
  accounts: { inserted: number; updated: number; unchanged: number };
}

export interface AsnImportOptions {
  format: AsnImportFormat;
  text: string;
  actor: AuditActor;
  /** The importer's region scope (null: national); every row's region must lie inside it. */
  scope: string | null;
}

export const REQUIRED_COLUMNS = ['nip', 'name', 'employment_type', 'position_class', 'position_title', 'agency_code', 'agency_name', 'region_code'] as const;
export const ACCOUNT_COLUMNS = ['platform', 'handle', 'platform_user_id', 'link_method', 'link_confidence'] as const;
const ALL_COLUMNS = new Set<string>([...REQUIRED_COLUMNS, ...ACCOUNT_COLUMNS]);
/** A CSV may leave these out entirely (they may still be empty in a row). */
const OPTIONAL_COLUMNS = new Set<string>(['employment_type', 'position_title', 'agency_name', ...ACCOUNT_COLUMNS]);

type RawRow = Record<string, string | undefined>;

interface ParsedRow {
  line: number;
  raw: RawRow | null;
  /** Set when the row could not be read at all (bad JSON line). */
  error?: string;
}

/** Project's demo registry (fictitious people), loaded by `netra seed-demo` and `start --demo`. */
export const DEMO_ASN_CSV = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../data/demo/asn-demo.csv');

function parseCsv(text: string): ParsedRow[] {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  let header: string[] = [];
  try {
    records = parse(text, {
      bom: true,
      columns: (names: string[]) => (header = names.map((n) => n.trim().toLowerCase())),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as typeof records;
  } catch (error) {
    throw ValidationError.field('/body/text', `CSV could not be read: ${(error as Error).message}`);
  }
  const unknown = header.filter((h) => !ALL_COLUMNS.has(h));
  const missing = REQUIRED_COLUMNS.filter((c) => !OPTIONAL_COLUMNS.has(c) && !header.includes(c));
  if (header.length > 0 && (unknown.length > 0 || missing.length > 0)) {
    const parts = [...(missing.length ? [`missing columns: ${missing.join(', ')}`] : []), ...(unknown.length ? [`unknown columns: ${unknown.join(', ')}`] : [])];
    throw ValidationError.field('/body/text', `CSV header: ${parts.join('; ')} (expected ${[...ALL_COLUMNS].join(',')})`);
  }
  return records.map(({ record, info }) => {
    // A row with more fields than the header is misaligned (typically an unquoted comma in a name
    // with academic titles, "Budi Santoso, S.Pd."): refuse it rather than read shifted columns.
    // Fewer fields are fine: trailing optional columns may be left out.
    const error = (info as { error?: { code?: string; record?: unknown[] } }).error;
    if (error?.code === 'CSV_RECORD_INCONSISTENT_COLUMNS' && (error.record?.length ?? 0) > header.length) {
      return { line: info.lines, raw: null, error: `has ${error.record?.length} fields but the header has ${header.length} (a value containing a comma must be in double quotes)` };
    }
    return { line: info.lines, raw: record };
  });
}

const snake = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

function parseNdjson(text: string): ParsedRow[] {
  const rows: ParsedRow[] = [];
  text.split(/\r?\n/).forEach((lineText, i) => {
    const line = i + 1;
    const trimmed = lineText.replace(/^\uFEFF/, '').trim();
    if (!trimmed) return;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      rows.push({ line, raw: null, error: `not valid JSON: ${(error as Error).message}` });
      return;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      rows.push({ line, raw: null, error: 'must be a JSON object' });
      return;
    }
    const raw: RawRow = {};
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      raw[snake(key)] = v === null || v === undefined ? undefined : typeof v === 'string' ? v.trim() : String(v);
    }
    rows.push({ line, raw });
  });
  return rows;
}

interface ValidRow {
  line: number;
  asn: Omit<AsnFields, 'agencyId'>;
  agencyCode: string;
  agencyName: string | null;
  account: Omit<AccountFields, 'asnId' | 'monitoringState'> | null;
}

type Problem = { field: string; reason: string };

function validateRow(raw: RawRow, scope: string | null, regions: Set<string>): { row?: Omit<ValidRow, 'line'>; problems: Problem[] } {
  const problems: Problem[] = [];
  const get = (k: string) => {
    const v = raw[k]?.trim();
    return v ? v : null;
  };
  for (const key of Object.keys(raw)) if (!ALL_COLUMNS.has(key)) problems.push({ field: key, reason: 'is not a known field' });

  const nip = get('nip') ?? '';
  for (const p of nipProblems(nip, 'nip')) problems.push({ field: 'nip', reason: p.message });
  const name = get('name');
  if (!name) problems.push({ field: 'name', reason: 'is required' });
  const employment: EmploymentType | null = get('employment_type') === null ? 'PNS' : normaliseEmploymentType(get('employment_type')!);
  if (!employment) problems.push({ field: 'employment_type', reason: `must be PNS or PPPK, got ${get('employment_type')}` });
  const positionRaw = get('position_class');
  const positionClass: PositionClass | null = positionRaw ? normalisePositionClass(positionRaw) : null;
  if (!positionRaw) problems.push({ field: 'position_class', reason: 'is required' });
  else if (!positionClass) problems.push({ field: 'position_class', reason: `must be one of jpt, administrator, pengawas, fungsional, pelaksana, kepala_wilayah; got ${positionRaw}` });
  const agencyCode = get('agency_code');
  if (!agencyCode) problems.push({ field: 'agency_code', reason: 'is required' });
  else if (!isAgencyCode(agencyCode)) problems.push({ field: 'agency_code', reason: 'must be 2-40 letters, digits, dots, dashes or underscores' });
  const regionCode = get('region_code');
  if (!regionCode) problems.push({ field: 'region_code', reason: 'is required' });
  else if (!isRegionCode(regionCode)) problems.push({ field: 'region_code', reason: `must be a Kemendagri code such as 63.71, got ${regionCode}` });
  else if (!regions.has(regionCode)) problems.push({ field: 'region_code', reason: `region ${regionCode} does not exist` });
  else if (!regionContains(scope, regionCode)) problems.push({ field: 'region_code', reason: `region ${regionCode} is outside your scope (${scope ?? 'national'})` });

  let account: ValidRow['account'] = null;
  if (ACCOUNT_COLUMNS.some((c) => get(c) !== null)) {
    const platform = get('platform')?.toLowerCase() ?? null;
    const handle = normaliseHandle(get('handle') ?? '');
    const linkMethod = get('link_method')?.toLowerCase() ?? null;
    const confidenceText = get('link_confidence');
    const confidence = confidenceText === null ? NaN : Number(confidenceText);
    if (!platform) problems.push({ field: 'platform', reason: 'is required when the row registers an account' });
    else if (!(PLATFORMS as readonly string[]).includes(platform)) problems.push({ field: 'platform', reason: `must be one of ${PLATFORMS.join(', ')}; got ${platform}` });
    if (!handle) problems.push({ field: 'handle', reason: 'is required when the row registers an account' });
    else if (handle.length > 200) problems.push({ field: 'handle', reason: 'is longer than 200 characters' });
    if (!linkMethod) problems.push({ field: 'link_method', reason: 'is required when the row registers an account' });
    else if (!(LINK_METHODS as readonly string[]).includes(linkMethod)) problems.push({ field: 'link_method', reason: `must be one of ${LINK_METHODS.join(', ')}; got ${linkMethod}` });
    if (confidenceText === null) problems.push({ field: 'link_confidence', reason: 'is required when the row registers an account' });
    else if (!Number.isFinite(confidence) || confidence < 0 || confidence > 1) problems.push({ field: 'link_confidence', reason: `must be a number from 0 to 1, got ${confidenceText}` });
    if (problems.length === 0) {
      account = {
        platform: platform as Platform,
        handle,
        platformUserId: get('platform_user_id'),
        linkMethod: linkMethod as LinkMethod,
        // Stored as numeric(3,2): round here so the comparison on re-import sees the stored value.
        linkConfidence: Math.round(confidence * 100) / 100,
      };
    }
  }
  if (problems.length > 0) return { problems };
  return {
    problems,
    row: {
      asn: { nip, name: name!, employmentType: employment!, positionClass: positionClass!, positionTitle: get('position_title'), regionCode: regionCode! },
      agencyCode: agencyCode!,
      agencyName: get('agency_name'),
      account,
    },
  };
}

/** A row refused while writing it; thrown inside the row's transaction so it rolls back. */
class RowRejection extends Error {
  constructor(readonly field: string, readonly reason: string) {
    super(reason);
  }
}

interface RowOutcome {
  asn: UpsertOutcome;
  account: UpsertOutcome | null;
}

async function writeRow(tx: PoolClient, row: ValidRow, actor: AuditActor, scope: string | null): Promise<RowOutcome> {
  let agency = await findAgencyByCode(tx, row.agencyCode);
  if (agency && !agencyVisible(scope, agency.region_code)) throw new RowRejection('agency_code', `agency ${row.agencyCode} is outside your region scope`);
  if (!agency) {
    if (!row.agencyName) throw new RowRejection('agency_name', `is required to register the new agency ${row.agencyCode}`);
    agency = await insertAgency(tx, { code: row.agencyCode, name: row.agencyName, regionCode: row.asn.regionCode });
    await appendAudit(tx, actor, { action: 'agency.create', entityType: 'agency', entityId: agency.id, regionCode: agency.region_code, details: { code: agency.code, name: agency.name, source: 'import' } });
  }
  const fields: AsnFields = { ...row.asn, agencyId: agency.id };
  const existing = await findAsnByNip(tx, fields.nip, true);
  let asnId: string;
  let asnOutcome: UpsertOutcome;
  if (!existing) {
    asnId = await insertAsn(tx, fields);
    asnOutcome = 'inserted';
    await appendAudit(tx, actor, { action: 'asn.create', entityType: 'asn', entityId: asnId, regionCode: fields.regionCode, details: { agencyId: agency.id, source: 'import' } });
  } else {
    // Moving an ASN out of another region is a transfer for someone whose scope covers both.
    if (!regionContains(scope, existing.region_code)) throw new RowRejection('nip', 'is registered to an ASN outside your region scope');
    asnId = existing.id;
    const before = fieldsOf(existing);
    const changed = (Object.keys(fields) as (keyof AsnFields)[]).filter((k) => fields[k] !== before[k]);
    asnOutcome = changed.length > 0 && (await updateAsnRow(tx, asnId, fields)) ? 'updated' : 'unchanged';
    if (asnOutcome === 'updated') {
      await appendAudit(tx, actor, {
        action: 'asn.update', entityType: 'asn', entityId: asnId, regionCode: fields.regionCode,
        details: { fields: changed, source: 'import', ...(fields.regionCode !== before.regionCode ? { previousRegionCode: before.regionCode } : {}) },
      });
    }
  }
  let accountOutcome: UpsertOutcome | null = null;
  if (row.account) {
    try {
      accountOutcome = await upsertAccountForAsn(tx, actor, fields.regionCode, { ...row.account, asnId, monitoringState: 'active' });
    } catch (error) {
      if (error instanceof ConflictError) throw new RowRejection('handle', error.message);
      const pgError = error as { code?: string; constraint?: string };
      if (pgError.code === '23505' && pgError.constraint === 'social_accounts_platform_id') {
        throw new RowRejection('platform_user_id', `${row.account.platform} user id ${row.account.platformUserId ?? ''} is already registered to another account`);
      }
      throw error;
    }
  }
  return { asn: asnOutcome, account: accountOutcome };
}

const CHUNK = 500;

interface Snapshot {
  agencies: Map<string, AgencyRow>;
  asn: Map<string, AsnRow>;
  /** Keyed by platform and lower-case handle. */
  accounts: Map<string, AccountRow>;
}

const accountKey = (platform: string, handle: string) => `${platform}\u0000${handle.toLowerCase()}`;

/** What the database holds for a chunk of rows, read in three queries. */
async function loadSnapshot(db: Pool, rows: ValidRow[]): Promise<Snapshot> {
  const withAccount = rows.filter((r) => r.account !== null);
  const [agencies, asn, accounts] = await Promise.all([
    findAgenciesByCodes(db, [...new Set(rows.map((r) => r.agencyCode))]),
    findAsnByNips(db, [...new Set(rows.map((r) => r.asn.nip))]),
    findAccountsByHandles(db, withAccount.map((r) => ({ platform: r.account!.platform, handle: r.account!.handle }))),
  ]);
  return {
    agencies: new Map(agencies.map((a) => [a.code, a])),
    asn: new Map(asn.map((a) => [a.nip, a])),
    accounts: new Map(accounts.map((a) => [accountKey(a.platform, a.handle), a])),
  };
}

/** True when writing the row would change nothing (and would not be refused for scope). */
function isUnchanged(row: ValidRow, snapshot: Snapshot, scope: string | null): boolean {
  const agency = snapshot.agencies.get(row.agencyCode);
  const existing = snapshot.asn.get(row.asn.nip);
  if (!agency || !existing || !agencyVisible(scope, agency.region_code) || !regionContains(scope, existing.region_code)) return false;
  const before = fieldsOf(existing);
  const after: AsnFields = { ...row.asn, agencyId: agency.id };
  if ((Object.keys(after) as (keyof AsnFields)[]).some((k) => after[k] !== before[k])) return false;
  if (!row.account) return true;
  const account = snapshot.accounts.get(accountKey(row.account.platform, row.account.handle));
  return account !== undefined && account.asn_id === existing.id && account.platform_user_id === row.account.platformUserId
    && account.link_method === row.account.linkMethod && Number(account.link_confidence) === row.account.linkConfidence;
}

/** Imports ASN rows (CSV or NDJSON) and reports, row by row, what was accepted and what was refused. */
export async function importAsn(db: Pool, options: AsnImportOptions): Promise<AsnImportReport> {
  const { actor, scope } = options;
  const parsed = options.format === 'csv' ? parseCsv(options.text) : parseNdjson(options.text);
  const { rows: regionRows } = await db.query<{ code: string }>('SELECT code FROM regions');
  const regions = new Set(regionRows.map((r) => r.code));
  const report: AsnImportReport = { total: parsed.length, inserted: 0, updated: 0, unchanged: 0, rejected: [], rejectedRows: 0, accounts: { inserted: 0, updated: 0, unchanged: 0 } };
  const reject = (line: number, problems: Problem[]) => {
    report.rejectedRows += 1;
    for (const p of problems) report.rejected.push({ row: line, field: p.field, reason: p.reason });
  };
  const firstRowOfNip = new Map<string, { line: number; key: string }>();
  const valid: ValidRow[] = [];
  for (const item of parsed) {
    if (!item.raw) {
      reject(item.line, [{ field: '', reason: item.error ?? 'could not be read' }]);
      continue;
    }
    const { row, problems } = validateRow(item.raw, scope, regions);
    if (!row) {
      reject(item.line, problems);
      continue;
    }
    // Another row for the same NIP may add a second account, but only with the same ASN details:
    // differing details would make the result depend on row order.
    const key = JSON.stringify([row.asn, row.agencyCode]);
    const first = firstRowOfNip.get(row.asn.nip);
    if (first && first.key !== key) {
      reject(item.line, [{ field: 'nip', reason: `appears again with different details (first on row ${first.line})` }]);
      continue;
    }
    if (!first) firstRowOfNip.set(row.asn.nip, { line: item.line, key });
    valid.push({ ...row, line: item.line });
  }

  for (let start = 0; start < valid.length; start += CHUNK) {
    const chunk = valid.slice(start, start + CHUNK);
    const snapshot = await loadSnapshot(db, chunk);
    for (const row of chunk) {
      // Most rows of a re-sent list are unchanged: recognise them without a transaction.
      if (isUnchanged(row, snapshot, scope)) {
        report.unchanged += 1;
        if (row.account) report.accounts.unchanged += 1;
        continue;
      }
      try {
        const outcome = await withTransaction(db, (tx) => writeRow(tx, row, actor, scope));
        if (outcome.asn === 'inserted') report.inserted += 1;
        else if (outcome.asn === 'updated' || outcome.account === 'inserted' || outcome.account === 'updated') report.updated += 1;
        else report.unchanged += 1;
        if (outcome.account) report.accounts[outcome.account] += 1;
      } catch (error) {
        if (error instanceof RowRejection) {
          reject(row.line, [{ field: error.field, reason: error.reason }]);
          continue;
        }
        if ((error as { code?: string }).code === '23505') {
          // Lost a race with a concurrent writer of the same NIP or agency code.
          reject(row.line, [{ field: 'nip', reason: 'was written concurrently by someone else; import the row again' }]);
          continue;
        }
        throw error;
      }
    }
  }
  // Rows refused while writing come after those refused on reading: report them in file order.
  report.rejected.sort((a, b) => a.row - b.row);
  await withTransaction(db, (tx) =>
    appendAudit(tx, actor, {
      action: 'asn.import', entityType: 'asn', regionCode: scope,
      details: { format: options.format, total: report.total, inserted: report.inserted, updated: report.updated, unchanged: report.unchanged, rejectedRows: report.rejectedRows, accounts: report.accounts },
    }),
  );
  return report;
}

/** Format from the file name: .csv, or .ndjson / .jsonl. */
export function importFormatOf(file: string): AsnImportFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  throw new Error(`Cannot tell the format of ${file}: use a .csv, .ndjson or .jsonl file`);
}

/** For `netra import asn FILE`: a local operator, so national scope. */
export async function importAsnFile(db: Pool, file: string, actor: AuditActor): Promise<AsnImportReport> {
  const format = importFormatOf(file);
  return importAsn(db, { format, text: await readFile(file, 'utf8'), actor, scope: null });
}

export const SEED_DEMO_ACTOR: AuditActor = { actorId: null, actorLabel: 'system:seed-demo', actorRole: null };

/** The demo agencies, ASN and accounts (data/demo/asn-demo.csv), with national scope. */
export async function importDemoAsn(db: Pool): Promise<AsnImportReport> {
  return importAsn(db, { format: 'csv', text: await readFile(DEMO_ASN_CSV, 'utf8'), actor: SEED_DEMO_ACTOR, scope: null });
}
