import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importAsn, importAsnFile, importDemoAsn } from '../src/modules/asn/asn-import.js';
import { createTestApp, type TestApp } from './test-app.js';

let t: TestApp;
const SYSTEM = { actorId: null, actorLabel: 'system:test-import', actorRole: null };

const HEADER = 'nip,name,employment_type,position_class,position_title,agency_code,agency_name,region_code,platform,handle,platform_user_id,link_method,link_confidence';
const MIXED = [
  HEADER,
  /* 2 */ '198503122010011004,Budi Rekaan,PNS,fungsional,Guru Ahli Muda,DISDIK-BJM,Dinas Pendidikan Kota Banjarmasin,63.71,instagram,@budi.rekaan,,agency_list,0.9',
  /* 3 */ '198503122010011004,Budi Rekaan,PNS,fungsional,Guru Ahli Muda,DISDIK-BJM,Dinas Pendidikan Kota Banjarmasin,63.71,facebook,budi.rekaan.fb,fb-100,self_declared,1',
  /* 4 */ '19850312201001100,Nip Pendek,PNS,pelaksana,,DISDIK-BJM,,63.71,,,,,',
  /* 5 */ '197001011995031002,Salah Kelas,PNS,menteri,,DISDIK-BJM,,63.71,,,,,',
  /* 6 */ '197001011995031003,Tanpa Instansi,PNS,pelaksana,,NEW-AGENCY,,63.71,,,,,',
  /* 7 */ '198001012005012001,Ratna Fiktif,pppk,Kepala Wilayah,Camat Tenggarong,SETDA-KUKAR,Sekretariat Daerah Kutai Kartanegara,64.02,x,ratna_fiktif,,investigator,0.6',
  /* 8 */ '198001012005011002,Wilayah Salah,PNS,pelaksana,,DISDIK-BJM,,63.99,,,,,',
  /* 9 */ '198001012005011003,Akun Salah,PNS,pelaksana,,DISDIK-BJM,,63.71,myspace,akun.salah,,agency_list,1.7',
  /* 10 */ '198503122010011004,Budi Lain,PNS,fungsional,Guru Ahli Muda,DISDIK-BJM,,63.71,,,,,',
  /* 11 */ '198001012005011004,Penyaru Handle,PNS,pelaksana,,DISDIK-BJM,,63.71,instagram,BUDI.REKAAN,,investigator,0.5',
  /* 12 */ '199002022015031005,Dedi Sampel,PNS,pelaksana,,DISDIK-BJM,,63.71,,,,,',
].join('\n');

const EXPECTED_REJECTED = [
  { row: 4, field: 'nip', reason: 'must be exactly 18 digits' },
  { row: 5, field: 'position_class', reason: expect.stringContaining('menteri') },
  { row: 6, field: 'agency_name', reason: 'is required to register the new agency NEW-AGENCY' },
  { row: 8, field: 'region_code', reason: 'region 63.99 does not exist' },
  { row: 9, field: 'platform', reason: expect.stringContaining('myspace') },
  { row: 9, field: 'link_confidence', reason: 'must be a number from 0 to 1, got 1.7' },
  { row: 10, field: 'nip', reason: 'appears again with different details (first on row 2)' },
  { row: 11, field: 'handle', reason: 'instagram handle @BUDI.REKAAN is already registered to another ASN' },
];

