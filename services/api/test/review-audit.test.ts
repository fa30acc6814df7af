import { describe, expect, it } from 'vitest';
import { ConfigError, verifyAuditChain } from '@netra/shared';
import { loadReviewConfig } from '../src/modules/review/review-config.js';
import type { TestApp } from './test-app.js';
import { auth, ReviewFixtures, reviewSuite } from './review-fixtures.js';

let t: TestApp;
let fx: ReviewFixtures;
reviewSuite((app, fixtures) => {
  t = app;
  fx = fixtures;
});


describe('review audit trail', () => {
  it('records claims, reads of personal data, decisions and transitions in a chain that detects tampering', async () => {
    const region = '63.11';
    const p = await fx.person(region, 'jpt');
    const { flagId } = await fx.flag({ regionCode: region, asnId: p.asnId, accountId: p.accountId });
    const a = await t.login('reviewer', region);
    const b = await t.login('reviewer', region);
    const supervisor = await t.login('supervisor', region);
    await t.app.inject({ method: 'POST', url: `/v1/flags/${flagId}/claim`, headers: auth(a) });
    await t.app.inject({ url: `/v1/flags/${flagId}`, headers: auth(a) });
    await t.app.inject({ method: 'POST', url: `/v1/flags/${flagId}/decision`, headers: auth(a), payload: { decision: 'confirm', category: 'organising' } });
    await t.app.inject({ method: 'POST', url: `/v1/flags/${flagId}/claim`, headers: auth(b) });
    const second = await t.app.inject({ method: 'POST', url: `/v1/flags/${flagId}/decision`, headers: auth(b), payload: { decision: 'confirm', category: 'organising' } });
    const caseId = second.json().decided[0].caseId as string;
    await t.app.inject({ method: 'POST', url: `/v1/cases/${caseId}/transition`, headers: auth(supervisor), payload: { to: 'under_review', reason: 'telaah' } });
    const { rows } = await t.db.pool.query(
      `SELECT action, actor_id, region_code, request_id FROM audit_log WHERE entity_id IN ($1, $2) ORDER BY seq`,
      [flagId, caseId],
    );
    expect(rows.map((r) => r.action)).toEqual(['flag.claim', 'flag.view', 'flag.decide', 'flag.claim', 'case.open', 'flag.decide', 'case.transition']);
    expect(rows.every((r) => r.region_code === region && r.request_id)).toBe(true);
    expect(await verifyAuditChain(t.db.pool)).toMatchObject({ ok: true });

    const client = await t.db.pool.connect();
    try {
      await client.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update');
      // Someone rewrites history: the confirmation becomes a dismissal.
      await client.query(`UPDATE audit_log SET details = jsonb_set(details, '{decision}', '"dismiss"') WHERE action = 'flag.decide' AND entity_id = $1`, [flagId]);
      const result = await verifyAuditChain(client);
      expect(result.ok).toBe(false);
      expect(result.brokenAt?.reason).toMatch(/altered/);
      await client.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update');
    } finally {
      client.release();
    }
  });

  it('shows the coverage of the account when the ingest ledger has it', async () => {
    const region = '63.11';
    const p = await fx.person(region);
    const { flagId } = await fx.flag({ regionCode: region, asnId: p.asnId, accountId: p.accountId });
    const present = await t.db.pool.query(`SELECT to_regclass('account_coverage')::text AS t`);
    const reviewer = await t.login('reviewer', region);
    if (present.rows[0].t) {
      await t.db.pool.query(`INSERT INTO account_coverage (account_id, last_success_at) VALUES ($1, now())`, [p.accountId]);
      await t.db.pool.query(`INSERT INTO coverage_gaps (account_id, from_at, to_at, reason) VALUES ($1, now() - interval '2 days', now() - interval '1 day', 'rate_limited')`, [p.accountId]);
    }
    const coverage = (await t.app.inject({ url: `/v1/flags/${flagId}`, headers: auth(reviewer) })).json().account.coverage;
    if (present.rows[0].t) {
      expect(coverage.available).toBe(true);
      expect(coverage.ledger.account_id).toBe(p.accountId);
      expect(coverage.ledger).not.toHaveProperty('cursor');
      expect(coverage.gaps).toHaveLength(1);
    } else {
      expect(coverage).toEqual({ available: false, ledger: null, gaps: [] });
    }
  });

  it('describes every review route in the OpenAPI document, with roles enforced', async () => {
    const admin = await t.login('admin', null);
    const doc = (await t.app.inject({ url: '/docs/json', headers: auth(admin) })).json();
    const paths = Object.keys(doc.paths);
    for (const path of ['/v1/flags', '/v1/flags/claim-next', '/v1/flags/{id}', '/v1/flags/{id}/claim', '/v1/flags/{id}/release', '/v1/flags/{id}/reassign',
      '/v1/flags/{id}/decision', '/v1/flags/{id}/resolve', '/v1/review/vocabulary', '/v1/cases', '/v1/cases/overdue', '/v1/cases/{id}',
      '/v1/cases/{id}/transition', '/v1/cases/{id}/statements', '/v1/cases/{id}/extend', '/v1/stats']) {
      expect(paths).toContain(path);
    }
    expect(JSON.stringify(doc.paths['/v1/flags/{id}/decision'])).toContain('salam dua jari');
    expect(JSON.stringify(doc.paths['/v1/cases/{id}/transition'])).toContain('123/PP.01/K.KS/10/2024');
  });
});

describe('review configuration', () => {
  it('reads leases, clocks and thresholds from the environment and refuses nonsense', () => {
    const config = loadReviewConfig({ REVIEW_LEASE_MINUTES: '30', REVIEW_STAGE_DAYS: 'open:5,under_review:3', REVIEW_EXTENSION_DAYS: '2', REVIEW_ZONE_RED_MIN: '10' });
    expect(config).toMatchObject({ leaseMinutes: 30, stageDays: { open: 5, under_review: 3 }, extensionDays: 2, zoneRedMin: 10 });
    expect(loadReviewConfig({}).leaseMinutes).toBe(15);
    expect(() => loadReviewConfig({ REVIEW_LEASE_MINUTES: 'lama', REVIEW_STAGE_DAYS: 'kemarin' })).toThrow(ConfigError);
  });
});
