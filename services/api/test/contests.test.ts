import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importContestsJson } from '../src/modules/contests/contest-json-import.js';
import { BUNDLED_PILKADA_2024_CSV, importPilkadaKpu } from '../src/modules/contests/kpu-import.js';
import { createTestApp, type TestApp } from './test-app.js';

// A copy of the examples' contests.json (the classifier's contract: Pilgub DKI Jakarta 2024).
const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/contests.example.json');

let t: TestApp;
let reader: { authorization: string };
let admin: { authorization: string };
beforeAll(async () => {
  t = await createTestApp();
  await importPilkadaKpu(t.db.pool, BUNDLED_PILKADA_2024_CSV);
  reader = await t.login('integrator', null);
  admin = await t.login('admin', null);
});
afterAll(async () => {
  await t.close();
});

const banjarmasin = () => ({
  id: 'pilwalkot-6371-2024',
  name: 'Pemilihan Wali Kota dan Wakil Wali Kota Banjarmasin 2024',
  level: 'kota',
  region: { code: '63.71', name: 'Kota Banjarmasin' },
  campaign_start: '2024-09-25',
  campaign_end: '2024-11-23',
  voting_day: '2024-11-27',
  candidates: [
    { number: 1, head: 'H. MUHAMMAD YAMIN HR', deputy: 'Hj. ANANDA', aliases: ['Yamin-Ananda'], parties: ['Golkar'], hashtags: ['#YaminAnanda'] },
  ],
});

async function auditCount(action: string, entityId?: string): Promise<number> {
  const { rows } = await t.db.pool.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM audit_log WHERE action = $1 AND ($2::text IS NULL OR entity_id = $2)',
    [action, entityId ?? null],
  );
  return rows[0]!.n;
}

