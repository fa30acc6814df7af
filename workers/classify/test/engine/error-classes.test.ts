// The error classes found on realistic unseen posts: ordinal numbers, the incumbent named by
// office, attack hashtags, colours that name one pair, and symbols next to a call to vote.
import { describe, expect, it } from 'vitest';
import { createClassifier, loadModel, type Item } from '../../src/index.js';
import { ContestMatcher } from '../../src/engine/contest-matcher.js';
import { findCues } from '../../src/engine/cues.js';
import { normalise } from '../../src/engine/normalise.js';
import { chooseCandidate } from '../../src/engine/decide.js';
import { KOTA_CONTEST } from './fixtures.js';

const matcher = new ContestMatcher(KOTA_CONTEST);
const hitsOf = (text: string) => matcher.match(normalise(text), text).hits;

describe('ordinal and list numbers', () => {
  it.each([
    'aku sing nomer loro teko tengen',
    'yang nomor 2 dari kanan itu adikku',
    'abdi nu nomer hiji ti kenca',
    'baris nomor 2 untuk tamu undangan',
    'poin nomor 2 yang paling penting',
    'agenda nomor 1 pembukaan oleh kepala dinas',
    'nomor 2 sebelah kiri pakai batik',
  ])('"%s" holds no ballot number', (text) => {
    expect(hitsOf(text).filter((h) => h.type === 'ballot_number')).toEqual([]);
  });

  it('still reads a ballot number after a vote verb', () => {
    expect(hitsOf('coblos nomor 2 yang paling amanah').map((h) => h.type)).toContain('ballot_number');
  });
});

describe('the incumbent named by office', () => {
  it('names the pair the registry marks as incumbent', () => {
    const hits = hitsOf('wali kota yg sekarang cuma jual janji');
    expect(hits.map((h) => [h.type, h.candidate])).toContainEqual(['name_part', 1]);
  });

  it('names nobody when no pair is marked', () => {
    const none = new ContestMatcher({ ...KOTA_CONTEST, candidates: KOTA_CONTEST.candidates.map((c) => ({ ...c, incumbent: false })) });
    expect(none.match(normalise('wali kota yang sekarang gagal')).hits).toEqual([]);
  });
});

describe('attack cues in regional and hashtag forms', () => {
  it.each(['jgn nomor 2 lagi', 'cukup sudah', 'jang sampe kota ini dipimpin bagini', 'nyanda usah lanjut', 'saatnya ganti', 'mimpi doang', 'cuma jual janji', '#BukanRudiLagi'])(
    '"%s" carries an attack cue',
    (text) => expect(findCues(normalise(text)).map((c) => c.type)).toContain('attack'),
  );

  it('does not read #JanganLupaNyoblos as an attack', () => {
    expect(findCues(normalise('#JanganLupaNyoblos')).map((c) => c.type)).not.toContain('attack');
  });
});

describe('a colour that belongs to one pair', () => {
  it('names that pair when nothing points elsewhere', () => {
    expect(chooseCandidate([{ type: 'color', candidate: 1, evidence: 'merah' }], [], undefined)).toBe(1);
  });
  it('names nobody when another pair is also pointed at', () => {
    expect(chooseCandidate([{ type: 'color', candidate: 1, evidence: 'merah' }, { type: 'color', candidate: 2, evidence: 'biru' }], [], undefined)).toBeNull();
  });
});

describe('category precedence: a call to vote outranks its symbols', () => {
  const classifier = createClassifier({ contests: [KOTA_CONTEST], model: loadModel() });
  const post = (text: string): Item => ({
    id: 'c-1', platform: 'x', kind: 'post', author: { id: 'a', region_code: '63.71' }, created_at: '2024-11-10T09:00:00+08:00', text,
  });
  it.each(['coblos nomor 2 SUBA ✌️', 'Biru so pas, tgl 27 jang lupa nomor 2 ✌️'])('"%s" is campaigning', (text) => {
    const j = classifier.classify(post(text));
    expect(j.flagged).toBe(true);
    expect(j.category).toBe('social_media_campaign');
  });
  it('keeps a bare badge as attributes and symbols', () => {
    const j = classifier.classify(post('SUBA 2️⃣'));
    expect(j.flagged).toBe(true);
    expect(j.category).toBe('attributes_symbols');
  });
});

describe('namesakes in personal life', () => {
  const classifier = createClassifier({ contests: [KOTA_CONTEST], model: loadModel() });
  const post = (text: string): Item => ({
    id: 'n-1', platform: 'x', kind: 'post', author: { id: 'a', region_code: '63.71' }, created_at: '2024-11-10T09:00:00+08:00', text,
  });
  it.each([
    'Butuh servis kulkas? Hubungi Bang Rudi dekat masjid, 0813-2233-4455',
    'Turut berduka cita, Bang Rudi tetangga kami berpulang tadi subuh 🙏',
  ])('"%s" does not name the pair', (text) => {
    expect(classifier.classify(post(text)).flagged).toBe(false);
  });
  it('still flags the nickname next to a call to vote', () => {
    expect(classifier.classify(post('Bang Rudi tetangga kami, tgl 27 coblos dia ya')).flagged).toBe(true);
  });
});
