import { describe, expect, it } from 'vitest';
import type { TestApp } from './test-app.js';
import { auth, ReviewFixtures, reviewSuite } from './review-fixtures.js';

let t: TestApp;
let fx: ReviewFixtures;
reviewSuite((app, fixtures) => {
  t = app;
  fx = fixtures;
});


async function claim(flagId: string, who: { authorization: string }) {
  return t.app.inject({ method: 'POST', url: `/v1/flags/${flagId}/claim`, headers: auth(who) });
}
async function decide(flagId: string, who: { authorization: string }, payload: Record<string, unknown>, headers: Record<string, string> = {}) {
  return t.app.inject({ method: 'POST', url: `/v1/flags/${flagId}/decision`, headers: { ...auth(who), ...headers }, payload });
}

describe('flag detail', () => {
  it('shows the item with its versions and deletion, the signals, the ASN and the account, and audits the read', async () => {
    const region = '63.01';
    const p = await fx.person(region, 'jpt');
    const { flagId } = await fx.flag({ regionCode: region, asnId: p.asnId, accountId: p.accountId, earlierTexts: ['Selamat pagi warga'], text: 'Ayo coblos nomor dua, paslon kita', deleted: true });
    const reviewer = await t.login('reviewer', region);
    const res = await t.app.inject({ url: `/v1/flags/${flagId}`, headers: auth(reviewer) });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.item.versions.map((v: { text: string }) => v.text)).toEqual(['Selamat pagi warga', 'Ayo coblos nomor dua, paslon kita']);
    expect(body.item.versions[1].diff).toEqual({ text: { before: 'Selamat pagi warga', after: 'Ayo coblos nomor dua, paslon kita' } });
    expect(body.item.deletedAt).not.toBeNull();
    expect(body.item.events.map((e: { kind: string }) => e.kind)).toEqual(['created', 'edited', 'deleted']);
    expect(body.judgement.signals[0]).toMatchObject({ evidence: 'nomor dua' });
    expect(body.judgement.reason).toBe('Menyebut nomor urut paslon 2');
    expect(body.judgement.spans).toEqual([{ type: 'ballot_number', evidence: 'nomor dua', start: 11, end: 20 }]);
    expect(body.asn).toMatchObject({ positionClass: 'jpt', regionCode: region, agency: { id: p.agencyId } });
    expect(body.asn.nip).toMatch(/^[0-9]{18}$/);
    expect(body.account).toMatchObject({ id: p.accountId, linkConfidence: 0.9, linkMethod: 'agency_list' });
    expect(body.account.coverage).toHaveProperty('available');
    expect(body.round).toBe('first');
    const audit = await t.db.pool.query(`SELECT actor_id, region_code, details FROM audit_log WHERE action = 'flag.view' AND entity_id = $1`, [flagId]);
    expect(audit.rows).toEqual([{ actor_id: reviewer.userId, region_code: region, details: { asnId: p.asnId, personalData: true } }]);
    const en = await t.app.inject({ url: `/v1/flags/${flagId}`, headers: { ...auth(reviewer), 'accept-language': 'en-US,en;q=0.9' } });
    expect(en.json().judgement.reason).toBe('Names ballot number 2');
  });

  it('shows the target of a like', async () => {
    const region = '63.01';
    const p = await fx.person(region);
    const { flagId } = await fx.flag({ regionCode: region, asnId: p.asnId, accountId: p.accountId, kind: 'like', text: '', target: { author_handle: 'paslon02.official', text: 'Bersama kita menang', url: 'https://example.test/paslon/1' } });
    const reviewer = await t.login('reviewer', region);
    const body = (await t.app.inject({ url: `/v1/flags/${flagId}`, headers: auth(reviewer) })).json();
    expect(body.item.target).toMatchObject({ author_handle: 'paslon02.official', url: 'https://example.test/paslon/1' });
  });
});

