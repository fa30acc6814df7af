import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, loadModel, validateContests, validateItem, type Contest, type Item, type Judgement } from '../../src/index.js';
import { KOTA_CONTEST, PROVINCE_CONTEST } from './fixtures.js';

const EXAMPLES = '/work/shared/examples/';
const model = loadModel();

function post(text: string, extra: Partial<Item> = {}): Item {
  return {
    id: 'p-' + Math.random().toString(36).slice(2),
    platform: 'facebook',
    kind: 'post',
    author: { id: 'asn-1', region_code: '63.71' },
    created_at: '2024-10-10T09:00:00+08:00',
    text,
    ...extra,
  };
}

describe('model', () => {
  it('loads and its version appears in every judgement', () => {
    expect(model.version).toMatch(/^lr-\d{4}-\d{2}-\d{2}-[0-9a-f]{10}$/);
    const classifier = createClassifier({ contests: [KOTA_CONTEST], model });
    const j = classifier.classify(post('Selamat pagi'));
    expect(j.model_version).toBe(model.version);
    expect(classifier.modelVersion).toBe(model.version);
  });
});

describe('classifier on the worked examples', () => {
  const contests = JSON.parse(readFileSync(EXAMPLES + 'contests.json', 'utf8')) as Contest[];
  const items = readFileSync(EXAMPLES + 'items.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Item);
  const labels = new Map(
    readFileSync(EXAMPLES + 'labels.jsonl', 'utf8').trim().split('\n').map((l) => {
      const label = JSON.parse(l) as { id: string; partisan: boolean; candidate: number | null; stance: string | null };
      return [label.id, label];
    }),
  );
  const classifier = createClassifier({ contests, model });
  const judgements = items.map((i) => classifier.classify(i));

  it('judges every item in order, in the contract shape', () => {
    expect(judgements.map((j) => j.id)).toEqual(items.map((i) => i.id));
    for (const j of judgements) {
      expect(j.score).toBeGreaterThanOrEqual(0);
      expect(j.score).toBeLessThanOrEqual(1);
      expect(j.flagged).toBe(j.score >= 0.5);
      expect(j.contest).toBe('pilgub-dki-2024');
      expect(j.reason.id.length).toBeGreaterThan(0);
      expect(j.reason.en.length).toBeGreaterThan(0);
      if (!j.flagged) expect([j.candidate, j.stance, j.category]).toEqual([null, null, null]);
    }
  });

  it('agrees with most labels (a handful of examples, so not a quality measure)', () => {
    const agree = judgements.filter((j) => j.flagged === labels.get(j.id)!.partisan).length;
    expect(agree).toBeGreaterThanOrEqual(13);
  });

  it('explains a flag with the matched spans and the official account', () => {
    const byId = new Map(judgements.map((j) => [j.id, j]));
    const like = byId.get('ex-004')!;
    expect(like.flagged).toBe(true);
    expect(like.candidate).toBe(3);
    expect(like.category).toBe('engagement');
    expect(like.signals).toContainEqual(expect.objectContaining({ type: 'official_account', evidence: 'pramonoanungw', candidate: 3 }));
    const hashtag = byId.get('ex-002')!;
    expect(hashtag.signals.map((s) => s.evidence)).toContain('#jakartamenyala');
  });
});

describe('classifier behaviour', () => {
  const classifier = createClassifier({ contests: [KOTA_CONTEST, PROVINCE_CONTEST], model });
  const judge = (text: string, extra: Partial<Item> = {}): Judgement => classifier.classify(post(text, extra));

  it('flags open support and names the pair', () => {
    const j = judge('Ayo coblos nomor 2, SUBA pasti menang! #SUBAbisa');
    expect(j.flagged).toBe(true);
    expect(j.candidate).toBe(2);
    expect(j.stance).toBe('support');
  });

  it('stays quiet on plain look-alikes', () => {
    expect(judge('Rapat koordinasi di lantai 2 jam 9 pagi').flagged).toBe(false);
    expect(judge('Macet parah di Jl. Sudirman pagi ini').flagged).toBe(false);
  });

  it('treats a like of an official account as a strong signal on its own', () => {
    const j = judge('', { kind: 'like', target: { author_handle: 'suba2024', text: 'Terima kasih warga atas sambutannya' } });
    expect(j.flagged).toBe(true);
    expect(j.candidate).toBe(2);
    expect(j.category).toBe('engagement');
  });

  it('does not judge items outside every contest region or period', () => {
    const outside = judge('Ayo coblos nomor 2, SUBA pasti menang!', { author: { id: 'a', region_code: '31.73' } });
    expect(outside).toMatchObject({ flagged: false, score: 0, contest: null });
    const early = judge('Ayo coblos nomor 2, SUBA pasti menang!', { created_at: '2024-03-01T09:00:00+08:00' });
    expect(early.flagged).toBe(false);
  });

  it('uses the contest of the region: a governor contest applies inside the province', () => {
    const j = judge('Dukung ZADE untuk Kalsel! #ZADEKalsel', { author: { id: 'a', region_code: '63.03' } });
    expect(j.contest).toBe('pilgub-test-2024');
    expect(j.flagged).toBe(true);
  });

  it('rebuilds matchers when contests change', () => {
    const c = createClassifier({ contests: [KOTA_CONTEST], model });
    expect(c.classify(post('Pak Dirman the best, coblos dia')).signals.some((s) => s.type === 'alias')).toBe(false);
    const changed = structuredClone(KOTA_CONTEST);
    changed.candidates[1]!.aliases = ['Pak Dirman'];
    c.updateContests([changed]);
    expect(c.classify(post('Pak Dirman the best, coblos dia')).signals).toContainEqual(expect.objectContaining({ type: 'alias', candidate: 2 }));
  });

  it('honours a configured threshold', () => {
    const strict = createClassifier({ contests: [KOTA_CONTEST], model, threshold: 1.01 });
    expect(strict.classify(post('Ayo coblos nomor 2, SUBA pasti menang!')).flagged).toBe(false);
  });
});

describe('validation', () => {
  it('accepts the worked examples', () => {
    expect(validateContests(JSON.parse(readFileSync(EXAMPLES + 'contests.json', 'utf8')))).toEqual([]);
    for (const line of readFileSync(EXAMPLES + 'items.jsonl', 'utf8').trim().split('\n')) expect(validateItem(JSON.parse(line))).toEqual([]);
  });

  it('names the path of each problem', () => {
    const errors = validateItem({ id: 'x', platform: 'x', kind: 'retweet', author: { id: 'a', region_code: 'jakarta' }, created_at: 'yesterday', text: 1 });
    expect(errors.map((e) => e.path).sort()).toEqual(['author.region_code', 'created_at', 'kind', 'text']);
    expect(validateItem({ id: 'x', platform: 'x', kind: 'like', author: { id: 'a', region_code: '31' }, created_at: '2024-10-01T09:00:00+07:00', text: '' }))
      .toEqual([{ path: 'target', message: 'a like needs the target it engages with' }]);
    expect(validateContests([{ id: 'c' }]).map((e) => e.path)).toContain('[0].region.code');
    expect(validateContests({})).toEqual([{ path: '', message: 'expected a JSON array of contests' }]);
  });
});

describe('reasons a reviewer reads', () => {
  it('show gestures and keycaps as the symbols the post used, not internal tokens', async () => {
    const { createClassifier } = await import('../../src/engine/classifier.js');
    const { readFileSync } = await import('node:fs');
    const contests = JSON.parse(readFileSync(new URL('../../../../services/api/test/fixtures/contests.example.json', import.meta.url), 'utf8'));
    const j = createClassifier({ contests }).classify({
      id: 'r1', platform: 'x', kind: 'post', author: { id: 'a', region_code: '31.73' }, created_at: '2024-10-10T09:00:00+07:00',
      // Gestures and keycaps only, so they are among the reason's top signals whatever the weights.
      text: '✌️✌️ 2️⃣',
    });
    expect(j.flagged).toBe(true);
    expect(j.reason.id).toContain('✌️');
    expect(j.reason.id).not.toMatch(/jari_|keycap_/);
    expect(j.reason.en).not.toMatch(/jari_|keycap_/);
  });
});
