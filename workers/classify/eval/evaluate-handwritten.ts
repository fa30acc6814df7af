// An independent check of the classifier on posts written by hand (not by the corpus generator),
// about a contest registry entry written by hand: `npx tsx workers/classify/eval/evaluate-handwritten.ts`.
// Prints precision, recall, F1, candidate/stance accuracy and every miss. Never tune on it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClassifier } from '../src/index.js';
import { loadLabelledDir } from '../scripts/corpus-io.js';
import { scoreSet, type Miss } from '../scripts/score-set.js';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), process.argv[2] ?? 'handwritten');
const { contests, items, labels } = loadLabelledDir(dir);

const classifier = createClassifier({ contests });
const misses: string[] = [];
const t = scoreSet(classifier, items, labels, (m) => misses.push(missLine(m)));
const precision = t.tp / (t.tp + t.fp || 1);
const recall = t.tp / (t.tp + t.fn || 1);
console.log(`items ${items.length}  tp ${t.tp} fp ${t.fp} fn ${t.fn} tn ${t.tn}`);
console.log(`precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} F1 ${((2 * precision * recall) / (precision + recall || 1)).toFixed(3)}`);
console.log(`candidate right ${t.cand}/${t.tp}, stance right ${t.stance}/${t.tp}${t.catN ? `, category right ${t.cat}/${t.catN}` : ''}  (model ${classifier.modelVersion})`);
for (const m of misses) console.log(m);

function missLine({ kind, item, judgement: j, gold }: Miss): string {
  switch (kind) {
    case 'pair': return `pair    ${item.id} got ${j.candidate} want ${gold.candidate}: ${item.text || item.target?.text}`;
    case 'stance': return `stance  ${item.id} got ${j.stance}/${j.candidate} want ${gold.stance}/${gold.candidate}: ${item.text || item.target?.text}`;
    case 'categ': return `categ   ${item.id} got ${j.category} want ${gold.category}: ${item.text || item.target?.text}`;
    case 'FP': return `FP      ${item.id} ${j.score.toFixed(2)} ${j.reason.en}: ${item.text}`;
    case 'FN': return `FN      ${item.id} ${j.score.toFixed(2)}: ${item.text || `[${item.kind}] ${item.target?.author_handle}: ${item.target?.text}`}`;
  }
}
