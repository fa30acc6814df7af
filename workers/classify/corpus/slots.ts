// Slot filling: turns a template line into an item using one contest and one pair.
// Template line syntax (one template a line):
//   "text"                                  a post
//   "C|own words|target text|who"           a comment on someone's content
//   "S|own words|target text|who"           a share (own words may be empty)
//   "L||target text|who"                    a like (text is always "")
// who: off (the pair's official account), rel (a volunteer/fan account), news, bawaslu, kpu,
//      pemda (the local government's PR account), friend (an ordinary person)
// Slots in {braces} are listed in SLOTS below; a template whose slot cannot be filled for the
// chosen pair (no colour, no account, no other pair...) is skipped by the generator.

import type { CandidateMeta, ContestMeta } from './contests-from-kpu.js';
import { Rng } from './rng.js';

export interface Target { author_handle: string; text: string }
export interface Rendered { kind: 'post' | 'comment' | 'share' | 'like'; text: string; target?: Target; platform?: string }

export interface Ctx {
  rng: Rng;
  cm: ContestMeta;
  c: CandidateMeta; // the pair the item is about (supported, attacked, or just named)
  other?: CandidateMeta; // another pair of the same contest
  platform: string;
  /** template family: 'A' (train/dev) or 'B' (test); picks disjoint pools of places and handles */
  family: 'A' | 'B';
}

const WORDS: Record<'id' | 'jv' | 'su', string[]> = {
  id: ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam'],
  jv: ['', 'siji', 'loro', 'telu', 'papat', 'limo', 'enem'],
  su: ['', 'hiji', 'dua', 'tilu', 'opat', 'lima', 'genep'],
};
// Regional number words (Madurese, Balinese, Bugis, Minang) for family A's {wr} slot only, so
// that family B's draws, and with them the test split, stay as they were.
const REGIONAL_WORDS: string[][] = [
  ['', 'settong', 'duwa', 'tello', 'empa', 'lema'],
  ['', 'besik', 'dua', 'telu', 'papat', 'lima'],
  ['', 'seddi', 'dua', 'tellu', 'eppa', 'lima'],
  ['', 'ciek', 'dua', 'tigo', 'ampek', 'limo'],
];
const KEYCAP = ['0️⃣', '1️⃣', '2️⃣', '3️⃣', '4️⃣', '5️⃣', '6️⃣'];
const GESTURE: string[][] = [[], ['☝️', '☝🏻', '👆'], ['✌️', '✌🏻', '✌🏼'], ['🤟', '👌'], ['🖖', '4️⃣'], ['🖐️', '✋'], ['6️⃣']];

function lang(ctx: Ctx): 'id' | 'jv' | 'su' {
  const p = ctx.cm.province;
  if (['33', '34', '35'].includes(p) && ctx.rng.chance(0.45)) return 'jv';
  if (['32', '36'].includes(p) && ctx.rng.chance(0.45)) return 'su';
  if (ctx.rng.chance(0.06)) return ctx.rng.chance(0.5) ? 'jv' : 'su';
  return 'id';
}

export function numWord(ctx: Ctx, n: number): string {
  return WORDS[lang(ctx)][n] ?? String(n);
}

export function numForm(ctx: Ctx, n: number): string {
  const r = ctx.rng;
  const w = numWord(ctx, n);
  return r.pick([
    `${n}`, `0${n}`, `#0${n}`, `no.${n}`, `no ${n}`, `nomor ${n}`, `nomor urut ${n}`, `no urut ${n}`, `nomer ${n}`,
    `paslon ${n}`, `paslon 0${n}`, KEYCAP[n] ?? `${n}`, `nmr ${n}`, `No. ${n}`, `Nomor Urut 0${n}`,
    `nomor ${w}`, `nomer ${w}`, `paslon ${w}`, w, `no ${w}`, `angka ${w}`, `nomor urut ${w}`,
  ]);
}

