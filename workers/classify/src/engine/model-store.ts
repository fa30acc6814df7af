// The trained model as stored in workers/classify/model/model.json.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BinaryLogistic, MultiHead, type BinaryModelJson } from './logistic-model.js';
import { CATEGORIES, type Category } from './classify-types.js';

export interface ModelJson {
  model_version: string;
  trained_at: string;
  /** Platt scaling of the partisan head, fitted on the dev split. */
  calibration: { a: number; b: number };
  partisan: BinaryModelJson;
  /** P(oppose) among partisan items. */
  stance: BinaryModelJson;
  /** One-vs-rest heads, one per violation category. */
  category: Partial<Record<Category, BinaryModelJson>>;
  metrics?: Record<string, unknown>;
}

export interface Model {
  version: string;
  calibration: { a: number; b: number };
  partisan: BinaryLogistic;
  stance: BinaryLogistic;
  category: MultiHead<Category>;
}

export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../model/model.json', import.meta.url));

export function modelFromJson(json: ModelJson): Model {
  const category = new Map<Category, BinaryLogistic>();
  for (const c of CATEGORIES) {
    const head = json.category[c];
    if (head) category.set(c, new BinaryLogistic(head));
  }
  const partisan = new BinaryLogistic(json.partisan);
  const stance = new BinaryLogistic(json.stance);
  const heads = new MultiHead(category);
  partisan.linkHeads(stance, heads);
  return { version: json.model_version, calibration: json.calibration, partisan, stance, category: heads };
}

/** Loads the committed model (or the one at `path`). */
export function loadModel(path: string = DEFAULT_MODEL_PATH): Model {
  return modelFromJson(JSON.parse(readFileSync(path, 'utf8')) as ModelJson);
}
