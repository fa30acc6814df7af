// A small contest written for the tests (invented pairs), independent of the corpus.
import type { Contest, Item } from '../../src/engine/classify-types.js';

export const KOTA_CONTEST: Contest = {
  id: 'pilwalkot-test-2024',
  name: 'Pemilihan Wali Kota Contoh 2024',
  level: 'kota',
  region: { code: '63.71', name: 'Kota Banjarmasin' },
  campaign_start: '2024-09-25',
  campaign_end: '2024-11-23',
  voting_day: '2024-11-27',
  candidates: [
    {
      number: 1,
      head: 'Dr. H. Rudi Hartono, S.E., M.Si.',
      deputy: 'Hj. Sari Wulandari',
      aliases: ['Rudi-Sari', 'Bang Rudi'],
      parties: ['PDI Perjuangan'],
      slogans: ['Lanjutkan Banjarmasin Maju'],
      hashtags: ['#RudiSariMenang'],
      colors: ['merah'],
      accounts: [{ platform: 'instagram', handle: 'rudisari.official' }],
      incumbent: true,
    },
    {
      number: 2,
      head: 'Komjen Pol. (Purn.) Sudirman Halim',
      deputy: 'Ir. Bayu Pranata, M.T.',
      aliases: ['SUBA'],
      parties: ['Gerindra'],
      slogans: [],
      hashtags: ['#SUBAbisa'],
      colors: ['biru'],
      accounts: [{ platform: 'instagram', handle: 'suba2024' }],
    },
  ],
};

export const PROVINCE_CONTEST: Contest = {
  ...KOTA_CONTEST,
  id: 'pilgub-test-2024',
  name: 'Pemilihan Gubernur Contoh 2024',
  level: 'provinsi',
  region: { code: '63', name: 'Kalimantan Selatan' },
  candidates: [
    { number: 1, head: 'H. Muhammad Zainal Arifin', deputy: 'Dewi Kartika', aliases: ['ZADE'], hashtags: ['#ZADEKalsel'] },
    { number: 2, head: 'Agus Salimudin', deputy: 'Rahmat Hidayatullah', aliases: ['Agus-Rahmat'] },
  ],
};

let itemSeq = 0;
/** A post by an ASN in Banjarmasin (63.71) during KOTA_CONTEST's campaign; `extra` overrides any field. */
export function kotaItem(text: string, extra: Partial<Item> = {}): Item {
  return {
    id: `kota-${++itemSeq}`, platform: 'facebook', kind: 'post', author: { id: 'asn', region_code: '63.71' },
    created_at: '2024-10-10T10:00:00+08:00', text, ...extra,
  };
}
