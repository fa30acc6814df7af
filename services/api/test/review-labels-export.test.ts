import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorPseudonym, exportReviewLabels } from '../src/modules/review/labels-export.js';
import { ReviewFixtures, reviewSuite } from './review-fixtures.js';
import type { TestApp } from './test-app.js';

let t: TestApp;
let fx: ReviewFixtures;
reviewSuite((app, fixtures) => {
  t = app;
  fx = fixtures;
});
let dir: string;
const actor = { actorId: null, actorLabel: 'test', actorRole: null };
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'netra-labels-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const readJsonl = (file: string) => readFileSync(path.join(dir, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('review labels export', () => {
  it('writes confirmed and dismissed flags of a region as corpus items and labels, pseudonymised, and audits the export', async () => {
    await fx.contest({ id: 'kota-label-2024', regionCode: '63.71' });
    await fx.contest({ id: 'kota-other-2024', regionCode: '73.71' });
    const p = await fx.person('63.71');
    const confirmed = await fx.flag({ regionCode: '63.71', asnId: p.asnId, accountId: p.accountId, contestId: 'kota-label-2024', text: 'Coblos nomor dua ya rekan2', candidate: 2 });
    const dismissed = await fx.flag({ regionCode: '63.71', asnId: p.asnId, accountId: p.accountId, contestId: 'kota-label-2024', kind: 'share', text: '', target: { authorHandle: 'kpu_bjm', text: 'Debat paslon nomor 1 dan 2 malam ini' } });
    const elsewhere = await fx.flag({ regionCode: '73.71', contestId: 'kota-other-2024', text: 'nomor dua pasti menang' });
    const label = (f: { versionId: string; flagId: string; judgementId: string }, violation: boolean, category: string | null) => t.db.pool.query(
      'INSERT INTO review_labels (item_version_id, flag_id, judgement_id, contest_id, violation, category, model_score) VALUES ($1, $2, $3, NULL, $4, $5, 0.8)',
      [f.versionId, f.flagId, f.judgementId, violation, category],
    );
    await label(confirmed, true, 'attributes_symbols');
    await label(dismissed, false, null);
    await label(elsewhere, true, null);

    const report = await exportReviewLabels(t.db.pool, actor, { outDir: dir, regionCode: '63' });
    expect(report).toMatchObject({ items: 2, partisan: 1, contests: 1 });
    const items = readJsonl('items.jsonl');
    const labels = readJsonl('labels.jsonl');
    expect(items.map((i) => i.id).sort()).toEqual([confirmed.versionId, dismissed.versionId].sort());
    const byId = new Map(labels.map((l) => [l.id, l]));
    // The reviewer's category wins; pair and stance come from the flag the reviewer confirmed.
    expect(byId.get(confirmed.versionId)).toEqual({ id: confirmed.versionId, partisan: true, candidate: 2, stance: 'support', category: 'attributes_symbols' });
    expect(byId.get(dismissed.versionId)).toEqual({ id: dismissed.versionId, partisan: false, candidate: null, stance: null, category: null });
    const share = items.find((i) => i.id === dismissed.versionId)!;
    expect(share).toMatchObject({ kind: 'share', text: '', target: { author_handle: 'kpu_bjm', text: 'Debat paslon nomor 1 dan 2 malam ini' }, author: { region_code: '63.71' } });
    // No ASN identifier leaves: a stable pseudonym instead.
    const raw = readFileSync(path.join(dir, 'items.jsonl'), 'utf8');
    expect(raw).not.toContain(p.asnId);
    expect((share.author as { id: string }).id).toBe(authorPseudonym(p.asnId));
    const contests = JSON.parse(readFileSync(path.join(dir, 'contests.json'), 'utf8')) as { id: string; candidates: unknown[] }[];
    expect(contests.map((c) => c.id)).toEqual(['kota-label-2024']);
    expect(contests[0]!.candidates).toHaveLength(2);
    const audit = await t.db.pool.query(`SELECT details FROM audit_log WHERE action = 'labels.export'`);
    expect(audit.rows).toEqual([{ details: expect.objectContaining({ items: 2, partisan: 1 }) }]);
  });
});
