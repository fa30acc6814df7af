// Builds Netra contests from the real KPU list of Pilkada 2024 pairs
// (/work/shared/data/pilkada-2024/pilkada2024_paslon_flat.csv, official KPU SIREKAP master data via
// github.com/razanfawwaz/pilkada-scrap) and the Kemendagri region codes
// (regions/wilayah_level_1_2.csv, MIT, github.com/cahyadsn/wilayah).
// Pairs, ballot numbers and names are real. Everything a Bawaslu office would add by hand
// (aliases, parties, slogans, hashtags, colours, accounts, incumbency) is invented here,
// deterministically from a seed.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from './rng.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const SHARED = process.env.NETRA_SHARED_DATA ?? '/work/shared/data';
/** Source files: the repo's own copies first (identical to the shared reference data), then the shared folder. */
const SOURCES = {
  regions: [join(REPO, 'data/reference/wilayah_level_1_2.csv'), join(SHARED, 'regions/wilayah_level_1_2.csv')],
  pilkada: [join(REPO, 'data/reference/pilkada2024_paslon_flat.csv'), join(SHARED, 'pilkada-2024/pilkada2024_paslon_flat.csv')],
  lexicon: [join(REPO, 'workers/classify/data/informal-formal-Indonesian-dictionary.tsv'), join(SHARED, 'lexicon/informal-formal-Indonesian-dictionary.tsv')],
  parties: [join(SHARED, 'parties-2024/parties_2024.csv')],
};
export function sourceFile(key: keyof typeof SOURCES): string | undefined {
  return SOURCES[key].find((f) => existsSync(f));
}
export function requiredSource(key: keyof typeof SOURCES): string {
  const f = sourceFile(key);
  if (!f) throw new Error(`${key} data not found in ${SOURCES[key].join(' or ')}`);
  return f;
}

export interface Account { platform: string; handle: string }
export interface Candidate {
  number: number;
  head: string;
  deputy: string;
  aliases: string[];
  parties: string[];
  slogans: string[];
  hashtags: string[];
  colors: string[];
  accounts: Account[];
  incumbent?: boolean;
  independent?: boolean;
}
export interface Contest {
  id: string;
  name: string;
  level: 'provinsi' | 'kabupaten' | 'kota';
  region: { code: string; name: string };
  campaign_start: string;
  campaign_end: string;
  voting_day: string;
  candidates: Candidate[];
}

/** What the generator knows about a person beyond the ballot (not written to contests.json). */
export interface PersonMeta {
  display: string; // name without titles, proper case ("Bustami Hamzah")
  call: string; // the name people use ("Bustami")
  alt: string; // another usable part of the name (often the last name)
  female: boolean;
  honorific: string; // "Pak", "Bang", "Kang", "Bu", ...
  kpuNick?: string; // nickname KPU prints in brackets ("Si Doel")
}
export interface CandidateMeta {
  contest: Contest;
  cand: Candidate;
  head: PersonMeta;
  dep: PersonMeta;
  acronym: string;
  pairShort: string; // "Bustami-Fadhil"
  nicknames: string[]; // "Pak Bustami", "Bang Fadhil", ...
}
export interface ContestMeta {
  contest: Contest;
  province: string; // 2-digit province code
  regionShort: string; // "Aceh Selatan", "Banjarmasin"
  regencies: string[]; // codes an author may live in
  tz: string; // +07:00 / +08:00 / +09:00
  cands: CandidateMeta[];
}

// ---------------------------------------------------------------- CSV
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (q) {
      if (ch === '"') {
        if (text[i + 1] === '"') { cell += '"'; i++; } else q = false;
      } else cell += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); cell = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else cell += ch;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

