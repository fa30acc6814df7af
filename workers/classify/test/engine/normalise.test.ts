import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/engine/normalise.js';
import { segmentHashtag } from '../../src/engine/hashtag-segment.js';

const n = (s: string) => normalise(s).join(' ');

describe('normalise', () => {
  it('lower-cases and applies NFKC (full-width letters)', () => {
    expect(n('ＣＯＢＬＯＳ Nomor')).toBe('coblos nomor');
  });

  it('squeezes repeated letters but keeps real acronyms', () => {
    expect(n('menanggg bangeeet')).toBe('menang banget');
    expect(n('PPP')).toBe('ppp');
  });

  it('reads a final letter doubled for emphasis as the plain word, keeps real words and abbreviations', () => {
    expect(n('duaa layakk bohongg nomerr')).toBe('2 layak bohong nomor');
    expect(n('pakk Hasan gakk')).toBe('pak hasan tidak');
    expect(n('Malinau Berkahh')).toBe('malinau berkah');
    // real words with doubled letters, and abbreviations whose plain form has no vowel or 2 letters
    expect(n('saat taat maaf Allah mall')).toBe('saat taat maaf allah mall');
    expect(n('PKK PSS TPSS add ss siji')).toBe('pkk pss tpss add ss 1');
    // a doubled form that is no known word stays as written when the plain one is unknown too
    expect(n('Hasann')).toBe('hasann');
  });

  it('undoes leetspeak but keeps real numbers', () => {
    expect(n('c0bl0s m3n4ng')).toBe('coblos menang');
    expect(n('pilih 02')).toBe('pilih 02');
    expect(n('no2 nomor03')).toBe('no 2 nomor 03');
  });

  it('reads regional negations, verbs and number words', () => {
    expect(n('Ulah milih deui')).toBe('jangan memilih lagi');
    expect(n('Jang pilih dia, nyanda ada bukti')).toBe('jangan pilih dia tidak ada bukti');
    // Manado "jo" is "saja": "No 1 jo!" is support, not "no 1 jangan"
    expect(n('No 1 jo!')).toBe('no 1 saja');
    expect(n("pele nomer duwa'")).toBe('pilih nomor 2');
  });

  it('maps slang to formal words and keeps negations', () => {
    expect(n('jgn pilih yg itu, gak usah')).toBe('jangan pilih yang itu tidak usah');
  });

  it('turns number words in Indonesian, Javanese and Sundanese into digits', () => {
    expect(n('nomer loro')).toBe('nomor 2');
    expect(n('siji hiji satu')).toBe('1 1 1');
    expect(n('telu tilu tiga')).toBe('3 3 3');
  });

  it('reads number and finger emoji', () => {
    expect(n('2️⃣')).toBe('keycap_2');
    expect(n('☝️ ✌️ 🤟')).toBe('jari_1 jari_2 jari_3');
  });

  it('segments hashtags by camel case and by known words', () => {
    expect(n('#JakartaMenyala')).toBe('#jakartamenyala jakarta menyala');
    expect(segmentHashtag('pilkadadamai')).toEqual(['pilkada', 'damai']);
    expect(n('#02')).toBe('#02 nomor 02');
  });

  it('keeps mentions and drops URLs', () => {
    expect(n('cek @RidwanKamil https://t.co/xyz')).toBe('cek @ridwankamil');
  });

  it('keeps words with an apostrophe whole', () => {
    expect(n("Ma'ruf")).toBe('maruf');
  });

  it('never drops stopwords that carry meaning', () => {
    expect(n('bukan yang satu, tidak juga dua')).toBe('bukan yang 1 tidak juga 2');
  });
});
