// Grouped cross-validation over realistic hand-written sets: each fold holds out a group of
// sets, trains on the template train split plus every other realistic set (repeated
// --weight times), and judges the held-out items with the full classifier. Prints P/R/F1 and
// candidate/stance/category accuracy among true positives, pooled over folds.
//   npx tsx workers/classify/scripts/cv.ts [--protocol spent|realistic|both] [--weight N ...] [--errors] [--ngram-l2 F]
//     [--operating-point P] [--sweep P ...]
// protocol spent: 9 folds (blind1 / blind2 / blind3 + handwritten / blind4 ... blind9), corpus/realistic always in training.
// --operating-point: trainModel's operating point (default DEFAULT_OPERATING_POINT in train-lib.ts).
// --sweep: also judge every fold with the Platt intercept moved so that the score 0.5 falls at
// each of these points (relative to the fold model's own 0.5) and print the pooled figures per point.
// protocol realistic: the corpus/realistic sets in 3 folds (by sorted name, round robin), spent sets always in training.
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createClassifier } from '../src/engine/classifier.js';
import { modelFromJson, type Model } from '../src/engine/model-store.js';
import { loadLabelledDir, loadSplit, type Split } from './corpus-io.js';
import { addTally, emptyTally, scoreSet, type Miss, type Tally } from './score-set.js';
import { DEFAULT_OPERATING_POINT, EVAL_DIR, examplesOf, realisticDirs, spentEvalDirs, trainModel, type Example } from './train-lib.js';

interface Fold {
  name: string;
  held: string[];
}

function spentFolds(): Fold[] {
  const e = (names: string[]) => names.map((n) => join(EVAL_DIR, n));
  return [
    { name: 'blind1', held: e(['blind-bali', 'blind-sulut', 'blind-jatim-kab']) },
    { name: 'blind2', held: e(['blind2-kalbar', 'blind2-sumbar', 'blind2-papua']) },
    { name: 'blind3+hw', held: e(['blind3-aceh', 'blind3-medan', 'blind3-ntt', 'handwritten', 'handwritten-makassar']) },
    { name: 'blind4', held: e(['blind4-jakarta', 'blind4-jabar', 'blind4-bengkulu', 'blind4-malut']) },
    { name: 'blind5', held: e(['blind5-sumsel', 'blind5-kalteng']) },
    { name: 'blind6', held: e(['blind6-sulsel', 'blind6-papuabd', 'blind6-papsel', 'blind6-banyuwangi']) },
    { name: 'blind7', held: e(['blind7-gianyar', 'blind7-minahasa', 'blind7-bogor', 'blind7-bireuen']) },
    { name: 'blind8', held: e(['blind8-bojonegoro', 'blind8-bulukumba', 'blind8-muaraenim', 'blind8-jayapura']) },
    { name: 'blind9', held: e(['blind9-lumajang', 'blind9-kapuas', 'blind9-tasikmalaya', 'blind9-ternate']) },
  ];
}

function realisticFolds(k = 3): Fold[] {
  const dirs = realisticDirs();
  const folds: Fold[] = [];
  for (let i = 0; i < Math.min(k, dirs.length); i++) {
    const held = dirs.filter((_, j) => j % k === i);
    folds.push({ name: 'realistic:' + held.map((d) => basename(d)).join(','), held });
  }
  return folds;
}

