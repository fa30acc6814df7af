import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@netra/shared';
import { escalateOverdue } from '../src/index.js';
import type { TestApp } from './test-app.js';
import { auth, ReviewFixtures, reviewSuite } from './review-fixtures.js';

let t: TestApp;
let fx: ReviewFixtures;
reviewSuite((app, fixtures) => {
  t = app;
  fx = fixtures;
});


/** A flag confirmed by two reviewers: returns the case it opened. */
async function confirmedCase(region: string, contestId: string | null = null, positionClass = 'pengawas'): Promise<{ caseId: string; asnId: string; agencyId: string }> {
  const p = await fx.person(region, positionClass);
  const { flagId } = await fx.flag({ regionCode: region, asnId: p.asnId, accountId: p.accountId, contestId });
  const a = await t.login('reviewer', region);
  const b = await t.login('reviewer', region);
  await t.app.inject({ method: 'POST', url: `/v1/flags/${flagId}/claim`, headers: auth(a) });
  await t.app.inject({ method: 'POST', url: `/v1/flags/${flagId}/decision`, headers: auth(a), payload: { decision: 'confirm', category: 'social_media_campaign' } });
  await t.app.inject({ method: 'POST', url: `/v1/flags/${flagId}/claim`, headers: auth(b) });
  const res = await t.app.inject({ method: 'POST', url: `/v1/flags/${flagId}/decision`, headers: auth(b), payload: { decision: 'confirm', category: 'social_media_campaign' } });
  return { caseId: res.json().decided[0].caseId, asnId: p.asnId, agencyId: p.agencyId };
}

