// npm run bench:classify [-- --items N]
// Items per second through the whole classifier next to a bare tokenisation pass (natural's
// WordTokenizer) over the same items in the same run, their ratio (goal >= 0.2), and memory
// before and after. Items are generated one at a time from a fixed pool of texts, never held
// in an array, so `--items 1000000` shows whether memory stays flat.
process.env.DOTENV_CONFIG_QUIET ??= 'true';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
// The submodule only: importing 'natural' whole costs ~0.8 s and pulls in database drivers.
import { WordTokenizer } from 'natural/lib/natural/tokenizers/regexp_tokenizer.js';
import { createClassifier } from '../workers/classify/src/index.js';
import type { Contest, Item } from '../workers/classify/src/index.js';

const { values } = parseArgs({ options: { items: { type: 'string', default: '50000' } } });
const total = Number(values.items);
if (!Number.isInteger(total) || total <= 0) throw new Error('--items expects a positive integer');

const dki = JSON.parse(readFileSync(new URL('../../shared/examples/contests.json', `file://${process.cwd()}/workers/`), 'utf8')) as Contest[];
const jabar: Contest = {
  id: 'pilgub-jabar-2024', name: 'Pilgub Jawa Barat 2024', level: 'provinsi', region: { code: '32', name: 'Jawa Barat' },
  campaign_start: '2024-09-25', campaign_end: '2024-11-23', voting_day: '2024-11-27',
  candidates: [
    { number: 1, head: 'Drs. KH. ACEP ADANG RUHIAT, M.Si.', deputy: 'GITALIS DWINATARINA, S.Pd., M.Sos.', aliases: ['ASIH'], hashtags: ['#ASIHJabar'] },
    { number: 2, head: 'JEJE WIRADINATA', deputy: 'RONAL SURAPRADJA', aliases: ['Jeje-Ronal'] },
    { number: 3, head: 'AHMAD SYAIKHU', deputy: 'ILHAM AKBAR HABIBIE', aliases: ['ASIH'], parties: ['PKS'] },
    { number: 4, head: 'H. DEDI MULYADI, S.H., M.M.', deputy: 'H. ERWAN SETIAWAN, S.E.', aliases: ['KDM', 'Kang Dedi'], parties: ['Gerindra', 'Golkar'], accounts: [{ platform: 'instagram', handle: 'dedimulyadi71' }] },
  ],
};
const bandung: Contest = {
  id: 'pilwalkot-bandung-2024', name: 'Pilwalkot Bandung 2024', level: 'kota', region: { code: '32.73', name: 'Kota Bandung' },
  campaign_start: '2024-09-25', campaign_end: '2024-11-23', voting_day: '2024-11-27',
  candidates: [
    { number: 1, head: 'Dr. H. DANDAN RIZA WARDANA, M.Si.', deputy: 'ARIF WIJAYA' },
    { number: 2, head: 'Dr. H. HARU SUANDHARU, S.Si., M.Si.', deputy: 'R. DHANI WIRIANATA, S.T.', aliases: ['HD'] },
    { number: 3, head: 'M. FARHAN', deputy: 'ERWIN, S.E., M.Pd.', aliases: ['Farhan-Erwin'], hashtags: ['#FarhanErwin'] },
    { number: 4, head: 'ARFI RAFNIALDI', deputy: "Hj. YENA ISKANDAR MA'SOEM", aliases: ['Arfi-Yena'] },
  ],
};
const contests = [...dki, jabar, bandung];

// A pool of realistic texts: partisan, neutral and look-alike, with fillers so they differ.
const TEMPLATES = [
  'Jakarta butuh pemimpin yg sudah terbukti bangun kota. RIDO nomor 1! ☝️ {f}',
  'sy sih #JakartaMenyala, Mas Pram & Bang Doel pasti bisa 🔥 {f}',
  'Tiga jari untuk Jakarta 🤟 coblos no 3 tgl 27 {f}',
  'ASN Pemprov wajib netral dalam Pilkada 2024. Jangan like, komen, dan share konten paslon. {f}',
  'Nonton ulang Si Doel Anak Sekolahan bareng keluarga, nostalgia banget 📺 {f}',
  'KPU menetapkan nomor urut: 1 Ridwan Kamil-Suswono, 2 Dharma-Kun, 3 Pramono-Rano. {f}',
  'Rapat koordinasi di lantai 2 kantor dinas jam 9 pagi, mohon hadir tepat waktu {f}',
  'Kang Dedi KDM pasti menang, jabar istimewa! no 4 pokoknya {f}',
  'Farhan-Erwin untuk Bandung lebih baik, ayo relawan kumpul di posko {f}',
  'jgn pilih yg cuma modal baliho & pencitraan. nomor satu? no way {f}',
  'Selamat pagi semua, semoga hari ini lancar dan penuh berkah 🙏 {f}',
  'Macet parah di Jl. Sudirman pagi ini, hati2 di jalan ya {f}',
  'Juara 1 lomba kebersihan kantor tahun ini, terima kasih tim! {f}',
  'c0bl0s nomer loro!!! menanggg #02 {f}',
  'Jangan lupa 27 November ke TPS ya. Pilih sesuai hati nurani, siapa pun pilihanmu. {f}',
];
const FILLERS = ['', 'mantap', 'semangat pagi', 'salam sehat', 'wkwk', 'info lengkap di bio', 'gaskeun', '#pilkada2024', 'setuju bgt', 'hari ke-3'];
const REGIONS = ['31.73', '31.71', '32.73', '32.04', '31'];