function allNums(ctx: Ctx): string {
  const ns = ctx.cm.cands.map((c) => ctx.rng.pick([`0${c.cand.number}`, `${c.cand.number}`]));
  if (ns.length === 1) return `paslon ${ns[0]}`;
  return ns.slice(0, -1).join(', ') + ctx.rng.pick([' dan ', ' maupun ', ', ']) + ns[ns.length - 1];
}

function allPairs(ctx: Ctx): string {
  const sep = ctx.rng.pick(['; ', ', ', ' | ']);
  return ctx.cm.cands.map((c) => ctx.rng.pick([
    `${c.cand.number}. ${c.head.display} - ${c.dep.display}`,
    `nomor urut ${c.cand.number} ${c.pairShort}`,
    `0${c.cand.number} ${c.head.call}-${c.dep.call}`,
  ])).join(sep);
}

export function nameForm(ctx: Ctx, c: CandidateMeta): string {
  const r = ctx.rng;
  return r.weighted([
    [() => c.acronym, 3], [() => c.pairShort, 2], [() => r.pick(c.nicknames), 4], [() => c.head.call, 2],
    [() => c.head.display, 1], [() => `${c.head.call} dan ${c.dep.call}`, 1], [() => `${c.head.call}-${c.dep.call}`.toLowerCase(), 1],
    [() => (c.head.alt === c.head.call ? c.head.display : `${c.head.call} ${c.head.alt}`), 1],
  ] as const)();
}

const EMO = ['🔥', '💪', '🙏', '👍', '❤️', '🥰', '😍', '💯', '👏', '🤲', '✅', '🇮🇩', '😊', '🫡', '🙌'];
const PLACES_A = ['Sukamaju', 'Karanganyar', 'Sidomulyo', 'Kampung Baru', 'Pasar Lama', 'Mekarsari', 'Tanjung Harapan',
  'Suka Damai', 'Sungai Raya', 'Bukit Indah', 'Talang Jaya', 'Margomulyo', 'Sumber Rejeki'];
const PLACES_B = ['Air Putih', 'Lubuk Batu', 'Teluk Betung', 'Pulau Baru', 'Batu Ampar', 'Rantau Panjang', 'Simpang Tiga',
  'Cempaka', 'Bojong', 'Wonosari', 'Tanah Merah', 'Kebon Jeruk', 'Padang Rejo'];
const INST = ['Dinas Pendidikan', 'Dinas Kesehatan', 'Puskesmas', 'kantor camat', 'Disdukcapil', 'Bappeda', 'SMPN 2',
  'RSUD', 'Dinas PUPR', 'BPKAD', 'Satpol PP', 'kantor kelurahan', 'Dinas Sosial', 'DPMPTSP', 'Dinas Pertanian',
  'BKPSDM', 'SDN 4', 'Dinas Perhubungan', 'Kesbangpol', 'Inspektorat'];
const NEWS = ['tribun', 'detikcom', 'kompascom', 'antaranews', 'radar', 'metro_tv', 'tvone', 'suara.com', 'idntimes',
  'liputan6', 'cnnindonesia', 'infokota', 'kabarterkini', 'beritasatu'];
const FRIENDS_A = ['dewi.ayu88', 'andri_p', 'mamah_rini', 'yusuf.h', 'bang_jek', 'sitinur.official', 'rina_kitchen', 'dimas_ok'];
const FRIENDS_B = ['kang.asep', 'mbak.tari', 'ucok_99', 'nonaputri', 'fahmi.r', 'gilang_aja', 'lek_parjo', 'ibu.eti'];

function regSlug(ctx: Ctx): string {
  return ctx.cm.regionShort.toLowerCase().replace(/[^a-z]/g, '').slice(0, 12);
}