describe('case lifecycle', () => {
  it('walks open → … → closed, recording who, when, why and the letters', async () => {
    const region = '63.08';
    const { caseId } = await confirmedCase(region);
    const reviewer = await t.login('reviewer', region);
    const supervisor = await t.login('supervisor', region);
    const liaison = await t.login('liaison', region);
    const move = (who: { authorization: string }, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: `/v1/cases/${caseId}/transition`, headers: auth(who), payload });

    const opened = await t.app.inject({ url: `/v1/cases/${caseId}`, headers: auth(reviewer) });
    expect(opened.statusCode).toBe(200);
    expect(opened.json().case).toMatchObject({ stage: 'open', stageLabel: 'Dibuka', flagCount: 1, overdue: false });
    const openedDue = new Date(opened.json().case.dueAt).getTime() - new Date(opened.json().case.stageStartedAt).getTime();
    expect(openedDue).toBe(3 * 86400_000);

    // Skipping a stage is refused.
    const skip = await move(supervisor, { to: 'escalated', reason: 'langsung' });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().message).toBe('Perubahan tahap dari open ke escalated tidak diperbolehkan');
    expect((await move(reviewer, { to: 'under_review', reason: 'Mulai telaah' })).json().stage).toBe('under_review');

    // The ASN's clarification, before the decision.
    const statement = await t.app.inject({ method: 'POST', url: `/v1/cases/${caseId}/statements`, headers: auth(reviewer), payload: { statement: 'Saya hanya membagikan berita', statementDate: '2024-10-10', documentNumber: 'BA-01/2024' } });
    expect(statement.statusCode).toBe(201);

    // Confirmation needs a supervisor's sign-off.
    const unsigned = await move(reviewer, { to: 'confirmed', reason: 'Terbukti' });
    expect(unsigned.statusCode).toBe(403);
    expect(unsigned.json().message).toMatch(/supervisor/);
    expect((await move(supervisor, { to: 'confirmed', reason: 'Terbukti dari dua unggahan' })).json().stage).toBe('confirmed');
    const late = await t.app.inject({ method: 'POST', url: `/v1/cases/${caseId}/statements`, headers: auth(reviewer), payload: { statement: 'terlambat' } });
    expect(late.statusCode).toBe(409);

    expect((await move(supervisor, { to: 'escalated', reason: 'Diteruskan', authorityCode: 'NOPE' })).statusCode).toBe(400);
    const escalated = await move(supervisor, { to: 'escalated', reason: 'Diteruskan ke BKN', documentNumber: '0123/K.KS/10/2024', documentDate: '2024-10-14' });
    expect(escalated.json()).toMatchObject({ stage: 'escalated', authority: 'BKN' });
    expect((await move(liaison, { to: 'recommendation_received', reason: 'Rekomendasi sanksi sedang', documentNumber: 'R-55/KASN/10/2024', documentDate: '2024-10-30' })).statusCode).toBe(200);
    expect((await move(liaison, { to: 'sanction_recorded', reason: 'Teguran tertulis oleh PPK', documentNumber: '800/123/BKPSDM', documentDate: '2024-11-20' })).statusCode).toBe(200);
    const closed = await move(supervisor, { to: 'closed', reason: 'Selesai' });
    expect(closed.json()).toMatchObject({ stage: 'closed', dueAt: null });
    expect((await move(supervisor, { to: 'open', reason: 'buka lagi' })).statusCode).toBe(409);

    const detail = (await t.app.inject({ url: `/v1/cases/${caseId}`, headers: { ...auth(reviewer), 'accept-language': 'en' } })).json();
    expect(detail.case.stageLabel).toBe('Closed');
    expect(detail.transitions.map((x: { to: string }) => x.to)).toEqual(['open', 'under_review', 'confirmed', 'escalated', 'recommendation_received', 'sanction_recorded', 'closed']);
    expect(detail.transitions[3]).toMatchObject({ from: 'confirmed', authority: 'BKN', documentNumber: '0123/K.KS/10/2024', documentDate: '2024-10-14', reason: 'Diteruskan ke BKN' });
    expect(detail.statements).toHaveLength(1);
    expect(detail.asn.nip).toMatch(/^[0-9]{18}$/);
    const audit = await t.db.pool.query(`SELECT action FROM audit_log WHERE entity_type = 'case' AND entity_id = $1 ORDER BY seq`, [caseId]);
    expect(audit.rows.map((r) => r.action).filter((a) => a === 'case.transition')).toHaveLength(6);
    expect(audit.rows.map((r) => r.action)).toEqual(expect.arrayContaining(['case.open', 'case.view', 'case.statement']));
    expect((await verifyAuditChain(t.db.pool)).ok).toBe(true);
  });

  it('dismisses with a supervisor, and refuses the ASN\'s own agency', async () => {
    const region = '63.09';
    const { caseId, agencyId } = await confirmedCase(region);
    const colleague = await t.login('supervisor', region, { agencyId });
    expect((await t.app.inject({ url: `/v1/cases/${caseId}`, headers: auth(colleague) })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: `/v1/cases/${caseId}/transition`, headers: auth(colleague), payload: { to: 'dismissed', reason: 'x' } })).statusCode).toBe(403);
    const supervisor = await t.login('supervisor', region);
    const res = await t.app.inject({ method: 'POST', url: `/v1/cases/${caseId}/transition`, headers: auth(supervisor), payload: { to: 'dismissed', reason: 'Akun bukan milik ASN' } });
    expect(res.json().stage).toBe('dismissed');
  });

  it('scopes every case route by region', async () => {
    const { caseId } = await confirmedCase('73.72');
    const reviewer = await t.login('reviewer', '63.71');
    const supervisor = await t.login('supervisor', '63');
    expect((await t.app.inject({ url: `/v1/cases/${caseId}`, headers: auth(reviewer) })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: `/v1/cases/${caseId}/transition`, headers: auth(supervisor), payload: { to: 'under_review', reason: 'x' } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: `/v1/cases/${caseId}/statements`, headers: auth(reviewer), payload: { statement: 'x' } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: `/v1/cases/${caseId}/extend`, headers: auth(supervisor), payload: { reason: 'x' } })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/v1/cases?region=73.72', headers: auth(reviewer) })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/v1/cases/overdue?region=73', headers: auth(reviewer) })).statusCode).toBe(403);
    const list = (await t.app.inject({ url: '/v1/cases?limit=500', headers: auth(supervisor) })).json();
    expect(list.items.map((c: { id: string }) => c.id)).not.toContain(caseId);
    const national = await t.login('supervisor', null);
    expect((await t.app.inject({ url: '/v1/cases?region=73.72', headers: auth(national) })).json().items.map((c: { id: string }) => c.id)).toEqual([caseId]);
  });
});

