import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importPilkadaKpu, BUNDLED_PILKADA_2024_CSV } from '../src/modules/contests/kpu-import.js';
import { loadContestsForClassifier } from '../src/modules/contests/contests-service.js';
import { createTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function tempCsv(lines: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'netra-kpu-'));
  const file = path.join(dir, 'kpu.csv');
  await writeFile(file, ['level,kode_wilayah_kpu,nama_wilayah,id_paslon_kpu,nomor_urut,nama_paslon,ts', ...lines].join('\n'));
  return file;
}

describe('KPU Pilkada 2024 import', () => {
  it('loads every contest and entry of the full file', async () => {
    const report = await importPilkadaKpu(t.db.pool, BUNDLED_PILKADA_2024_CSV);
    expect(report.skipped).toEqual([]);
    expect(report.contests).toEqual({ total: 545, inserted: 545, updated: 0, unchanged: 0 });
    expect(report.entries).toBe(1594);
    expect(report.emptyBoxes).toBe(37);
    expect(report.pairs).toMatchObject({ total: 1557, inserted: 1557, updated: 0, unchanged: 0, deleted: 0 });
    const counts = await t.db.pool.query<{ contests: number; pairs: number; boxes: number }>(
      `SELECT (SELECT count(*)::int FROM contests) AS contests, (SELECT count(*)::int FROM candidate_pairs) AS pairs,
              (SELECT count(*)::int FROM contests WHERE empty_box_number IS NOT NULL) AS boxes`,
    );
    expect(counts.rows[0]).toEqual({ contests: 545, pairs: 1557, boxes: 37 });
    const kolom = await t.db.pool.query(`SELECT count(*)::int AS n FROM candidate_pairs WHERE head ILIKE 'kolom kosong%'`);
    expect(kolom.rows[0].n).toBe(0);
  });

  it('changes nothing on a second import', async () => {
    const before = await t.db.pool.query('SELECT id, revision, updated_at FROM contests ORDER BY id');
    const audits = await t.db.pool.query('SELECT count(*)::int AS n FROM audit_log');
    const report = await importPilkadaKpu(t.db.pool, BUNDLED_PILKADA_2024_CSV);
    expect(report.contests).toEqual({ total: 545, inserted: 0, updated: 0, unchanged: 545 });
    expect(report.pairs).toMatchObject({ inserted: 0, updated: 0, unchanged: 1557, deleted: 0 });
    const after = await t.db.pool.query('SELECT id, revision, updated_at FROM contests ORDER BY id');
    expect(after.rows).toEqual(before.rows);
    expect((await t.db.pool.query('SELECT count(*)::int AS n FROM audit_log')).rows[0].n).toBe(audits.rows[0].n);
  });

  it('maps KPU codes to Kemendagri codes, levels from the region kind, and the stage dates', async () => {
    const kota = await t.db.pool.query('SELECT * FROM contests WHERE id = $1', ['pilwalkot-6371-2024']);
    expect(kota.rows[0]).toMatchObject({
      region_code: '63.71', level: 'kota', name: 'Pemilihan Wali Kota dan Wakil Wali Kota Banjarmasin 2024', election_year: 2024,
      pair_determination_date: '2024-09-22', campaign_start: '2024-09-25', campaign_end: '2024-11-23',
      quiet_start: '2024-11-24', quiet_end: '2024-11-26', voting_day: '2024-11-27', source: 'kpu', revision: 1,
    });
    const bupati = await t.db.pool.query('SELECT region_code, level, name FROM contests WHERE id = $1', ['pilbup-6303-2024']);
    expect(bupati.rows[0]).toEqual({ region_code: '63.03', level: 'kabupaten', name: 'Pemilihan Bupati dan Wakil Bupati Banjar 2024' });
    const gub = await t.db.pool.query('SELECT region_code, level, name FROM contests WHERE id = $1', ['pilgub-63-2024']);
    expect(gub.rows[0]).toEqual({ region_code: '63', level: 'provinsi', name: 'Pemilihan Gubernur dan Wakil Gubernur Kalimantan Selatan 2024' });
    // Titles stay as on the ballot; the empty box is a number on the contest, not a pair.
    const papuaBarat = await t.db.pool.query(
      `SELECT c.empty_box_number, array_agg(p.ballot_number ORDER BY p.ballot_number) AS numbers
         FROM contests c JOIN candidate_pairs p ON p.contest_id = c.id WHERE c.id = 'pilgub-92-2024' GROUP BY c.empty_box_number`,
    );
    expect(papuaBarat.rows[0]).toEqual({ empty_box_number: 2, numbers: [1] });
    const aceh = await t.db.pool.query(`SELECT head, deputy, kpu_id FROM candidate_pairs WHERE contest_id = 'pilgub-11-2024' AND ballot_number = 1`);
    expect(aceh.rows[0]).toEqual({ head: 'BUSTAMI HAMZAH, S.E., M.Si.', deputy: 'Tgk. H. M. FADHIL RAHMI, Lc., M.Ag.', kpu_id: '1000001' });
  });

  it('keeps the lexicon staff added when KPU data is re-imported, and bumps the revision only on a real change', async () => {
    await t.db.pool.query(`UPDATE candidate_pairs SET aliases = '{BUSTAMI}' WHERE contest_id = 'pilgub-11-2024' AND ballot_number = 1`);
    await t.db.pool.query(`UPDATE candidate_pairs SET head = 'WRONG NAME' WHERE contest_id = 'pilgub-11-2024' AND ballot_number = 2`);
    const report = await importPilkadaKpu(t.db.pool, BUNDLED_PILKADA_2024_CSV);
    expect(report.contests).toMatchObject({ updated: 1, unchanged: 544 });
    expect(report.pairs).toMatchObject({ updated: 1 });
    const rows = await t.db.pool.query(`SELECT ballot_number, head, aliases FROM candidate_pairs WHERE contest_id = 'pilgub-11-2024' ORDER BY ballot_number`);
    expect(rows.rows).toEqual([
      { ballot_number: 1, head: 'BUSTAMI HAMZAH, S.E., M.Si.', aliases: ['BUSTAMI'] },
      { ballot_number: 2, head: 'MUZAKIR MANAF', aliases: [] },
    ]);
    const rev = await t.db.pool.query(`SELECT id, revision FROM contests WHERE id IN ('pilgub-11-2024', 'pilgub-12-2024') ORDER BY id`);
    expect(rev.rows).toEqual([{ id: 'pilgub-11-2024', revision: 2 }, { id: 'pilgub-12-2024', revision: 1 }]);
    const audit = await t.db.pool.query(`SELECT action, details FROM audit_log WHERE action = 'contest.import_kpu' ORDER BY seq`);
    expect(audit.rows).toHaveLength(2);
  });

  it('reports bad rows and unknown regions instead of failing', async () => {
    const file = await tempCsv([
      'bupati_walikota,6399,ENTAH,1,1,"A - B",2024-11-21 21:55:15',
      'walikota,6371,BANJARMASIN,2,1,"A - B",2024-11-21 21:55:15',
      'bupati_walikota,63,KALSEL,3,1,"A - B",2024-11-21 21:55:15',
      'bupati_walikota,6371,BANJARMASIN,4,x,"A - B",2024-11-21 21:55:15',
      'bupati_walikota,6371,BANJARMASIN,5,1,"ONLY A HEAD",2024-11-21 21:55:15',
      'bupati_walikota,63ab,BANJARMASIN,6,1,"A - B",2024-11-21 21:55:15',
    ]);
    const report = await importPilkadaKpu(t.db.pool, file);
    expect(report.entries).toBe(0);
    expect(report.skipped.map((s) => s.row)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(report.skipped[0]!.reason).toMatch(/63\.99.*not in the regions table/);
    expect(report.skipped[1]!.reason).toMatch(/level/);
    expect(report.skipped[4]!.reason).toMatch(/HEAD - DEPUTY/);
  });

  it('serves the contests in the classifier shape, filtered by the author region', async () => {
    const contests = await loadContestsForClassifier(t.db.pool, '63.71');
    expect(contests.map((c) => c.id)).toEqual(['pilgub-63-2024', 'pilwalkot-6371-2024']);
    const kota = contests[1]!;
    expect(kota).toMatchObject({
      level: 'kota', region: { code: '63.71', name: 'Kota Banjarmasin' }, campaign_start: '2024-09-25', campaign_end: '2024-11-23', voting_day: '2024-11-27', revision: 1,
    });
    expect(kota.candidates[0]).toMatchObject({ number: 1, aliases: [], parties: [], accounts: [], incumbent: false, independent: false });
    expect((await loadContestsForClassifier(t.db.pool)).length).toBe(545);
  });
});
