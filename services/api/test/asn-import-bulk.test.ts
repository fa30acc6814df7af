import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, verifyAuditChain } from '@netra/shared';
import { importAsn, type RejectedRow } from '../src/modules/asn/asn-import.js';
import { createTestApp, type TestApp } from './test-app.js';

// Files larger than one write chunk: the report, the rows and the audit trail must be what
// writing each row in its own transaction gave, including between rows of different chunks.

let t: TestApp;
const actor = (label: string) => ({ actorId: null, actorLabel: label, actorRole: null });

const HEADER = 'nip,name,employment_type,position_class,position_title,agency_code,agency_name,region_code,platform,handle,platform_user_id,link_method,link_confidence';
const REGIONS = ['63.71', '63.72', '64.02', '73.71'];
const CLASSES = ['pelaksana', 'fungsional', 'pengawas', 'administrator', 'jpt', 'kepala_wilayah'];
const PLATFORMS = ['instagram', 'facebook', 'x', 'tiktok'];

/** A valid NIP, different for every n below 28,000. */
function nip(n: number): string {
  const day = String(1 + (Math.floor(n / 1000) % 28)).padStart(2, '0');
  return `198003${day}2005${String(1 + (n % 12)).padStart(2, '0')}${1 + (n % 2)}${String(n % 1000).padStart(3, '0')}`;
}

interface Row {
  nip: string; name: string; positionClass: string; agency: string; agencyName: string; region: string;
  platform: string; handle: string; userId: string; confidence: string;
}

/** Row i of a file whose NIPs start at `base`; every other row registers an account, every fourth with a user id. */
function row(i: number, base: number, prefix: string): Row {
  const a = i % 12;
  const account = i % 2 === 0;
  return {
    nip: nip(base + i), name: `ASN ${prefix} ${i}`, positionClass: CLASSES[i % CLASSES.length]!,
    agency: `${prefix}-${a}`, agencyName: `Dinas ${prefix} ${a}`, region: REGIONS[a % REGIONS.length]!,
    platform: account ? PLATFORMS[i % PLATFORMS.length]! : '', handle: account ? `${prefix.toLowerCase()}.${i}` : '',
    userId: account && i % 4 === 0 ? `${prefix}-${i}` : '', confidence: account ? '0.9' : '',
  };
}