export function handleFor(ctx: Ctx, who: string): string | null {
  const r = ctx.rng;
  const c = ctx.c;
  switch (who) {
    case 'off': {
      const accs = c.cand.accounts;
      if (!accs.length) return null;
      const a = r.pick(accs);
      ctx.platform = a.platform;
      return a.handle;
    }
    case 'rel': {
      const a = c.acronym.toLowerCase(), h = c.head.call.toLowerCase();
      return r.pick(ctx.family === 'A'
        ? [`relawan.${a}`, `${a}_lovers`, `sahabat${h}`, `${h}mania`]
        : [`barisan.${a}`, `srikandi_${a}`, `${a}.bersatu`, `laskar${h}`, `${h}_fans`]);
    }
    case 'news': {
      const outlet = r.pick(NEWS);
      return outlet.includes('.') || r.chance(0.5) ? outlet : outlet + regSlug(ctx);
    }
    case 'bawaslu': return r.pick([`bawaslu.${regSlug(ctx)}`, `bawaslu_${regSlug(ctx)}`, 'bawasluri', `panwascam.${r.pick(ctx.family === 'A' ? PLACES_A : PLACES_B).toLowerCase().replace(/ /g, '')}`]);
    case 'kpu': return r.pick([`kpu.${regSlug(ctx)}`, `kpu_${regSlug(ctx)}`, 'kpu_ri']);
    case 'pemda': return r.pick([`humas.${regSlug(ctx)}`, `pemkab${regSlug(ctx)}`, `diskominfo.${regSlug(ctx)}`, `pemprov.${regSlug(ctx)}`, `infopublik${regSlug(ctx)}`]);
    case 'friend': return r.pick(ctx.family === 'A' ? FRIENDS_A : FRIENDS_B);
    default: throw new Error(`unknown target kind ${who}`);
  }
}