describe('contests: reading', () => {
  it('lists every contest that applies to an ASN of a region: the province and the city', async () => {
    const res = await t.app.inject({ url: '/v1/contests?region=63.71', headers: reader });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((c: { id: string }) => c.id)).toEqual(['pilgub-63-2024', 'pilwalkot-6371-2024']);
    const province = await t.app.inject({ url: '/v1/contests?region=63&level=kabupaten&limit=500', headers: reader });
    expect(province.json().items.length).toBe(11);
    expect(province.json().items.every((c: { region: { code: string } }) => c.region.code.startsWith('63.'))).toBe(true);
  });

  it('pages with a cursor and filters by level and year', async () => {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/v1/contests?level=provinsi&year=2024&limit=10${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await t.app.inject({ url, headers: reader });
      const body = res.json() as { items: { id: string }[]; nextCursor: string | null };
      ids.push(...body.items.map((c) => c.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(ids.length).toBe(37);
    expect(new Set(ids).size).toBe(37);
    expect((await t.app.inject({ url: '/v1/contests?year=2020', headers: reader })).json().items).toEqual([]);
  });

  it('reads one contest with its pairs and its empty box', async () => {
    const res = await t.app.inject({ url: '/v1/contests/pilgub-92-2024', headers: reader });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: 'pilgub-92-2024', level: 'provinsi', emptyBoxNumber: 2, pairCount: 1, votingDay: '2024-11-27', quietStart: '2024-11-24' });
    expect(res.json().pairs).toHaveLength(1);
    expect((await t.app.inject({ url: '/v1/contests/pilgub-99-2024', headers: reader })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/v1/contests' })).statusCode).toBe(401);
  });
});

describe('contests: JSON import', () => {
  it("imports the examples' contests, and a second import changes nothing", async () => {
    const examples = JSON.parse(await readFile(EXAMPLES, 'utf8')) as { region: { code: string } }[];
    const fresh = await createTestApp();
    try {
      const first = await importContestsJson(fresh.db.pool, examples);
      expect(first.contests).toEqual({ total: 1, inserted: 1, updated: 0, unchanged: 0 });
      expect(first.pairs).toMatchObject({ total: 3, inserted: 3 });
      const second = await importContestsJson(fresh.db.pool, examples);
      expect(second.contests).toEqual({ total: 1, inserted: 0, updated: 0, unchanged: 1 });
      const { rows } = await fresh.db.pool.query(`SELECT ballot_number, aliases, independent, accounts FROM candidate_pairs WHERE contest_id = 'pilgub-dki-2024' ORDER BY 1`);
      expect(rows[0]).toMatchObject({ ballot_number: 1, accounts: [{ platform: 'instagram', handle: 'ridwankamil' }] });
      expect(rows[0].aliases).toContain('RIDO');
      expect(rows[1]).toMatchObject({ ballot_number: 2, independent: true });
      // The KPU import afterwards finds the same contest by region and level and keeps its id and lexicon.
      const kpu = await importPilkadaKpu(fresh.db.pool, BUNDLED_PILKADA_2024_CSV);
      expect(kpu.contests).toMatchObject({ total: 545, inserted: 544, updated: 1 });
      const dki = await fresh.db.pool.query(`SELECT c.id, p.head, p.aliases FROM contests c JOIN candidate_pairs p ON p.contest_id = c.id WHERE c.region_code = '31' AND p.ballot_number = 1`);
      expect(dki.rows[0].id).toBe('pilgub-dki-2024');
      expect(dki.rows[0].aliases).toContain('RIDO');
    } finally {
      await fresh.close();
    }
  });

  it('rejects bad contest JSON with 400 and a path for every problem', async () => {
    const bad = [
      banjarmasin(),
      { ...banjarmasin(), id: 'Bad Id', level: 'kecamatan' },
      {
        ...banjarmasin(), id: 'pilbup-6303-2024', level: 'kabupaten', region: { code: '63.03' }, voting_day: '2024-11-20',
        candidates: [{ number: 1, head: 'A', deputy: 'B' }, { number: 1, head: 'C', deputy: 'D' }],
      },
      { ...banjarmasin(), id: 'pilbup-6304-2024', candidates: [{ number: 0, head: 'A', colour: 'red' }] },
    ];
    const res = await t.app.inject({ method: 'POST', url: '/v1/contests/import', headers: admin, payload: bad });
    expect(res.statusCode).toBe(400);
    const paths = res.json().details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['/body/1/id', '/body/1/level', '/body/3/candidates/0/number', '/body/3/candidates/0/deputy', '/body/3/candidates/0/colour']));

    // The schema passes, the meaning does not: duplicate ballot numbers, dates out of order, a second contest for a region.
    const meaning = [banjarmasin(), { ...bad[2] }, { ...banjarmasin(), id: 'pilwalkot-bjm-2024' }];
    const res2 = await t.app.inject({ method: 'POST', url: '/v1/contests/import', headers: admin, payload: meaning });
    expect(res2.statusCode).toBe(400);
    const paths2 = res2.json().details.map((d: { path: string }) => d.path);
    expect(paths2).toEqual(expect.arrayContaining(['/body/1/candidates/1/number', '/body/1/campaign_end', '/body/2/region/code']));

    // And the function itself reports paths without the /body prefix.
    await expect(importContestsJson(t.db.pool, [{ ...banjarmasin(), candidates: [{ number: 1, head: 'A', deputy: 'B' }, { number: 1, head: 'C', deputy: 'D' }] }]))
      .rejects.toMatchObject({ statusCode: 400, details: [{ path: '/0/candidates/1/number', message: expect.any(String) }] });
    await expect(importContestsJson(t.db.pool, { not: 'an array' })).rejects.toMatchObject({ statusCode: 400, details: [{ path: '/', message: 'must be a JSON array of contests' }] });

    // Checked against the registry: a kabupaten contest for a city, an unknown region, a second id for a known contest.
    const db = [
      { ...banjarmasin(), id: 'pilbup-6371-2024', level: 'kabupaten' },
      { ...banjarmasin(), id: 'pilwalkot-6399-2024', region: { code: '63.99' } },
      { ...banjarmasin(), id: 'pilwalkot-bjm-2024' },
    ];
    const res3 = await t.app.inject({ method: 'POST', url: '/v1/contests/import', headers: admin, payload: db });
    expect(res3.statusCode).toBe(400);
    expect(res3.json().details.map((d: { path: string }) => d.path)).toEqual(['/body/0/level', '/body/1/region/code', '/body/2/id']);
    expect(res3.json().details[2].message).toMatch(/pilwalkot-6371-2024/);
  });
});

