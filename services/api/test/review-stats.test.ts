import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeStats, followUpRate, followUpText, zoneOf } from '../src/modules/review/stats-service.js';
import { createTestApp, type TestApp } from './test-app.js';
import { auth, ReviewFixtures } from './review-fixtures.js';

let t: TestApp;
let fx: ReviewFixtures;

/** A case with its stage history and its confirmed flags (platform, category), straight into the tables. */
async function seedCase(region: string, positionClass: string, history: string[], flags: [string, string][], openedAt = '2024-10-01T03:00:00Z'): Promise<string> {
  const p = await fx.person(region, positionClass);
  const { rows } = await t.db.pool.query<{ id: string }>(
    'INSERT INTO cases (asn_id, region_code, stage, opened_at) VALUES ($1, $2, $3, $4) RETURNING id',
    [p.asnId, region, history[history.length - 1], openedAt],
  );
  const caseId = rows[0]!.id;
  let from: string | null = null;
  for (const to of history) {
    await t.db.pool.query(`INSERT INTO case_transitions (case_id, from_stage, to_stage, actor_label) VALUES ($1, $2, $3, 'fixture')`, [caseId, from, to]);
    from = to;
  }
  for (const [platform, category] of flags) {
    const f = await fx.flag({ regionCode: region, asnId: p.asnId, accountId: p.accountId, platform, category: 'engagement', status: 'confirmed' });
    await t.db.pool.query('UPDATE flags SET case_id = $2 WHERE id = $1', [f.flagId, caseId]);
    await t.db.pool.query(
      `INSERT INTO review_labels (item_version_id, flag_id, judgement_id, violation, category, model_score) VALUES ($1, $2, $3, true, $4, 0.8)`,
      [f.versionId, f.flagId, f.judgementId, category],
    );
  }
  return caseId;
}

const UP_TO_SANCTION = ['open', 'under_review', 'confirmed', 'escalated', 'recommendation_received', 'sanction_recorded'];

beforeAll(async () => {
  t = await createTestApp();
  fx = new ReviewFixtures(t.db.pool);
  // Kota Banjarmasin (63.71): six cases.
  await seedCase('63.71', 'jpt', UP_TO_SANCTION, [['facebook', 'social_media_campaign'], ['instagram', 'attributes_symbols']]);
  await seedCase('63.71', 'jpt', [...UP_TO_SANCTION, 'closed'], [['facebook', 'engagement']]);
  await seedCase('63.71', 'administrator', UP_TO_SANCTION.slice(0, 5), [['x', 'social_media_campaign']]);
  await seedCase('63.71', 'fungsional', UP_TO_SANCTION.slice(0, 4), [['facebook', 'social_media_campaign']]);
  await seedCase('63.71', 'pelaksana', [...UP_TO_SANCTION.slice(0, 4), 'closed'], [['tiktok', 'attacking']]);
  await seedCase('63.71', 'pelaksana', ['open'], [['facebook', 'engagement']]);
  // Kota Banjarbaru (63.72): two cases and a dismissed one.
  await seedCase('63.72', 'kepala_wilayah', ['open', 'under_review'], [['facebook', 'social_media_campaign'], ['facebook', 'organising']]);
  await seedCase('63.72', 'pengawas', ['open', 'under_review', 'confirmed'], [['instagram', 'attributes_symbols']]);
  await seedCase('63.72', 'pelaksana', ['open', 'dismissed'], [['facebook', 'social_media_campaign']]);
  // Outside the region, and outside the period: neither counts.
  await seedCase('73.71', 'jpt', UP_TO_SANCTION, [['facebook', 'social_media_campaign']]);
  await seedCase('63.71', 'jpt', UP_TO_SANCTION, [['facebook', 'social_media_campaign']], '2020-06-26T03:00:00Z');
});
afterAll(async () => {
  await t.close();
});

