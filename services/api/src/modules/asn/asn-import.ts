import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  LINK_METHODS, PLATFORMS, ValidationError, appendAudit, appendAuditBatch, isRegionCode, nipProblems, readCsvRecords, regionContains, withTransaction,
  type AuditActor, type AuditEntry, type LinkMethod, type Platform, type Pool, type PoolClient, type PositionClass, type Queryable,
} from '@netra/shared';
import { agencyVisible, findAgenciesByCodes, isAgencyCode } from '../agencies/agencies-repo.js';
import type { AccountFields } from '../accounts/accounts-repo.js';
/** What an import row did to a stored record. */
type UpsertOutcome = 'inserted' | 'updated' | 'unchanged';
import {
  fieldsOf, findAsnByNips, findImportAccountsByHandles, findImportAccountsByUserIds, insertAgencyRows, insertAsnRows, insertImportAccounts,
  updateAsnRows, updateImportAccounts, type ImportAccountWrite, type NewAgencyRow,
} from './asn-repo.js';
import { normaliseEmploymentType, normaliseHandle, normalisePositionClass, type AsnFields, type EmploymentType } from './asn-types.js';

// Bulk registration of ASN (and optionally one social account per row) from CSV or NDJSON.
// Every row stands alone: a bad row is reported and skipped while the good ones are kept, with the
// same result as writing each in its own transaction (the rows are written set-based, in chunks:
// see importChunk). Rows are keyed by NIP and only written when something differs, so importing
// the same file again changes nothing.

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
  const { header, records } = readCsvRecords(text, {
    trimValues: true,
    fail: (reason) => ValidationError.field('/body/text', `CSV could not be read: ${reason}`),
  });
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

// Writing: the valid rows go in chunks. For each chunk, what the database holds for its agencies,
// NIPs, handles and platform user ids is read in four queries; the rows are then decided in file
// order against that picture, exactly as if each were written in its own transaction (a refused
// row leaves no trace, a later row sees what an earlier one wrote); and what was decided is
// written with a few set-based statements plus one batch of audit rows. A chunk that would change
// nothing needs no transaction. Otherwise the decision is taken again inside the transaction with
// the existing ASN and accounts locked; a concurrent writer that registers one of the chunk's new
// keys first makes an insert come back short, and the chunk is decided again from scratch.

const CHUNK = 1000;
/** Tries of a chunk that keeps losing races before its rows are refused as written concurrently. */
const ATTEMPTS = 5;

interface AccountState {
  id: string;
  asnId: string;
  platformUserId: string | null;
  linkMethod: string;
  linkConfidence: number;
}

interface ChunkState {
  agencies: Map<string, { id: string; regionCode: string }>;
  /** By NIP. */
  asn: Map<string, { id: string; fields: AsnFields }>;
  /** By platform and lower-case handle. */
  accounts: Map<string, AccountState>;
  /** Account id by platform and platform user id. */
  userIds: Map<string, string>;
}

const accountKey = (platform: string, handle: string) => `${platform}\u0000${handle.toLowerCase()}`;
const userIdKey = (platform: string, platformUserId: string) => `${platform}\u0000${platformUserId}`;

/** What the database holds for a chunk of rows; `lock` locks the ASN and accounts found. */
async function loadState(db: Queryable, rows: ValidRow[], lock: boolean): Promise<ChunkState> {
  const withAccount = rows.flatMap((r) => (r.account ? [r.account] : []));
  const userIds = withAccount.flatMap((a) => (a.platformUserId !== null ? [{ platform: a.platform, platformUserId: a.platformUserId }] : []));
  // One after the other, in the same order in every import: ASN locks before account locks.
  const agencies = await findAgenciesByCodes(db, [...new Set(rows.map((r) => r.agencyCode))]);
  const asn = await findAsnByNips(db, [...new Set(rows.map((r) => r.asn.nip))], lock);
  const byHandle = await findImportAccountsByHandles(db, withAccount.map((a) => ({ platform: a.platform, handle: a.handle })), lock);
  const byUserId = await findImportAccountsByUserIds(db, userIds);
  const state: ChunkState = {
    agencies: new Map(agencies.map((a) => [a.code, { id: a.id, regionCode: a.region_code }])),
    asn: new Map(asn.map((a) => [a.nip, { id: a.id, fields: fieldsOf(a) }])),
    accounts: new Map(),
    userIds: new Map(),
  };
  for (const a of [...byHandle, ...byUserId]) {
    state.accounts.set(accountKey(a.platform, a.handle), {
      id: a.id, asnId: a.asn_id, platformUserId: a.platform_user_id, linkMethod: a.link_method, linkConfidence: Number(a.link_confidence),
    });
    if (a.platform_user_id !== null) state.userIds.set(userIdKey(a.platform, a.platform_user_id), a.id);
  }
  return state;
}

interface RowOutcome {
  row: ValidRow;
  asn: UpsertOutcome;
  account: UpsertOutcome | null;
}

