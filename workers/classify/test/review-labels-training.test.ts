import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportReviewLabels } from '@netra/api';
import { createTestDatabase, type TestDatabase } from '@netra/shared/testing/test-env';
import { ItemReader } from '../src/engine/classifier.js';
import { loadLabelledDir } from '../scripts/corpus-io.js';

// Reviewers' decisions, exported by `netra labels export`, are data the training script can take
// (`train.ts --extra DIR`): every exported item reads under its contest, with its label.

let db: TestDatabase;
let dir: string;

beforeAll(async () => {
  db = await createTestDatabase();
  dir = mkdtempSync(path.join(tmpdir(), 'netra-review-labels-'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db.drop();
});

async function seedReviewedFlag(text: string, violation: boolean, n: number): Promise<string> {
  const q = <T extends Record<string, unknown>>(sql: string, params: unknown[] = []) => db.pool.query<T>(sql, params);
  const item = await q<{ id: string }>(
    `INSERT INTO items (platform, platform_item_id, asn_id, region_code, kind, posted_at, source)
     SELECT 'x', $1, id, '63.71', 'post', '2024-10-10T09:00:00+08:00', 'push' FROM asn RETURNING id`, [`rl-${n}`],
  );
  const version = await q<{ id: string }>(`INSERT INTO item_versions (item_id, version, text, content_hash) VALUES ($1, 1, $2, md5($2)) RETURNING id`, [item.rows[0]!.id, text]);
  const judgement = await q<{ id: string }>(
    `INSERT INTO judgements (item_version_id, contest_id, model_version, lexicon_key, score, flagged, candidate, stance, category)
     VALUES ($1, 'pilwalkot-bjm-test', 'lr-test', 'k', 0.8, true, 2, 'support', 'social_media_campaign') RETURNING id`, [version.rows[0]!.id],
  );
  const flag = await q<{ id: string }>(
    `INSERT INTO flags (item_id, item_version_id, judgement_id, contest_id, region_code, candidate, stance, category, score, status)
     VALUES ($1, $2, $3, 'pilwalkot-bjm-test', '63.71', 2, 'support', 'social_media_campaign', 0.8, $4) RETURNING id`,
    [item.rows[0]!.id, version.rows[0]!.id, judgement.rows[0]!.id, violation ? 'confirmed' : 'dismissed'],
  );
  await q(`INSERT INTO review_labels (item_version_id, flag_id, judgement_id, contest_id, violation, model_score) VALUES ($1, $2, $3, 'pilwalkot-bjm-test', $4, 0.8)`,
    [version.rows[0]!.id, flag.rows[0]!.id, judgement.rows[0]!.id, violation]);
  return version.rows[0]!.id;
}

describe('review labels as training data', () => {
  it('exports confirmed and dismissed flags in a form the training script reads under their contest', async () => {
    await db.pool.query(`INSERT INTO regions (code, name, level, kind, parent_code) VALUES ('63', 'Kalimantan Selatan', 1, 'provinsi', NULL), ('63.71', 'Kota Banjarmasin', 2, 'kota', '63')`);
    await db.pool.query(`INSERT INTO contests (id, name, level, region_code, election_year, campaign_start, campaign_end, voting_day)
                         VALUES ('pilwalkot-bjm-test', 'Pilwalkot Banjarmasin', 'kota', '63.71', 2024, '2024-09-25', '2024-11-23', '2024-11-27')`);
    await db.pool.query(`INSERT INTO candidate_pairs (contest_id, ballot_number, head, deputy, aliases) VALUES
                         ('pilwalkot-bjm-test', 1, 'Muhammad Yamin', 'Ananda', '{YAMIN}'), ('pilwalkot-bjm-test', 2, 'Ibnu Sina', 'Arifin Noor', '{IBNU}')`);
    const agency = await db.pool.query<{ id: string }>(`INSERT INTO agencies (code, name, region_code) VALUES ('DISDIK', 'Dinas Pendidikan', '63.71') RETURNING id`);
    await db.pool.query(`INSERT INTO asn (nip, name, position_class, agency_id, region_code) VALUES ('198001012005011001', 'Contoh', 'fungsional', $1, '63.71')`, [agency.rows[0]!.id]);
    const confirmed = await seedReviewedFlag('Coblos nomor 2, Ibnu Sina lanjut!', true, 1);
    const dismissed = await seedReviewedFlag('Antrian nomor 2 di loket pajak sudah dipanggil', false, 2);

    await exportReviewLabels(db.pool, { actorId: null, actorLabel: 'test', actorRole: null }, { outDir: dir });
    const split = loadLabelledDir(dir);
    expect(split.labels.get(confirmed)).toMatchObject({ partisan: true, candidate: 2, stance: 'support', category: 'social_media_campaign' });
    expect(split.labels.get(dismissed)).toMatchObject({ partisan: false, candidate: null });
    const reader = new ItemReader(split.contests);
    for (const item of split.items) expect(reader.read(item).length).toBeGreaterThan(0);
  });
});