const line = (r: Row) => [r.nip, r.name, 'PNS', r.positionClass, '', r.agency, r.agencyName, r.region, r.platform, r.handle, r.userId, r.platform ? 'agency_list' : '', r.confidence].join(',');
const csv = (rows: Row[]) => [HEADER, ...rows.map(line)].join('\n');
const count = async (sql: string, params: unknown[] = []) => Number((await t.db.pool.query(sql, params)).rows[0].n);

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('ASN import of large files', () => {
  const big = Array.from({ length: 2000 }, (_, i) => row(i, 0, 'BIG'));

  it('imports 2,000 rows with their accounts, agencies and audit rows, then finds them all unchanged', async () => {
    const report = await importAsn(t.db.pool, { format: 'csv', text: csv(big), actor: actor('test:big'), scope: null });
    expect(report).toEqual({ total: 2000, inserted: 2000, updated: 0, unchanged: 0, rejected: [], rejectedRows: 0, accounts: { inserted: 1000, updated: 0, unchanged: 0 } });
    expect(await count(`SELECT count(*) AS n FROM asn a JOIN agencies g ON g.id = a.agency_id WHERE g.code LIKE 'BIG-%'`)).toBe(2000);
    expect(await count(`SELECT count(*) AS n FROM social_accounts WHERE handle LIKE 'big.%' AND monitoring_state = 'active'`)).toBe(1000);
    expect(await count(`SELECT count(*) AS n FROM social_accounts WHERE platform_user_id LIKE 'BIG-%'`)).toBe(500);
    // Every stored row is the file's row.
    const stored = await t.db.pool.query(
      `SELECT a.nip, a.name, a.position_class, a.region_code, g.code, g.name AS agency_name, g.region_code AS agency_region
         FROM asn a JOIN agencies g ON g.id = a.agency_id WHERE a.nip = ANY($1::bpchar[]) ORDER BY a.nip`,
      [[big[0]!.nip, big[1999]!.nip]],
    );
    expect(stored.rows).toEqual([big[0]!, big[1999]!].sort((x, y) => x.nip.localeCompare(y.nip)).map((r) => ({
      nip: r.nip, name: r.name, position_class: r.positionClass, region_code: r.region, code: r.agency, agency_name: r.agencyName, agency_region: r.region,
    })));
    const account = await t.db.pool.query(`SELECT s.platform, s.platform_user_id, s.link_method, s.link_confidence::float AS c, a.nip FROM social_accounts s JOIN asn a ON a.id = s.asn_id WHERE s.handle = 'big.1996'`);
    expect(account.rows).toEqual([{ platform: 'instagram', platform_user_id: 'BIG-1996', link_method: 'agency_list', c: 0.9, nip: big[1996]!.nip }]);
    // One audit row per write, naming what it wrote.
    const audit = await t.db.pool.query(`SELECT action, count(*)::int AS n, count(DISTINCT entity_id)::int AS ids FROM audit_log WHERE actor_label = 'test:big' GROUP BY action ORDER BY action`);
    expect(audit.rows).toEqual([
      { action: 'account.create', n: 1000, ids: 1000 },
      { action: 'agency.create', n: 12, ids: 12 },
      { action: 'asn.create', n: 2000, ids: 2000 },
      { action: 'asn.import', n: 1, ids: 0 },
    ]);
    expect(await count(`SELECT count(*) AS n FROM audit_log l JOIN asn a ON a.id::text = l.entity_id WHERE l.action = 'asn.create' AND l.actor_label = 'test:big'
                          AND l.details = jsonb_build_object('agencyId', a.agency_id, 'source', 'import') AND l.region_code = a.region_code`)).toBe(2000);
    expect(await count(`SELECT count(*) AS n FROM audit_log l JOIN social_accounts s ON s.id::text = l.entity_id WHERE l.action = 'account.create' AND l.actor_label = 'test:big'
                          AND l.details = jsonb_build_object('asnId', s.asn_id, 'platform', s.platform, 'linkMethod', 'agency_list', 'linkConfidence', 0.9, 'source', 'import')`)).toBe(1000);
    // Batches of audit rows keep the chain, also next to single appends.
    await appendAudit(t.db.pool, actor('test:single'), { action: 'test.event', entityType: 'test' });
    expect(await verifyAuditChain(t.db.pool)).toMatchObject({ ok: true });

    const before = await t.db.pool.query(`SELECT id, updated_at FROM asn ORDER BY id`);
    const again = await importAsn(t.db.pool, { format: 'csv', text: csv(big), actor: actor('test:big-again'), scope: null });
    expect(again).toEqual({ total: 2000, inserted: 0, updated: 0, unchanged: 2000, rejected: [], rejectedRows: 0, accounts: { inserted: 0, updated: 0, unchanged: 1000 } });
    expect((await t.db.pool.query(`SELECT id, updated_at FROM asn ORDER BY id`)).rows).toEqual(before.rows);
    expect((await t.db.pool.query(`SELECT action FROM audit_log WHERE actor_label = 'test:big-again'`)).rows).toEqual([{ action: 'asn.import' }]);
  });

  it('updates and audits the rows changed since the last import, and only those', async () => {
    const changed = big.map((r) => ({ ...r }));
    changed[10]!.name = 'ASN BIG 10 (ganti nama)';
    changed[1500]!.region = '63.72'; // row 1500 serves in 63.71 (agency BIG-0)
    changed[12]!.confidence = '0.75';
    changed[1204]!.userId = 'BIG-1204-baru';
    const before = await t.db.pool.query(`SELECT nip, updated_at FROM asn ORDER BY nip`);
    const report = await importAsn(t.db.pool, { format: 'csv', text: csv(changed), actor: actor('test:changed'), scope: null });
    expect(report).toEqual({ total: 2000, inserted: 0, updated: 4, unchanged: 1996, rejected: [], rejectedRows: 0, accounts: { inserted: 0, updated: 2, unchanged: 998 } });

    const asn = await t.db.pool.query(`SELECT nip, name, region_code FROM asn WHERE nip = ANY($1::bpchar[]) ORDER BY nip`, [[big[10]!.nip, big[1500]!.nip]]);
    expect(asn.rows).toEqual([
      { nip: big[10]!.nip, name: 'ASN BIG 10 (ganti nama)', region_code: big[10]!.region },
      { nip: big[1500]!.nip, name: big[1500]!.name, region_code: '63.72' },
    ].sort((x, y) => x.nip.localeCompare(y.nip)));
    const after = await t.db.pool.query(`SELECT nip, updated_at FROM asn ORDER BY nip`);
    const touched = after.rows.filter((r, i) => r.updated_at.getTime() !== before.rows[i].updated_at.getTime()).map((r) => r.nip).sort();
    expect(touched).toEqual([big[10]!.nip, big[1500]!.nip].sort());
    const accounts = await t.db.pool.query(`SELECT handle, platform_user_id, link_confidence::float AS c FROM social_accounts WHERE handle IN ('big.12', 'big.1204') ORDER BY handle`);
    expect(accounts.rows).toEqual([{ handle: 'big.12', platform_user_id: 'BIG-12', c: 0.75 }, { handle: 'big.1204', platform_user_id: 'BIG-1204-baru', c: 0.9 }]);

    const audit = await t.db.pool.query(
      `SELECT l.action, l.region_code, l.details, coalesce(a.nip, s.handle) AS what
         FROM audit_log l LEFT JOIN asn a ON a.id::text = l.entity_id LEFT JOIN social_accounts s ON s.id::text = l.entity_id
        WHERE l.actor_label = 'test:changed' AND l.action <> 'asn.import' ORDER BY l.seq`,
    );
    // In file order, as a transaction per row wrote them.
    expect(audit.rows).toEqual([
      { action: 'asn.update', region_code: big[10]!.region, details: { fields: ['name'], source: 'import' }, what: big[10]!.nip },
      { action: 'account.update', region_code: big[12]!.region, details: { platformUserId: 'BIG-12', linkMethod: 'agency_list', linkConfidence: 0.75, source: 'import' }, what: 'big.12' },
      { action: 'account.update', region_code: big[1204]!.region, details: { platformUserId: 'BIG-1204-baru', linkMethod: 'agency_list', linkConfidence: 0.9, source: 'import' }, what: 'big.1204' },
      { action: 'asn.update', region_code: '63.72', details: { fields: ['regionCode'], source: 'import', previousRegionCode: '63.71' }, what: big[1500]!.nip },
    ]);
    expect(await verifyAuditChain(t.db.pool)).toMatchObject({ ok: true });

    const again = await importAsn(t.db.pool, { format: 'csv', text: csv(changed), actor: actor('test:changed'), scope: null });
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 2000, rejectedRows: 0 });
  });

  it('keeps the good rows of a file full of bad ones, with the same verdicts across write chunks', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => row(i, 5000, 'MIX'));
    const expected: RejectedRow[] = [];
    const lineOf = (i: number) => i + 2;
    rows.forEach((r, i) => {
      if (i % 100 === 7) {
        r.nip = `12345${i}`;
        expected.push({ row: lineOf(i), field: 'nip', reason: 'must be exactly 18 digits' });
      } else if (i % 100 === 13) {
        r.region = '63.99';
        expected.push({ row: lineOf(i), field: 'region_code', reason: 'region 63.99 does not exist' });
      } else if (i % 100 === 28) {
        r.confidence = '1.5';
        expected.push({ row: lineOf(i), field: 'link_confidence', reason: 'must be a number from 0 to 1, got 1.5' });
      }
    });
    // A new agency named only by a later row (in the next chunk): the rows before it are refused.
    Object.assign(rows[500]!, { agency: 'LATE-AG', agencyName: '' });
    expected.push({ row: lineOf(500), field: 'agency_name', reason: 'is required to register the new agency LATE-AG' });
    Object.assign(rows[1200]!, { agency: 'LATE-AG', agencyName: 'Dinas Terlambat', region: '64.02' });
    Object.assign(rows[1300]!, { agency: 'LATE-AG', agencyName: '', region: '64.02' });
    // A handle registered by an earlier row of another ASN (other case), in the next chunk.
    rows[1100]!.handle = 'MIX.100';
    expected.push({ row: lineOf(1100), field: 'handle', reason: 'instagram handle @MIX.100 is already registered to another ASN' });
    // A platform user id registered by an earlier row.
    rows[1400]!.userId = 'MIX-400';
    expected.push({ row: lineOf(1400), field: 'platform_user_id', reason: 'instagram user id MIX-400 is already registered to another account' });
    // The same NIP again: with other details it is refused, with the same ones it adds an account.
    rows[1450] = { ...rows[50]!, name: 'Nama Lain' };
    expected.push({ row: lineOf(1450), field: 'nip', reason: 'appears again with different details (first on row 52)' });
    rows[1451] = { ...rows[51]!, platform: 'facebook', handle: 'mix.51.fb', userId: '', confidence: '1' };
    expected.sort((a, b) => a.row - b.row);

    const report = await importAsn(t.db.pool, { format: 'csv', text: csv(rows), actor: actor('test:mix'), scope: null });
    const refused = new Set(expected.map((e) => e.row - 2));
    const accepted = rows.filter((_, i) => !refused.has(i));
    expect(report.rejected).toEqual(expected);
    expect(report).toMatchObject({
      total: 1500, rejectedRows: refused.size, inserted: accepted.length - 1, updated: 1, unchanged: 0,
      accounts: { inserted: accepted.filter((r) => r.platform).length, updated: 0, unchanged: 0 },
    });
    // Refused rows left nothing behind; accepted ones are all there.
    expect(await count(`SELECT count(*) AS n FROM asn WHERE nip = ANY($1::bpchar[])`, [[...refused].map((i) => rows[i]!.nip)])).toBe(1); // row 1450's NIP is row 50's
    expect(await count(`SELECT count(*) AS n FROM asn WHERE nip = ANY($1::bpchar[])`, [accepted.map((r) => r.nip)])).toBe(accepted.length - 1);
    expect((await t.db.pool.query(`SELECT name, region_code FROM agencies WHERE code = 'LATE-AG'`)).rows).toEqual([{ name: 'Dinas Terlambat', region_code: '64.02' }]);
    expect(await count(`SELECT count(*) AS n FROM asn a JOIN agencies g ON g.id = a.agency_id WHERE g.code = 'LATE-AG'`)).toBe(2);
    expect((await t.db.pool.query(`SELECT a.nip FROM social_accounts s JOIN asn a ON a.id = s.asn_id WHERE lower(s.handle) = 'mix.100'`)).rows).toEqual([{ nip: rows[100]!.nip }]);
    expect(await count(`SELECT count(*) AS n FROM social_accounts s JOIN asn a ON a.id = s.asn_id WHERE a.nip = $1`, [rows[51]!.nip])).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM audit_log WHERE actor_label = 'test:mix' AND action = 'asn.create'`)).toBe(accepted.length - 1);
    expect(await count(`SELECT count(*) AS n FROM audit_log WHERE actor_label = 'test:mix' AND action = 'agency.create'`)).toBe(13);

    const again = await importAsn(t.db.pool, { format: 'csv', text: csv(rows), actor: actor('test:mix'), scope: null });
    expect(again.rejected).toEqual(expected.filter((e) => e.row !== lineOf(500)));
    // Now that LATE-AG exists, row 500 is accepted too.
    expect(again).toMatchObject({ inserted: 1, updated: 0, unchanged: accepted.length, rejectedRows: refused.size - 1 });
  });

  it('is safe when two imports of the same new rows run at once', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => row(i, 10000, 'CON'));
    const text = csv(rows);
    const reports = await Promise.all([1, 2].map((n) => importAsn(t.db.pool, { format: 'csv', text, actor: actor(`test:con-${n}`), scope: null })));
    for (const r of reports) expect(r).toMatchObject({ total: 1500, updated: 0, rejectedRows: 0 });
    expect(reports[0]!.inserted + reports[1]!.inserted).toBe(1500);
    expect(reports[0]!.unchanged + reports[1]!.unchanged).toBe(1500);
    expect(reports[0]!.accounts.inserted + reports[1]!.accounts.inserted).toBe(750);
    expect(await count(`SELECT count(*) AS n FROM asn a JOIN agencies g ON g.id = a.agency_id WHERE g.code LIKE 'CON-%'`)).toBe(1500);
    expect(await count(`SELECT count(*) AS n FROM audit_log WHERE actor_label LIKE 'test:con-%' AND action = 'asn.create'`)).toBe(1500);
    expect(await count(`SELECT count(*) AS n FROM audit_log WHERE actor_label LIKE 'test:con-%' AND action = 'account.create'`)).toBe(750);
    expect(await count(`SELECT count(*) AS n FROM audit_log WHERE actor_label LIKE 'test:con-%' AND action = 'agency.create'`)).toBe(12);
    expect(await verifyAuditChain(t.db.pool)).toMatchObject({ ok: true });
  });
});