describe('statistics', () => {
  it('match the hand-counted fixtures for a province and a period', async () => {
    const supervisor = await t.login('supervisor', '63');
    const res = await t.app.inject({ url: '/v1/stats?region=63&from=2024-09-25&to=2024-11-27', headers: auth(supervisor) });
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s.violations).toEqual({
      total: 10,
      byCategory: { social_media_campaign: 4, attributes_symbols: 2, engagement: 2, attacking: 1, organising: 1 },
      byPlatform: { facebook: 6, instagram: 2, x: 1, tiktok: 1 },
    });
    expect(s.cases).toEqual({
      total: 8,
      dismissed: 1,
      byPositionClass: { jpt: 2, administrator: 1, fungsional: 1, pelaksana: 2, kepala_wilayah: 1, pengawas: 1 },
      byStage: { sanction_recorded: 1, closed: 2, recommendation_received: 1, escalated: 1, open: 1, under_review: 1, confirmed: 1, dismissed: 1 },
      escalated: 5,
      withRecommendation: 3,
      withSanction: 2,
    });
    expect(s.followUp).toEqual({ recommended: 3, sanctioned: 2, ratePercent: 66.6, text: '2 dari 3 (66,6 %)' });
    const zones = Object.fromEntries(s.zones.map((z: { regionCode: string; zone: string; cases: number }) => [z.regionCode, [z.cases, z.zone]]));
    expect(zones['63.71']).toEqual([6, 'red']);
    expect(zones['63.72']).toEqual([2, 'yellow']);
    expect(zones['63.01']).toEqual([0, 'green']);
    expect(s.zones).toHaveLength(13);
    expect(s.zones.find((z: { regionCode: string }) => z.regionCode === '63.71').zoneLabel).toBe('Merah');
    expect(zones['73.71']).toBeUndefined();
  });

  it('counts a regency, every period, and speaks English on request', async () => {
    const reviewer = await t.login('reviewer', '63.71');
    const s = (await t.app.inject({ url: '/v1/stats?region=63.71&from=2024-01-01&to=2024-12-31', headers: { ...auth(reviewer), 'accept-language': 'en' } })).json();
    expect(s.cases.total).toBe(6);
    expect(s.zones).toEqual([{ regionCode: '63.71', name: 'Kota Banjarmasin', cases: 6, zone: 'red', zoneLabel: 'Red' }]);
    expect(s.followUp.text).toBe('2 of 3 (66.6 %)');
    const all = (await t.app.inject({ url: '/v1/stats', headers: auth(reviewer) })).json();
    expect(all.region).toBe('63.71');
    expect(all.cases.total).toBe(7);
  });

  it('refuses a region outside the caller\'s scope, and is audited', async () => {
    const reviewer = await t.login('reviewer', '63.71');
    expect((await t.app.inject({ url: '/v1/stats?region=73.71', headers: auth(reviewer) })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/v1/stats?region=63', headers: auth(reviewer) })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/v1/stats?from=2024-12-01&to=2024-01-01', headers: auth(reviewer) })).statusCode).toBe(400);
    const national = await t.login('admin', null);
    const s = (await t.app.inject({ url: '/v1/stats?from=2024-09-25&to=2024-11-27', headers: auth(national) })).json();
    expect(s.cases.total).toBe(9);
    const audit = await t.db.pool.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'stats.read' AND actor_id = $1`, [national.userId]);
    expect(audit.rows[0].n).toBe(1);
  });

  it('zones with configurable thresholds and reproduces the published follow-up rate', async () => {
    expect(followUpRate(99, 283)).toBe(34.9);
    expect(followUpText('id', 99, 283)).toBe('99 dari 283 (34,9 %)');
    expect(followUpRate(0, 0)).toBeNull();
    expect([zoneOf(0, 5), zoneOf(4, 5), zoneOf(5, 5)]).toEqual(['green', 'yellow', 'red']);
    const strict = await computeStats(t.db.pool, { scope: '63', from: '2024-09-25', to: '2024-11-27' }, { zoneRedMin: 2 }, 'id');
    expect(strict.zones.find((z) => z.regionCode === '63.72')!.zone).toBe('red');
    expect(strict.thresholds).toEqual({ yellowMin: 1, redMin: 2 });
  });
});