function fmt(t: Tally): string {
  const p = t.tp / Math.max(1, t.tp + t.fp);
  const r = t.tp / Math.max(1, t.tp + t.fn);
  const f = (2 * p * r) / Math.max(1e-9, p + r);
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)} (tp ${t.tp} fp ${t.fp} fn ${t.fn}) cand ${(t.cand / Math.max(1, t.tp)).toFixed(3)} stance ${(t.stance / Math.max(1, t.tp)).toFixed(3)} cat ${(t.cat / Math.max(1, t.catN)).toFixed(3)} (${t.catN}); negatives held back by the evidence gate ${t.gated}`;
}

function judgeFold(fold: Fold, model: Model, sets: Map<string, { split: Split; examples: Example[] }>, errors: boolean | undefined): Tally {
  const t = emptyTally();
  for (const d of fold.held) {
    const { split } = sets.get(d)!;
    const classifier = createClassifier({ contests: split.contests, model });
    addTally(t, scoreSet(classifier, split.items, split.labels, errors ? (m) => console.log(missLine(split.name, m)) : undefined));
  }
  return t;
}

function missLine(set: string, { kind, item, judgement: j, gold }: Miss): string {
  const text = item.text || `[${item.kind}] ${item.target?.author_handle}: ${item.target?.text}`;
  const tail = item.target && item.text ? ` || ${item.target.author_handle}: ${item.target.text}` : '';
  switch (kind) {
    case 'pair': return `  cand   ${set} ${item.id} got ${j.candidate} want ${gold.candidate} [${item.kind}]: ${text}${tail}`;
    case 'stance': return `  stance ${set} ${item.id} got ${j.stance} want ${gold.stance} c=${gold.candidate} [${item.kind}]: ${text}${tail}`;
    case 'categ': return `  categ  ${set} ${item.id} got ${j.category} want ${gold.category} [${item.kind}]: ${text}${tail}`;
    case 'FP': return `  FP     ${set} ${item.id} ${j.score} ${j.reason.en} [${item.kind}]: ${text}${tail}`;
    case 'FN': return `  FN     ${set} ${item.id} ${j.score} want c=${gold.candidate} ${gold.stance} ${gold.category ?? ''} [${item.kind}]: ${text}${tail}`;
  }
}

function main(): void {
  const { values } = parseArgs({ options: {
    protocol: { type: 'string', default: 'spent' }, weight: { type: 'string', multiple: true }, errors: { type: 'boolean', default: false },
    'ngram-l2': { type: 'string' }, 'min-df': { type: 'string' }, 'operating-point': { type: 'string' }, sweep: { type: 'string', multiple: true },
  } });
  const operatingPoint = values['operating-point'] !== undefined ? Number(values['operating-point']) : DEFAULT_OPERATING_POINT;
  const sweep = (values.sweep ?? []).map(Number);
  const weights = (values.weight ?? ['3']).map(Number);
  const folds = values.protocol === 'realistic' ? realisticFolds() : values.protocol === 'both' ? [...spentFolds(), ...realisticFolds()] : spentFolds();
  const all = [...new Set([...realisticDirs(), ...spentEvalDirs()])];
  const sets = new Map<string, { split: Split; examples: Example[] }>();
  for (const d of all) {
    const split = loadLabelledDir(d, basename(d));
    sets.set(d, { split, examples: examplesOf(split).examples });
  }
  const train = examplesOf(loadSplit('train')).examples;
  const dev = examplesOf(loadSplit('dev')).examples;
  console.log(`template train ${train.length}, dev ${dev.length}; realistic sets ${all.length}; folds ${folds.map((f) => f.name).join(' | ')}`);
  for (const w of weights) {
    const pooled = emptyTally();
    const swept = sweep.map(emptyTally);
    for (const fold of folds) {
      const held = new Set(fold.held);
      const realistic = all.filter((d) => !held.has(d)).flatMap((d) => sets.get(d)!.examples);
      const model = modelFromJson(trainModel({ train, realistic, realisticWeight: w, dev, operatingPoint, minDf: values['min-df'] !== undefined ? Number(values['min-df']) : undefined, ngramL2Factors: values['ngram-l2'] ? [Number(values['ngram-l2'])] : undefined }));
      const t = judgeFold(fold, model, sets, values.errors);
      sweep.forEach((point, i) => {
        const shifted: Model = { ...model, calibration: { a: model.calibration.a, b: model.calibration.b - Math.log(point / (1 - point)) } };
        addTally(swept[i]!, judgeFold(fold, shifted, sets, false));
      });
      console.log(`weight ${w} fold ${fold.name}: ${fmt(t)}`);
      addTally(pooled, t);
    }
    console.log(`weight ${w} POOLED: ${fmt(pooled)}`);
    sweep.forEach((point, i) => console.log(`weight ${w} point ${point} POOLED: ${fmt(swept[i]!)}`));
  }
}

main();