interface ChunkPlan {
  outcomes: RowOutcome[];
  rejections: { line: number; problem: Problem }[];
  agencies: NewAgencyRow[];
  newAsn: Map<string, AsnFields & { id: string }>;
  asnUpdates: Map<string, AsnFields & { id: string }>;
  newAccounts: Map<string, ImportAccountWrite>;
  /** Final values by account id, with the values read, to tell whether the row will really change. */
  accountUpdates: Map<string, { write: Omit<ImportAccountWrite, 'platform' | 'handle' | 'asnId'>; before: AccountState }>;
  audit: AuditEntry[];
}

const writes = (plan: ChunkPlan) => plan.audit.length > 0;

/** Decides every row of a chunk in file order against `state` (which it brings up to date). */
function planChunk(rows: ValidRow[], state: ChunkState, scope: string | null): ChunkPlan {
  const plan: ChunkPlan = {
    outcomes: [], rejections: [], agencies: [], newAsn: new Map(), asnUpdates: new Map(), newAccounts: new Map(), accountUpdates: new Map(), audit: [],
  };
  for (const row of rows) {
    const refuse = (field: string, reason: string) => plan.rejections.push({ line: row.line, problem: { field, reason } });
    // 1. The agency: an existing one must be visible; a new one needs its name.
    let agency = state.agencies.get(row.agencyCode);
    if (agency && !agencyVisible(scope, agency.regionCode)) {
      refuse('agency_code', `agency ${row.agencyCode} is outside your region scope`);
      continue;
    }
    let newAgency: NewAgencyRow | null = null;
    if (!agency) {
      if (!row.agencyName) {
        refuse('agency_name', `is required to register the new agency ${row.agencyCode}`);
        continue;
      }
      newAgency = { id: randomUUID(), code: row.agencyCode, name: row.agencyName, regionCode: row.asn.regionCode };
      agency = { id: newAgency.id, regionCode: newAgency.regionCode };
    }
    // 2. The ASN, keyed by NIP; moving one out of a region is for someone whose scope covers both.
    const fields: AsnFields = { ...row.asn, agencyId: agency.id };
    const existing = state.asn.get(fields.nip);
    if (existing && !regionContains(scope, existing.fields.regionCode)) {
      refuse('nip', 'is registered to an ASN outside your region scope');
      continue;
    }
    const asnId = existing?.id ?? randomUUID();
    const changed = existing ? (Object.keys(fields) as (keyof AsnFields)[]).filter((k) => fields[k] !== existing.fields[k]) : [];
    const asnOutcome: UpsertOutcome = !existing ? 'inserted' : changed.length > 0 ? 'updated' : 'unchanged';
    // 3. The account, keyed by platform and handle: never taken over from another ASN.
    let account: { outcome: UpsertOutcome; state: AccountState; before?: AccountState } | null = null;
    if (row.account) {
      const a = row.account;
      const current = state.accounts.get(accountKey(a.platform, a.handle));
      if (current && current.asnId !== asnId) {
        refuse('handle', `${a.platform} handle @${a.handle} is already registered to another ASN`);
        continue;
      }
      const next: AccountState = { id: current?.id ?? randomUUID(), asnId, platformUserId: a.platformUserId, linkMethod: a.linkMethod, linkConfidence: a.linkConfidence };
      const differs = !current || current.platformUserId !== next.platformUserId || current.linkMethod !== next.linkMethod || current.linkConfidence !== next.linkConfidence;
      const holder = next.platformUserId === null ? undefined : state.userIds.get(userIdKey(a.platform, next.platformUserId));
      if (differs && holder !== undefined && holder !== next.id) {
        refuse('platform_user_id', `${a.platform} user id ${a.platformUserId ?? ''} is already registered to another account`);
        continue;
      }
      account = { outcome: !current ? 'inserted' : differs ? 'updated' : 'unchanged', state: next, ...(current ? { before: current } : {}) };
    }

    // The row is accepted: record its writes and audit rows, in the order a row transaction had them.
    if (newAgency) {
      state.agencies.set(newAgency.code, agency);
      plan.agencies.push(newAgency);
      plan.audit.push({ action: 'agency.create', entityType: 'agency', entityId: newAgency.id, regionCode: newAgency.regionCode, details: { code: newAgency.code, name: newAgency.name, source: 'import' } });
    }
    if (asnOutcome === 'inserted') {
      state.asn.set(fields.nip, { id: asnId, fields });
      plan.newAsn.set(asnId, { ...fields, id: asnId });
      plan.audit.push({ action: 'asn.create', entityType: 'asn', entityId: asnId, regionCode: fields.regionCode, details: { agencyId: agency.id, source: 'import' } });
    } else if (asnOutcome === 'updated') {
      const before = existing!.fields;
      state.asn.set(fields.nip, { id: asnId, fields });
      (plan.newAsn.has(asnId) ? plan.newAsn : plan.asnUpdates).set(asnId, { ...fields, id: asnId });
      plan.audit.push({
        action: 'asn.update', entityType: 'asn', entityId: asnId, regionCode: fields.regionCode,
        details: { fields: changed, source: 'import', ...(fields.regionCode !== before.regionCode ? { previousRegionCode: before.regionCode } : {}) },
      });
    }
    if (account && row.account) {
      const { platform, handle } = row.account;
      const next = account.state;
      if (account.outcome !== 'unchanged') {
        if (account.before?.platformUserId != null) state.userIds.delete(userIdKey(platform, account.before.platformUserId));
        if (next.platformUserId !== null) state.userIds.set(userIdKey(platform, next.platformUserId), next.id);
        state.accounts.set(accountKey(platform, handle), next);
      }
      const write = { id: next.id, platformUserId: next.platformUserId, linkMethod: next.linkMethod, linkConfidence: next.linkConfidence };
      if (account.outcome === 'inserted') {
        plan.newAccounts.set(next.id, { ...write, platform, handle, asnId });
        plan.audit.push({
          action: 'account.create', entityType: 'social_account', entityId: next.id, regionCode: fields.regionCode,
          details: { asnId, platform, linkMethod: next.linkMethod, linkConfidence: next.linkConfidence, source: 'import' },
        });
      } else if (account.outcome === 'updated') {
        const inserted = plan.newAccounts.get(next.id);
        if (inserted) plan.newAccounts.set(next.id, { ...inserted, ...write });
        else plan.accountUpdates.set(next.id, { write, before: plan.accountUpdates.get(next.id)?.before ?? account.before! });
        plan.audit.push({
          action: 'account.update', entityType: 'social_account', entityId: next.id, regionCode: fields.regionCode,
          details: { platformUserId: next.platformUserId, linkMethod: next.linkMethod, linkConfidence: next.linkConfidence, source: 'import' },
        });
      }
    }
    plan.outcomes.push({ row, asn: asnOutcome, account: account?.outcome ?? null });
  }
  return plan;
}