describe('contests: writes', () => {
  it('replaces a contest, bumps its revision once per real change, and audits it', async () => {
    const supervisor = await t.login('supervisor', '63');
    const before = (await t.app.inject({ url: '/v1/contests/pilwalkot-6371-2024', headers: reader })).json();
    const res = await t.app.inject({ method: 'POST', url: '/v1/contests', headers: supervisor, payload: banjarmasin() });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ revision: before.revision + 1, pairCount: 1, quietStart: '2024-11-24', emptyBoxNumber: null });
    expect(res.json().pairs[0]).toMatchObject({ number: 1, aliases: ['Yamin-Ananda'], parties: ['Golkar'], kpuId: expect.any(String) });
    expect(await auditCount('contest.update', 'pilwalkot-6371-2024')).toBe(1);
    const again = await t.app.inject({ method: 'POST', url: '/v1/contests', headers: supervisor, payload: banjarmasin() });
    expect(again.statusCode).toBe(200);
    expect(again.json().revision).toBe(before.revision + 1);
    expect(await auditCount('contest.update', 'pilwalkot-6371-2024')).toBe(1);

    const created = await t.app.inject({
      method: 'POST', url: '/v1/contests', headers: supervisor,
      payload: { ...banjarmasin(), id: 'pilwalkot-6371-2029', name: 'Pemilihan Wali Kota dan Wakil Wali Kota Banjarmasin 2029', campaign_start: '2029-09-01', campaign_end: '2029-11-20', voting_day: '2029-11-28' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ revision: 1, electionYear: 2029, source: 'api' });
    expect(await auditCount('contest.create', 'pilwalkot-6371-2029')).toBe(1);
  });

  it('keeps writes inside the region scope', async () => {
    const supervisor = await t.login('supervisor', '63');
    const jakarta = await t.app.inject({ url: '/v1/contests/pilgub-31-2024', headers: reader });
    const payload = {
      id: 'pilgub-31-2024', name: jakarta.json().name, level: 'provinsi', region: { code: '31' },
      campaign_start: '2024-09-25', campaign_end: '2024-11-23', voting_day: '2024-11-27', candidates: [{ number: 1, head: 'A', deputy: 'B' }],
    };
    const post = await t.app.inject({ method: 'POST', url: '/v1/contests', headers: supervisor, payload });
    expect(post.statusCode).toBe(403);
    const patch = await t.app.inject({ method: 'PATCH', url: '/v1/contests/pilgub-31-2024/pairs/1', headers: supervisor, payload: { aliases: ['RIDO'] } });
    expect(patch.statusCode).toBe(403);
    // A regency supervisor may not edit the province contest that contains the regency.
    const regency = await t.login('supervisor', '63.71');
    expect((await t.app.inject({ method: 'PATCH', url: '/v1/contests/pilgub-63-2024/pairs/1', headers: regency, payload: { aliases: ['X'] } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'PATCH', url: '/v1/contests/pilwalkot-6371-2024/pairs/1', headers: regency, payload: { aliases: ['Yamin'] } })).statusCode).toBe(200);
    // Roles: a reviewer reads but does not write; only an admin imports.
    const reviewer = await t.login('reviewer', '63.71');
    expect((await t.app.inject({ method: 'PATCH', url: '/v1/contests/pilwalkot-6371-2024/pairs/1', headers: reviewer, payload: { aliases: ['Y'] } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/v1/contests/import', headers: supervisor, payload: [banjarmasin()] })).statusCode).toBe(403);
    const unchanged = (await t.app.inject({ url: '/v1/contests/pilgub-31-2024', headers: reader })).json();
    expect(unchanged.revision).toBe(jakarta.json().revision);
    // An admin with a regional scope imports only inside it.
    const regionalAdmin = await t.login('admin', '63');
    expect((await t.app.inject({ method: 'POST', url: '/v1/contests/import', headers: regionalAdmin, payload: [payload] })).statusCode).toBe(403);
  });

  it("edits a pair's lexicon, audited, with a revision bump only on change", async () => {
    const supervisor = await t.login('supervisor', '63');
    const before = (await t.app.inject({ url: '/v1/contests/pilgub-63-2024', headers: reader })).json();
    const payload = { aliases: ['  Paman Birin ', 'Paman Birin'], hashtags: ['#KalselMaju'], accounts: [{ platform: 'instagram', handle: '@paslon01' }], incumbent: true };
    const res = await t.app.inject({ method: 'PATCH', url: '/v1/contests/pilgub-63-2024/pairs/1', headers: supervisor, payload });
    expect(res.statusCode).toBe(200);
    expect(res.json().revision).toBe(before.revision + 1);
    expect(res.json().pairs[0]).toMatchObject({ aliases: ['Paman Birin'], hashtags: ['#KalselMaju'], accounts: [{ platform: 'instagram', handle: 'paslon01' }], incumbent: true, parties: [] });
    const same = await t.app.inject({ method: 'PATCH', url: '/v1/contests/pilgub-63-2024/pairs/1', headers: supervisor, payload });
    expect(same.json().revision).toBe(before.revision + 1);
    expect(await auditCount('contest.pair.update', 'pilgub-63-2024')).toBe(1);
    expect((await t.app.inject({ method: 'PATCH', url: '/v1/contests/pilgub-63-2024/pairs/9', headers: supervisor, payload })).statusCode).toBe(404);
    const bad = await t.app.inject({ method: 'PATCH', url: '/v1/contests/pilgub-63-2024/pairs/1', headers: supervisor, payload: { aliases: 'x', colour: 'kuning', accounts: [{ platform: 'myspace', handle: 'a' }] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['/body/colour', '/body/accounts/0/platform']));
  });

  it('imports through the API as an admin, with one audit row per changed contest', async () => {
    const payload = [banjarmasin(), { ...banjarmasin(), id: 'pilwalkot-6372-2024', name: 'Pemilihan Wali Kota dan Wakil Wali Kota Banjarbaru 2024', region: { code: '63.72' } }];
    const res = await t.app.inject({ method: 'POST', url: '/v1/contests/import', headers: admin, payload });
    expect(res.statusCode).toBe(200);
    expect(res.json().contests).toEqual({ total: 2, inserted: 0, updated: 2, unchanged: 0 });
    expect(res.json().outcomes).toEqual([{ id: 'pilwalkot-6371-2024', outcome: 'updated' }, { id: 'pilwalkot-6372-2024', outcome: 'updated' }]);
    const again = await t.app.inject({ method: 'POST', url: '/v1/contests/import', headers: admin, payload });
    expect(again.json().contests).toEqual({ total: 2, inserted: 0, updated: 0, unchanged: 2 });
    expect(await auditCount('contest.update', 'pilwalkot-6372-2024')).toBe(1);
  });
});
