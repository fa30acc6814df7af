// @netra/classify: the partisanship classifier as a pure library (no database, no Redis).
export type {
  Account,
  Candidate,
  Category,
  Contest,
  ContestLevel,
  Item,
  ItemKind,
  Judgement,
  Media,
  Signal,
  SignalType,
  Stance,
} from './engine/classify-types.js';
export { CATEGORIES } from './engine/classify-types.js';
export { createClassifier, type Classifier, type ClassifierOptions } from './engine/classifier.js';
export { loadModel, DEFAULT_MODEL_PATH, type Model } from './engine/model-store.js';
export { validateItem, validateContests, type ValidationError } from './engine/validate.js';
export { normalise } from './engine/normalise.js';
export { contestHash } from './engine/contest-matcher.js';
export { regionApplies, DEFAULT_MARGIN_DAYS } from './engine/applicability.js';
export { runClassifyCli, type ClassifyCliOptions, type ClassifyCliResult } from './classify-cli.js';
export { startClassifyWorker, RESCORE_SCHEDULER_ID, type ClassifyWorkerDeps } from './worker/classify-worker.js';
export { createClassifyService, type ClassifyService } from './worker/classify-service.js';
