// The regional vocabulary (REGIONAL_SLANG, NUMBER_WORDS): a sample of its mappings through the
// normaliser, the list's hygiene (no Indonesian stopword, no form twice) and two posts read end
// to end: a regional colour wink and an everyday colour sentence.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/index.js';
import { ItemReader } from '../../src/engine/classifier.js';
import { normalise } from '../../src/engine/normalise.js';
import { NUMBER_WORDS } from '../../src/engine/number-words.js';
import { REGIONAL_SLANG } from '../../src/engine/regional-words.js';
import { KOTA_CONTEST, kotaItem } from './fixtures.js';

const n = (s: string) => normalise(s).join(' ');

// The Indonesian stopword list; the lexicon loads its copy in workers/classify/data/ (the same file).
const SHARED_STOPWORDS = '/work/shared/data/lexicon/stopwords-id.txt';
const STOPWORDS = new Set(
  readFileSync(existsSync(SHARED_STOPWORDS) ? SHARED_STOPWORDS : fileURLToPath(new URL('../../data/stopwords-id.txt', import.meta.url)), 'utf8')
    .split('\n')
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean),
);

describe('regional words read as Indonesian', () => {
  it.each([
    // colours
    ['hate tetep beureum', 'hate tetap merah'],
    ['koneng hejo bodas hideung bulao', 'kuning hijau putih hitam biru'],
    ['klambi ireng, abrit, pethak', 'klambi hitam merah putih'],
    ['kuneng puteh', 'kuning putih'],
    ['kuniang putiah', 'kuning putih'],
    ['habang hirang', 'merah hitam'],
    ['bahandang baputi', 'merah putih'],
    // a wink: know, oneself
    ['nyaho dhewe', 'tahu sendiri'],
    ['teupeu keudroe', 'tahu sendiri'],
    // negation, already, will, must
    ['mboten henteu tusing trada', 'tidak tidak tidak tidak'],
    ['geus parantos sampun nunga', 'sudah sudah sudah sudah'],
    ['arep handak kedah', 'mau mau harus'],
    // judgements
    ['apik rancak luung', 'bagus bagus bagus'],
    ['goroh pandusto bogbog', 'bohong pembohong bohong'],
    ['wis kabukti', 'sudah terbukti'],
    ['duwit pitih hepeng', 'uang uang uang'],
    ['tuku suara', 'beli suara'],
    ['jarene cenah', 'katanya katanya'],
    ['isin supan', 'malu malu'],
    ['wedi sieun', 'takut takut'],
    ['cekap cukuik', 'cukup cukup'],
    ['anyar hanyar', 'baru baru'],
  ])('"%s" reads "%s"', (text, formal) => expect(n(text)).toBe(formal));

  it('reads the new number words as digits', () => {
    expect(n('nomor lhee peuet limong')).toBe('nomor 3 4 5');
    expect(n('nomor tolu')).toBe('nomor 3');
    expect(n('nomor sekeq pituq')).toBe('nomor 1 7');
  });

  it('keeps the wink cues that read regional forms as written', () => {
    expect(n('ngarti sorangan')).toBe('ngarti sorangan');
  });
});

describe('the regional list', () => {
  it('maps no Indonesian stopword', () => {
    expect(REGIONAL_SLANG.map(([form]) => form).filter((form) => STOPWORDS.has(form))).toEqual([]);
  });

  it('lists no form twice and maps each to one token', () => {
    const seen = new Set<string>();
    const twice: string[] = [];
    for (const [form, formal] of REGIONAL_SLANG) {
      if (seen.has(form)) twice.push(form);
      seen.add(form);
      expect(formal).toMatch(/^\p{L}+$/u);
    }
    expect(twice).toEqual([]);
  });

  it('gives no number word a slang reading', () => {
    expect(REGIONAL_SLANG.map(([form]) => form).filter((form) => NUMBER_WORDS.has(form))).toEqual([]);
  });
});

describe('regional colour posts end to end', () => {
  const reader = new ItemReader([KOTA_CONTEST]);
  const classifier = createClassifier({ contests: [KOTA_CONTEST] });

  it('a Sundanese heart kept red is pair 1\'s colour', () => {
    const item = kotaItem('hate mah tetep beureum, moal robah 😉');
    const reading = reader.read(item)[0]!;
    expect(reading.own.hits).toContainEqual(expect.objectContaining({ type: 'color', candidate: 1 }));
    const judgement = classifier.classify(item);
    expect(judgement.flagged).toBe(true);
    expect(judgement.candidate).toBe(1);
  });

  it.each([
    'Isuk iki masak sambel abrit karo jangan ijo, enak tenan',
    'Meuli baju bodas jeung calana hideung keur budak sakola',
  ])('an everyday colour sentence is not flagged: "%s"', (text) => {
    expect(classifier.classify(kotaItem(text)).flagged).toBe(false);
  });
});
