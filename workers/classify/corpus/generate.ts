// Writes Netra's labelled partisanship corpus: {train,dev,test}.{contests.json,items.jsonl,labels.jsonl}.
// Run from the repo root: npx tsx workers/classify/corpus/generate.ts
// Deterministic: a seeded PRNG only; running it twice gives byte-identical files.

import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ContestMeta, loadContests } from './contests-from-kpu.js';
import { GROUP_SPECS, type GroupName, type Groups, type GroupSpec, holdOut } from './groups.js';
import { addNoise, type NoiseProfile, PROFILE_A, PROFILE_B } from './noise.js';
import { Rng } from './rng.js';
import { type Ctx, handleFor, render } from './slots.js';
import { TEST_SHARE_WORDS, TEST_TEMPLATES } from './templates-test.js';
import { TRAIN_SHARE_WORDS, TRAIN_TEMPLATES } from './templates-train.js';

const OUT = dirname(fileURLToPath(import.meta.url));

interface SplitPlan {
  name: 'train' | 'dev' | 'test'; items: number; templates: Groups; noise: NoiseProfile; share: number;
  shareWords: { agree: string[]; neutral: string[] };
  family: 'A' | 'B';
}
// Family A is split: 80 % of each group's templates for train, 20 % held out for dev only, so dev
// measures new phrasings too. Family B (templates-test.ts) is used for test only.
// Templates are ordered by a hash of their text, not shuffled: adding a template moves at most
// the one at the boundary between held-out and kept, so dev stays comparable across additions.
const FAMILY_A = holdOut(TRAIN_TEMPLATES, 0.2, (xs) => [...xs].sort((a, b) => templateRank(a) - templateRank(b) || (a < b ? -1 : 1)));

function templateRank(template: string): number {
  return createHash('sha1').update('netra-corpus-holdout\n' + template).digest().readUInt32BE(0);
}
const PLANS: SplitPlan[] = [
  { name: 'train', items: 9000, templates: FAMILY_A.kept, shareWords: TRAIN_SHARE_WORDS, family: 'A', noise: PROFILE_A, share: 0.62 },
  { name: 'dev', items: 1500, templates: FAMILY_A.held, shareWords: TRAIN_SHARE_WORDS, family: 'A', noise: PROFILE_A, share: 0.16 },
  { name: 'test', items: 2000, templates: TEST_TEMPLATES, shareWords: TEST_SHARE_WORDS, family: 'B', noise: PROFILE_B, share: 0.22 },
];

/** Whole provinces go to one split, so a provincial contest and its regencies never straddle splits. */
function splitContests(all: ContestMeta[], rng: Rng): Map<string, ContestMeta[]> {
  const byProv = new Map<string, ContestMeta[]>();
  for (const c of all) {
    if (!byProv.has(c.province)) byProv.set(c.province, []);
    byProv.get(c.province)!.push(c);
  }
  const provs = rng.shuffle([...byProv.keys()].sort());
  const out = new Map<string, ContestMeta[]>(PLANS.map((p) => [p.name, []]));
  const total = all.length;
  // DKI Jakarta is the worked example in /work/shared/examples: keep it out of train.
  const fixed: Record<string, string> = { '31': 'dev' };
  for (const prov of provs) {
    const cs = byProv.get(prov)!;
    let target = fixed[prov];
    if (!target) {
      // the split furthest below its share takes the province
      let best = -Infinity;
      for (const p of PLANS) {
        const gap = p.share - out.get(p.name)!.length / total;
        if (gap > best) { best = gap; target = p.name; }
      }
    }
    out.get(target!)!.push(...cs);
  }
  for (const cs of out.values()) cs.sort((a, b) => a.contest.id.localeCompare(b.contest.id));
  return out;
}

const GENERIC_TAGS = ['#Pilkada2024', '#PilkadaDamai', '#{R}Memilih', '#PilkadaSerentak2024', '#AyoMemilih', '#TolakPolitikUang'];
const PHOTO = /foto|selfie|pose|outfit|wisuda|kaos|stiker|spanduk|twibbon|profile picture|pp wa|kalender|bendera|mug|gelas|jilbab|kerudung/i;
const PLATFORM_W = [['facebook', 34], ['instagram', 26], ['tiktok', 16], ['x', 14], ['youtube', 10]] as const;