function* generate(n: number, from = 0): Generator<Item> {
  for (let i = from; i < from + n; i++) {
    const text = TEMPLATES[i % TEMPLATES.length]!.replace('{f}', FILLERS[(i * 7) % FILLERS.length]! + ' ' + (i % 997));
    const kind = i % 10 === 9 ? 'like' : i % 10 === 8 ? 'share' : 'post';
    const item: Item = {
      id: 'bench-' + i,
      platform: 'instagram',
      kind,
      author: { id: 'asn-' + (i % 5000), region_code: REGIONS[i % REGIONS.length]! },
      created_at: '2024-10-' + String(1 + (i % 28)).padStart(2, '0') + 'T09:00:00+07:00',
      text: kind === 'like' ? '' : text,
    };
    if (kind !== 'post') item.target = { author_handle: i % 20 === 9 ? 'pramonoanungw' : 'beritajakarta.id', text };
    yield item;
  }
}

function mem(label: string): void {
  const m = process.memoryUsage();
  const mb = (x: number) => (x / 1048576).toFixed(1) + ' MB';
  console.log(`${label.padEnd(28)} heap ${mb(m.heapUsed)}, rss ${mb(m.rss)}`);
}

mem('memory before');
const tokenizer = new WordTokenizer();
const classifier = createClassifier({ contests });

// Warm both paths so the JIT is not measured.
for (const item of generate(2000)) {
  tokenizer.tokenize(item.text + ' ' + (item.target?.text ?? ''));
  classifier.classify(item);
}

// The two passes run interleaved in chunks over the same items, so both see the same machine
// load (other processes, GC, CPU frequency) and the ratio is stable from run to run.
const CHUNK = 5_000;
let tokens = 0;
let flagged = 0;
let tokeniseMs = 0;
let classifyMs = 0;
let peakRss = 0;
const chunkRatios: number[] = [];
for (let start = 0; start < total; start += CHUNK) {
  const size = Math.min(CHUNK, total - start);
  let t0 = performance.now();
  for (const item of generate(size, start)) {
    tokens += tokenizer.tokenize(item.text).length;
    if (item.target) tokens += tokenizer.tokenize(item.target.text).length;
  }
  const chunkTokeniseMs = performance.now() - t0;
  tokeniseMs += chunkTokeniseMs;
  t0 = performance.now();
  for (const item of generate(size, start)) if (classifier.classify(item).flagged) flagged++;
  const chunkClassifyMs = performance.now() - t0;
  classifyMs += chunkClassifyMs;
  chunkRatios.push(chunkTokeniseMs / chunkClassifyMs);
  if ((start / CHUNK) % 20 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
mem('memory after');

const tokRate = total / (tokeniseMs / 1000);
const clsRate = total / (classifyMs / 1000);
console.log(`items                        ${total} (${tokens} tokens; ${flagged} flagged)`);
console.log(`bare tokenisation            ${Math.round(tokRate).toLocaleString('en')} items/s`);
console.log(`full classification          ${Math.round(clsRate).toLocaleString('en')} items/s (model ${classifier.modelVersion})`);
console.log(`ratio classify/tokenise      ${(clsRate / tokRate).toFixed(3)} (goal >= 0.2)`);
// Other processes on a shared machine slow some chunks down: the median chunk shows the steady state.
chunkRatios.sort((a, b) => a - b);
console.log(`median ratio over ${chunkRatios.length} chunks ${chunkRatios[Math.floor(chunkRatios.length / 2)]!.toFixed(3)}`);
console.log(`peak rss during the run      ${(peakRss / 1048576).toFixed(1)} MB (sampled every 100k items)`);
