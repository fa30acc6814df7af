import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let admin: { authorization: string };
let asnBjm: string;
let asnMks: string;
let accountMks: string;

async function createAsn(nip: string, agencyCode: string, regionCode: string): Promise<string> {
  const res = await t.app.inject({
    method: 'POST', url: '/v1/asn', headers: admin,
    payload: { nip, name: `ASN ${nip.slice(-3)} Rekaan`, positionClass: 'pelaksana', agencyCode, regionCode },
  });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

const account = (over: Record<string, unknown> = {}) => ({ platform: 'instagram', handle: '@Budi.Demo', asnId: asnBjm, linkMethod: 'agency_list', linkConfidence: 0.9, ...over });

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin', null);
  for (const [code, regionCode] of [['DISDIK-BJM', '63.71'], ['SETDA-MKS', '73.71']] as const) {
    expect((await t.app.inject({ method: 'POST', url: '/v1/agencies', headers: admin, payload: { code, name: code, regionCode } })).statusCode).toBe(201);
  }
  asnBjm = await createAsn('198503122010011004', 'DISDIK-BJM', '63.71');
  asnMks = await createAsn('197001011995031002', 'SETDA-MKS', '73.71');
  const res = await t.app.inject({ method: 'POST', url: '/v1/accounts', headers: admin, payload: account({ platform: 'facebook', handle: 'andi.mks', asnId: asnMks, linkMethod: 'investigator', linkConfidence: 0.6 }) });
  expect(res.statusCode).toBe(201);
  accountMks = res.json().id;
});
afterAll(async () => {
  await t.close();
});

