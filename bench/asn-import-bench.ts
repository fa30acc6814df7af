// npm run bench:asn-import [-- --rows N --agencies A]
// Rows per second through the ASN registry import (importAsn, what POST /v1/asn/import and
// `netra import asn FILE` run: CSV parsing, row checks, agency, ASN and account writes with their
// audit rows) for N new rows, then the same file again (every row unchanged) and once more with a
// tenth of the rows changed; next to a raw COPY of the same CSV into a plain table of the same
// PostgreSQL, in the same run, and their ratio. Runs on a fresh schema, dropped at the end.
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createPool, migrate, verifyAuditChain } from '@netra/shared';
import { importAsn, type AsnImportReport } from '../services/api/src/modules/asn/asn-import.js';
import { importRegions } from '../services/api/src/modules/regions/regions-import.js';
import { medianCopySeconds } from './bench-support.js';

const { values } = parseArgs({ options: {
  rows: { type: 'string', default: '5000' },
  agencies: { type: 'string', default: '40' },
} });
const total = Number(values.rows);
const agencyCount = Number(values.agencies);
for (const [k, v] of Object.entries({ rows: total, agencies: agencyCount })) {
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${k} expects a positive integer`);
}

const DATABASE_URL = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `bench_asn_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
const ACTOR = { actorId: null, actorLabel: 'bench', actorRole: null };
const HEADER = 'nip,name,employment_type,position_class,position_title,agency_code,agency_name,region_code,platform,handle,platform_user_id,link_method,link_confidence';
const REGIONS = ['63.71', '63.72', '64.02', '73.71', '31.73', '35.78', '32.73', '12.71'];
const CLASSES = ['pelaksana', 'fungsional', 'pengawas', 'administrator', 'jpt', 'kepala_wilayah'];
const PLATFORMS = ['instagram', 'facebook', 'x', 'tiktok'];

/** A valid, unique NIP for row i: birth date, appointment year and month, sex, sequence. */
function nip(i: number): string {
  const seq = i % 1000;
  const day = 1 + (Math.floor(i / 1000) % 28);
  const month = 1 + (Math.floor(i / 28_000) % 12);
  const year = 1960 + Math.floor(i / 336_000);
  const tmt = `${year + 20}${String(1 + (i % 12)).padStart(2, '0')}`;
  return `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${tmt}${1 + (i % 2)}${String(seq).padStart(3, '0')}`;
}

/** One CSV line; every other row registers an account, every fourth with a platform user id. */
function row(i: number, variant = 0): string {
  const a = i % agencyCount;
  const region = REGIONS[a % REGIONS.length]!;
  const account = i % 2 === 0
    ? [PLATFORMS[i % PLATFORMS.length]!, `asn.bench.${i}`, i % 4 === 0 ? `bench-${i}` : '', 'agency_list', '0.9']
    : ['', '', '', '', ''];
  return [
    nip(i), `ASN Bench ${i}${variant ? ` v${variant}` : ''}`, i % 5 === 0 ? 'PPPK' : 'PNS', CLASSES[i % CLASSES.length]!, `Jabatan ${i % 50}`,
    `BENCH-${a}`, `Dinas Bench ${a}`, region, ...account,
  ].join(',');
}


async function main(): Promise<void> {
  const admin = createPool({ connectionString: DATABASE_URL, max: 1 });
  await admin.query(`CREATE SCHEMA ${schema}`);
  const db = createPool({ connectionString: DATABASE_URL, schema, max: 8 });
  try {
    await migrate(db);
    await importRegions(db);
    const csv = [HEADER, ...Array.from({ length: total }, (_, i) => row(i))].join('\n') + '\n';
    const changedCsv = [HEADER, ...Array.from({ length: total }, (_, i) => row(i, i % 10 === 0 ? 1 : 0))].join('\n') + '\n';
    const timed = async (text: string): Promise<{ seconds: number; report: AsnImportReport }> => {
      const started = process.hrtime.bigint();
      const report = await importAsn(db, { format: 'csv', text, actor: ACTOR, scope: null });
      return { seconds: Number(process.hrtime.bigint() - started) / 1e9, report };
    };
    const first = await timed(csv);
    const accounts = Math.ceil(total / 2);
    if (first.report.inserted !== total || first.report.rejectedRows !== 0 || first.report.accounts.inserted !== accounts) {
      throw new Error(`first import: expected ${total} inserted, ${accounts} accounts; got ${JSON.stringify({ ...first.report, rejected: first.report.rejected.slice(0, 5) })}`);
    }
    const again = await timed(csv);
    if (again.report.unchanged !== total) throw new Error(`second import: expected ${total} unchanged, got ${JSON.stringify(again.report)}`);
    const changed = await timed(changedCsv);
    const expectChanged = Math.ceil(total / 10);
    if (changed.report.updated !== expectChanged || changed.report.unchanged !== total - expectChanged) {
      throw new Error(`third import: expected ${expectChanged} updated, got ${JSON.stringify(changed.report)}`);
    }
    const counts = (await db.query<{ asn: number; accounts: number; audit: number }>(
      `SELECT (SELECT count(*)::int FROM asn) AS asn, (SELECT count(*)::int FROM social_accounts) AS accounts, (SELECT count(*)::int FROM audit_log) AS audit`,
    )).rows[0]!;
    const chain = await verifyAuditChain(db);
    if (!chain.ok) throw new Error(`audit chain broken: ${JSON.stringify(chain.brokenAt)}`);

    // The same CSV, raw, into a plain table with COPY: the median of three runs.
    await db.query(`CREATE TABLE bench_raw (${HEADER.split(',').map((c) => `${c} text`).join(', ')})`);
    const { seconds: copySeconds, runs: copyRuns, rows: copied } = await medianCopySeconds(db, DATABASE_URL, schema, 'bench_raw', csv, { header: true });

    const rate = (s: number) => total / s;
    const copyRate = copied / copySeconds;
    const line = (label: string, value: string) => console.log(`${label.padEnd(36)} ${value}`);
    line('rows', `${total} (${accounts} with an account), ${agencyCount} agencies; ${counts.asn} ASN, ${counts.accounts} accounts, ${counts.audit} audit rows (chain verified)`);
    line('import, all new', `${first.seconds.toFixed(2)} s  ${rate(first.seconds).toFixed(0)} rows/s`);
    line('import again, all unchanged', `${again.seconds.toFixed(2)} s  ${rate(again.seconds).toFixed(0)} rows/s`);
    line('import, a tenth changed', `${changed.seconds.toFixed(2)} s  ${rate(changed.seconds).toFixed(0)} rows/s`);
    line('raw COPY (psql \\timing, median of 3)', `${copySeconds.toFixed(3)} s  ${copyRate.toFixed(0)} rows/s  (runs ${copyRuns.map((r) => r.toFixed(3)).join(', ')} s)`);
    line('machine', `${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    line('ratio import (all new) / COPY', (rate(first.seconds) / copyRate).toFixed(4));
  } finally {
    await db.end();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
