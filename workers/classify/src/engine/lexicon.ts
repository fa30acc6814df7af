// Word lists the normaliser needs, loaded once per process from workers/classify/data/
// (see LICENSE-DATA.md for their origin and terms).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { REGIONAL_SLANG } from './regional-words.js';

const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));

// IndoCollex entries we refuse: English function words that collide in code-mixed posts,
// short forms with a clearly wrong or vulgar reading, and anything with digits (the
// number handling below is the one source of truth for numbers).
const REFUSED_SLANG = new Set([
  'in', 'is', 'it', 'so', 'if', 'of', 'or', 'me', 'my', 'us', 'ur', 'go', 'up', 'ex', 'eu', 'su', 'tt',
  'ml', 'ee', 'le', 'il', 'dj', 'fm', 'ft', 'mv', 'pb', 'tf', 'ko', 'km', 'jb', 'os', 'og', 'mbuh', 'im',
  'at', 'an', 'pp', 'bang', 'mas', 'pak', 'bu', 'kang', 'cak', 'abah', 'bunda', 'mbak', 'teh', 'uda', 'daeng', 'op', 'pc', 'cs', 'hu', 'sr', 'jr', 'ms', 'no', 'nomor',
]);

function loadSlang(): Map<string, string[]> {
  const slang = new Map<string, string[]>();
  const text = readFileSync(dataDir + 'informal-formal-Indonesian-dictionary.tsv', 'utf8');
  for (const line of text.split('\n').slice(1)) {
    const [informal, formal] = line.split('\t');
    if (!informal || !formal) continue;
    const from = informal.trim().toLowerCase();
    const to = formal.trim().toLowerCase();
    if (!from || !to || from === to || /\d/.test(from) || REFUSED_SLANG.has(from)) continue;
    slang.set(from, to.split(/[\s-]+/).filter(Boolean));
  }
  // Spellings of the ballot word that the lexicon lacks.
  for (const w of ['nomer', 'nmr', 'nmor', 'nomber']) slang.set(w, ['nomor']);
  // Honorifics before names: "pk Hasan" is "pak Hasan", not "pakai Hasan".
  for (const w of ['pk', 'pak', 'bpk', 'bp', 'pakk']) slang.set(w, ['pak']);
  for (const [from, to] of REGIONAL_SLANG) slang.set(from, [to]);
  return slang;
}

function loadStopwords(): string[] {
  return readFileSync(dataDir + 'stopwords-id.txt', 'utf8')
    .split('\n')
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean);
}

export const SLANG: ReadonlyMap<string, string[]> = loadSlang();

// Campaign vocabulary that hashtags are made of; the formal side of the slang lexicon and
// the stopwords give the everyday words.
const CAMPAIGN_WORDS = [
  'menang', 'menangkan', 'menyala', 'lanjutkan', 'lanjut', 'coblos', 'pilih', 'dukung', 'bersama', 'baru',
  'maju', 'hebat', 'bangkit', 'jaya', 'satu', 'putaran', 'periode', 'rakyat', 'warga', 'kota', 'kabupaten',
  'provinsi', 'gubernur', 'bupati', 'walikota', 'wali', 'paslon', 'relawan', 'pilkada', 'netral', 'asn',
  'sejahtera', 'harapan', 'perubahan', 'bangun', 'desa', 'indonesia', 'nusantara', 'berkah', 'amanah',
  'jakarta', 'jabar', 'jateng', 'jatim', 'sumut', 'sulsel', 'kaltim', 'bali', 'aceh', 'papua', 'pasti',
  'mantap', 'keren', 'lagi', 'terus', 'untuk', 'kita', 'semua', 'tolak', 'kotak', 'kosong', 'anti', 'nomor',
  'damai', 'aman', 'sehat', 'adil', 'makmur', 'sejuk', 'netral', 'jujur', 'bersih', 'juara', 'unggul', 'bangga',
  'cerdas', 'pintar', 'milih', 'pemilu', 'jaga', 'tetap', 'asik', 'gembira', 'riang', 'tenang', 'ayo', 'mari',
  'bersatu', 'kuat', 'tangguh', 'lebih', 'baik', 'mantul', 'gas', 'gaspol', 'kawal', 'suara', 'tps', 'kpu',
  'bawaslu', 'lawan', 'hoaks', 'hoax', 'politik', 'uang', 'golput', 'layak', 'pantas',
];

function loadVocabulary(): Set<string> {
  const vocab = new Set<string>(CAMPAIGN_WORDS);
  for (const w of loadStopwords()) if (!w.includes(' ')) vocab.add(w);
  for (const words of SLANG.values()) for (const w of words) if (w.length > 1 && !/\d/.test(w)) vocab.add(w);
  return vocab;
}

/** Everyday and campaign words: used to segment hashtags and to tell a word from a name part. */
export const VOCABULARY: ReadonlySet<string> = loadVocabulary();
