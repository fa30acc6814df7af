// A flag rests on evidence: a model whose priors alone reach the threshold must not flag an
// item that names no pair and carries no partisan cue (a like of an agency's clean-up post).
import { describe, expect, it } from 'vitest';
import { createClassifier, type Item } from '../../src/index.js';
import { modelFromJson } from '../../src/engine/model-store.js';
import { KOTA_CONTEST } from './fixtures.js';

// Every item scores exactly 0.5 under this model: no weights, bias 0, identity calibration.
const flatModel = modelFromJson({
  model_version: 'lr-2024-01-01-0000000000',
  trained_at: '2024-01-01T00:00:00Z',
  calibration: { a: 1, b: 0 },
  partisan: { bias: 0, weights: {} },
  stance: { bias: -1, weights: {} },
  category: {},
});

function like(targetHandle: string, targetText: string): Item {
  return {
    id: 'like-1', platform: 'facebook', kind: 'like', author: { id: 'asn-1', region_code: '63.71' },
    created_at: '2024-10-10T09:00:00+08:00', text: '', target: { author_handle: targetHandle, text: targetText },
  };
}

describe('flags rest on evidence', () => {
  const classifier = createClassifier({ contests: [KOTA_CONTEST], model: flatModel, threshold: 0.5 });

  it('does not flag a like of a neutral agency post scored exactly at the threshold', () => {
    const j = classifier.classify(like('dlh.kalselprov', 'Aksi Banjarmasin bebas sampah sungai, dimulai dari rumah kita sendiri. Pilah sampahmu!'));
    expect(j.flagged).toBe(false);
    expect(j.score).toBeLessThan(0.5);
    expect([j.candidate, j.stance, j.category]).toEqual([null, null, null]);
    expect(j.reason.en).not.toMatch(/: \.$/);
  });

  it('still flags at the threshold when a signal names a pair', () => {
    const j = classifier.classify(like('warga.kayutangi', 'Bang Rudi lanjutkan!'));
    expect(j.flagged).toBe(true);
    expect(j.score).toBe(0.5);
    expect(j.signals.length).toBeGreaterThan(0);
    expect(j.reason.en).toMatch(/"[^"]+"/);
  });

  it('never gives a flagged judgement an empty reason', () => {
    for (const text of ['', 'Selamat pagi', 'mantap 👍', 'Jadwal posyandu bulan ini']) {
      const j = classifier.classify(like('humas.kelurahan', text));
      if (j.flagged) expect(j.signals.length).toBeGreaterThan(0);
      expect(j.flagged).toBe(j.score >= 0.5);
    }
  });
});

// A pair's nickname worn by a neighbour is no evidence (namesakeOnly); these are the cases where
// names next to personal words still point at the pair. The flat model leaves the gate to decide.
describe('namesakes and what is not one', () => {
  const classifier = createClassifier({ contests: [KOTA_CONTEST], model: flatModel, threshold: 0.5 });
  const post = (text: string): Item => ({ ...like('', ''), kind: 'post', text, target: undefined });

  it('a neighbour with a pair nickname and a phone number is no evidence', () => {
    expect(classifier.classify(post('Bang Rudi tukang las depan gang, rapi dan murah. Hubungi 0812 5555 0101')).flagged).toBe(false);
  });

  it('an alias that joins the head and the deputy names the pair, not a neighbour', () => {
    const j = classifier.classify(post('Alhamdulillah dipercaya jadi koordinator kelurahan untuk Rudi-Sari, yang mau bantu hubungi saya'));
    expect(j.flagged).toBe(true);
    expect(j.candidate).toBe(1);
  });

  it('a nickname next to talk of governing is the candidate', () => {
    const j = classifier.classify(post('Bang Rudi baik orangnya, tapi memimpin kota beda dengan urus arisan'));
    expect(j.flagged).toBe(true);
    expect(j.candidate).toBe(1);
  });

  it('a post with no name at all is nobody\'s namesake: personal words do not hold back talk of a dynasty', () => {
    expect(classifier.classify(post('Mantan wali kota dan anaknya maju bareng, kota ini warisan keluarga kah?')).flagged).toBe(true);
  });

  it('a coalition is the campaign\'s subject', () => {
    expect(classifier.classify(post('koalisi sembilan partai, tapi ditanya soal banjir tidak bisa jawab 🙃')).flagged).toBe(true);
    expect(classifier.classify(post('sembilan hari lagi banjir surut, semoga tidak hujan 🙃')).flagged).toBe(false);
  });
});

// Evidence that points at no pair (talk of the office, everyday calls) needs a sure model; a flag
// that rests on it still names the words it rests on.
describe('weak evidence', () => {
  // Every item scores sigmoid(4) = 0.98 under this model.
  const sureModel = modelFromJson({
    model_version: 'lr-2024-01-01-0000000001', trained_at: '2024-01-01T00:00:00Z', calibration: { a: 1, b: 0 },
    partisan: { bias: 4, weights: {} }, stance: { bias: 1, weights: {} }, category: {},
  });
  const flat = createClassifier({ contests: [KOTA_CONTEST], model: flatModel, threshold: 0.5 });
  const sure = createClassifier({ contests: [KOTA_CONTEST], model: sureModel, threshold: 0.5 });
  const post = (text: string): Item => ({ ...like('', ''), kind: 'post', text, target: undefined });

  it('holds back talk of the office that names nobody unless the model is sure', () => {
    const text = 'Siapa yang jadi wali kota nanti, tolong pikirkan jalan di kampung kami';
    expect(flat.classify(post(text)).flagged).toBe(false);
    expect(flat.classify(post(text)).score).toBeLessThan(0.5);
    expect(sure.classify(post(text)).flagged).toBe(true);
  });

  it('gives a flag resting on a description a signal and a reason', () => {
    const j = sure.classify(post('Calon yang gelarnya panjang itu kok tidak paham harga gabah'));
    expect(j.flagged).toBe(true);
    expect(j.signals).toContainEqual(expect.objectContaining({ type: 'description', evidence: 'calon' }));
    expect(j.reason.id).toContain('gambaran calon "calon"');
    expect(j.reason.en).toContain('description "calon"');
  });

  it('lets a near-certain model past the look-alike vetoes, but not past a warning that lists every pair', () => {
    const namesake = 'Bang Rudi tukang las depan gang, rapi dan murah. Hubungi 0812 5555 0101';
    expect(flat.classify(post(namesake)).flagged).toBe(false);
    expect(sure.classify(post(namesake)).flagged).toBe(true);
    expect(sure.classify(post('ASN wajib netral: jangan like atau share konten paslon 01 maupun 02')).flagged).toBe(false);
  });

  it('still flags a pair named by the flat model at the threshold', () => {
    expect(flat.classify(post('Bang Rudi pasti menang')).flagged).toBe(true);
  });
});

describe('everyday words next to campaign words', () => {
  const flat = createClassifier({ contests: [KOTA_CONTEST], model: flatModel, threshold: 0.5 });
  const post = (text: string): Item => ({ ...like('', ''), kind: 'post', text, target: undefined });
  it.each([
    'Sarung sutra merah dari ibu, pas dipakai kondangan besok ❤️',
    'Tim voli kantor menang 3-1, nomor 2 jersey Pak Ahmad smash-nya ngeri',
  ])('"%s" is no evidence', (text) => expect(flat.classify(post(text)).flagged).toBe(false));
});
