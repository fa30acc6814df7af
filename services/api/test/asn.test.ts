import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let admin: { authorization: string };
let bjm: { id: string };
let mks: { id: string };

const asnBody = (over: Record<string, unknown> = {}) => ({
  nip: '198503122010011004',
  name: 'Budi Rekaan',
  employmentType: 'PNS',
  positionClass: 'fungsional',
  positionTitle: 'Guru Ahli Muda',
  agencyCode: 'DISDIK-BJM',
  regionCode: '63.71',
  ...over,
});

async function audit(action: string, entityId?: string) {
  const { rows } = await t.db.pool.query(
    `SELECT actor_label, action, entity_id, region_code, details FROM audit_log WHERE action = $1 AND ($2::text IS NULL OR entity_id = $2) ORDER BY seq`,
    [action, entityId ?? null],
  );
  return rows;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin', null, { username: 'admin-nasional' });
  for (const [code, name, regionCode] of [
    ['DISDIK-BJM', 'Dinas Pendidikan Kota Banjarmasin', '63.71'],
    ['SETDA-MKS', 'Sekretariat Daerah Kota Makassar', '73.71'],
  ] as const) {
    expect((await t.app.inject({ method: 'POST', url: '/v1/agencies', headers: admin, payload: { code, name, regionCode } })).statusCode).toBe(201);
  }
  const a = await t.app.inject({ method: 'POST', url: '/v1/asn', headers: admin, payload: asnBody() });
  expect(a.statusCode).toBe(201);
  bjm = a.json();
  const b = await t.app.inject({
    method: 'POST', url: '/v1/asn', headers: admin,
    payload: asnBody({ nip: '197001011995031002', name: 'Andi Fiktif', positionClass: 'kepala_wilayah', positionTitle: 'Camat Tamalate', agencyCode: 'SETDA-MKS', regionCode: '73.71' }),
  });
  expect(b.statusCode).toBe(201);
  mks = b.json();
});
afterAll(async () => {
  await t.close();
});

describe('ASN registry: input', () => {
  it('creates an ASN with its agency and audits the write', async () => {
    expect(bjm).toMatchObject({ nip: '198503122010011004', name: 'Budi Rekaan', positionClass: 'fungsional', regionCode: '63.71', agency: { code: 'DISDIK-BJM' } });
    const rows = await audit('asn.create', bjm.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor_label: 'admin-nasional', region_code: '63.71' });
  });

  it('rejects a bad NIP with 400 naming /body/nip', async () => {
    for (const nip of ['12345', '19850312201001100X', '198513322010011004', '198503122010013004', '198503121990011004']) {
      const res = await t.app.inject({ method: 'POST', url: '/v1/asn', headers: admin, payload: asnBody({ nip }) });
      expect(res.statusCode, nip).toBe(400);
      expect(res.json().error).toBe('VALIDATION_FAILED');
      expect(res.json().details.map((d: { path: string }) => d.path)).toContain('/body/nip');
    }
  });

  it('rejects other bad input with 400 naming every field', async () => {
    const res = await t.app.inject({
      method: 'POST', url: '/v1/asn', headers: admin,
      payload: { nip: '198503122010011004', name: '', employmentType: 'honorer', positionClass: 'menteri', regionCode: '63-71', agencyId: 'not-a-uuid', extra: 1 },
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['/body/name', '/body/employmentType', '/body/positionClass', '/body/regionCode', '/body/agencyId', '/body/extra']));
    const noAgency = await t.app.inject({ method: 'POST', url: '/v1/asn', headers: admin, payload: asnBody({ nip: '199001012015012001', agencyCode: 'NO-SUCH-AGENCY' }) });
    expect(noAgency.statusCode).toBe(400);
    expect(noAgency.json().details[0].path).toBe('/body/agencyCode');
    const neither = await t.app.inject({ method: 'POST', url: '/v1/asn', headers: admin, payload: { ...asnBody({ nip: '199001012015012001' }), agencyCode: undefined } });
    expect(neither.statusCode).toBe(400);
    expect(neither.json().details[0].path).toBe('/body/agencyId');
    const badCursor = await t.app.inject({ url: '/v1/asn?cursor=abc', headers: admin });
    expect(badCursor.statusCode).toBe(400);
  });

  it('refuses a second ASN with the same NIP (409)', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/asn', headers: admin, payload: asnBody({ name: 'Someone Else' }) });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('198503122010011004');
  });
});

