// Trains the model and writes workers/classify/model/model.json. Training data, by default:
// the template corpus's train split, every realistic hand-written set under corpus/realistic/,
// and the spent evaluation sets (SPENT_EVAL_SETS in train-lib.ts), the realistic items repeated
// --realistic-weight times (default chosen by grouped cross-validation, cv.ts). Hyper-parameters,
// calibration and the stance class weight are chosen on the template dev split (never on test);
// the operating point (where the score crosses 0.5) by grouped CV on realistic folds
// (DEFAULT_OPERATING_POINT in train-lib.ts, cv.ts --sweep).
//   npx tsx workers/classify/scripts/train.ts [--corpus DIR] [--out FILE] [--extra DIR ...]
//     [--realistic-weight N] [--min-df N] [--no-realistic] [--no-spent]
// --min-df: n-gram features must occur in at least N training items (default 2).
// --extra adds labelled directories to the template training data (weight 1), e.g. reviewers'
// decisions from `netra labels export --out DIR` (confirmed flags partisan, dismissed ones hard negatives).
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_MODEL_PATH } from '../src/engine/model-store.js';
import { CORPUS_DIR, loadLabelledDir, loadSplit } from './corpus-io.js';
import { DEFAULT_REALISTIC_WEIGHT, examplesOf, realisticDirs, spentEvalDirs, trainModel, type Example } from './train-lib.js';

function main(): void {
  const { values } = parseArgs({ options: {
    corpus: { type: 'string' }, out: { type: 'string' }, dropout: { type: 'string' }, 'ngram-l2': { type: 'string' },
    extra: { type: 'string', multiple: true }, 'realistic-weight': { type: 'string' },
    'min-df': { type: 'string' }, 'no-realistic': { type: 'boolean', default: false }, 'no-spent': { type: 'boolean', default: false },
  } });
  const dir = values.corpus ?? CORPUS_DIR;
  const train = examplesOf(loadSplit('train', dir));
  const extraSets: string[] = [];
  for (const extraDir of values.extra ?? []) {
    const extra = examplesOf(loadLabelledDir(extraDir));
    train.examples.push(...extra.examples);
    train.skipped += extra.skipped;
    extraSets.push(`${extraDir} (${extra.examples.length})`);
    console.log(`extra ${extraDir}: ${extra.examples.length} examples (skipped ${extra.skipped} outside any contest)`);
  }
  const realisticSets = [...(values['no-realistic'] ? [] : realisticDirs()), ...(values['no-spent'] ? [] : spentEvalDirs())];
  const realistic: Example[] = [];
  for (const d of realisticSets) {
    const r = examplesOf(loadLabelledDir(d));
    realistic.push(...r.examples);
    if (r.skipped) console.log(`realistic ${d}: skipped ${r.skipped} outside any contest`);
  }
  const realisticWeight = values['realistic-weight'] !== undefined ? Number(values['realistic-weight']) : DEFAULT_REALISTIC_WEIGHT;
  const dev = examplesOf(loadSplit('dev', dir));
  console.log(`train ${train.examples.length} (skipped ${train.skipped} outside any contest), realistic ${realistic.length} from ${realisticSets.length} sets x${realisticWeight}, dev ${dev.examples.length}`);
  const json = trainModel({
    train: train.examples,
    realistic,
    realisticWeight,
    dev: dev.examples,
    dropout: values.dropout !== undefined ? Number(values.dropout) : undefined,
    minDf: values['min-df'] !== undefined ? Number(values['min-df']) : undefined,
    ngramL2Factors: values['ngram-l2'] ? [Number(values['ngram-l2'])] : undefined,
    log: console.log,
    metrics: {
      realistic_sets: realisticSets.map((d) => basename(d)),
      ...(extraSets.length ? { extra_sets: extraSets } : {}),
    },
  });
  const out = values.out ?? DEFAULT_MODEL_PATH;
  writeFileSync(out, JSON.stringify(json) + '\n');
  const m = json.metrics as Record<string, unknown>;
  console.log(`wrote ${out}: ${json.model_version}, ${Object.keys(json.partisan.weights).length} weights, l2=${m.l2} ngram-l2 x${m.ngram_l2_factor}`);
}

main();
