import { seededRandom } from '@netra/shared';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { XTweet } from '../connectors/x-connector.js';
import { FakeXApi } from './fake-x-api.js';
import { loadReferencePairs, type ReferencePair } from './paslon-reference.js';

// `netra simulate`: a local platform in the X API v2 shapes (the same fake the connector tests
// use) with a realistic, deterministic stream: Indonesian civil servants posting about work, local
// life and the election, liking and re-sharing, a small share of it partisan for real Pilkada 2024
// pairs (KPU data), some of it edited or deleted later. Point the X connector at it
// (X_API_BASE_URL=http://127.0.0.1:<port>, any bearer token unless `tokens` is set).

export interface SimulatorOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Number of simulated ASN accounts. */
  accounts?: number;
  seed?: number;
  /** Share of ASN activity that is partisan (0..1). */
  partisanShare?: number;
  /** Virtual time of the first live step; history is generated before it. */
  startAt?: Date;
  /** Days of history generated at start. */
  historyDays?: number;
  /** Virtual time per step. */
  stepMs?: number;
  /** Real time between automatic steps; 0 = only `step()` advances. */
  tickMs?: number;
  /** Activities per step across all accounts (default: about one per 20 accounts). */
  eventsPerStep?: number;
  /** Accepted bearer tokens; empty accepts any. */
  tokens?: string[];
  rateLimit?: { limit: number; windowMs: number };
}

export interface SimAccount {
  userId: string;
  handle: string;
  name: string;
  /** Kemendagri code of the ASN's region of duty. */
  regionCode: string;
  regionName: string;
  /** How likely this ASN's own activity is partisan (a few are the repeat offenders). */
  partisanLean: number;
  /** The pair this ASN leans to, when partisan. */
  favourite: { regionCode: string; number: number };
}

export interface SimOfficial {
  userId: string;
  handle: string;
  pair: ReferencePair | null;
  kind: 'paslon' | 'news' | 'kpu' | 'bawaslu';
  regionCode: string;
}

export interface SimEvent {
  at: string;
  type: 'post' | 'like' | 'share' | 'comment' | 'edit' | 'delete' | 'official_post';
  userId: string;
  tweetId: string;
  partisan: boolean;
  candidate?: { regionCode: string; number: number; stance: 'support' | 'oppose' };
}

export interface Simulator {
  url: string;
  port: number;
  x: FakeXApi;
  accounts: SimAccount[];
  officials: SimOfficial[];
  /** Everything generated so far, in order (the ground truth for demos and load tests). */
  events: SimEvent[];
  /** Virtual time now. */
  now(): Date;
  /** Advances n steps. */
  step(n?: number): void;
  stats(): Record<SimEvent['type'] | 'partisan', number>;
  close(): Promise<void>;
}


