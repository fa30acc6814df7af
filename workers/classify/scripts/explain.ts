// Prints the features of one item and their weights, largest first: how the model sees it.
//   npx tsx workers/classify/scripts/explain.ts --contests FILE --region 63.71 [--kind like --handle h --target "..."] "text"
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ItemReader } from '../src/engine/classifier.js';
import type { Contest, Item, ItemKind } from '../src/engine/classify-types.js';
import { featureList } from '../src/engine/features.js';
import { loadModel } from '../src/engine/model-store.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    contests: { type: 'string', default: '/work/shared/examples/contests.json' },
    region: { type: 'string', default: '31.73' },
    date: { type: 'string', default: '2024-10-10T10:00:00+07:00' },
    kind: { type: 'string', default: 'post' },
    handle: { type: 'string' },
    target: { type: 'string' },
  },
});
const model = loadModel();
const contests = JSON.parse(readFileSync(values.contests!, 'utf8')) as Contest[];
const item: Item = {
  id: 'explain', platform: 'x', kind: values.kind as ItemKind, author: { id: 'a', region_code: values.region! },
  created_at: values.date!, text: positionals.join(' '),
};
if (values.target !== undefined || values.handle !== undefined) item.target = { author_handle: values.handle ?? '', text: values.target ?? '' };
for (const reading of new ItemReader(contests).read(item)) {
  const features = featureList(reading.input);
  const logit = model.partisan.logit(features);
  console.log(`contest ${reading.compiled.matcher.contest.id}: logit ${logit.toFixed(2)} (bias ${model.partisan.bias})`);
  console.log('  tokens:', reading.own.modelTokens.join(' '), reading.target ? '|| ' + reading.target.modelTokens.join(' ') : '');
  const rows = features.map((f) => [f, model.partisan.weight(f)] as const).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  for (const [f, w] of rows.slice(0, 25)) console.log(`  ${w.toFixed(3).padStart(8)}  ${f}`);
}