describe('four eyes', () => {
  it('needs a second reviewer, who does not see the first decision until they decide', async () => {
    const region = '63.02';
    await fx.contest({ id: 'kab-kotabaru-2024', regionCode: region, level: 'kabupaten' });
    const p = await fx.person(region, 'administrator');
    const { flagId } = await fx.flag({ regionCode: region, asnId: p.asnId, accountId: p.accountId, contestId: 'kab-kotabaru-2024' });
    const a = await t.login('reviewer', region);
    const b = await t.login('reviewer', region);
    expect((await claim(flagId, a)).statusCode).toBe(200);
    const noCategory = await decide(flagId, a, { decision: 'confirm' });
    expect(noCategory.statusCode).toBe(400);
    expect(noCategory.json().details[0].path).toBe('/body/category');
    const first = await decide(flagId, a, { decision: 'confirm', category: 'attributes_symbols', note: 'salam dua jari' });
    expect(first.statusCode).toBe(200);
    expect(first.json().decided).toEqual([{ flagId, round: 'first', status: 'awaiting_second', caseId: null }]);
    // The first reviewer cannot give the second opinion.
    const own = await claim(flagId, a);
    expect(own.statusCode).toBe(409);
    expect(own.json().message).toMatch(/empat mata/);
    expect((await t.app.inject({ method: 'POST', url: '/v1/flags/claim-next', headers: auth(a), payload: { region } })).statusCode).toBe(404);
    // The second reviewer sees the flag but not the first decision.
    expect((await claim(flagId, b)).statusCode).toBe(200);
    const blind = (await t.app.inject({ url: `/v1/flags/${flagId}`, headers: auth(b) })).json();
    expect(blind).toMatchObject({ round: 'second', decisions: [], decisionsHidden: true });
    expect(JSON.stringify(blind)).not.toContain('salam dua jari');
    const second = await decide(flagId, b, { decision: 'confirm', category: 'attributes_symbols' });
    expect(second.statusCode).toBe(200);
    const outcome = second.json().decided[0];
    expect(outcome).toMatchObject({ flagId, round: 'second', status: 'confirmed' });
    expect(outcome.caseId).toBeTruthy();
    const seen = (await t.app.inject({ url: `/v1/flags/${flagId}`, headers: auth(b) })).json();
    expect(seen.decisionsHidden).toBe(false);
    expect(seen.decisions.map((d: { round: string }) => d.round)).toEqual(['first', 'second']);
    // Labelled data for the classifier.
    const label = await t.db.pool.query('SELECT violation, category, contest_id FROM review_labels WHERE flag_id = $1', [flagId]);
    expect(label.rows).toEqual([{ violation: true, category: 'attributes_symbols', contest_id: 'kab-kotabaru-2024' }]);
    const kase = await t.db.pool.query('SELECT asn_id, contest_id, stage FROM cases WHERE id = $1', [outcome.caseId]);
    expect(kase.rows[0]).toEqual({ asn_id: p.asnId, contest_id: 'kab-kotabaru-2024', stage: 'open' });
    // A second confirmed flag of the same ASN in the same contest joins the same case.
    const other = await fx.flag({ regionCode: region, asnId: p.asnId, accountId: p.accountId, contestId: 'kab-kotabaru-2024' });
    await claim(other.flagId, b);
    await decide(other.flagId, b, { decision: 'confirm', category: 'engagement' });
    await claim(other.flagId, a);
    const joined = await decide(other.flagId, a, { decision: 'confirm', category: 'engagement' });
    expect(joined.json().decided[0].caseId).toBe(outcome.caseId);
    const audit = await t.db.pool.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY seq`, [flagId]);
    expect(audit.rows.map((r) => r.action)).toEqual(['flag.claim', 'flag.decide', 'flag.claim', 'flag.view', 'flag.decide', 'flag.view']);
  });

  it('sends a disagreement to a supervisor, who resolves it', async () => {
    const region = '63.03';
    const p = await fx.person(region);
    const { flagId } = await fx.flag({ regionCode: region, asnId: p.asnId });
    const a = await t.login('reviewer', region);
    const b = await t.login('reviewer', region);
    await claim(flagId, a);
    await decide(flagId, a, { decision: 'confirm', category: 'engagement' });
    await claim(flagId, b);
    const second = await decide(flagId, b, { decision: 'dismiss', reasonCode: 'news_or_information', note: 'berita' });
    expect(second.json().decided[0].status).toBe('disputed');
    expect((await claim(flagId, b)).statusCode).toBe(409);
    expect((await t.app.inject({ method: 'POST', url: `/v1/flags/${flagId}/resolve`, headers: auth(a), payload: { decision: 'confirm', category: 'engagement', note: 'x' } })).statusCode).toBe(403);
    const supervisor = await t.login('supervisor', '63');
    const resolved = await t.app.inject({ method: 'POST', url: `/v1/flags/${flagId}/resolve`, headers: auth(supervisor), payload: { decision: 'dismiss', reasonCode: 'news_or_information', note: 'Membagikan berita media' } });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json()).toMatchObject({ status: 'dismissed', round: 'resolution' });
    expect((await t.app.inject({ method: 'POST', url: `/v1/flags/${flagId}/resolve`, headers: auth(supervisor), payload: { decision: 'dismiss', reasonCode: 'other', note: 'x' } })).statusCode).toBe(409);
    const label = await t.db.pool.query('SELECT violation, reason_code FROM review_labels WHERE flag_id = $1', [flagId]);
    expect(label.rows).toEqual([{ violation: false, reason_code: 'news_or_information' }]);
  });

  it('dismisses with a reason code in one review, and parks a request for information', async () => {
    const region = '63.04';
    const p = await fx.person(region);
    const one = await fx.flag({ regionCode: region, asnId: p.asnId });
    const two = await fx.flag({ regionCode: region, asnId: p.asnId });
    const a = await t.login('reviewer', region);
    await claim(one.flagId, a);
    expect((await decide(one.flagId, a, { decision: 'dismiss' })).statusCode).toBe(400);
    expect((await decide(one.flagId, a, { decision: 'dismiss', reasonCode: 'bogus' })).statusCode).toBe(400);
    const dismissed = await decide(one.flagId, a, { decision: 'dismiss', reasonCode: 'account_not_theirs', note: 'akun palsu' });
    expect(dismissed.json().decided[0].status).toBe('dismissed');
    await claim(two.flagId, a);
    const info = await decide(two.flagId, a, { decision: 'request_info', note: 'perlu tangkapan layar asli' });
    expect(info.json().decided[0].status).toBe('needs_info');
    expect((await claim(two.flagId, a)).statusCode).toBe(200);
  });
});

describe('conflict of interest', () => {
  it('refuses a reviewer the ASN of their own agency', async () => {
    const region = '63.05';
    const p = await fx.person(region);
    const { flagId } = await fx.flag({ regionCode: region, asnId: p.asnId });
    const colleague = await t.login('reviewer', region, { agencyId: p.agencyId });
    // Not even listed for them.
    expect((await t.app.inject({ url: `/v1/flags?region=${region}`, headers: auth(colleague) })).json().items).toEqual([]);
    const en = await claim(flagId, colleague);
    expect(en.statusCode).toBe(403);
    expect(en.json().message).toMatch(/Konflik kepentingan/);
    const english = await t.app.inject({ method: 'POST', url: `/v1/flags/${flagId}/claim`, headers: { ...auth(colleague), 'accept-language': 'en' } });
    expect(english.json().message).toMatch(/Conflict of interest/);
    expect((await t.app.inject({ url: `/v1/flags/${flagId}`, headers: auth(colleague) })).statusCode).toBe(403);
    expect((await decide(flagId, colleague, { decision: 'dismiss', reasonCode: 'other' })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/v1/flags/claim-next', headers: auth(colleague), payload: { region } })).statusCode).toBe(404);
    const supervisor = await t.login('supervisor', region);
    expect((await t.app.inject({ method: 'POST', url: `/v1/flags/${flagId}/reassign`, headers: auth(supervisor), payload: { userId: colleague.userId } })).statusCode).toBe(400);
    const outsider = await t.login('reviewer', region);
    expect((await t.app.inject({ method: 'POST', url: '/v1/flags/claim-next', headers: auth(outsider), payload: { region } })).json().flagId).toBe(flagId);
  });
});

describe('near-duplicates', () => {
  it('groups the same text and the same shared target across accounts, and decides a group at once', async () => {
    const region = '63.06';
    const x = await fx.person(region);
    const y = await fx.person(region);
    const z = await fx.person(region);
    const text = 'Mari bersama menangkan Paslon Nomor 2 untuk Kotabaru maju!';
    const f1 = await fx.flag({ regionCode: region, asnId: x.asnId, accountId: x.accountId, text });
    const f2 = await fx.flag({ regionCode: region, asnId: y.asnId, accountId: y.accountId, text: 'mari bersama menangkan paslon nomor 2 untuk kotabaru maju' });
    const colleagueFlag = await fx.flag({ regionCode: region, asnId: z.asnId, accountId: z.accountId, text });
    const target = { author_handle: 'paslon2', text: 'Kampanye akbar', platform_item_id: 'fb-123' };
    const s1 = await fx.flag({ regionCode: region, asnId: x.asnId, kind: 'share', text: 'mantap', target });
    const s2 = await fx.flag({ regionCode: region, asnId: y.asnId, kind: 'like', text: '', target });
    const lone = await fx.flag({ regionCode: region, asnId: y.asnId, text: 'oke' });
    const reviewer = await t.login('reviewer', region, { agencyId: z.agencyId });
    const list = (await t.app.inject({ url: `/v1/flags?region=${region}&limit=100`, headers: auth(reviewer) })).json().items as { id: string; groupId: string | null; groupSize: number }[];
    const byId = new Map(list.map((i) => [i.id, i]));
    expect(byId.get(f1.flagId)!.groupId).toBe(byId.get(f2.flagId)!.groupId);
    expect(byId.get(f1.flagId)!.groupSize).toBe(3);
    expect(byId.get(s1.flagId)!.groupId).toBe(byId.get(s2.flagId)!.groupId);
    expect(byId.get(s1.flagId)!.groupId).not.toBe(byId.get(f1.flagId)!.groupId);
    expect(byId.get(lone.flagId)!.groupId).toBeNull();
    await claim(f1.flagId, reviewer);
    const detail = (await t.app.inject({ url: `/v1/flags/${f1.flagId}`, headers: auth(reviewer) })).json();
    expect(detail.group.size).toBe(3);
    const res = await decide(f1.flagId, reviewer, { decision: 'dismiss', reasonCode: 'duplicate', applyToGroup: true });
    expect(res.statusCode).toBe(200);
    expect(res.json().decided.map((d: { flagId: string }) => d.flagId).sort()).toEqual([f1.flagId, f2.flagId].sort());
    // The colleague's flag (own agency) is not decided through the group.
    expect(res.json().skipped).toEqual([colleagueFlag.flagId]);
    const statuses = await t.db.pool.query('SELECT id, status FROM flags WHERE id = ANY($1::uuid[])', [[f1.flagId, f2.flagId, colleagueFlag.flagId]]);
    expect(Object.fromEntries(statuses.rows.map((r) => [r.id, r.status]))).toEqual({ [f1.flagId]: 'dismissed', [f2.flagId]: 'dismissed', [colleagueFlag.flagId]: 'pending' });
  });

  it('serves the vocabulary in the reader\'s language', async () => {
    const reviewer = await t.login('reviewer', '63.07');
    const id = (await t.app.inject({ url: '/v1/review/vocabulary', headers: auth(reviewer) })).json();
    expect(id.locale).toBe('id');
    expect(id.reasonCodes.find((r: { code: string }) => r.code === 'not_asn').label).toBe('Bukan ASN');
    const en = (await t.app.inject({ url: '/v1/review/vocabulary', headers: { ...auth(reviewer), 'accept-language': 'en' } })).json();
    expect(en.reasonCodes.find((r: { code: string }) => r.code === 'not_asn').label).toBe('Not an ASN');
    expect(en.reasonCodes.map((r: { code: string }) => r.code)).toEqual(['not_asn', 'account_not_theirs', 'not_partisan', 'news_or_information', 'duplicate', 'outside_jurisdiction', 'other']);
  });
});