/** Fill every {slot}; null when a required slot has no value for this pair. */
export function fillSlots(tpl: string, ctx: Ctx): string | null {
  const r = ctx.rng;
  const c = ctx.c;
  const n = c.cand.number;
  const o = ctx.other;
  let failed = false;
  const out = tpl.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = slot(key);
    if (v === null) { failed = true; return ''; }
    return v;
  });
  return failed ? null : tidy(out);

  function slot(key: string): string | null {
    switch (key) {
      case 'num': return numForm(ctx, n);
      case 'n': return String(n);
      case 'n0': return `0${n}`;
      case 'w': return numWord(ctx, n);
      case 'wr': return r.pick(REGIONAL_WORDS)[n] ?? String(n);
      case 'kw': return KEYCAP[n] ?? String(n);
      case 'gest': return r.pick(GESTURE[n] ?? [String(n)]);
      case 'jari': return r.pick([`${numWord(ctx, n)} jari`, `salam ${numWord(ctx, n)} jari`, `${n} jari`]);
      case 'name': return nameForm(ctx, c);
      case 'nick': return r.pick(c.nicknames);
      case 'acr': return c.acronym;
      case 'acrl': return c.acronym.toLowerCase();
      case 'pair': return c.pairShort;
      case 'head': return c.head.call;
      case 'dep': return c.dep.call;
      case 'full': return c.head.display;
      case 'hon': return c.head.honorific;
      case 'ht': return r.pick(c.cand.hashtags);
      case 'htl': return r.pick(c.cand.hashtags).toLowerCase();
      case 'col': return c.cand.colors.length ? r.pick(c.cand.colors) : null;
      case 'slogan': return c.cand.slogans.length ? r.pick(c.cand.slogans) : null;
      case 'party': return c.cand.parties.length ? r.pick(c.cand.parties) : null;
      case 'inc': return c.cand.incumbent ? '' : null; // marks an incumbent-only template
      case 'indep': return c.cand.independent ? '' : null;
      case 'handle': return c.cand.accounts.length ? '@' + r.pick(c.cand.accounts).handle : null;
      case 'reg': return ctx.cm.regionShort;
      case 'office': return ctx.cm.contest.level === 'provinsi' ? 'gubernur' : ctx.cm.contest.level === 'kota' ? 'wali kota' : 'bupati';
      // the incumbent's office in everyday and regional forms (family A only): "wako lamo", "gubernur kini"
      case 'offr': return r.pick(ctx.cm.contest.level === 'provinsi'
        ? ['gubernur lamo', 'gubernur kini', 'gub sekarang', 'gubernur kemaren', 'mantan gubernur', 'gubernur sing saiki', 'gubernur nan kini']
        : ctx.cm.contest.level === 'kota'
          ? ['wako lamo', 'walikota lama', 'wali kota kemaren', 'wako kini', 'walkot sekarang', 'mantan walikota', 'wako nan lamo']
          : ['bupati lama', 'bupati kini', 'bupati kemaren', 'bupati sing saiki', 'mantan bupati', 'bupati nu ayeuna', 'bupati lamo']);
      case 'pil': return ctx.cm.contest.level === 'provinsi' ? 'Pilgub' : ctx.cm.contest.level === 'kota' ? 'Pilwalkot' : 'Pilbup';
      case 'emo': return r.pick(EMO);
      case 'emo2': return r.pick(EMO) + r.pick(EMO);
      case 'place': return r.pick(ctx.family === 'A' ? PLACES_A : PLACES_B);
      case 'inst': return r.pick(INST);
      case 'allnums': return allNums(ctx);
      case 'allpairs': return allPairs(ctx);
      case 'npairs': return String(ctx.cm.cands.length);
      case 'onum': return o ? numForm(ctx, o.cand.number) : null;
      case 'on': return o ? String(o.cand.number) : null;
      case 'oname': return o ? nameForm(ctx, o) : null;
      case 'onick': return o ? r.pick(o.nicknames) : null;
      case 'ohead': return o ? o.head.call : null;
      case 'rnd': return String(r.int(2, 9));
      case 'price': return r.pick(['15rb', '25 ribu', '2.500', '12k', 'Rp 35.000', '28rb', '50rb']);
      case 'score': return r.pick(['2-1', '1-0', '3-2', '0-2', '1-1', '4-1', '2-2']);
      case 'vote': return r.pick(['coblos', 'pilih', 'nyoblos', 'c0bl0s', 'cobloss', 'coblosss', 'pilihlah', 'contreng']);
      case 'day': return r.pick(['27 November', 'tgl 27', '27/11', 'Rabu 27 Nov', 'hari Rabu', 'tanggal 27 nanti', '27 Nov']);
      default: throw new Error(`unknown slot {${key}}`);
    }
  }
}

const NUM_WORD = '(?:paslon|nomor urut|no urut|nomor|nomer|nmr|no\\.?|angka)';
const DOUBLED = new RegExp(`\\b${NUM_WORD}\\s+(${NUM_WORD}\\s)`, 'gi');

/** "paslon paslon 3" / "nomor no.2" from a template word + a number form: keep the number form. */
function tidy(s: string): string {
  return s.replace(DOUBLED, '$1').replace(/ {2,}/g, ' ').trim();
}

export function render(line: string, ctx: Ctx): Rendered | null {
  const parts = line.split('|');
  if (parts.length === 1) {
    const text = fillSlots(line, ctx);
    return text === null ? null : { kind: 'post', text };
  }
  const [k, own, tgt, who] = parts as [string, string, string, string];
  const kind = k === 'C' ? 'comment' : k === 'S' ? 'share' : k === 'L' ? 'like' : null;
  if (!kind) throw new Error(`bad template ${line}`);
  const handle = handleFor(ctx, who);
  if (handle === null) return null;
  const text = kind === 'like' ? '' : fillSlots(own, ctx);
  const ttext = fillSlots(tgt, ctx);
  if (text === null || ttext === null) return null;
  return { kind, text, target: { author_handle: handle, text: ttext }, platform: ctx.platform };
}