function readTable(path: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

// ---------------------------------------------------------------- names
const RANKS = new Set(['LETJEN', 'MAYJEN', 'BRIGJEN', 'JENDERAL', 'KOMJEN', 'IRJEN', 'BRIGJEN.', 'LETJEN.',
  'MAYJEN.', 'KOMJEN.', 'IRJEN.', 'MARSEKAL', 'LAKSAMANA', 'LAKSDA', 'MARSDA', 'KOLONEL', 'AKBP', 'KOMBES',
  'TNI', 'POL', 'POL.', 'POLRI', 'PURN', 'PURN.', 'AD', 'AU', 'AL.', 'KOL', 'KOL.', 'LETKOL']);
const KEEP_UPPER = new Set(['TNI', 'POLRI', 'AD', 'AU', 'AKBP']);
const NOT_CORE_TITLES = new Set(['H', 'HJ', 'H.', 'HJ.', 'H.M.', 'DR', 'DRS', 'IR', 'KH', 'KH.', 'TGK', 'NY', 'NY.', 'PROF']);
const PREFIXES = new Set(['MUHAMMAD', 'MUHAMAD', 'MOHAMMAD', 'MOHAMAD', 'MOHAMMED', 'MOH', 'MOCH', 'MOCHAMAD', 'MOCHAMMAD',
  'MUH', 'MHD', 'M', 'AHMAD', 'ACHMAD', 'AHMED', 'ABDUL', 'ABD', 'ANDI', 'I', 'NI', 'RADEN', 'R', 'TEUKU', 'T', 'SITI',
  'TUAN', 'GUSTI', 'NGURAH', 'WAYAN', 'MADE', 'NYOMAN', 'KETUT', 'PUTU', 'GEDE', 'KADEK', 'KOMANG', 'NENGAH',
  'AGUNG', 'ANAK', 'AA', 'AL', 'LA', 'ODE', 'WA', 'LM', 'TR', 'ANDI', 'DATU', 'TGK', 'TEUNGKU', 'HAJI', 'KI', 'NYI', 'IDA', 'BAGUS', 'DEWA', 'SAYED', 'SAID', 'SYED', 'SYARIFAH', 'SYARIF', 'DATUK', 'ST', 'HAJI']);
const FEMALE = new Set(['SITI', 'SRI', 'DEWI', 'RINA', 'NURUL', 'NUR', 'FITRI', 'YULI', 'ENI', 'ENY', 'TUTI', 'RATNA', 'RATU',
  'WATI', 'LISA', 'LINDA', 'RISMA', 'RISMAHARINI', 'KHOFIFAH', 'ATIKAH', 'EVA', 'IKA', 'INDAH', 'NENG', 'SUSI', 'ANI',
  'ERNA', 'YENNY', 'YENI', 'MEGA', 'PUTRI', 'AYU', 'DIAH', 'DIANA', 'NINIK', 'ANIK', 'HERLINA', 'MARLINA', 'ROSA',
  'FARIDA', 'HARTINI', 'ASTUTI', 'NOVITA', 'NINA', 'IDA', 'RUSMINI', 'SUMIATI', 'WINDA', 'DESY', 'DESI', 'LILIS', 'YAYUK',
  'ENDANG', 'RETNO', 'TRI', 'KARTIKA', 'NOVI', 'IRA', 'FATIMAH', 'AISYAH', 'NURHAYATI', 'MARIA', 'MARIANA', 'YOLANDA',
  'CHRISTINA', 'LINA', 'AGATI', 'PAULINA', 'WENY', 'KRISTINA', 'ANNA', 'SARAH', 'ELISABETH', 'DIAN', 'LESTARI', 'SUSANTI', 'HANDAYANI', 'RAHMAWATI']);

export function properWord(w: string): string {
  return w.toLowerCase().replace(/(^|[- ])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase());
}

const TITLES = new Set(['h', 'hj', 'hi', 'dr', 'drs', 'dra', 'drg', 'ir', 'prof', 'kh', 'tgk', 'ny', 'hc', 'st', 'ust', 'tuan']);
const NICK_STOP = new Set(['acc', 'hons', 'hc', 'h.c', 'cand', 'purn', 'purn.']);

/** "H. RANO KARNO, S.IP. (SI DOEL)" -> ballot display in proper case + name parts. */
export function parsePerson(raw: string): { ballot: string; core: string[]; nick?: string; female: boolean } {
  let s = raw.trim().replace(/\s+/g, ' ');
  let nick: string | undefined;
  // bracketed nickname (not "(Purn.)", "(Acc)")
  s = s.replace(/\(([^)]*)\)/g, (m, inner: string) => {
    const t = inner.trim();
    if (NICK_STOP.has(t.toLowerCase()) || t.length < 2) return m;
    if (!nick) nick = properWord(t);
    return '(' + properWord(t) + ')';
  });
  const female = /(^|\s)(Hj|HJ|Ny|NY|Dra)\.?\s/.test(s);
  const commaAt = s.indexOf(',');
  const first = commaAt >= 0 ? s.slice(0, commaAt) : s;
  const rest = commaAt >= 0 ? s.slice(commaAt) : '';
  const out: string[] = [];
  const core: string[] = [];
  let inBracket = false;
  for (const t of first.split(' ')) {
    if (t.startsWith('(')) inBracket = true;
    if (inBracket) { out.push(t); if (t.includes(')')) inBracket = false; continue; }
    const bare = t.replace(/[(),]/g, '');
    const up = bare.toUpperCase();
    const isCaps = bare === up;
    const fix = (w: string) => (isCaps ? properWord(w) : w);
    if (RANKS.has(up) || RANKS.has(up.replace(/\.$/, ''))) { out.push(KEEP_UPPER.has(up) ? t : fix(t)); continue; }
    const noDot = bare.replace(/\.$/, '');
    if (TITLES.has(noDot.toLowerCase())) { out.push(t); continue; }
    if (/\./.test(noDot)) {
      // "H.M." is a title, "MUSLEM.D" a name with an initial
      const longest = noDot.split('.').sort((a, b) => b.length - a.length)[0]!;
      if (longest.length >= 3) { core.push(longest.toUpperCase()); out.push(fix(t)); } else out.push(t);
      continue;
    }
    if (/^[A-Za-z][A-Za-z'’-]*$/.test(noDot)) {
      core.push(noDot.toUpperCase());
      out.push(/^[A-Z]\.?$/.test(bare) ? t : fix(t));
    } else out.push(t);
  }
  // "ALIAS HENDI", "GUS HANS": nickname inside the name
  const ai = core.indexOf('ALIAS');
  if (ai > 0 && core[ai + 1]) { nick = nick ?? properWord(core[ai + 1]!); core.splice(ai); }
  const gi = core.indexOf('GUS');
  if (gi > 0 && core[gi + 1]) { nick = nick ?? 'Gus ' + properWord(core[gi + 1]!); core.splice(gi); }
  const c0 = core[0] ?? '';
  const fem = female || FEMALE.has(c0) || c0 === 'NI' || /(WATI|YANTI|SANTI|NINGSIH|NINGRUM|IYAH|INA)$/.test(c0);
  return { ballot: (out.join(' ') + rest).replace(/\s+,/g, ','), core, nick, female: fem };
}

function callName(core: string[]): { call: string; alt: string } {
  const usable = core.filter((c) => c.length > 1);
  const good = usable.filter((c) => c.length >= 3 && /[AIUEOY]/.test(c));
  let call = good.find((c) => !PREFIXES.has(c)) ?? good[0] ?? usable.find((c) => !PREFIXES.has(c)) ?? usable[0] ?? core[0] ?? 'X';
  const alt = usable.length > 1 ? usable[usable.length - 1]! : call;
  if (call.length > 11 && usable.length > 1) call = usable.find((c) => c !== call && !PREFIXES.has(c)) ?? call;
  return { call: properWord(call), alt: properWord(alt) };
}

function honorifics(province: string, female: boolean): string[] {
  if (female) {
    if (['33', '34', '35'].includes(province)) return ['Bu', 'Mbak', 'Bunda'];
    if (['32', '36'].includes(province)) return ['Bu', 'Teh', 'Bunda'];
    if (province.startsWith('9') || province === '53') return ['Bu', 'Mama', 'Kaka'];
    return ['Bu', 'Bunda', 'Kak'];
  }
  const m: Record<string, string[]> = {
    '11': ['Pak', 'Abu', 'Bang'], '12': ['Bang', 'Pak', 'Amang'], '13': ['Uda', 'Pak', 'Buya'], '14': ['Datuk', 'Bang', 'Pak'],
    '15': ['Pak', 'Bang'], '16': ['Pak', 'Kak', 'Bang'], '17': ['Pak', 'Bang'], '18': ['Bang', 'Pak', 'Kyai'],
    '19': ['Pak', 'Bang'], '21': ['Bang', 'Pak', 'Datuk'], '31': ['Bang', 'Pak'], '32': ['Kang', 'Pak', 'Aa'],
    '33': ['Mas', 'Pak', 'Pakde'], '34': ['Mas', 'Pak', 'Ndoro'], '35': ['Cak', 'Pak', 'Mas', 'Gus'], '36': ['Kang', 'Pak', 'Abah'],
    '51': ['Bli', 'Pak', 'Ajik'], '52': ['Pak', 'Bang', 'Mamiq'], '53': ['Bapa', 'Om', 'Kaka'], '61': ['Bang', 'Pak'],
    '62': ['Pak', 'Bang'], '63': ['Abah', 'Pak', 'Julak'], '64': ['Pak', 'Bang', 'Abah'], '65': ['Pak', 'Bang'],
    '71': ['Om', 'Pak', 'Bung'], '72': ['Pak', 'Om', 'Bang'], '73': ['Daeng', 'Puang', 'Pak'], '74': ['Pak', 'Bang', 'Om'],
    '75': ['Pak', 'Om', 'Bang'], '76': ['Pak', 'Puang', 'Daeng'], '81': ['Bung', 'Om', 'Pak'], '82': ['Om', 'Bung', 'Pak'],
  };
  return m[province] ?? ['Bapa', 'Pak', 'Kaka'];
}

// ---------------------------------------------------------------- registry data
export const PARTIES_NATIONAL = ['PKB', 'Gerindra', 'PDI Perjuangan', 'Golkar', 'NasDem', 'Partai Buruh', 'Gelora', 'PKS',
  'PKN', 'Hanura', 'Garuda', 'PAN', 'PBB', 'Demokrat', 'PSI', 'Perindo', 'PPP', 'Partai Ummat'];
export const PARTIES_ACEH = ['PNA', 'GABTHAT', 'PDA', 'Partai Aceh', 'PAS Aceh', 'SIRA'];
/** Loaded from parties_2024.csv (when present) only to check that every acronym used here is a real 2024 party. */
export function checkParties(): void {
  const file = sourceFile('parties');
  if (!file) return;
  const rows = readTable(file);
  const known = rows.map((r) => `${r['akronim']} ${r['nama_parpol']}`.toUpperCase());
  for (const p of [...PARTIES_NATIONAL, ...PARTIES_ACEH]) {
    const key = p.toUpperCase().replace('PARTAI ', '').replace('PAS ACEH', 'PAS ACEH');
    if (!known.some((k) => k.includes(key))) throw new Error(`party ${p} not in parties_2024.csv`);
  }
}
const COLORS = ['oranye', 'biru', 'merah', 'hijau', 'kuning', 'putih', 'ungu', 'hitam', 'pink', 'cokelat', 'biru muda',
  'hijau tosca', 'merah marun', 'abu-abu', 'emas', 'biru dongker'];
const SLOGANS = ['{R} Maju', '{R} Bangkit', '{R} Hebat', '{R} Juara', '{R} Menyala', '{R} Berkah', '{R} Sejahtera',
  '{R} Bahagia', 'Bersama Membangun {R}', '{R} Lebih Baik', 'Kerja Nyata untuk {R}', '{R} Mantap', '{R} Bersatu',
  'Satu Hati untuk {R}', '{R} Baru, Harapan Baru', '{R} Tangguh', 'Ayo Berubah', 'Gaspol {R}', '{R} Emas', '{R} Berdaya',
  '{R} Makmur', 'Bersama {A}, {R} Maju', '{R} Madani', '{R} Unggul', 'Menuju {R} Gemilang', '{R} Bangkit Bersama'];
const SLOGANS_INC = ['Lanjutkan!', 'Lanjutkan {R} Maju', 'Lanjutkan Kerja Nyata', '{R} Makin Maju', 'Teruskan Pembangunan {R}'];
const PLATFORMS = ['instagram', 'facebook', 'tiktok', 'x', 'youtube'];

function acronymOf(a: string, b: string, rng: Rng): string {
  const cut = (w: string, n: number) => w.slice(0, n);
  const A = a.toUpperCase().replace(/[^A-Z]/g, '');
  const B = b.toUpperCase().replace(/[^A-Z]/g, '');
  const form = rng.int(0, 3);
  if (form === 0) return cut(A, 2) + cut(B, 2);
  if (form === 1) return cut(A, 3) + cut(B, 2);
  if (form === 2) return cut(A, 2) + cut(B, 3);
  return cut(A, 3) + cut(B, 3);
}

const slug = (s: string) => s.toLowerCase().normalize('NFD').replace(/[^a-z0-9]/g, '');

// ---------------------------------------------------------------- build
export function loadContests(seed = 'netra-contests-2024'): ContestMeta[] {
  checkParties();
  const rng = new Rng(seed);
  const regions = readTable(requiredSource('regions'));
  const regionByCode = new Map(regions.map((r) => [r['kode']!, r]));
  const rows = readTable(requiredSource('pilkada'));
  const byRegion = new Map<string, Record<string, string>[]>();
  for (const r of rows) {
    if (/KOLOM KOSONG/i.test(r['nama_paslon']!)) continue;
    const k = `${r['level']}|${r['kode_wilayah_kpu']}`;
    if (!byRegion.has(k)) byRegion.set(k, []);
    byRegion.get(k)!.push(r);
  }
  const usedHandles = new Set<string>();
  const out: ContestMeta[] = [];
  for (const [key, pairs] of byRegion) {
    const [lvl, kpu] = key.split('|') as [string, string];
    const code = kpu.length === 2 ? kpu : `${kpu.slice(0, 2)}.${kpu.slice(2)}`;
    const reg = regionByCode.get(code);
    if (!reg) throw new Error(`region ${kpu} not in Kemendagri list`);
    const province = code.slice(0, 2);
    const kpuName = pairs[0]!['nama_wilayah']!;
    const level: Contest['level'] = lvl === 'gubernur' ? 'provinsi' : /^KOTA /.test(kpuName) ? 'kota' : 'kabupaten';
    const regionName = reg['nama']!;
    const regionShort = regionName.replace(/^(Kabupaten|Kota|Provinsi|Daerah Khusus Ibukota|Daerah Istimewa) /, '');
    const nameInTitle = code === '31' ? 'DKI Jakarta' : regionShort;
    const id = `${level === 'provinsi' ? 'pilgub' : level === 'kota' ? 'pilwalkot' : 'pilbup'}-${kpu}-2024`;
    const name = level === 'provinsi'
      ? `Pemilihan Gubernur dan Wakil Gubernur ${nameInTitle} 2024`
      : level === 'kota' ? `Pemilihan Wali Kota dan Wakil Wali Kota ${regionShort} 2024`
        : `Pemilihan Bupati dan Wakil Bupati ${regionShort} 2024`;
    const contest: Contest = {
      id, name, level, region: { code, name: regionName },
      campaign_start: '2024-09-25', campaign_end: '2024-11-23', voting_day: '2024-11-27', candidates: [],
    };
    const partyPool = rng.shuffle(province === '11' ? [...PARTIES_NATIONAL, ...PARTIES_ACEH] : PARTIES_NATIONAL);
    const colorPool = rng.shuffle(COLORS);
    const incumbentNo = rng.chance(0.4) ? rng.pick(pairs.map((p) => Number(p['nomor_urut']))) : -1;
    const cands: CandidateMeta[] = [];
    pairs.sort((a, b) => Number(a['nomor_urut']) - Number(b['nomor_urut']));
    for (const p of pairs) {
      const number = Number(p['nomor_urut']);
      const [hRaw, dRaw] = p['nama_paslon']!.split(' - ') as [string, string];
      const hp = parsePerson(hRaw);
      const dp = parsePerson(dRaw ?? '');
      const hn = callName(hp.core);
      const dn = callName(dp.core);
      const mkMeta = (pp: ReturnType<typeof parsePerson>, nn: { call: string; alt: string }): PersonMeta => ({
        display: pp.core.map((c) => (c.length === 1 ? c + '.' : properWord(c))).join(' '),
        call: nn.call, alt: nn.alt, female: pp.female,
        honorific: rng.pick(honorifics(province, pp.female)), kpuNick: pp.nick,
      });
      const head = mkMeta(hp, hn);
      const dep = mkMeta(dp, dn);
      const acronym = acronymOf(head.call, dep.call, rng);
      const pairShort = `${head.call}-${dep.call}`;
      const nicknames = [`${head.honorific} ${head.call}`];
      if (rng.chance(0.6)) nicknames.push(`${dep.honorific} ${dep.call}`);
      if (head.kpuNick) nicknames.push(head.kpuNick);
      if (dep.kpuNick) nicknames.push(dep.kpuNick);
      const independent = pairs.length > 1 && rng.chance(0.1);
      const incumbent = number === incumbentNo;
      const parties = independent ? [] : partyPool.splice(0, Math.min(partyPool.length, rng.int(1, pairs.length <= 2 ? 6 : 4)));
      const R = regionShort;
      const slogans: string[] = [];
      const nSlogans = rng.int(0, 2);
      for (let i = 0; i < nSlogans; i++) {
        const tpl = incumbent && i === 0 && rng.chance(0.6) ? rng.pick(SLOGANS_INC) : rng.pick(SLOGANS);
        const sl = tpl.replace('{R}', R).replace('{A}', acronym);
        if (!slogans.includes(sl)) slogans.push(sl);
      }
      const camel = (s: string) => s.replace(/[^A-Za-z0-9 ]/g, '').split(' ').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
      const htPool = [`#${acronym}${camel(R)}`, `#${acronym}Menang`, `#${camel(head.call)}${camel(dep.call)}`, `#${acronym}${number}`,
        `#Coblos${acronym}`, `#${acronym}Juara`, `#Bersama${acronym}`, `#${camel(R)}Pilih${acronym}`, `#${acronym}NomorUrut${number}`];
      if (slogans[0]) htPool.push(`#${camel(slogans[0])}`);
      const hashtags = rng.sample(htPool, rng.int(1, 3));
      const colors = colorPool.length ? colorPool.splice(0, rng.int(0, 2)) : [];
      const accounts: Account[] = [];
      const nPlat = rng.weighted([[0, 1], [1, 4], [2, 4], [3, 2]] as const);
      const hf = slug(head.call), df = slug(dep.call), ac = acronym.toLowerCase(), rs = slug(R).slice(0, 10);
      for (const platform of rng.sample(PLATFORMS, nPlat)) {
        const forms = rng.shuffle([`${hf}${df}`, `${ac}.official`, `${slug(head.display)}`, `${hf}.${slug(head.alt)}`,
          `${ac}_${rs}`, `tim.${ac}`, `${hf}_${df}`, `${ac}${rs}2024`, `${hf}untuk${rs}`, `${ac}.id`]);
        const n = rng.chance(0.25) ? 2 : 1;
        for (let i = 0, used = 0; i < forms.length && used < n; i++) {
          const h = forms[i]!;
          if (usedHandles.has(`${platform}|${h}`) || h.length < 4) continue;
          usedHandles.add(`${platform}|${h}`);
          accounts.push({ platform, handle: h });
          used++;
        }
      }
      const aliases = [acronym, pairShort, ...nicknames];
      if (rng.chance(0.3)) aliases.push(`${head.call} ${head.alt !== head.call ? head.alt : ''}`.trim());
      const cand: Candidate = {
        number, head: hp.ballot, deputy: dp.ballot, aliases: [...new Set(aliases)], parties, slogans, hashtags, colors, accounts,
      };
      if (incumbent) cand.incumbent = true;
      if (independent) cand.independent = true;
      contest.candidates.push(cand);
      cands.push({ contest, cand, head, dep, acronym, pairShort, nicknames });
    }
    const regencies = level === 'provinsi'
      ? regions.filter((r) => r['kode_induk'] === code).map((r) => r['kode']!)
      : [code];
    const tz = ['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76'].includes(province) ? '+08:00'
      : ['81', '82', '91', '92', '93', '94', '95', '96'].includes(province) ? '+09:00' : '+07:00';
    out.push({ contest, province, regionShort, regencies, tz, cands });
  }
  return out;
}
