// Trains the model on the corpus train split, calibrates and picks hyper-parameters on dev
// (never on test), and writes workers/classify/model/model.json.
//   npx tsx workers/classify/scripts/train.ts [--corpus DIR] [--out FILE] [--extra DIR ...]
// --extra adds labelled directories to the training split only, e.g. reviewers' decisions from
// `netra labels export --out DIR` (confirmed flags are partisan, dismissed ones hard negatives).
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ItemReader, type Reading } from '../src/engine/classifier.js';
import { featureList, isCategoryFeature, stanceInput } from '../src/engine/features.js';
import { CATEGORIES, type Category } from '../src/engine/classify-types.js';
import { BinaryLogistic, fitPlatt, sigmoid, trainBinary } from '../src/engine/logistic-model.js';
import { DEFAULT_MODEL_PATH, type ModelJson } from '../src/engine/model-store.js';
import { CORPUS_DIR, loadLabelledDir, loadSplit, type Label, type Split } from './corpus-io.js';

interface Example {
  features: string[];
  stanceFeatures: string[];
  label: Label;
}

/** The reading used for training: the contest under which the item says the most. */
function pickReading(readings: Reading[]): Reading | undefined {
  let best: Reading | undefined;
  let bestHits = -1;
  for (const r of readings) {
    const hits = r.own.hits.length + (r.target?.hits.length ?? 0) + (r.officialTarget !== undefined ? 5 : 0);
    if (hits > bestHits) {
      bestHits = hits;
      best = r;
    }
  }
  return best;
}

export function examplesOf(split: Split): { examples: Example[]; skipped: number } {
  const reader = new ItemReader(split.contests);
  const examples: Example[] = [];
  let skipped = 0;
  for (const item of split.items) {
    const label = split.labels.get(item.id);
    if (!label) continue;
    const reading = pickReading(reader.read(item));
    if (!reading) {
      skipped++;
      continue;
    }
    examples.push({ features: featureList(reading.input), stanceFeatures: featureList(stanceInput(reading.input)), label });
  }
  return { examples, skipped };
}

/** Mean log-loss on held-out examples: finer than F1 when dev F1 saturates. */
function logLoss(model: BinaryLogistic, examples: Example[]): number {
  let sum = 0;
  for (const e of examples) {
    const p = Math.min(1 - 1e-9, Math.max(1e-9, sigmoid(model.logit(e.features))));
    sum -= e.label.partisan ? Math.log(p) : Math.log(1 - p);
  }
  return sum / Math.max(1, examples.length);
}

