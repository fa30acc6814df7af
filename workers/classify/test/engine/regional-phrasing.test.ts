// Regional phrasing: the incumbent's office in regional forms, an alias made of everyday words,
// and a place in a queue. Own examples (Minang, Banjar, Pontianak Malay), not from any eval set.
import { describe, expect, it } from 'vitest';
import { ContestMatcher } from '../../src/engine/contest-matcher.js';
import { normalise } from '../../src/engine/normalise.js';
import type { Contest } from '../../src/engine/classify-types.js';
import { KOTA_CONTEST } from './fixtures.js';

const withIncumbent: Contest = {
  ...KOTA_CONTEST,
  candidates: KOTA_CONTEST.candidates.map((c) => ({ ...c, incumbent: c.number === 1, aliases: c.number === 2 ? [...(c.aliases ?? []), 'Mari-Ya'] : c.aliases })),
};
const matcher = new ContestMatcher(withIncumbent);
const types = (text: string) => matcher.match(normalise(text), text).hits.map((h) => `${h.type}:${h.candidate ?? '-'}`);

describe('the incumbent by office in regional forms', () => {
  it('names the pair marked incumbent', () => {
    expect(types('Wako lamo tu jan dipiliah baliak')).toEqual(['name_part:1']);
    expect(types('walikota kemaren cukup sekali saja')).toEqual(['name_part:1']);
    expect(types('mantan walikota apa hasilnya?')).toEqual(['name_part:1']);
    expect(types('wali kota kini kada bagawi')).toEqual(['name_part:1']);
  });
  it('names nobody when no pair or two pairs are incumbent', () => {
    for (const inc of [() => false, () => true]) {
      const m = new ContestMatcher({ ...KOTA_CONTEST, candidates: KOTA_CONTEST.candidates.map((c) => ({ ...c, incumbent: inc() })) });
      expect(m.match(normalise('wako lamo tu jan dipiliah')).hits).toEqual([]);
    }
  });
});

describe('an alias made of everyday words', () => {
  it('is the words when written otherwise and nothing speaks of the election', () => {
    expect(types('Mari yo kito ka pasa basamo')).toEqual([]);
    expect(types('mari ya kita gotong royong bersihkan masjid')).toEqual([]);
  });
  it('names the pair written as the registry writes it, or next to a campaign cue', () => {
    expect(types('Mari-Ya paling paham daerah ini')).toEqual(['alias:2']);
    expect(types('relawan mari ya kumpul di posko')).toContain('alias:2');
  });
});

describe('a place in a queue', () => {
  it('is no ballot number', () => {
    expect(types('Dapek nomor 3 di antrian puskesmas').filter((t) => t.startsWith('ballot'))).toEqual([]);
    expect(types('dapat nomor 2 di antrian bank, lama banar').filter((t) => t.startsWith('ballot'))).toEqual([]);
    expect(types('coblos nomor 2')).toEqual(['ballot_number:2']);
  });
});
