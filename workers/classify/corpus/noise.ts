// Surface noise of Indonesian social media: informal spelling, repeated letters, casing, emoji,
// typos. Applied after slot filling; never removes a word that carries the label.

import { readFileSync } from 'node:fs';
import { requiredSource } from './contests-from-kpu.js';
import { Rng } from './rng.js';

export interface NoiseProfile {
  slang: number; // chance to replace each formal word that has an informal form
  lower: number;
  shout: number;
  repeat: number;
  emoji: number;
  typo: number;
  filler: number;
  map: Record<string, string[]>;
  fillers: string[];
  /** formal -> informal spellings from IndoCollex; A and B get disjoint halves of the lexicon */
  lexicon: Map<string, string[]>;
  lexiconRate: number;
}

// Words that carry the label: never respelled from the lexicon (the hand-written maps above
// already give "jgn", "nmr" and the like where wanted).
const PROTECTED = new Set(['satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'siji', 'loro', 'telu', 'papat', 'limo', 'hiji',
  'tilu', 'opat', 'nomor', 'nomer', 'pilih', 'coblos', 'paslon', 'menang', 'dukung', 'jangan', 'tidak', 'bukan', 'jari', 'no']);

/** IndoCollex (Wibowo et al. 2021, MIT): informal -> formal pairs; inverted, one half per family. */
function lexiconHalf(half: 0 | 1): Map<string, string[]> {
  const rows = readFileSync(requiredSource('lexicon'), 'utf8').split('\n').slice(1);
  const out = new Map<string, string[]>();
  let i = 0;
  for (const row of rows) {
    const [inf, formal] = row.split('\t');
    if (!inf || !formal || !/^[a-z]+$/.test(inf) || !/^[a-z]+$/.test(formal) || inf === formal || PROTECTED.has(formal)) continue;
    // respellings only ("bgt", "itam"), not synonyms or English ("homes" for rumah, "in" for di)
    if (inf[0] !== formal[0] && !formal.slice(1).startsWith(inf.slice(0, 2))) continue;
    if (i++ % 2 !== half) continue;
    if (!out.has(formal)) out.set(formal, []);
    out.get(formal)!.push(inf);
  }
  return out;
}

const MAP_A: Record<string, string[]> = {
  yang: ['yg', 'yng'], tidak: ['gak', 'ga', 'tdk', 'nggak'], saya: ['sy', 'aku', 'sya'], banget: ['bgt', 'bngt'],
  sudah: ['udah', 'sdh', 'udh'], dengan: ['dgn', 'dg'], untuk: ['utk', 'buat'], jangan: ['jgn', 'jangn'], bisa: ['bs', 'bisa'],
  tapi: ['tp', 'tpi'], karena: ['krn', 'karna'], sama: ['sm'], lagi: ['lg'], semua: ['smua'], juga: ['jg'], dari: ['dr'],
  kita: ['qt', 'kt'], ini: ['ni'], itu: ['tu'], aja: ['aj'], semoga: ['smg', 'moga'], terima: ['trima'], kasih: ['ksh'],
  ayo: ['ayok', 'yuk', 'ayoo'], pak: ['pk', 'pakk'], bapak: ['bpk', 'bapa'], ibu: ['bu', 'ibuk'], gimana: ['gmn'],
  sekarang: ['skrg', 'skrng'], kalau: ['kalo', 'klo', 'kl'], pasti: ['pst'], mau: ['mo'], tanggal: ['tgl'],
};
const MAP_B: Record<string, string[]> = {
  yang: ['yg', 'yang'], tidak: ['enggak', 'gk', 'ngga'], saya: ['gw', 'gue', 'ane', 'aku'], banget: ['bgtt', 'pisan'],
  sudah: ['dah', 'udah'], dengan: ['sama', 'dgn'], untuk: ['bwt', 'untk'], jangan: ['jgn', 'jgan'], tapi: ['tapii', 'tp'],
  karena: ['soalnya', 'krna'], kita: ['kite', 'kita'], semua: ['semuanya'], juga: ['jga'], sekarang: ['skrg'],
  kalau: ['kalo', 'kalok'], mau: ['mao', 'pengen'], orang: ['org', 'orng'], bagaimana: ['gimana', 'gmna'],
  memang: ['emang', 'mmg'], begitu: ['gitu'], benar: ['bener', 'bnr'], terus: ['trs', 'trus'], pilih: ['pilih', 'pilihh'],
};

export const PROFILE_A: NoiseProfile = {
  slang: 0.35, lower: 0.28, shout: 0.02, repeat: 0.07, emoji: 0.1, typo: 0.04, filler: 0.05, map: MAP_A,
  fillers: ['wkwk', 'hehe', 'gaes', 'guys', 'bund', 'lur', 'cuy', 'sob'], lexicon: lexiconHalf(0), lexiconRate: 0.12,
};
export const PROFILE_B: NoiseProfile = {
  slang: 0.4, lower: 0.3, shout: 0.03, repeat: 0.08, emoji: 0.12, typo: 0.05, filler: 0.06, map: MAP_B,
  fillers: ['wkwkwk', 'hahaha', 'gengs', 'dulur', 'bro', 'sis', 'kak', 'cmiiw', 'btw'], lexicon: lexiconHalf(1), lexiconRate: 0.12,
};
const EXTRA_EMO = ['🙏', '😁', '🔥', '💪', '😊', '🤲', '👍', '😂', '🥰', '✨'];

export function addNoise(text: string, rng: Rng, p: NoiseProfile): string {
  if (!text) return text;
  let t = text.replace(/[A-Za-z]+/g, (w) => {
    const alts = p.map[w.toLowerCase()];
    if (alts && rng.chance(p.slang)) return rng.pick(alts);
    // lowercase words only: capitalised ones may be names of candidates
    const lex = /^[a-z]+$/.test(w) ? p.lexicon.get(w) : undefined;
    if (lex && rng.chance(p.lexiconRate)) return rng.pick(lex);
    return w;
  });
  if (rng.chance(p.typo)) {
    const words = t.split(' ');
    const i = rng.int(0, words.length - 1);
    const w = words[i]!;
    if (/^[a-z]{5,}$/.test(w) && !/^(coblos|pilih|nomor|nomer|jangan|paslon)/.test(w)) {
      const j = rng.int(1, w.length - 2);
      words[i] = w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2);
      t = words.join(' ');
    }
  }
  if (rng.chance(p.repeat)) t = t.replace(/([a-z])([^a-z]*)$/i, (_, ch: string, rest: string) => ch.repeat(rng.int(2, 4)) + rest);
  if (rng.chance(p.filler)) t = rng.chance(0.5) ? `${t} ${rng.pick(p.fillers)}` : `${rng.pick(p.fillers)} ${t}`;
  if (rng.chance(p.emoji)) t = `${t} ${rng.pick(EXTRA_EMO)}`;
  if (rng.chance(p.lower)) t = t.toLowerCase();
  else if (rng.chance(p.shout)) t = t.toUpperCase();
  return t.replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim();
}