describe('social accounts', () => {
  it('registers an account for an ASN, without the @, and audits it', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/accounts', headers: admin, payload: account() });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ platform: 'instagram', handle: 'Budi.Demo', asnId: asnBjm, regionCode: '63.71', linkMethod: 'agency_list', linkConfidence: 0.9, monitoringState: 'active', platformUserId: null });
    const audit = await t.db.pool.query(`SELECT action, region_code, details FROM audit_log WHERE entity_type = 'social_account' AND entity_id = $1`, [res.json().id]);
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({ action: 'account.create', region_code: '63.71', details: { asnId: asnBjm, platform: 'instagram' } });
    // The ASN's record lists it.
    const asn = await t.app.inject({ url: `/v1/asn/${asnBjm}`, headers: admin });
    expect(asn.json().accounts.map((a: { handle: string }) => a.handle)).toEqual(['Budi.Demo']);
  });

  it('refuses the same handle on the same platform, whatever its case, with 409', async () => {
    const dup = await t.app.inject({ method: 'POST', url: '/v1/accounts', headers: admin, payload: account({ handle: 'budi.demo' }) });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toBe('CONFLICT');
    expect(dup.json().message).toMatch(/instagram account with handle @budi\.demo is already registered/);
    const other = await t.app.inject({ method: 'POST', url: '/v1/accounts', headers: admin, payload: account({ platform: 'tiktok', handle: 'budi.demo', platformUserId: 'tt-1' }) });
    expect(other.statusCode).toBe(201);
    const sameId = await t.app.inject({ method: 'POST', url: '/v1/accounts', headers: admin, payload: account({ platform: 'tiktok', handle: 'budi.demo2', platformUserId: 'tt-1' }) });
    expect(sameId.statusCode).toBe(409);
    expect(sameId.json().message).toContain('platform user id tt-1');
  });

  it('rejects bad input with 400 naming the field', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/accounts', headers: admin, payload: { platform: 'myspace', handle: '', asnId: 'x', linkMethod: 'rumour', linkConfidence: 1.5 } });
    expect(res.statusCode).toBe(400);
    const paths = res.json().details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['/body/platform', '/body/handle', '/body/asnId', '/body/linkMethod', '/body/linkConfidence']));
    const blank = await t.app.inject({ method: 'POST', url: '/v1/accounts', headers: admin, payload: account({ handle: '@' }) });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().details[0].path).toBe('/body/handle');
    const patch = await t.app.inject({ method: 'PATCH', url: `/v1/accounts/${accountMks}`, headers: admin, payload: { monitoringState: 'deleted' } });
    expect(patch.statusCode).toBe(400);
    expect(patch.json().details[0].path).toBe('/body/monitoringState');
  });

  it('scopes every route by the ASN\'s region', async () => {
    const reviewer = await t.login('reviewer', '63.71');
    expect((await t.app.inject({ url: `/v1/accounts/${accountMks}`, headers: reviewer })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/v1/accounts?region=73.71', headers: reviewer })).statusCode).toBe(403);
    const list = await t.app.inject({ url: '/v1/accounts', headers: reviewer });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.length).toBeGreaterThan(0);
    expect(new Set(list.json().items.map((a: { regionCode: string }) => a.regionCode))).toEqual(new Set(['63.71']));
    const localAdmin = await t.login('admin', '63.71');
    expect((await t.app.inject({ method: 'POST', url: '/v1/accounts', headers: localAdmin, payload: account({ handle: 'x.mks', asnId: asnMks }) })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'PATCH', url: `/v1/accounts/${accountMks}`, headers: localAdmin, payload: { monitoringState: 'stopped' } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: '/v1/accounts', headers: reviewer, payload: account({ handle: 'x.bjm' }) })).statusCode).toBe(403);
  });

  it('lets integrators read accounts (no personal data in them)', async () => {
    const integrator = await t.login('integrator', '73.71');
    const list = await t.app.inject({ url: '/v1/accounts', headers: integrator });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((a: { id: string }) => a.id)).toEqual([accountMks]);
    expect(Object.keys(list.json().items[0])).not.toContain('name');
    expect((await t.app.inject({ method: 'PATCH', url: `/v1/accounts/${accountMks}`, headers: integrator, payload: { monitoringState: 'paused' } })).statusCode).toBe(403);
  });

  it('changes state, confidence and link method, audited, and filters by state', async () => {
    const res = await t.app.inject({ method: 'PATCH', url: `/v1/accounts/${accountMks}`, headers: admin, payload: { monitoringState: 'paused', linkConfidence: 0.85, linkMethod: 'self_declared' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ monitoringState: 'paused', linkConfidence: 0.85, linkMethod: 'self_declared' });
    const audit = await t.db.pool.query(`SELECT details FROM audit_log WHERE action = 'account.update' AND entity_id = $1`, [accountMks]);
    expect(audit.rows).toEqual([{ details: { monitoringState: 'paused', linkConfidence: 0.85, linkMethod: 'self_declared' } }]);
    // The same change again writes nothing.
    await t.app.inject({ method: 'PATCH', url: `/v1/accounts/${accountMks}`, headers: admin, payload: { monitoringState: 'paused' } });
    expect((await t.db.pool.query(`SELECT 1 FROM audit_log WHERE action = 'account.update' AND entity_id = $1`, [accountMks])).rowCount).toBe(1);
    const paused = await t.app.inject({ url: '/v1/accounts?state=paused', headers: admin });
    expect(paused.json().items.map((a: { id: string }) => a.id)).toEqual([accountMks]);
    const byAsn = await t.app.inject({ url: `/v1/accounts?asnId=${asnBjm}&platform=instagram`, headers: admin });
    expect(byAsn.json().items.map((a: { handle: string }) => a.handle)).toEqual(['Budi.Demo']);
  });

  it('pages by platform and handle with a cursor', async () => {
    for (const handle of ['a.one', 'B.two', 'c.three']) {
      expect((await t.app.inject({ method: 'POST', url: '/v1/accounts', headers: admin, payload: account({ platform: 'x', handle }) })).statusCode).toBe(201);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { statusCode: number; json: () => any } = await t.app.inject({ url: `/v1/accounts?limit=2${cursor ? `&cursor=${cursor}` : ''}`, headers: admin });
      expect(res.statusCode).toBe(200);
      seen.push(...res.json().items.map((a: { platform: string; handle: string }) => `${a.platform}:${a.handle}`));
      cursor = res.json().nextCursor;
    } while (cursor);
    const all = (await t.db.pool.query('SELECT platform, handle FROM social_accounts ORDER BY platform, lower(handle)')).rows.map((r) => `${r.platform}:${r.handle}`);
    expect(seen).toEqual(all);
  });
});