const count = async (sql: string) => Number((await t.db.pool.query(sql)).rows[0].n);

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('ASN import', () => {
  it('keeps the good rows and reports each bad one with its row and field', async () => {
    const report = await importAsn(t.db.pool, { format: 'csv', text: MIXED, actor: SYSTEM, scope: null });
    expect(report).toMatchObject({ total: 11, inserted: 3, updated: 1, unchanged: 0, rejectedRows: 7, accounts: { inserted: 3, updated: 0, unchanged: 0 } });
    expect(report.rejected).toEqual(EXPECTED_REJECTED);
    const { rows } = await t.db.pool.query(
      `SELECT a.nip, a.name, a.employment_type, a.position_class, a.region_code, g.code AS agency, g.region_code AS agency_region
         FROM asn a JOIN agencies g ON g.id = a.agency_id ORDER BY a.nip`,
    );
    expect(rows).toEqual([
      { nip: '198001012005012001', name: 'Ratna Fiktif', employment_type: 'PPPK', position_class: 'kepala_wilayah', region_code: '64.02', agency: 'SETDA-KUKAR', agency_region: '64.02' },
      { nip: '198503122010011004', name: 'Budi Rekaan', employment_type: 'PNS', position_class: 'fungsional', region_code: '63.71', agency: 'DISDIK-BJM', agency_region: '63.71' },
      { nip: '199002022015031005', name: 'Dedi Sampel', employment_type: 'PNS', position_class: 'pelaksana', region_code: '63.71', agency: 'DISDIK-BJM', agency_region: '63.71' },
    ]);
    const accounts = await t.db.pool.query(`SELECT platform, handle, platform_user_id, link_method, link_confidence::float AS c FROM social_accounts ORDER BY platform`);
    expect(accounts.rows).toEqual([
      { platform: 'facebook', handle: 'budi.rekaan.fb', platform_user_id: 'fb-100', link_method: 'self_declared', c: 1 },
      { platform: 'instagram', handle: 'budi.rekaan', platform_user_id: null, link_method: 'agency_list', c: 0.9 },
      { platform: 'x', handle: 'ratna_fiktif', platform_user_id: null, link_method: 'investigator', c: 0.6 },
    ]);
    // Writes are audited, the import itself too.
    expect(await count(`SELECT count(*) AS n FROM audit_log WHERE action = 'asn.create' AND actor_label = 'system:test-import'`)).toBe(3);
    expect(await count(`SELECT count(*) AS n FROM audit_log WHERE action = 'agency.create'`)).toBe(2);
    const summary = await t.db.pool.query(`SELECT details FROM audit_log WHERE action = 'asn.import'`);
    expect(summary.rows).toEqual([{ details: { format: 'csv', total: 11, inserted: 3, updated: 1, unchanged: 0, rejectedRows: 7, accounts: { inserted: 3, updated: 0, unchanged: 0 } } }]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await t.db.pool.query(`SELECT id, updated_at FROM asn ORDER BY id`);
    const auditBefore = await count(`SELECT count(*) AS n FROM audit_log WHERE action <> 'asn.import'`);
    const report = await importAsn(t.db.pool, { format: 'csv', text: MIXED, actor: SYSTEM, scope: null });
    expect(report).toMatchObject({ total: 11, inserted: 0, updated: 0, unchanged: 4, rejectedRows: 7, accounts: { inserted: 0, updated: 0, unchanged: 3 } });
    expect(report.rejected).toEqual(EXPECTED_REJECTED);
    expect((await t.db.pool.query(`SELECT id, updated_at FROM asn ORDER BY id`)).rows).toEqual(before.rows);
    expect(await count(`SELECT count(*) AS n FROM audit_log WHERE action <> 'asn.import'`)).toBe(auditBefore);
    expect(await count('SELECT count(*) AS n FROM agencies')).toBe(2);
  });

  it('updates a row only where something differs', async () => {
    const changed = MIXED.replace('199002022015031005,Dedi Sampel,PNS,pelaksana,,', '199002022015031005,Dedi Sampel,PNS,pelaksana,Operator SIMPEG,')
      .replace('ratna_fiktif,,investigator,0.6', 'ratna_fiktif,x-77,investigator,0.75');
    const report = await importAsn(t.db.pool, { format: 'csv', text: changed, actor: SYSTEM, scope: null });
    expect(report).toMatchObject({ inserted: 0, updated: 2, unchanged: 2, rejectedRows: 7, accounts: { inserted: 0, updated: 1, unchanged: 2 } });
    const update = await t.db.pool.query(`SELECT details FROM audit_log WHERE action = 'asn.update'`);
    expect(update.rows).toEqual([{ details: { fields: ['positionTitle'], source: 'import' } }]);
  });

  it('refuses a CSV row with more fields than the header, and reads quoted commas', async () => {
    const text = [
      HEADER,
      '199408082019011016,Drs. Koma Rekaan, M.Si.,PNS,administrator,,DISDIK-BJM,,63.71,,,,,',
      '"199408082019011017","Dra. Kutip Rekaan, M.Pd.",PNS,administrator,,DISDIK-BJM,,63.71',
    ].join('\n');
    const report = await importAsn(t.db.pool, { format: 'csv', text, actor: SYSTEM, scope: null });
    expect(report).toMatchObject({ total: 2, inserted: 1, rejectedRows: 1 });
    expect(report.rejected).toEqual([{ row: 2, field: '', reason: 'has 14 fields but the header has 13 (a value containing a comma must be in double quotes)' }]);
    expect((await t.db.pool.query(`SELECT name FROM asn WHERE nip = '199408082019011017'`)).rows).toEqual([{ name: 'Dra. Kutip Rekaan, M.Pd.' }]);
  });

  it('reads NDJSON (snake or camel case keys) and reports unreadable lines', async () => {
    const text = [
      JSON.stringify({ nip: '198704042012122006', name: 'Sari Contoh', employmentType: 'PNS', positionClass: 'pengawas', agencyCode: 'DISDIK-BJM', regionCode: '63.71', platform: 'tiktok', handle: 'sari.contoh', linkMethod: 'self_declared', linkConfidence: 1 }),
      '{"nip": "1987"',
      '',
      '[1, 2]',
      JSON.stringify({ nip: '198704042012122007', name: 'Gaji Rekaan', position_class: 'jpt', agency_code: 'DISDIK-BJM', region_code: '63.71', salary: 10 }),
    ].join('\n');
    const report = await importAsn(t.db.pool, { format: 'ndjson', text, actor: SYSTEM, scope: null });
    expect(report).toMatchObject({ total: 4, inserted: 1, rejectedRows: 3, accounts: { inserted: 1 } });
    expect(report.rejected.map((r) => [r.row, r.field])).toEqual([[2, ''], [4, ''], [5, 'salary']]);
  });

  it('refuses rows outside the importer\'s region scope', async () => {
    const text = [
      HEADER,
      '199105052016081008,Lokal Rekaan,PNS,pelaksana,,DISDIK-BJM,,63.71,,,,,',
      '199105052016081009,Makassar Rekaan,PNS,pelaksana,,SETDA-MKS,Sekretariat Daerah Kota Makassar,73.71,,,,,',
      // Ratna is registered in 64.02: a 63.71 importer may not take her over.
      '198001012005012001,Ratna Fiktif,PPPK,kepala_wilayah,,DISDIK-BJM,,63.71,,,,,',
      // An agency of another regency cannot be used either.
      '199105052016081010,Pinjam Instansi,PNS,pelaksana,,SETDA-KUKAR,,63.71,,,,,',
    ].join('\n');
    const report = await importAsn(t.db.pool, { format: 'csv', text, actor: SYSTEM, scope: '63.71' });
    expect(report).toMatchObject({ total: 4, inserted: 1, rejectedRows: 3 });
    expect(report.rejected).toEqual([
      { row: 3, field: 'region_code', reason: 'region 73.71 is outside your scope (63.71)' },
      { row: 4, field: 'nip', reason: 'is registered to an ASN outside your region scope' },
      { row: 5, field: 'agency_code', reason: 'agency SETDA-KUKAR is outside your region scope' },
    ]);
    expect(await count(`SELECT count(*) AS n FROM agencies WHERE code = 'SETDA-MKS'`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM asn WHERE nip = '198001012005012001' AND region_code = '64.02'`)).toBe(1);
  });
});

describe('ASN import from a file (the CLI)', () => {
  it('takes the format from the extension', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'netra-asn-'));
    try {
      const csv = path.join(dir, 'asn.csv');
      await writeFile(csv, [HEADER, '199307072018101014,Berkas Rekaan,PNS,pelaksana,,DISDIK-BJM,,63.71,,,,,'].join('\n'));
      expect(await importAsnFile(t.db.pool, csv, SYSTEM)).toMatchObject({ total: 1, inserted: 1 });
      const jsonl = path.join(dir, 'asn.jsonl');
      await writeFile(jsonl, `${JSON.stringify({ nip: '199307072018101015', name: 'Baris Rekaan', position_class: 'pelaksana', agency_code: 'DISDIK-BJM', region_code: '63.71' })}\n`);
      expect(await importAsnFile(t.db.pool, jsonl, SYSTEM)).toMatchObject({ total: 1, inserted: 1 });
      await expect(importAsnFile(t.db.pool, path.join(dir, 'asn.xlsx'), SYSTEM)).rejects.toThrow(/\.csv, \.ndjson or \.jsonl/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('ASN import over HTTP', () => {
  it('takes text/csv, NDJSON or JSON {format, text} and scopes by the caller', async () => {
    const admin = await t.login('admin', '63.71', { username: 'admin-bjm-import' });
    const csv = [HEADER, '199206062017091011,Http Rekaan,PNS,administrator,,DISDIK-BJM,,63.71,youtube,http.rekaan,,agency_list,0.8', '199206062017091012,Jauh Rekaan,PNS,pelaksana,,X-MKS,X,73.71,,,,,'].join('\n');
    const res = await t.app.inject({ method: 'POST', url: '/v1/asn/import', headers: { ...admin, 'content-type': 'text/csv; charset=utf-8' }, payload: csv });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 2, inserted: 1, rejectedRows: 1, rejected: [{ row: 3, field: 'region_code' }] });
    const again = await t.app.inject({ method: 'POST', url: '/v1/asn/import', headers: admin, payload: { format: 'csv', text: csv } });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ total: 2, inserted: 0, updated: 0, unchanged: 1, rejectedRows: 1 });
    const ndjson = JSON.stringify({ nip: '199206062017091013', name: 'Baris Rekaan', position_class: 'pelaksana', agency_code: 'DISDIK-BJM', region_code: '63.71' });
    const nd = await t.app.inject({ method: 'POST', url: '/v1/asn/import', headers: { ...admin, 'content-type': 'application/x-ndjson; charset=utf-8' }, payload: ndjson });
    expect(nd.statusCode).toBe(200);
    expect(nd.json()).toMatchObject({ total: 1, inserted: 1 });
    const audit = await t.db.pool.query(`SELECT region_code, details->>'format' AS format FROM audit_log WHERE action = 'asn.import' AND actor_label = 'admin-bjm-import' ORDER BY seq`);
    expect(audit.rows).toEqual([{ region_code: '63.71', format: 'csv' }, { region_code: '63.71', format: 'csv' }, { region_code: '63.71', format: 'ndjson' }]);
  });

  it('rejects a file whose header is wrong with 400, and readers with 403', async () => {
    const admin = await t.login('admin', null);
    const res = await t.app.inject({ method: 'POST', url: '/v1/asn/import', headers: { ...admin, 'content-type': 'text/csv' }, payload: 'nip,nama,region\n1,2,3' });
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0].path).toBe('/body/text');
    expect(res.json().message).toMatch(/missing columns: name, position_class, agency_code, region_code; unknown columns: nama, region/);
    const badJson = await t.app.inject({ method: 'POST', url: '/v1/asn/import', headers: admin, payload: { format: 'xlsx', text: 'a' } });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json().details.map((d: { path: string }) => d.path)).toContain('/body/format');
    const reviewer = await t.login('reviewer', '63.71');
    expect((await t.app.inject({ method: 'POST', url: '/v1/asn/import', headers: { ...reviewer, 'content-type': 'text/csv' }, payload: HEADER })).statusCode).toBe(403);
  });
});

describe('demo registry', () => {
  it('imports the demo file cleanly, and again without changes', async () => {
    const first = await importDemoAsn(t.db.pool);
    expect(first).toMatchObject({ total: 45, inserted: 30, updated: 15, unchanged: 0, rejectedRows: 0, accounts: { inserted: 45 } });
    const second = await importDemoAsn(t.db.pool);
    expect(second).toMatchObject({ total: 45, inserted: 0, updated: 0, unchanged: 45, rejectedRows: 0 });
    // Demo people are the ones with a demo.* / demo_* handle.
    const demo = `SELECT DISTINCT a.* FROM asn a JOIN social_accounts s ON s.asn_id = a.id WHERE s.handle LIKE 'demo%'`;
    expect((await t.db.pool.query(`SELECT DISTINCT region_code FROM (${demo}) d ORDER BY 1`)).rows.map((r) => r.region_code)).toEqual(['31.73', '63.71', '64.02', '73.71']);
    expect(await count(`SELECT count(*) AS n FROM (${demo}) d`)).toBe(30);
    expect(await count(`SELECT count(DISTINCT position_class) AS n FROM (${demo}) d`)).toBe(6);
    expect(await count(`SELECT count(DISTINCT agency_id) AS n FROM (${demo}) d`)).toBe(6);
    const actor = await t.db.pool.query(`SELECT DISTINCT actor_label FROM audit_log WHERE details->>'source' = 'import' AND entity_type = 'asn' AND actor_label LIKE 'system:seed%'`);
    expect(actor.rows).toEqual([{ actor_label: 'system:seed-demo' }]);
  });
});