function timestamp(rng: Rng, tz: string, when: 'pre' | 'campaign'): string {
  // day offsets from 2024-08-01
  const base = Date.UTC(2024, 7, 1);
  let day: number;
  if (when === 'pre') day = rng.int(0, 54); // 1 Aug .. 24 Sep
  else day = rng.weighted([[() => rng.int(55, 114), 82], [() => rng.int(115, 117), 8], [() => 118, 3], [() => rng.int(31, 54), 7]] as const)();
  const d = new Date(base + day * 86400000);
  const hh = rng.weighted([[() => rng.int(5, 8), 3], [() => rng.int(9, 16), 4], [() => rng.int(17, 23), 5], [() => rng.int(0, 4), 1]] as const)();
  const mm = rng.int(0, 59), ss = rng.int(0, 59);
  const p2 = (x: number) => String(x).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}T${p2(hh)}:${p2(mm)}:${p2(ss)}${tz}`;
}

function generateSplit(plan: SplitPlan, contests: ContestMeta[]) {
  const rng = new Rng(`netra-corpus-${plan.name}`);
  const groups = Object.keys(GROUP_SPECS) as GroupName[];
  const gw = groups.map((g) => [g, GROUP_SPECS[g].weight] as const);
  const items: string[] = [];
  const labels: string[] = [];
  const seen = new Set<string>();
  const stats: Record<string, number> = {};
  const usedTpl = new Set<string>();
  for (let i = 0; i < plan.items; i++) {
    const group = rng.weighted(gw);
    const spec: GroupSpec = GROUP_SPECS[group];
    let made = false;
    for (let attempt = 0; attempt < 80 && !made; attempt++) {
      const cm = rng.pick(contests);
      const c = rng.pick(cm.cands);
      const others = cm.cands.filter((x) => x !== c);
      const ctx: Ctx = { rng, cm, c, other: others.length ? rng.pick(others) : undefined, platform: rng.weighted(PLATFORM_W), family: plan.family };
      const tpl = rng.pick(plan.templates[group]);
      let r = render(tpl, ctx);
      if (!r) continue;
      let category: string | null = spec.category;
      if (r.kind === 'post' && rng.chance(0.16)) {
        // re-share of someone else's post carrying the same content: the label follows the content
        const official = ['neg_info', 'neg_news', 'neg_neutral', 'neg_duty', 'neg_report'].includes(group);
        const who = spec.partisan ? (spec.stance === 'support' && rng.chance(0.7) ? 'rel' : 'friend')
          : official ? rng.pick(['friend', 'news', 'pemda']) : 'friend';
        const words = spec.partisan ? plan.shareWords.agree : plan.shareWords.neutral;
        r = { kind: 'share', text: rng.pick(words), target: { author_handle: handleFor(ctx, who)!, text: r.text } };
      } else if (r.kind === 'post' && rng.chance(0.07)) {
        // a like of someone else's post with the same content
        const who = spec.stance === 'support' && rng.chance(0.6) ? 'rel' : 'friend';
        r = { kind: 'like', text: '', target: { author_handle: handleFor(ctx, who)!, text: r.text } };
        // liking partisan content is engagement; liking an attack stays an attack (see LABELLING.md)
        if (spec.partisan && spec.stance === 'support') category = 'engagement';
      }
      let own = r.text;
      if (own && (r.kind === 'post' || own.length > 25) && rng.chance(0.1)) {
        // longer, mixed posts: an everyday sentence before or after the signal
        const extra = render(rng.pick(plan.templates.neg_everyday), ctx);
        if (extra) own = rng.chance(0.5) ? `${extra.text}. ${own}` : `${own}\n${extra.text}`;
      }
      if (own && rng.chance(0.05)) own = `${own} ${rng.pick(GENERIC_TAGS).replace('{R}', cm.regionShort.replace(/[^A-Za-z]/g, ''))}`;
      const platform = r.platform ?? ctx.platform;
      if (own && platform === 'tiktok' && rng.chance(0.15)) own = `${own} ${rng.pick(['#fyp', '#fypシ', '#xyzbca', '#foryou', '#fypage'])}`;
      const text = r.kind === 'like' ? '' : addNoise(own, rng, plan.noise);
      const target = r.target ? { author_handle: r.target.author_handle, text: rng.chance(0.3) ? addNoise(r.target.text, rng, plan.noise) : r.target.text } : undefined;
      const key = `${r.kind}|${text}|${target?.text ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      usedTpl.add(`${group}|${tpl}`);
      const id = `${plan.name}-${String(i + 1).padStart(5, '0')}`;
      const region_code = cm.contest.level === 'provinsi' && cm.regencies.length && rng.chance(0.9) ? rng.pick(cm.regencies) : cm.contest.region.code;
      const author = { id: `asn-${plan.name}-${region_code.replace('.', '')}-${rng.int(1, 12)}`, region_code };
      const item: Record<string, unknown> = { id, platform, kind: r.kind, author, created_at: timestamp(rng, cm.tz, spec.when ?? 'campaign'), text };
      if (target) item['target'] = target;
      if (r.kind === 'post' && PHOTO.test(text) && rng.chance(0.8)) {
        const sha256 = createHash('sha256').update(`${id}|${text}`).digest('hex');
        item['media'] = [{ type: 'image', url: `https://media.netra.invalid/${plan.name}/${sha256.slice(0, 16)}.jpg`, sha256 }];
      }
      items.push(JSON.stringify(item));
      labels.push(JSON.stringify({
        id, partisan: spec.partisan, candidate: spec.candidate ? c.cand.number : null, stance: spec.stance, category,
      }));
      stats[group] = (stats[group] ?? 0) + 1;
      made = true;
    }
    if (!made) throw new Error(`could not fill group ${group} in ${plan.name}`);
  }
  const templatesAvailable = Object.values(plan.templates).reduce((n, g) => n + g.length, 0);
  return { items, labels, stats, templatesUsed: usedTpl.size, templatesAvailable };
}