describe('ASN registry: region scope', () => {
  it('gives a 63.71 reviewer 404 for a 73.71 ASN and 403 for ?region=73.71', async () => {
    const reviewer = await t.login('reviewer', '63.71');
    expect((await t.app.inject({ url: `/v1/asn/${mks.id}`, headers: reviewer })).statusCode).toBe(404);
    const forbidden = await t.app.inject({ url: '/v1/asn?region=73.71', headers: reviewer });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error).toBe('FORBIDDEN');
    const own = await t.app.inject({ url: `/v1/asn/${bjm.id}`, headers: reviewer });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ id: bjm.id, nip: '198503122010011004', accounts: [] });
    const list = await t.app.inject({ url: '/v1/asn', headers: reviewer });
    expect(list.json().items.map((a: { regionCode: string }) => a.regionCode)).toEqual(['63.71']);
    // The province containing 63.71 is outside a regency reviewer's scope too.
    expect((await t.app.inject({ url: '/v1/asn?region=63', headers: reviewer })).statusCode).toBe(403);
  });

  it('lets a national admin see every region, and a provincial scope everything inside it', async () => {
    const all = await t.app.inject({ url: '/v1/asn', headers: admin });
    expect(all.json().items.map((a: { regionCode: string }) => a.regionCode).sort()).toEqual(['63.71', '73.71']);
    const province = await t.login('supervisor', '73');
    const inside = await t.app.inject({ url: '/v1/asn', headers: province });
    expect(inside.json().items.map((a: { id: string }) => a.id)).toEqual([mks.id]);
  });

  it('refuses writes outside the caller\'s scope', async () => {
    const localAdmin = await t.login('admin', '63.71');
    const create = await t.app.inject({ method: 'POST', url: '/v1/asn', headers: localAdmin, payload: asnBody({ nip: '199001012015012001', agencyCode: 'SETDA-MKS', regionCode: '73.71' }) });
    expect(create.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'PATCH', url: `/v1/asn/${mks.id}`, headers: localAdmin, payload: { name: 'Hijacked' } })).statusCode).toBe(404);
    const move = await t.app.inject({ method: 'PATCH', url: `/v1/asn/${bjm.id}`, headers: localAdmin, payload: { regionCode: '73.71' } });
    expect(move.statusCode).toBe(403);
  });

  it('lets readers read but not write, and keeps personal data from integrators', async () => {
    const reviewer = await t.login('reviewer', '63.71');
    expect((await t.app.inject({ method: 'POST', url: '/v1/asn', headers: reviewer, payload: asnBody({ nip: '199001012015012001' }) })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'PATCH', url: `/v1/asn/${bjm.id}`, headers: reviewer, payload: { name: 'X' } })).statusCode).toBe(403);
    const liaison = await t.login('liaison', null);
    expect((await t.app.inject({ url: `/v1/asn/${bjm.id}`, headers: liaison })).statusCode).toBe(200);
    const integrator = await t.login('integrator', null);
    expect((await t.app.inject({ url: '/v1/asn', headers: integrator })).statusCode).toBe(403);
    expect((await t.app.inject({ url: `/v1/asn/${bjm.id}`, headers: integrator })).statusCode).toBe(403);
  });
});