/** A set-based write of a chunk found the database other than it was read: decide the chunk again. */
class ChunkRace extends Error {}

const expectAll = (what: string, written: string[], expected: number) => {
  if (written.length !== expected) throw new ChunkRace(`${what}: wrote ${written.length} of ${expected}`);
};

/** Writes a chunk's plan: agencies, ASN, account updates then inserts (a user id may move), audit rows. */
async function writePlan(tx: PoolClient, plan: ChunkPlan, actor: AuditActor): Promise<void> {
  expectAll('agencies', await insertAgencyRows(tx, plan.agencies), plan.agencies.length);
  expectAll('new ASN', await insertAsnRows(tx, [...plan.newAsn.values()]), plan.newAsn.size);
  expectAll('changed ASN', await updateAsnRows(tx, [...plan.asnUpdates.values()]), plan.asnUpdates.size);
  const updates = [...plan.accountUpdates.values()];
  const realUpdates = updates.filter(({ write: w, before: b }) => w.platformUserId !== b.platformUserId || w.linkMethod !== b.linkMethod || w.linkConfidence !== b.linkConfidence);
  expectAll('changed accounts', await updateImportAccounts(tx, updates.map((u) => u.write)), realUpdates.length);
  expectAll('new accounts', await insertImportAccounts(tx, [...plan.newAccounts.values()]), plan.newAccounts.size);
  await appendAuditBatch(tx, actor, plan.audit);
}

/** True for errors that mean a concurrent writer got in first: the chunk is decided again. */
function isRace(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return error instanceof ChunkRace || code === '23505' || code === '40P01' || code === '40001';
}

/** Decides and writes one chunk; returns the plan that was committed (or needed no writes). */
async function importChunk(db: Pool, rows: ValidRow[], actor: AuditActor, scope: string | null): Promise<ChunkPlan> {
  // Most rows of a re-sent list are unchanged: recognise a chunk that writes nothing without a transaction.
  const unlocked = planChunk(rows, await loadState(db, rows, false), scope);
  if (!writes(unlocked)) return unlocked;
  let lastPlan = unlocked;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    try {
      return await withTransaction(db, async (tx) => {
        const plan = planChunk(rows, await loadState(tx, rows, true), scope);
        lastPlan = plan;
        if (writes(plan)) await writePlan(tx, plan, actor);
        return plan;
      });
    } catch (error) {
      if (!isRace(error)) throw error;
    }
  }
  // Still losing races: refuse the rows that had something to write, keep the verdict of the others.
  const refused: ChunkPlan = { ...lastPlan, outcomes: [], rejections: [...lastPlan.rejections] };
  for (const outcome of lastPlan.outcomes) {
    if (outcome.asn === 'unchanged' && (outcome.account === null || outcome.account === 'unchanged')) refused.outcomes.push(outcome);
    else refused.rejections.push({ line: outcome.row.line, problem: { field: 'nip', reason: 'was written concurrently by someone else; import the row again' } });
  }
  return refused;
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
    const plan = await importChunk(db, valid.slice(start, start + CHUNK), actor, scope);
    for (const { line, problem } of plan.rejections) reject(line, [problem]);
    for (const outcome of plan.outcomes) {
      if (outcome.asn === 'inserted') report.inserted += 1;
      else if (outcome.asn === 'updated' || outcome.account === 'inserted' || outcome.account === 'updated') report.updated += 1;
      else report.unchanged += 1;
      if (outcome.account) report.accounts[outcome.account] += 1;
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
