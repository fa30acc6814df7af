// Sanity checks on the generated corpus: shapes, label invariants, applicability, disjoint splits.
// Run: npx tsx workers/classify/corpus/check.ts

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Contest } from './contests-from-kpu.js';

const DIR = dirname(fileURLToPath(import.meta.url));
const CATS = new Set(['social_media_campaign', 'engagement', 'attributes_symbols', 'organising', 'attacking']);
const KINDS = new Set(['post', 'comment', 'like', 'share']);
const PLATFORMS = new Set(['facebook', 'instagram', 'x', 'tiktok', 'youtube']);
const problems: string[] = [];
const fail = (m: string) => { if (problems.length < 50) problems.push(m); };
const regionsBySplit = new Map<string, Set<string>>();

for (const split of ['train', 'dev', 'test']) {
  const contests = JSON.parse(readFileSync(join(DIR, `${split}.contests.json`), 'utf8')) as Contest[];
  const items = readFileSync(join(DIR, `${split}.items.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const labels = readFileSync(join(DIR, `${split}.labels.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  regionsBySplit.set(split, new Set(contests.map((c) => c.region.code)));
  if (items.length !== labels.length) fail(`${split}: ${items.length} items vs ${labels.length} labels`);
  const ids = new Set<string>();
  const counts: Record<string, number> = {};
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    const lb = labels[i];
    if (it.id !== lb.id) fail(`${split}: id mismatch at line ${i + 1}`);
    if (ids.has(it.id)) fail(`${split}: duplicate id ${it.id}`);
    ids.add(it.id);
    if (!KINDS.has(it.kind) || !PLATFORMS.has(it.platform)) fail(`${it.id}: kind/platform`);
    if (it.kind === 'like' && (it.text !== '' || !it.target)) fail(`${it.id}: like needs empty text and a target`);
    if ((it.kind === 'comment' || it.kind === 'share') && !it.target) fail(`${it.id}: ${it.kind} without target`);
    if (!/^2024-\d\d-\d\dT\d\d:\d\d:\d\d\+0[789]:00$/.test(it.created_at)) fail(`${it.id}: created_at ${it.created_at}`);
    const applicable = contests.filter((c) => it.author.region_code === c.region.code || it.author.region_code.startsWith(c.region.code + '.'));
    if (!applicable.length) fail(`${it.id}: no contest applies to ${it.author.region_code}`);
    if (typeof lb.partisan !== 'boolean') fail(`${it.id}: partisan`);
    if (lb.partisan) {
      if (lb.stance !== 'support' && lb.stance !== 'oppose') fail(`${it.id}: stance`);
      if (!CATS.has(lb.category)) fail(`${it.id}: category`);
      if (lb.candidate !== null && !applicable.some((c) => c.candidates.some((p) => p.number === lb.candidate))) fail(`${it.id}: candidate ${lb.candidate} not in applicable contests`);
    } else if (lb.stance !== null || lb.category !== null || lb.candidate !== null) fail(`${it.id}: non-partisan with stance/category/candidate`);
    const key = lb.partisan ? `${lb.category}/${lb.stance}${lb.candidate === null ? '/null' : ''}` : 'not_partisan';
    counts[key] = (counts[key] ?? 0) + 1;
  }
  const p = labels.filter((l) => l.partisan).length;
  console.log(`${split}: ${contests.length} contests, ${items.length} items, partisan ${p} (${((100 * p) / items.length).toFixed(1)} %)`);
  console.log('  ' + Object.entries(counts).sort().map(([k, v]) => `${k}=${v}`).join(', '));
  const kinds: Record<string, number> = {};
  for (const it of items) kinds[it.kind] = (kinds[it.kind] ?? 0) + 1;
  console.log('  kinds: ' + Object.entries(kinds).map(([k, v]) => `${k}=${v}`).join(', '));
}
const [a, b, c] = [...regionsBySplit.values()] as [Set<string>, Set<string>, Set<string>];
for (const [x, y, n] of [[a, b, 'train/dev'], [a, c, 'train/test'], [b, c, 'dev/test']] as const) {
  const shared = [...x].filter((r) => y.has(r) || [...y].some((s) => r.startsWith(s + '.') || s.startsWith(r + '.')));
  if (shared.length) fail(`${n} share regions: ${shared.slice(0, 5).join(', ')}`);
}
if (problems.length) { console.error(problems.join('\n')); process.exit(1); }
console.log('ok');