describe('ASN registry: audit of personal data', () => {
  it('records a single read as asn.read', async () => {
    const reviewer = await t.login('reviewer', '63.71', { username: 'reviewer-bjm-audit' });
    const before = (await audit('asn.read', bjm.id)).length;
    expect((await t.app.inject({ url: `/v1/asn/${bjm.id}`, headers: reviewer })).statusCode).toBe(200);
    const rows = await audit('asn.read', bjm.id);
    expect(rows).toHaveLength(before + 1);
    expect(rows[rows.length - 1]).toMatchObject({ actor_label: 'reviewer-bjm-audit', region_code: '63.71' });
    // A refused read (out of scope) leaves no read record.
    const mksReads = (await audit('asn.read', mks.id)).length;
    await t.app.inject({ url: `/v1/asn/${mks.id}`, headers: reviewer });
    expect(await audit('asn.read', mks.id)).toHaveLength(mksReads);
  });

  it('records a list as asn.list with the count, the filter and the ids', async () => {
    const reviewer = await t.login('reviewer', '63.71', { username: 'reviewer-bjm-list' });
    const res = await t.app.inject({ url: '/v1/asn?positionClass=fungsional&q=budi', headers: reviewer });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toHaveLength(1);
    const rows = (await audit('asn.list')).filter((r) => r.actor_label === 'reviewer-bjm-list');
    expect(rows).toHaveLength(1);
    expect(rows[0].region_code).toBe('63.71');
    expect(rows[0].details).toEqual({ count: 1, filter: { positionClass: 'fungsional', q: 'budi' }, ids: [bjm.id] });
  });

  it('records an update with the changed fields, and nothing when nothing changed', async () => {
    const res = await t.app.inject({ method: 'PATCH', url: `/v1/asn/${bjm.id}`, headers: admin, payload: { positionTitle: 'Guru Ahli Madya', positionClass: 'fungsional' } });
    expect(res.statusCode).toBe(200);
    expect(res.json().positionTitle).toBe('Guru Ahli Madya');
    let rows = await audit('asn.update', bjm.id);
    expect(rows).toHaveLength(1);
    expect(rows[0].details).toEqual({ fields: ['positionTitle'] });
    expect((await t.app.inject({ method: 'PATCH', url: `/v1/asn/${bjm.id}`, headers: admin, payload: { positionTitle: 'Guru Ahli Madya' } })).statusCode).toBe(200);
    rows = await audit('asn.update', bjm.id);
    expect(rows).toHaveLength(1);
    const badNip = await t.app.inject({ method: 'PATCH', url: `/v1/asn/${bjm.id}`, headers: admin, payload: { nip: '1985' } });
    expect(badNip.statusCode).toBe(400);
    expect(badNip.json().details[0].path).toBe('/body/nip');
    expect((await t.app.inject({ method: 'PATCH', url: `/v1/asn/${bjm.id}`, headers: admin, payload: {} })).statusCode).toBe(400);
  });
});

describe('ASN registry: listing', () => {
  it('filters by agency and position class, and pages by name with a cursor', async () => {
    const names = ['Citra Contoh', 'Dedi Contoh', 'Eka Contoh', 'Fauzi Contoh', 'Gita Contoh'];
    for (const [i, name] of names.entries()) {
      const res = await t.app.inject({ method: 'POST', url: '/v1/asn', headers: admin, payload: asnBody({ nip: `19900101201501100${i}`, name, positionClass: 'pelaksana', positionTitle: null }) });
      expect(res.statusCode).toBe(201);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { statusCode: number; json: () => any } = await t.app.inject({ url: `/v1/asn?region=63.71&positionClass=pelaksana&limit=2${cursor ? `&cursor=${cursor}` : ''}`, headers: admin });
      expect(res.statusCode).toBe(200);
      seen.push(...res.json().items.map((a: { name: string }) => a.name));
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(seen).toEqual(names);
    // The name search is literal: % and _ are not wildcards.
    expect((await t.app.inject({ url: '/v1/asn?q=%25', headers: admin })).json().items).toEqual([]);
    expect((await t.app.inject({ url: '/v1/asn?q=Contoh', headers: admin })).json().items).toHaveLength(5);
    const byAgency = await t.app.inject({ url: '/v1/asn?agency=SETDA-MKS', headers: admin });
    expect(byAgency.json().items.map((a: { id: string }) => a.id)).toEqual([mks.id]);
  });
});