describe('deadlines', () => {
  it('lists overdue cases, extends a clock once, and escalates a passed deadline to the supervisors', async () => {
    const region = '63.10';
    const { caseId } = await confirmedCase(region);
    const fresh = await confirmedCase(region);
    const supervisor = await t.login('supervisor', '63.10');
    const nationalSupervisor = await t.login('supervisor', null);
    const elsewhere = await t.login('supervisor', '73');
    // Six days pass for the first case: the three-day review clock has run out.
    await t.db.pool.query(`UPDATE cases SET stage_started_at = stage_started_at - interval '6 days', due_at = due_at - interval '6 days' WHERE id = $1`, [caseId]);
    const overdue = (await t.app.inject({ url: '/v1/cases/overdue', headers: auth(supervisor) })).json().items;
    expect(overdue.map((c: { id: string }) => c.id)).toEqual([caseId]);
    expect(overdue[0]).toMatchObject({ overdue: true, escalatedToSupervisorAt: null });

    const escalated = await escalateOverdue(t.db.pool, new Date());
    const mine = escalated.filter((e) => e.caseId === caseId);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.stage).toBe('open');
    expect(mine[0]!.supervisorIds).toEqual(expect.arrayContaining([supervisor.userId, nationalSupervisor.userId]));
    expect(mine[0]!.supervisorIds).not.toContain(elsewhere.userId);
    expect(escalated.map((e) => e.caseId)).not.toContain(fresh.caseId);
    // Once per clock.
    expect((await escalateOverdue(t.db.pool, new Date())).map((e) => e.caseId)).not.toContain(caseId);
    const alert = await t.db.pool.query(`SELECT kind, stage FROM case_alerts WHERE case_id = $1`, [caseId]);
    expect(alert.rows).toEqual([{ kind: 'overdue', stage: 'open' }]);
    const audit = await t.db.pool.query(`SELECT actor_label FROM audit_log WHERE action = 'case.overdue_escalated' AND entity_id = $1`, [caseId]);
    expect(audit.rows).toEqual([{ actor_label: 'system:review-deadlines' }]);
    const after = (await t.app.inject({ url: '/v1/cases/overdue', headers: auth(supervisor) })).json().items[0];
    expect(after.escalatedToSupervisorAt).not.toBeNull();

    // The supervisor extends by two days (three days late becomes one day late), once only.
    const reviewer = await t.login('reviewer', region);
    expect((await t.app.inject({ method: 'POST', url: `/v1/cases/${caseId}/extend`, headers: auth(reviewer), payload: { reason: 'x' } })).statusCode).toBe(403);
    const extended = await t.app.inject({ method: 'POST', url: `/v1/cases/${caseId}/extend`, headers: auth(supervisor), payload: { reason: 'Menunggu klarifikasi' } });
    expect(extended.statusCode).toBe(200);
    expect(extended.json().extendedDays).toBe(2);
    expect(new Date(extended.json().dueAt).getTime() - new Date(overdue[0].dueAt).getTime()).toBe(2 * 86400_000);
    const twice = await t.app.inject({ method: 'POST', url: `/v1/cases/${caseId}/extend`, headers: auth(supervisor), payload: { reason: 'lagi' } });
    expect(twice.statusCode).toBe(409);
    // Still past due after the extension: it is raised again, against the new clock.
    expect((await escalateOverdue(t.db.pool, new Date())).map((e) => e.caseId)).toContain(caseId);

    // A new stage restarts the clock with that stage's length.
    const moved = await t.app.inject({ method: 'POST', url: `/v1/cases/${caseId}/transition`, headers: auth(reviewer), payload: { to: 'under_review', reason: 'mulai' } });
    expect(moved.json()).toMatchObject({ overdue: false, extendedDays: 0, escalatedToSupervisorAt: null });
  });
});
