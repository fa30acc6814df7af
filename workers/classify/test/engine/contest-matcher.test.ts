import { describe, expect, it } from 'vitest';
import { ContestMatcher, MatcherCache, distinct } from '../../src/engine/contest-matcher.js';
import type { TokenInfo } from '../../src/engine/token-info.js';
import { nameTokens } from '../../src/engine/names.js';
import { normalise } from '../../src/engine/normalise.js';
import { KOTA_CONTEST } from './fixtures.js';

const matcher = new ContestMatcher(KOTA_CONTEST);
const hits = (text: string) => matcher.match(normalise(text)).hits;
const types = (text: string) => hits(text).map((h) => `${h.type}:${h.candidate ?? '-'}`);

describe('names without titles', () => {
  it('strips honorifics, ranks and degrees', () => {
    expect(nameTokens('Komjen Pol. (Purn.) Dharma Pongrekun')).toEqual(['dharma', 'pongrekun']);
    expect(nameTokens('Dr. Ir. Pramono Anung Wibowo')).toEqual(['pramono', 'anung', 'wibowo']);
    expect(nameTokens('BUSTAMI HAMZAH, S.E., M.Si.')).toEqual(['bustami', 'hamzah']);
    expect(nameTokens('H. M. Ridwan Kamil')).toEqual(['ridwan', 'kamil']);
  });
});

describe('ContestMatcher', () => {
  it('finds names, parts of names, aliases, hashtags, slogans, parties and accounts', () => {
    expect(types('Rudi Hartono pemimpin kita')).toEqual(['name:1']);
    expect(types('pak Halim mantap')).toEqual(['name_part:2']);
    expect(types('Bang Rudi!')).toEqual(['alias:1']);
    expect(types('#RudiSariMenang')).toContain('hashtag:1');
    expect(types('#rudisari')).toContain('hashtag:1');
    expect(types('lanjutkan banjarmasin maju')).toEqual(['slogan:1']);
    expect(types('kader PDIP solid')).toEqual(['party:1']);
    expect(types('mention @suba2024')).toEqual(['account_mention:2']);
  });

  it('reads a registry name with its final letter doubled for emphasis as the name', () => {
    expect(types('Rudi Hartonoo pemimpin kita')).toEqual(['name:1']);
    expect(types('pak Halimm mantap')).toEqual(['name_part:2']);
    expect(types('Bang Rudii!')).toEqual(['alias:1']);
    expect(types('pak Halim mantap')).toEqual(['name_part:2']);
  });

  it('lists a text\'s distinct tokens in first-occurrence order, with or without token infos', () => {
    for (const text of ['menang menang Rudi Hartono menang coblos nomor 2 nomor 2 ✌️✌️ mantap', 'a b a c b d a', '']) {
      const infos: TokenInfo[] = [];
      const tokens = normalise(text, infos);
      const withInfos = matcher.match(tokens, text, infos);
      const without = matcher.match(tokens, text);
      expect(withInfos.modelTokens).toEqual(without.modelTokens);
      expect(withInfos.uniqueTokens).toEqual(distinct(without.modelTokens));
      expect(without.uniqueTokens).toEqual([...new Set(without.modelTokens)]);
    }
  });

  it('reads ballot numbers only in context', () => {
    expect(types('coblos nomor 2')).toEqual(['ballot_number:2']);
    expect(types('pilih 01')).toEqual(['ballot_number:1']);
    expect(types('nomer loro')).toEqual(['ballot_number:2']);
    expect(types('2️⃣')).toEqual(['ballot_number:2']);
    expect(types('#02')).toEqual(['ballot_number:2']);
    expect(types('salam dua jari')).toEqual(['finger:2']);
    expect(types('✌️')).toEqual(['finger:2']);
  });

  it('does not take look-alike numbers for ballot numbers', () => {
    for (const text of ['yang nomor 2 dari kiri', 'ruang rapat lantai 2', 'juara 1 lomba', 'tgl 2 libur', 'sudah 2 kali']) {
      expect(hits(text).filter((h) => h.type === 'ballot_number')).toEqual([]);
    }
    expect(hits('ada 2 orang').map((h) => h.type)).toEqual(['lookalike']);
  });

  it('treats a street or building named after someone as a look-alike', () => {
    expect(types('macet di Jl. Sudirman')).toEqual(['lookalike:-']);
    expect(types('macet di jalan Sudirman Halim')).toEqual(['lookalike:-']);
  });

  it('replaces matched spans with contest-independent placeholders', () => {
    const m = matcher.match(normalise('Ayo coblos Bang Rudi nomor 1 #RudiSariMenang'));
    expect(m.modelTokens).toContain('__ALIAS__');
    expect(m.modelTokens).toContain('__BALLOT__');
    expect(m.modelTokens).toContain('__HASHTAG__');
    expect(m.modelTokens.join(' ')).not.toMatch(/rudi/);
  });

  it('rebuilds only contests whose content changed', () => {
    const cache = new MatcherCache();
    const [first] = cache.update([KOTA_CONTEST]);
    const [same] = cache.update([structuredClone(KOTA_CONTEST)]);
    expect(same).toBe(first);
    const changed = structuredClone(KOTA_CONTEST);
    changed.candidates[1]!.aliases = ['SUBA', 'Pak Dirman'];
    const [rebuilt] = cache.update([changed]);
    expect(rebuilt).not.toBe(first);
    expect(rebuilt!.match(normalise('pak dirman')).hits.map((h) => h.type)).toEqual(['alias']);
  });
});

