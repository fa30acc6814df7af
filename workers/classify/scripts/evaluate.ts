// Evaluates the committed model on a split: precision, recall and F1 of `partisan`, and the
// accuracy of candidate and stance among true positives. Next to it, a plain keyword alert
// (any name, alias, hashtag, slogan or ballot number) as the baseline to beat.
//   npx tsx workers/classify/scripts/evaluate.ts [--split dev|test|train|examples] [--corpus DIR] [--errors]
import { parseArgs } from 'node:util';
import { createClassifier, ItemReader } from '../src/engine/classifier.js';
import type { Judgement } from '../src/engine/classify-types.js';
import { loadModel } from '../src/engine/model-store.js';
import { CORPUS_DIR, loadSplit, type Label, type Split } from './corpus-io.js';

export interface Metrics {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  candidateAccuracy: number;
  stanceAccuracy: number;
  categoryAccuracy: number;
}

export function metrics(pairs: { predicted: Judgement | { flagged: boolean; candidate: number | null; stance: string | null }; label: Label }[]): Metrics {
  let tp = 0, fp = 0, fn = 0, candOk = 0, stanceOk = 0, catOk = 0, catLabelled = 0;
  for (const { predicted, label } of pairs) {
    if (predicted.flagged && label.partisan) {
      tp++;
      if (predicted.candidate === label.candidate) candOk++;
      if (predicted.stance === label.stance) stanceOk++;
      if (label.category !== undefined) {
        catLabelled++;
        if ('category' in predicted && predicted.category === label.category) catOk++;
      }
    } else if (predicted.flagged) fp++;
    else if (label.partisan) fn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    n: pairs.length, tp, fp, fn, precision, recall, f1,
    candidateAccuracy: tp === 0 ? 0 : candOk / tp,
    stanceAccuracy: tp === 0 ? 0 : stanceOk / tp,
    categoryAccuracy: catLabelled === 0 ? NaN : catOk / catLabelled,
  };
}

const KEYWORD_TYPES = new Set(['name', 'name_part', 'alias', 'hashtag', 'slogan', 'ballot_number', 'account_mention']);

function keywordBaseline(split: Split, label: (id: string) => Label) {
  const reader = new ItemReader(split.contests);
  return split.items.map((item) => {
    const flagged = reader.read(item).some((r) => [...r.own.hits, ...(r.target?.hits ?? [])].some((h) => KEYWORD_TYPES.has(h.type)) || r.officialTarget !== undefined);
    return { predicted: { flagged, candidate: null, stance: null }, label: label(item.id) };
  });
}

function fmt(m: Metrics): string {
  const p = (x: number) => x.toFixed(3);
  return `n=${m.n} P=${p(m.precision)} R=${p(m.recall)} F1=${p(m.f1)} (tp ${m.tp}, fp ${m.fp}, fn ${m.fn}); candidate acc ${p(m.candidateAccuracy)}, stance acc ${p(m.stanceAccuracy)}, category acc ${Number.isNaN(m.categoryAccuracy) ? 'n/a' : p(m.categoryAccuracy)} among TP`;
}

function main(): void {
  const { values } = parseArgs({
    options: { split: { type: 'string', default: 'dev' }, corpus: { type: 'string' }, errors: { type: 'boolean', default: false }, threshold: { type: 'string' } },
  });
  const model = loadModel();
  const splits = values.split === 'all' ? ['dev', 'test', 'examples', 'probe'] : [values.split ?? 'dev'];
  console.log(`model ${model.version}`);
  for (const name of splits) {
    const split = loadSplit(name, values.corpus ?? CORPUS_DIR);
    const classifier = createClassifier({ contests: split.contests, model, threshold: values.threshold ? Number(values.threshold) : undefined });
    const label = (id: string): Label => split.labels.get(id) ?? { id, partisan: false, candidate: null, stance: null };
    const pairs = split.items.map((item) => ({ item, predicted: classifier.classify(item), label: label(item.id) }));
    console.log(`${name.padEnd(8)} model   ${fmt(metrics(pairs))}`);
    console.log(`${name.padEnd(8)} keyword ${fmt(metrics(keywordBaseline(split, label)))}`);
    if (values.errors) {
      for (const { item, predicted, label: l } of pairs) {
        const wrong = predicted.flagged !== l.partisan || (l.partisan && (predicted.candidate !== l.candidate || predicted.stance !== l.stance));
        if (!wrong) continue;
        console.log(
          `  ${item.id} [${item.kind}] want ${l.partisan ? `P c=${l.candidate} ${l.stance}` : 'N'} got ${predicted.flagged ? `P c=${predicted.candidate} ${predicted.stance}` : 'N'} ${predicted.score} | ${item.text.slice(0, 110)}${item.target ? ' || ' + item.target.author_handle + ': ' + item.target.text.slice(0, 80) : ''}`,
        );
      }
    }
  }
}

main();