const FIRST = ['Budi', 'Siti', 'Agus', 'Dewi', 'Rina', 'Andi', 'Yusuf', 'Nur', 'Eko', 'Sri', 'Hendra', 'Fitri', 'Rudi', 'Wahyu', 'Lestari', 'Ahmad', 'Putri', 'Bambang', 'Rahmat', 'Indah', 'Joko', 'Maya', 'Fajar', 'Yanti', 'Dedi', 'Ratna', 'Irfan', 'Ayu', 'Teguh', 'Novi'];
const LAST = ['Santoso', 'Rahayu', 'Saputra', 'Wulandari', 'Hidayat', 'Kusuma', 'Pratama', 'Lubis', 'Siregar', 'Nasution', 'Harahap', 'Setiawan', 'Gunawan', 'Susanti', 'Permana', 'Hakim', 'Syahputra', 'Tanjung', 'Sembiring', 'Wijaya'];
const UNITS = ['Dinas Pendidikan', 'Dinas Kesehatan', 'Puskesmas', 'kantor kecamatan', 'Dinas PUPR', 'Bappeda', 'Disdukcapil', 'Dinas Sosial', 'kelurahan', 'RSUD', 'BPBD', 'Dinas Perhubungan'];
const NEUTRAL = [
  'Selamat pagi {region}, semangat melayani masyarakat hari ini.',
  'Apel pagi bersama rekan-rekan {unit}. Tetap disiplin!',
  'Rapat koordinasi di {unit} soal pelayanan publik akhir tahun.',
  'Alhamdulillah pelayanan di {unit} hari ini lancar, antrean tertib.',
  'Hujan deras sore ini di {region}, hati-hati di jalan ya.',
  'Macet lagi pagi ini, sabar... #{regionTag}',
  'Kerja bakti membersihkan saluran air bersama warga.',
  'Lanjutkan kerja baik, tim {unit}! Target tahun ini tercapai.',
  'Foto bersama rekan kerja, saya yang nomor 2 dari kiri.',
  'Jangan lupa 27 November datang ke TPS dan gunakan hak pilih Anda.',
  'ASN harus netral di Pilkada 2024. Mari jaga netralitas bersama.',
  'Posyandu hari ini: 45 balita ditimbang, terima kasih kader.',
  'Akhirnya jalan di depan kantor diperbaiki juga.',
  'Selamat Hari Guru untuk semua guru hebat di {region}!',
  'Ngopi dulu sebelum lanjut laporan.',
];
const PARTISAN_SUPPORT = [
  'Mantap! {region} butuh pemimpin seperti {head}. Coblos nomor {n}!',
  'Dukung {head} - {deputy}, nomor urut {n}, untuk {region} lebih maju!',
  'Salam {n} jari! Bersama {headShort} kita menang. #{pairTag}',
  'Sudah mantap pilihan saya: {headShort}-{deputyShort}. Ayo rekan-rekan, nomor {n}!',
  'Hadir di deklarasi relawan {headShort} tadi malam, luar biasa semangatnya.',
  'Pak {headShort} orangnya merakyat, pasti amanah. {n} untuk {region}!',
];
const PARTISAN_OPPOSE = [
  'Jangan pilih {headShort}, janji-janjinya cuma omong kosong.',
  '{headShort} gagal urus {region}, masa mau dipilih lagi?',
];
const OFFICIAL = [
  'Kampanye akbar {headShort}-{deputyShort} hari ini di {region}. Coblos nomor {n}!',
  'Terima kasih warga {region} atas dukungannya. Bersama nomor {n} kita wujudkan perubahan.',
  'Program unggulan {headShort}: pendidikan dan kesehatan gratis. #{pairTag}',
];
const NEWS = [
  'KPU {region} menetapkan DPT Pilkada 2024 sebanyak {k} ribu pemilih.',
  'Debat publik calon kepala daerah {region} digelar malam ini.',
  'Bawaslu {region} ingatkan ASN untuk netral selama masa kampanye.',
  'Cuaca {region} hari ini cerah berawan.',
];

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const rand = seededRandom(options.seed ?? 2024);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const stepMs = options.stepMs ?? Math.max(1000, options.tickMs ?? 60_000);
  const startAt = options.startAt ?? new Date();
  let clock = startAt.getTime() - (options.historyDays ?? 3) * 86_400_000;
  const x = new FakeXApi({ tokens: options.tokens ?? [], windowLimit: options.rateLimit?.limit ?? 900, windowMs: options.rateLimit?.windowMs ?? 15 * 60_000 });
  const events: SimEvent[] = [];
  const record = (e: SimEvent) => {
    events.push(e);
    if (events.length > 200_000) events.splice(0, events.length - 200_000);
  };

  // Contest regions: a few kabupaten/kota with their province's governor race.
  const pairs = loadReferencePairs();
  const byRegion = new Map<string, ReferencePair[]>();
  for (const p of pairs) byRegion.set(p.regionCode, [...(byRegion.get(p.regionCode) ?? []), p]);
  const localRegions = [...byRegion.keys()].filter((c) => c.includes('.') && byRegion.has(c.slice(0, 2)) && (byRegion.get(c)?.length ?? 0) >= 2).sort();
  const chosen: string[] = [];
  const regionCount = Math.min(localRegions.length, Math.max(2, Math.ceil((options.accounts ?? 50) / 25)));
  while (chosen.length < regionCount) {
    const r = pick(localRegions);
    if (!chosen.includes(r)) chosen.push(r);
  }
  const racesOf = (regionCode: string) => [...(byRegion.get(regionCode) ?? []), ...(byRegion.get(regionCode.slice(0, 2)) ?? [])];

  let nextUser = 1000;
  const officials: SimOfficial[] = [];
  const officialTweets: { tweet: XTweet; official: SimOfficial }[] = [];
  const addOfficial = (o: Omit<SimOfficial, 'userId'>) => {
    const userId = String(nextUser++);
    x.addUser({ id: userId, username: o.handle, name: o.handle });
    const full = { ...o, userId };
    officials.push(full);
    return full;
  };
  const seenPairs = new Set<string>();
  for (const region of chosen) {
    for (const p of racesOf(region)) {
      const key = `${p.regionCode}#${p.number}`;
      if (seenPairs.has(key)) continue;
      seenPairs.add(key);
      addOfficial({ handle: `${slug(p.headShort).slice(0, 8)}${slug(p.deputyShort).slice(0, 5)}_${p.number}`, pair: p, kind: 'paslon', regionCode: p.regionCode });
    }
    addOfficial({ handle: `kpu_${region.replace('.', '')}`, pair: null, kind: 'kpu', regionCode: region });
    addOfficial({ handle: `bawaslu_${region.replace('.', '')}`, pair: null, kind: 'bawaslu', regionCode: region });
    addOfficial({ handle: `berita_${region.replace('.', '')}`, pair: null, kind: 'news', regionCode: region });
  }

  const accounts: SimAccount[] = [];
  const usedHandles = new Set<string>();
  for (let i = 0; i < (options.accounts ?? 50); i++) {
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    let handle = `${slug(name)}_${Math.floor(rand() * 90 + 10)}`;
    while (usedHandles.has(handle)) handle += Math.floor(rand() * 10);
    usedHandles.add(handle);
    const regionCode = chosen[i % chosen.length]!;
    const race = racesOf(regionCode);
    const fav = pick(race);
    const userId = String(nextUser++);
    x.addUser({ id: userId, username: handle, name });
    // Most ASN stay neutral; a few are repeat offenders.
    const lean = rand() < 0.15 ? 0.25 + rand() * 0.35 : rand() * 0.03;
    accounts.push({ userId, handle, name, regionCode, regionName: byRegion.get(regionCode)![0]!.regionName, partisanLean: lean, favourite: { regionCode: fav.regionCode, number: fav.number } });
  }
  const share = options.partisanShare ?? 0.06;
  const meanLean = accounts.reduce((s, a) => s + a.partisanLean, 0) / Math.max(1, accounts.length);
  const leanScale = meanLean > 0 ? share / meanLean : 0;
  const ownPosts = new Map<string, { id: string; partisan: boolean }[]>();

  const fill = (template: string, vars: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
  const pairVars = (p: ReferencePair, region: string) => ({
    head: p.head, deputy: p.deputy, headShort: p.headShort, deputyShort: p.deputyShort, n: p.number, region, pairTag: `${slug(p.headShort)}${slug(p.deputyShort)}${p.number}`.replace(/_/g, ''),
  });

  function officialPost(at: Date) {
    const o = pick(officials);
    const region = byRegion.get(o.regionCode)?.[0]?.regionName ?? o.regionCode;
    const text = o.pair ? fill(pick(OFFICIAL), pairVars(o.pair, o.pair.regionName)) : fill(pick(NEWS), { region, k: Math.floor(rand() * 900 + 100) });
    const tweet = x.post(o.userId, text, at);
    officialTweets.push({ tweet, official: o });
    if (officialTweets.length > 500) officialTweets.shift();
    record({ at: at.toISOString(), type: 'official_post', userId: o.userId, tweetId: tweet.id, partisan: Boolean(o.pair) });
  }

  function asnActivity(at: Date) {
    const a = pick(accounts);
    const partisan = rand() < Math.min(0.9, a.partisanLean * leanScale);
    const r = rand();
    const race = racesOf(a.regionCode);
    if (r < 0.6 || officialTweets.length === 0) {
      let text: string;
      let candidate: SimEvent['candidate'];
      if (partisan) {
        const oppose = rand() < 0.2;
        const pair = oppose ? pick(race.filter((p) => !(p.regionCode === a.favourite.regionCode && p.number === a.favourite.number))) ?? pick(race) : race.find((p) => p.regionCode === a.favourite.regionCode && p.number === a.favourite.number)!;
        text = fill(pick(oppose ? PARTISAN_OPPOSE : PARTISAN_SUPPORT), pairVars(pair, pair.regionName));
        candidate = { regionCode: pair.regionCode, number: pair.number, stance: oppose ? 'oppose' : 'support' };
      } else {
        text = fill(pick(NEUTRAL), { region: a.regionName, unit: pick(UNITS), regionTag: slug(a.regionName).replace(/_/g, '') });
      }
      const tweet = x.post(a.userId, text, at);
      ownPosts.set(a.userId, [...(ownPosts.get(a.userId) ?? []).slice(-30), { id: tweet.id, partisan }]);
      record({ at: at.toISOString(), type: 'post', userId: a.userId, tweetId: tweet.id, partisan, ...(candidate ? { candidate } : {}) });
      return;
    }
    // Engagement with what the region's accounts posted: paslon posts when partisan, news otherwise.
    const local = officialTweets.filter(({ official }) => official.regionCode === a.regionCode || a.regionCode.startsWith(`${official.regionCode}.`));
    const pool = local.filter(({ official }) => (partisan ? official.kind === 'paslon' : official.kind !== 'paslon'));
    const target = pool.length ? pick(pool) : null;
    if (!target) return;
    const cand = target.official.pair ? { regionCode: target.official.pair.regionCode, number: target.official.pair.number, stance: 'support' as const } : undefined;
    if (r < 0.82) {
      x.like(a.userId, target.tweet.id);
      record({ at: at.toISOString(), type: 'like', userId: a.userId, tweetId: target.tweet.id, partisan, ...(cand ? { candidate: cand } : {}) });
    } else if (r < 0.94) {
      const rt = x.retweet(a.userId, target.tweet.id, at);
      record({ at: at.toISOString(), type: 'share', userId: a.userId, tweetId: rt.id, partisan, ...(cand ? { candidate: cand } : {}) });
    } else {
      const reply = x.reply(a.userId, target.tweet.id, partisan ? pick(['Mantap pak, lanjutkan!', 'Siap menangkan!', 'Kami dukung penuh!']) : pick(['Terima kasih infonya.', 'Semoga lancar.', 'Noted, terima kasih.']), at);
      record({ at: at.toISOString(), type: 'comment', userId: a.userId, tweetId: reply.id, partisan, ...(cand ? { candidate: cand } : {}) });
    }
  }

  function editOrDelete(at: Date) {
    const a = pick(accounts);
    const posts = ownPosts.get(a.userId) ?? [];
    if (posts.length === 0) return;
    // Partisan posts are the ones people soften or take down.
    const partisanPosts = posts.filter((p) => p.partisan);
    const victim = partisanPosts.length && rand() < 0.7 ? pick(partisanPosts) : pick(posts);
    if (rand() < 0.5) {
      const current = x.get(victim.id);
      if (!current) return;
      const edited = x.edit(victim.id, victim.partisan ? 'Maaf, postingan sebelumnya sudah saya ralat. Tetap netral.' : `${current.text} (ralat)`, at);
      if (edited) record({ at: at.toISOString(), type: 'edit', userId: a.userId, tweetId: victim.id, partisan: false });
    } else if (x.delete(victim.id)) {
      ownPosts.set(a.userId, posts.filter((p) => p !== victim));
      record({ at: at.toISOString(), type: 'delete', userId: a.userId, tweetId: victim.id, partisan: victim.partisan });
    }
  }

  const perStep = options.eventsPerStep ?? Math.max(1, Math.round((options.accounts ?? 50) / 20));
  function step(n = 1) {
    for (let s = 0; s < n; s++) {
      clock += stepMs;
      for (let e = 0; e < perStep; e++) {
        const at = new Date(clock - Math.floor(rand() * stepMs));
        const r = rand();
        if (r < 0.12) officialPost(at);
        else if (r < 0.96) asnActivity(at);
        else editOrDelete(at);
      }
    }
  }

  // History before the start, hour by hour at a calmer pace than live, then live steps.
  const historyPerHour = Math.max(1, Math.round((perStep * 3600_000) / stepMs / 6));
  while (clock + 3600_000 <= startAt.getTime()) {
    clock += 3600_000;
    for (let e = 0; e < historyPerHour; e++) {
      const at = new Date(clock - Math.floor(rand() * 3600_000));
      const r = rand();
      if (r < 0.12) officialPost(at);
      else if (r < 0.97) asnActivity(at);
      else editOrDelete(at);
    }
  }
  clock = startAt.getTime();

  x.now = () => new Date(Math.max(Date.now(), clock));
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/' || url.pathname === '/simulator') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ simulator: 'netra', api: 'x-v2', now: new Date(clock).toISOString(), accounts: accounts.length, stats: stats() }));
      return;
    }
    if (url.pathname === '/simulator/accounts') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(accounts));
      return;
    }
    const answer = x.handle(req.method ?? 'GET', url, req.headers) ?? { status: 404, headers: {}, body: { title: 'Not Found' } };
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    res.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const timer = options.tickMs ? setInterval(() => step(1), options.tickMs) : null;
  timer?.unref();

  function stats() {
    const out: Record<string, number> = { post: 0, like: 0, share: 0, comment: 0, edit: 0, delete: 0, official_post: 0, partisan: 0 };
    for (const e of events) {
      out[e.type] = (out[e.type] ?? 0) + 1;
      if (e.partisan && e.type !== 'official_post' && e.type !== 'delete') out.partisan! += 1;
    }
    return out as Record<SimEvent['type'] | 'partisan', number>;
  }

  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    x,
    accounts,
    officials,
    events,
    now: () => new Date(clock),
    step,
    stats,
    close: () =>
      new Promise<void>((resolve) => {
        if (timer) clearInterval(timer);
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function slug(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
}