describe('unknown hashtags', () => {
  it('name a pair when they contain one of its aliases or distinctive name parts', () => {
    expect(types('#SUBAjuara')).toContain('hashtag:2');
    expect(types('#hartonolagi')).toContain('hashtag:1');
    expect(types('#pilkadadamai')).toEqual([]);
  });
});

describe('numbers that are not ballot numbers', () => {
  it('reads keycaps that bullet a list as a list, and house numbers as addresses', () => {
    expect(types('1️⃣ beli kertas, 1️⃣ fotokopi dokumen')).toEqual(['lookalike:-', 'lookalike:-']);
    expect(types('kantor pindah ke Jl. Merdeka no. 2')).toEqual(['lookalike:-']);
  });

  it('reads a list of ballot numbers after one ballot word', () => {
    expect(types('paslon 1, 2 dan 3')).toEqual(['ballot_number:1', 'ballot_number:2']);
  });
});

describe('pair acronyms that are ordinary words', () => {
  const makassar = new ContestMatcher({
    id: 'pilwalkot-test-2024', name: 'Pilwalkot Uji', level: 'kota', region: { code: '73.71', name: 'Kota Makassar' },
    campaign_start: '2024-09-25', campaign_end: '2024-11-23', voting_day: '2024-11-27',
    candidates: [
      { number: 1, head: 'Munafri Arifuddin', deputy: 'Aliyah Mustika Ilham', aliases: ['MULIA'] },
      { number: 4, head: 'Muhammad Amri Arsyid', deputy: 'Abd. Rahman Bando', aliases: ['AMAN'] },
    ],
  });
  const acronymHits = (text: string) => makassar.match(normalise(text), text).hits.filter((h) => h.type === 'alias').map((h) => h.candidate);

  it('name the pair when written in capitals or after a campaign cue', () => {
    expect(acronymHits('Tetap AMAN sampai TPS!')).toEqual([4]);
    expect(acronymHits('relawan mulia siap kawal suara')).toEqual([1]);
    expect(acronymHits('sy dukung aman')).toEqual([4]);
  });

  it('are the ordinary word otherwise', () => {
    expect(acronymHits('Situasi kota aman terkendali')).toEqual([]);
    expect(acronymHits('Semoga hati kita selalu mulia')).toEqual([]);
    expect(acronymHits('Tips aman berkendara saat hujan')).toEqual([]);
  });

  it('keep the old behaviour when the caller has no raw text', () => {
    expect(makassar.match(normalise('situasi aman')).hits.map((h) => h.type)).toEqual(['alias']);
  });
});
