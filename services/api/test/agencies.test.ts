import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let admin: { authorization: string };
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin', null);
  for (const [code, name, regionCode] of [
    ['BKPSDM-BJM', 'BKPSDM Kota Banjarmasin', '63.71'],
    ['BKD-KALSEL', 'BKD Provinsi Kalimantan Selatan', '63'],
    ['SETDA-MKS', 'Sekretariat Daerah Kota Makassar', '73.71'],
  ] as const) {
    const res = await t.app.inject({ method: 'POST', url: '/v1/agencies', headers: admin, payload: { code, name, regionCode } });
    expect(res.statusCode).toBe(201);
    ids[code] = res.json().id;
  }
});
afterAll(async () => {
  await t.close();
});

describe('agencies', () => {
  it('creates an agency and audits the write', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/agencies', headers: admin, payload: { code: 'DINKES-KUKAR', name: 'Dinas Kesehatan Kutai Kartanegara', regionCode: '64.02' } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ code: 'DINKES-KUKAR', regionCode: '64.02' });
    const audit = await t.db.pool.query(`SELECT action, region_code FROM audit_log WHERE entity_type = 'agency' AND entity_id = $1`, [res.json().id]);
    expect(audit.rows).toEqual([{ action: 'agency.create', region_code: '64.02' }]);
  });

  it('rejects bad input with 400 naming the field, and a taken code with 409', async () => {
    const bad = await t.app.inject({ method: 'POST', url: '/v1/agencies', headers: admin, payload: { code: 'x', name: '', regionCode: '6371', extra: true } });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['/body/code', '/body/name', '/body/regionCode', '/body/extra']));
    const unknownRegion = await t.app.inject({ method: 'POST', url: '/v1/agencies', headers: admin, payload: { code: 'NOWHERE', name: 'Nowhere', regionCode: '63.99' } });
    expect(unknownRegion.statusCode).toBe(400);
    expect(unknownRegion.json().details[0].path).toBe('/body/regionCode');
    const taken = await t.app.inject({ method: 'POST', url: '/v1/agencies', headers: admin, payload: { code: 'BKPSDM-BJM', name: 'Again', regionCode: '63.71' } });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().message).toContain('BKPSDM-BJM');
  });

  it('scopes reads and writes by region', async () => {
    const reviewer = await t.login('reviewer', '63.71');
    const list = await t.app.inject({ url: '/v1/agencies', headers: reviewer });
    expect(list.statusCode).toBe(200);
    // Its own regency's agencies and those of the province containing it, never Makassar's.
    expect(list.json().items.map((a: { code: string }) => a.code).sort()).toEqual(['BKD-KALSEL', 'BKPSDM-BJM']);
    expect((await t.app.inject({ url: `/v1/agencies/${ids['SETDA-MKS']}`, headers: reviewer })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/v1/agencies/${ids['BKPSDM-BJM']}`, headers: reviewer })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/v1/agencies?region=73.71', headers: reviewer })).statusCode).toBe(403);
    const within = await t.app.inject({ url: '/v1/agencies?region=63.71', headers: reviewer });
    expect(within.json().items.map((a: { code: string }) => a.code)).toEqual(['BKPSDM-BJM']);

    const supervisor = await t.login('supervisor', '63.71');
    const outside = await t.app.inject({ method: 'POST', url: '/v1/agencies', headers: supervisor, payload: { code: 'DISHUB-MKS', name: 'Dishub Makassar', regionCode: '73.71' } });
    expect(outside.statusCode).toBe(403);
    const inside = await t.app.inject({ method: 'POST', url: '/v1/agencies', headers: supervisor, payload: { code: 'DISHUB-BJM', name: 'Dishub Banjarmasin', regionCode: '63.71' } });
    expect(inside.statusCode).toBe(201);
    expect((await t.app.inject({ method: 'POST', url: '/v1/agencies', headers: reviewer, payload: { code: 'DISPAR-BJM', name: 'Dispar', regionCode: '63.71' } })).statusCode).toBe(403);
  });

  it('pages with a cursor', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { statusCode: number; json: () => any } = await t.app.inject({ url: `/v1/agencies?limit=2${cursor ? `&cursor=${cursor}` : ''}`, headers: admin });
      expect(res.statusCode).toBe(200);
      seen.push(...res.json().items.map((a: { code: string }) => a.code));
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(5);
  });
});
