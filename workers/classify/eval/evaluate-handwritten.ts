// An independent check of the classifier on posts written by hand (not by the corpus generator),
// about a contest registry entry written by hand: `npx tsx workers/classify/eval/evaluate-handwritten.ts`.
// Prints precision, recall, F1, candidate/stance accuracy and every miss. Never tune on it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClassifier, type Contest, type Item } from '../src/index.js';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), process.argv[2] ?? 'handwritten');
const contests = JSON.parse(readFileSync(path.join(dir, 'contests.json'), 'utf8')) as Contest[];
const readLines = <T>(file: string): T[] => readFileSync(path.join(dir, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);
const items = readLines<Item>('items.jsonl');
const labels = new Map(readLines<{ id: string; partisan: boolean; candidate: number | null; stance: string | null; category?: string | null }>('labels.jsonl').map((l) => [l.id, l]));

const classifier = createClassifier({ contests });
let tp = 0, fp = 0, fn = 0, tn = 0, candidateOk = 0, stanceOk = 0, categoryOk = 0, categoryLabelled = 0;
const misses: string[] = [];
for (const item of items) {
  const j = classifier.classify(item);
  const gold = labels.get(item.id)!;
  if (j.flagged && gold.partisan) {
    tp += 1;
    if (gold.candidate === null || j.candidate === gold.candidate) candidateOk += 1;
    else misses.push(`pair    ${item.id} got ${j.candidate} want ${gold.candidate}: ${item.text || item.target?.text}`);
    if (j.stance === gold.stance) stanceOk += 1;
    else misses.push(`stance  ${item.id} got ${j.stance}/${j.candidate} want ${gold.stance}/${gold.candidate}: ${item.text || item.target?.text}`);
    // Older sets carry no categories; score categories only where a label gives one.
    if (gold.category) {
      categoryLabelled += 1;
      if (j.category === gold.category) categoryOk += 1;
      else misses.push(`categ   ${item.id} got ${j.category} want ${gold.category}: ${item.text || item.target?.text}`);
    }
  } else if (j.flagged) {
    fp += 1;
    misses.push(`FP      ${item.id} ${j.score.toFixed(2)} ${j.reason.en}: ${item.text}`);
  } else if (gold.partisan) {
    fn += 1;
    misses.push(`FN      ${item.id} ${j.score.toFixed(2)}: ${item.text || `[${item.kind}] ${item.target?.author_handle}: ${item.target?.text}`}`);
  } else tn += 1;
}
const precision = tp / (tp + fp || 1);
const recall = tp / (tp + fn || 1);
console.log(`items ${items.length}  tp ${tp} fp ${fp} fn ${fn} tn ${tn}`);
console.log(`precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} F1 ${((2 * precision * recall) / (precision + recall || 1)).toFixed(3)}`);
console.log(`candidate right ${candidateOk}/${tp}, stance right ${stanceOk}/${tp}${categoryLabelled ? `, category right ${categoryOk}/${categoryLabelled}` : ''}  (model ${classifier.modelVersion})`);
for (const m of misses) console.log(m);
