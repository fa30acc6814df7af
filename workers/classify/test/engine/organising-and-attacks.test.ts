// Organising posts for a pair named by an acronym (listed in lower case, or derived from the
// names), resigned attacks read as attacks, and generic phrases that are no evidence alone.
import { describe, expect, it } from 'vitest';
import { createClassifier, type Item } from '../../src/index.js';
import { KOTA_CONTEST } from './fixtures.js';

function post(text: string): Item {
  return {
    id: 'p-1', platform: 'facebook', kind: 'post', author: { id: 'asn-1', region_code: '63.71' },
    created_at: '2024-10-10T09:00:00+08:00', text,
  };
}

describe('organising, resigned attacks and generic phrases', () => {
  const classifier = createClassifier({ contests: [KOTA_CONTEST] });

  it('reads a listed acronym in lower case next to a campaign cue anywhere in the post', () => {
    const j = classifier.classify(post('jadwal sosialisasi suba pekan ini: senin pasar, rabu masjid. relawan kumpul di posko'));
    expect([j.flagged, j.candidate, j.stance, j.category]).toEqual([true, 2, 'support', 'organising']);
  });

  it('reads an acronym derived from head and deputy names next to an organising cue', () => {
    const j = classifier.classify(post('Rapat koordinasi relawan RUDSA di Kayu Tangi malam ini, yg mau gabung DM ya'));
    expect([j.flagged, j.candidate, j.category]).toEqual([true, 1, 'organising']);
  });

  it('does not read a derived acronym without a campaign cue', () => {
    const j = classifier.classify(post('RUDSA enak banget buat sarapan pagi ini'));
    expect(j.signals.some((s) => s.type === 'alias')).toBe(false);
  });

  it('keeps a warning about volunteers neutral', () => {
    const j = classifier.classify(post('ASN bukan tim sukses. Jangan ikut grup relawan paslon mana pun'));
    expect(j.flagged).toBe(false);
  });

  it('reads a conditional threat to move away as an attack', () => {
    const j = classifier.classify(post('kalo nomor 2 menang, sy pindah kota aja deh 🙄'));
    expect([j.flagged, j.candidate, j.stance, j.category]).toEqual([true, 2, 'oppose', 'attacking']);
  });

  it('does not flag a generic phrase alone', () => {
    expect(classifier.classify(post('Kerja nyata itu kerja ikhlas, bukan kerja cari pujian')).flagged).toBe(false);
  });
});
