import { describe, expect, it } from 'vitest';
import { escalateOverdue } from '../src/index.js';
import { auth, ReviewFixtures, reviewSuite } from './review-fixtures.js';
import type { TestApp } from './test-app.js';

let t: TestApp;
let fx: ReviewFixtures;
reviewSuite((app, fixtures) => {
  t = app;
  fx = fixtures;
});

/** A case in a region whose stage clock ran out an hour ago. */
async function overdueCase(region: string): Promise<string> {
  const p = await fx.person(region);
  const { rows } = await t.db.pool.query<{ id: string }>(
    `INSERT INTO cases (asn_id, region_code, stage, opened_at, due_at) VALUES ($1, $2, 'under_review', now() - interval '5 days', now() - interval '1 hour') RETURNING id`,
    [p.asnId, region],
  );
  return rows[0]!.id;
}

describe('deadline alerts', () => {
  it("shows an overdue case's alert to the region's supervisors until one acknowledges it, audited", async () => {
    const caseId = await overdueCase('63.72');
    await overdueCase('73.71');
    const escalated = await escalateOverdue(t.db.pool);
    expect(escalated.map((e) => e.caseId)).toContain(caseId);

    const supervisor = await t.login('supervisor', '63');
    const list = await t.app.inject({ url: '/v1/alerts', headers: auth(supervisor) });
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { id: string; caseId: string; regionCode: string; stageLabel: string; message: string; acknowledgedAt: string | null }[];
    expect(items.map((a) => a.caseId)).toEqual([caseId]);
    expect(items[0]).toMatchObject({ regionCode: '63.72', stageLabel: 'Dalam penelaahan', acknowledgedAt: null });
    expect(items[0]!.message).toMatch(/^Kasus melewati tenggat tahap "Dalam penelaahan" \(.+ WIB\); mohon ditindaklanjuti$/);
    const english = await t.app.inject({ url: '/v1/alerts', headers: { ...auth(supervisor), 'accept-language': 'en' } });
    expect(english.json().items[0].message).toMatch(/^The case is past the deadline of stage "Under review"/);

    // Reviewers do not see the inbox; a supervisor of another province does not see this alert.
    expect((await t.app.inject({ url: '/v1/alerts', headers: auth(await t.login('reviewer', '63.72')) })).statusCode).toBe(403);
    const elsewhere = await t.login('supervisor', '73');
    expect((await t.app.inject({ method: 'POST', url: `/v1/alerts/${items[0]!.id}/acknowledge`, headers: auth(elsewhere) })).statusCode).toBe(404);

    const ack = await t.app.inject({ method: 'POST', url: `/v1/alerts/${items[0]!.id}/acknowledge`, headers: auth(supervisor) });
    expect(ack.statusCode).toBe(200);
    expect(ack.json()).toMatchObject({ id: items[0]!.id, acknowledgedBy: expect.stringMatching(/^supervisor-/) });
    const again = await t.app.inject({ method: 'POST', url: `/v1/alerts/${items[0]!.id}/acknowledge`, headers: auth(await t.login('supervisor', '63.72')) });
    expect(again.json().acknowledgedBy).toBe(ack.json().acknowledgedBy);

    expect((await t.app.inject({ url: '/v1/alerts', headers: auth(supervisor) })).json().items).toEqual([]);
    const all = (await t.app.inject({ url: '/v1/alerts?status=all', headers: auth(supervisor) })).json().items;
    expect(all).toHaveLength(1);
    expect(all[0].acknowledgedAt).not.toBeNull();
    const audit = await t.db.pool.query(`SELECT entity_id FROM audit_log WHERE action = 'alert.acknowledge'`);
    expect(audit.rows).toEqual([{ entity_id: items[0]!.id }]);
    expect((await t.app.inject({ url: '/v1/alerts?status=later', headers: auth(supervisor) })).statusCode).toBe(400);
  });
});