function main() {
  const all = loadContests();
  const split = splitContests(all, new Rng('netra-corpus-split'));
  const manifest: Record<string, unknown> = {};
  for (const plan of PLANS) {
    const contests = split.get(plan.name)!;
    const { items, labels, stats, templatesUsed, templatesAvailable } = generateSplit(plan, contests);
    writeFileSync(join(OUT, `${plan.name}.contests.json`), JSON.stringify(contests.map((c) => c.contest), null, 2) + '\n');
    writeFileSync(join(OUT, `${plan.name}.items.jsonl`), items.join('\n') + '\n');
    writeFileSync(join(OUT, `${plan.name}.labels.jsonl`), labels.join('\n') + '\n');
    const partisan = labels.filter((l) => l.includes('"partisan":true')).length;
    console.log(`${plan.name}: ${contests.length} contests, ${items.length} items, ${partisan} partisan (${((100 * partisan) / items.length).toFixed(1)} %), ${templatesUsed} templates used`);
    console.log('  ' + Object.entries(stats).map(([k, v]) => `${k}=${v}`).join(' '));
    const byLabel: Record<string, number> = {};
    for (const l of labels) {
      const o = JSON.parse(l) as { partisan: boolean; category: string | null; stance: string | null };
      const k = o.partisan ? `${o.category}/${o.stance}` : 'not_partisan';
      byLabel[k] = (byLabel[k] ?? 0) + 1;
    }
    manifest[plan.name] = {
      template_family: plan.family === 'A' ? (plan.name === 'train' ? 'A (80 % of templates-train.ts)' : 'A held out (20 % of templates-train.ts, unseen by train)') : 'B (templates-test.ts)',
      provinces: [...new Set(contests.map((c) => c.province))].sort(),
      contests: contests.length, items: items.length, partisan: partisan,
      by_label: Object.fromEntries(Object.entries(byLabel).sort()),
      by_template_group: Object.fromEntries(Object.entries(stats).sort()),
      templates_available: templatesAvailable, templates_used: templatesUsed,
    };
  }
  writeFileSync(join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}

main();
