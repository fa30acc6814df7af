import { describe, expect, it } from 'vitest';
import type { TestApp } from './test-app.js';
import { auth, ReviewFixtures, reviewSuite } from './review-fixtures.js';

let t: TestApp;
let fx: ReviewFixtures;
reviewSuite((app, fixtures) => {
  t = app;
  fx = fixtures;
});


describe('review queue', () => {
  it('sorts by priority: score, position class, age and deadline', async () => {
    const region = '63.01';
    const jpt = await fx.person(region, 'jpt');
    const staff = await fx.person(region, 'pelaksana');
    const lowJpt = await fx.flag({ regionCode: region, asnId: jpt.asnId, accountId: jpt.accountId, score: 0.6, ageHours: 1 });
    const lowStaff = await fx.flag({ regionCode: region, asnId: staff.asnId, accountId: staff.accountId, score: 0.6, ageHours: 1 });
    const highStaff = await fx.flag({ regionCode: region, asnId: staff.asnId, accountId: staff.accountId, score: 0.99, ageHours: 1 });
    const overdueStaff = await fx.flag({ regionCode: region, asnId: staff.asnId, accountId: staff.accountId, score: 0.6, ageHours: 100 });
    const reviewer = await t.login('reviewer', region);
    const res = await t.app.inject({ url: '/v1/flags?limit=10', headers: auth(reviewer) });
    expect(res.statusCode).toBe(200);
    const ids = res.json().items.map((i: { id: string }) => i.id);
    expect(ids).toHaveLength(4);
    // jpt at 0.6 (30 + 30) beats pelaksana at 0.99 (49.5 + 5); an overdue flag rises above a fresh one.
    expect(ids.indexOf(lowJpt.flagId)).toBeLessThan(ids.indexOf(highStaff.flagId));
    expect(ids.indexOf(highStaff.flagId)).toBeLessThan(ids.indexOf(lowStaff.flagId));
    expect(ids.indexOf(overdueStaff.flagId)).toBeLessThan(ids.indexOf(lowStaff.flagId));
    const priorities = res.json().items.map((i: { priority: number }) => i.priority);
    expect([...priorities].sort((a, b) => b - a)).toEqual(priorities);
    // Each row says why it was flagged, in Bahasa Indonesia unless the reader asks for English.
    expect(res.json().items[0].reason).toBe('Menyebut nomor urut paslon 2');
    const en = await t.app.inject({ url: '/v1/flags?limit=1', headers: { ...auth(reviewer), 'accept-language': 'en' } });
    expect(en.json().items[0].reason).toBe('Names ballot number 2');
  });

  it('filters by platform, item kind, position class, score band, status, age and contest', async () => {
    const region = '63.02';
    await fx.contest({ id: 'kota-banjarmasin-2024', regionCode: '63.71' });
    const p = await fx.person(region, 'administrator');
    const ig = await fx.flag({ regionCode: region, asnId: p.asnId, platform: 'instagram', kind: 'like', score: 0.95, target: { author_handle: 'paslon02', text: 'Mari menangkan 02' }, contestId: 'kota-banjarmasin-2024' });
    const fb = await fx.flag({ regionCode: region, asnId: p.asnId, platform: 'facebook', score: 0.55, ageHours: 50 });
    const reviewer = await t.login('reviewer', region);
    const get = async (qs: string) => (await t.app.inject({ url: `/v1/flags?${qs}`, headers: auth(reviewer) })).json().items.map((i: { id: string }) => i.id);
    expect(await get('platform=instagram')).toEqual([ig.flagId]);
    expect(await get('kind=like')).toEqual([ig.flagId]);
    expect(await get('positionClass=administrator')).toHaveLength(2);
    expect(await get('positionClass=jpt')).toEqual([]);
    expect(await get('scoreBand=high')).toEqual([ig.flagId]);
    expect(await get('scoreBand=low')).toEqual([fb.flagId]);
    expect(await get('minAgeHours=24')).toEqual([fb.flagId]);
    expect(await get('maxAgeHours=24')).toEqual([ig.flagId]);
    expect(await get('contest=kota-banjarmasin-2024')).toEqual([ig.flagId]);
    expect(await get('status=pending&status=in_review')).toHaveLength(2);
    expect(await get('status=confirmed')).toEqual([]);
    const bad = await t.app.inject({ url: '/v1/flags?platform=myspace', headers: auth(reviewer) });
    expect(bad.statusCode).toBe(400);
  });

  it('keeps pages stable while new flags arrive', async () => {
    const region = '63.03';
    const p = await fx.person(region, 'fungsional');
    const created: string[] = [];
    for (let i = 0; i < 7; i += 1) created.push((await fx.flag({ regionCode: region, asnId: p.asnId, score: 0.5 + i * 0.05 })).flagId);
    const reviewer = await t.login('reviewer', region);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/v1/flags?limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await t.app.inject({ url, headers: auth(reviewer) });
      expect(res.statusCode).toBe(200);
      const body = res.json() as { items: { id: string }[]; nextCursor: string | null };
      seen.push(...body.items.map((i) => i.id));
      cursor = body.nextCursor;
      // A new, most urgent flag arrives between pages: it belongs to the next listing, not this one.
      await fx.flag({ regionCode: region, asnId: p.asnId, score: 0.99 });
      pages += 1;
    } while (cursor && pages < 10);
    expect(seen).toHaveLength(7);
    expect(new Set(seen)).toEqual(new Set(created));
  });

  it('scopes by region: other regions are invisible, asking for them is 403', async () => {
    const p = await fx.person('73.71', 'jpt');
    const makassar = await fx.flag({ regionCode: '73.71', asnId: p.asnId });
    const reviewer = await t.login('reviewer', '63.71');
    const list = await t.app.inject({ url: '/v1/flags?limit=500', headers: auth(reviewer) });
    expect(list.json().items.map((i: { id: string }) => i.id)).not.toContain(makassar.flagId);
    expect(list.json().items.every((i: { regionCode: string }) => i.regionCode.startsWith('63.71'))).toBe(true);
    expect((await t.app.inject({ url: '/v1/flags?region=73.71', headers: auth(reviewer) })).statusCode).toBe(403);
    expect((await t.app.inject({ url: `/v1/flags/${makassar.flagId}`, headers: auth(reviewer) })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: `/v1/flags/${makassar.flagId}/claim`, headers: auth(reviewer) })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: `/v1/flags/${makassar.flagId}/release`, headers: auth(reviewer) })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: `/v1/flags/${makassar.flagId}/decision`, headers: auth(reviewer), payload: { decision: 'dismiss', reasonCode: 'other' } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: '/v1/flags/claim-next', headers: auth(reviewer), payload: { region: '73.71' } })).statusCode).toBe(403);
    const supervisor = await t.login('supervisor', '63.71');
    expect((await t.app.inject({ method: 'POST', url: `/v1/flags/${makassar.flagId}/resolve`, headers: auth(supervisor), payload: { decision: 'dismiss', reasonCode: 'other', note: 'x' } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: `/v1/flags/${makassar.flagId}/reassign`, headers: auth(supervisor), payload: { userId: reviewer.userId } })).statusCode).toBe(404);
    const liaison = await t.login('liaison', '63.71');
    expect((await t.app.inject({ url: '/v1/flags', headers: auth(liaison) })).statusCode).toBe(403);
  });
});