function f1At(model: BinaryLogistic, examples: Example[]): number {
  let tp = 0, fp = 0, fn = 0;
  for (const e of examples) {
    const p = sigmoid(model.logit(e.features)) >= 0.5;
    if (p && e.label.partisan) tp++;
    else if (p) fp++;
    else if (e.label.partisan) fn++;
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

function main(): void {
  const { values } = parseArgs({ options: {
    corpus: { type: 'string' }, out: { type: 'string' }, dropout: { type: 'string' }, 'ngram-l2': { type: 'string' },
    extra: { type: 'string', multiple: true },
  } });
  const dir = values.corpus ?? CORPUS_DIR;
  const train = examplesOf(loadSplit('train', dir));
  // Extra labelled data joins training only: dev stays the corpus's, so choices remain comparable.
  const extraSets: string[] = [];
  for (const extraDir of values.extra ?? []) {
    const extra = examplesOf(loadLabelledDir(extraDir));
    train.examples.push(...extra.examples);
    train.skipped += extra.skipped;
    extraSets.push(`${extraDir} (${extra.examples.length})`);
    console.log(`extra ${extraDir}: ${extra.examples.length} examples (skipped ${extra.skipped} outside any contest)`);
  }
  const dev = examplesOf(loadSplit('dev', dir));
  console.log(`train ${train.examples.length} (skipped ${train.skipped} outside any contest), dev ${dev.examples.length}`);

  // Hyper-parameters: a small grid, chosen by F1 on dev.
  const dropout = Number(values.dropout ?? 0.3);
  const factors = values['ngram-l2'] ? [Number(values['ngram-l2'])] : [3, 30, 100, 300];
  let best: { model: BinaryLogistic; f1: number; loss: number; l2: number; epochs: number; ngramL2Factor: number } | undefined;
  for (const ngramL2Factor of factors) {
    for (const l2 of [1e-4, 1e-3]) {
      for (const epochs of [25]) {
        const model = trainBinary(train.examples.map((e) => ({ features: e.features, label: e.label.partisan })), { l2, epochs, dropout, ngramL2Factor });
        const f1 = f1At(model, dev.examples);
        const loss = logLoss(model, dev.examples);
        console.log(`  ngram-l2 x${ngramL2Factor} l2=${l2} epochs=${epochs}: dev F1 ${f1.toFixed(4)}, log-loss ${loss.toFixed(4)}`);
        // Log-loss, not F1 at an uncalibrated 0.5: F1 moves by a few items between settings.
        if (!best || loss < best.loss) best = { model, f1, loss, l2, epochs, ngramL2Factor };
      }
    }
  }
  const chosen = best!;
  const ngramL2Factor = chosen.ngramL2Factor;
  const calibration = fitPlatt(
    dev.examples.map((e) => chosen.model.logit(e.features)),
    dev.examples.map((e) => e.label.partisan),
  );

    const partisanTrain = train.examples.filter((e) => e.label.partisan);
  // Stance: attacks are the minority; the class weight is chosen by stance accuracy on dev.
  const partisanDev = dev.examples.filter((e) => e.label.partisan);
  let stance: BinaryLogistic | undefined;
  let stanceAcc = -1;
  for (const positiveWeight of [1, 2, 4]) {
    const head = trainBinary(
      // Engagement features say "partisan", not which way: keep them out of the stance head.
      partisanTrain.map((e) => ({ features: e.stanceFeatures.filter((f) => !f.startsWith('official')), label: e.label.stance === 'oppose' })),
      { l2: chosen.l2, epochs: chosen.epochs, dropout, ngramL2Factor, positiveWeight },
    );
    const acc = partisanDev.filter((e) => (sigmoid(head.logit(e.stanceFeatures)) >= 0.5) === (e.label.stance === 'oppose')).length / Math.max(1, partisanDev.length);
    console.log(`  stance oppose-weight ${positiveWeight}: dev stance accuracy ${acc.toFixed(4)}`);
    if (acc > stanceAcc) {
      stanceAcc = acc;
      stance = head;
    }
  }
  const category: Partial<Record<Category, ReturnType<BinaryLogistic['toJSON']>>> = {};
  const withCategory = partisanTrain.filter((e) => e.label.category);
  if (withCategory.length > 0) {
    for (const c of CATEGORIES) {
      const head = trainBinary(withCategory.map((e) => ({ features: e.features.filter(isCategoryFeature), label: e.label.category === c })), {
        l2: chosen.l2,
        epochs: chosen.epochs,
        dropout,
        ngramL2Factor,
      });
      category[c] = head.toJSON();
    }
  }

  const body = {
    calibration: { a: round(calibration.a), b: round(calibration.b) },
    partisan: chosen.model.toJSON(),
    stance: stance!.toJSON(),
    category,
  };
  const hash = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 10);
  const trainedAt = new Date().toISOString();
  const json: ModelJson = {
    model_version: `lr-${trainedAt.slice(0, 10)}-${hash}`,
    trained_at: trainedAt,
    ...body,
    metrics: { dev_f1_at_fit: round(chosen.f1), dev_log_loss: round(chosen.loss), l2: chosen.l2, epochs: chosen.epochs, dropout, ngram_l2_factor: ngramL2Factor, train_items: train.examples.length, ...(extraSets.length ? { extra_sets: extraSets } : {}) },
  };
  const out = values.out ?? DEFAULT_MODEL_PATH;
  writeFileSync(out, JSON.stringify(json) + '\n');
  console.log(`wrote ${out}: ${json.model_version}, ${Object.keys(json.partisan.weights).length} weights, l2=${chosen.l2} epochs=${chosen.epochs}`);
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

main();
