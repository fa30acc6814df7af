// Scores a classifier on a labelled set: one tally shared by cv.ts (held-out folds) and
// eval/evaluate-handwritten.ts (a blind set's run). A pair counts as right when the label names
// none; categories are scored only where the label gives one (older sets carry none).
import type { Classifier } from '../src/engine/classifier.js';
import type { Item, Judgement } from '../src/engine/classify-types.js';
import type { Label } from './corpus-io.js';

export interface Tally { tp: number; fp: number; fn: number; tn: number; cand: number; stance: number; cat: number; catN: number; gated: number }

export const emptyTally = (): Tally => ({ tp: 0, fp: 0, fn: 0, tn: 0, cand: 0, stance: 0, cat: 0, catN: 0, gated: 0 });

export function addTally(a: Tally, b: Tally): void {
  for (const k of Object.keys(a) as (keyof Tally)[]) a[k] += b[k];
}

/** A mistake, in the order found: for a true positive its pair, then stance, then category; else FP or FN. */
export interface Miss {
  kind: 'pair' | 'stance' | 'categ' | 'FP' | 'FN';
  item: Item;
  judgement: Judgement;
  gold: Label;
}

/** Judges every labelled item (items without a label are skipped) and reports each mistake to onMiss. */
export function scoreSet(classifier: Classifier, items: readonly Item[], labels: ReadonlyMap<string, Label>, onMiss?: (miss: Miss) => void): Tally {
  const t = emptyTally();
  const miss = (kind: Miss['kind'], item: Item, judgement: Judgement, gold: Label) => onMiss?.({ kind, item, judgement, gold });
  for (const item of items) {
    const gold = labels.get(item.id);
    if (!gold) continue;
    const j = classifier.classify(item);
    if (j.flagged && gold.partisan) {
      t.tp++;
      if (gold.candidate === null || j.candidate === gold.candidate) t.cand++;
      else miss('pair', item, j, gold);
      if (j.stance === gold.stance) t.stance++;
      else miss('stance', item, j, gold);
      if (gold.category) {
        t.catN++;
        if (j.category === gold.category) t.cat++;
        else miss('categ', item, j, gold);
      }
    } else if (j.flagged) {
      t.fp++;
      miss('FP', item, j, gold);
    } else if (gold.partisan) {
      t.fn++;
      miss('FN', item, j, gold);
    } else {
      t.tn++;
      // the evidence gate shows a held-back score as 49 %
      if (j.score === 0.49) t.gated++;
    }
  }
  return t;
}