describe('claims', () => {
  it('never gives one flag to two reviewers, however many claim at once', async () => {
    const region = '63.04';
    const p = await fx.person(region, 'pengawas');
    const flags: string[] = [];
    for (let i = 0; i < 30; i += 1) flags.push((await fx.flag({ regionCode: region, asnId: p.asnId, score: 0.5 + (i % 10) * 0.05 })).flagId);
    const reviewers = await Promise.all(Array.from({ length: 20 }, () => t.login('reviewer', region)));
    // 20 reviewers, two rounds at once: 40 claims for 30 flags.
    const results = await Promise.all([...reviewers, ...reviewers].map((r) => t.app.inject({ method: 'POST', url: '/v1/flags/claim-next', headers: auth(r), payload: {} })));
    const ok = results.filter((r) => r.statusCode === 200).map((r) => r.json().flagId as string);
    expect(results.every((r) => r.statusCode === 200 || r.statusCode === 404)).toBe(true);
    expect(new Set(ok).size).toBe(ok.length);
    expect(ok.length).toBe(30);
    const { rows } = await t.db.pool.query(`SELECT count(*)::int AS n FROM flags WHERE region_code = $1 AND claimed_by IS NOT NULL AND status = 'in_review'`, [region]);
    expect(rows[0].n).toBe(30);
    const audits = await t.db.pool.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'flag.claim' AND entity_id = ANY($1::text[])`, [flags]);
    expect(audits.rows[0].n).toBe(30);
  });

  it('lets exactly one of many reviewers claim a chosen flag', async () => {
    const region = '63.05';
    const p = await fx.person(region);
    const { flagId } = await fx.flag({ regionCode: region, asnId: p.asnId });
    const reviewers = await Promise.all(Array.from({ length: 20 }, () => t.login('reviewer', region)));
    const results = await Promise.all(reviewers.map((r) => t.app.inject({ method: 'POST', url: `/v1/flags/${flagId}/claim`, headers: auth(r) })));
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(results.filter((r) => r.statusCode === 409)).toHaveLength(19);
    const conflict = results.find((r) => r.statusCode === 409)!;
    expect(conflict.json().message).toBe('Temuan ini sedang ditelaah oleh penelaah lain');
  });

  it('returns a flag to the queue when its lease expires', async () => {
    const region = '63.06';
    const p = await fx.person(region);
    const { flagId } = await fx.flag({ regionCode: region, asnId: p.asnId });
    const a = await t.login('reviewer', region);
    const b = await t.login('reviewer', region);
    const claim = await t.app.inject({ method: 'POST', url: `/v1/flags/${flagId}/claim`, headers: auth(a) });
    expect(claim.statusCode).toBe(200);
    expect(claim.json()).toMatchObject({ flagId, status: 'in_review', claimedBy: a.userId });
    const leaseMs = new Date(claim.json().leaseExpiresAt).getTime() - Date.now();
    expect(leaseMs).toBeGreaterThan(14 * 60_000);
    expect(leaseMs).toBeLessThanOrEqual(15 * 60_000);
    expect((await t.app.inject({ method: 'POST', url: '/v1/flags/claim-next', headers: auth(b), payload: { region } })).statusCode).toBe(404);
    // Time passes: the lease runs out.
    await t.db.pool.query(`UPDATE flags SET lease_expires_at = now() - interval '1 second' WHERE id = $1`, [flagId]);
    const listed = await t.app.inject({ url: `/v1/flags?region=${region}`, headers: auth(b) });
    expect(listed.json().items[0]).toMatchObject({ id: flagId, status: 'pending', claimedBy: null });
    const next = await t.app.inject({ method: 'POST', url: '/v1/flags/claim-next', headers: auth(b), payload: { region } });
    expect(next.statusCode).toBe(200);
    expect(next.json()).toMatchObject({ flagId, claimedBy: b.userId });
    // The first reviewer's lease is gone: deciding now is refused.
    const late = await t.app.inject({ method: 'POST', url: `/v1/flags/${flagId}/decision`, headers: auth(a), payload: { decision: 'dismiss', reasonCode: 'not_partisan' } });
    expect(late.statusCode).toBe(409);
  });

  it('releases, and a supervisor reassigns', async () => {
    const region = '63.07';
    const p = await fx.person(region);
    const { flagId } = await fx.flag({ regionCode: region, asnId: p.asnId });
    const a = await t.login('reviewer', region);
    const b = await t.login('reviewer', region);
    const supervisor = await t.login('supervisor', '63');
    expect((await t.app.inject({ method: 'POST', url: `/v1/flags/${flagId}/claim`, headers: auth(a) })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: `/v1/flags/${flagId}/release`, headers: auth(b) })).statusCode).toBe(409);
    expect((await t.app.inject({ method: 'POST', url: `/v1/flags/${flagId}/release`, headers: auth(a) })).statusCode).toBe(204);
    const after = await t.db.pool.query('SELECT status, claimed_by FROM flags WHERE id = $1', [flagId]);
    expect(after.rows[0]).toEqual({ status: 'pending', claimed_by: null });
    expect((await t.app.inject({ method: 'POST', url: `/v1/flags/${flagId}/claim`, headers: auth(a) })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: `/v1/flags/${flagId}/reassign`, headers: auth(a), payload: { userId: b.userId } })).statusCode).toBe(403);
    const moved = await t.app.inject({ method: 'POST', url: `/v1/flags/${flagId}/reassign`, headers: auth(supervisor), payload: { userId: b.userId } });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().claimedBy).toBe(b.userId);
    const outsider = await t.login('reviewer', '73.71');
    expect((await t.app.inject({ method: 'POST', url: `/v1/flags/${flagId}/reassign`, headers: auth(supervisor), payload: { userId: outsider.userId } })).statusCode).toBe(400);
    const mine = await t.app.inject({ url: '/v1/flags?mine=true', headers: auth(b) });
    expect(mine.json().items.map((i: { id: string }) => i.id)).toEqual([flagId]);
    const { rows } = await t.db.pool.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY seq`, [flagId]);
    expect(rows.map((r) => r.action)).toEqual(['flag.claim', 'flag.release', 'flag.claim', 'flag.reassign']);
  });
});
