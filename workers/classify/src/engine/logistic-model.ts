// Sparse binary logistic regression over string features, in plain TypeScript.
// Trained with AdaGrad SGD and L2; stored as JSON (feature -> weight). For scoring, weights
// are also split by namespace into nested maps so the hot path looks up token pairs
// without building strings (see features.ts).
import { seededRandom } from '@netra/shared/seeded-random';
import { START_TOKEN, miscFeatures, type FeatureInput } from './features.js';
import type { TextMatch } from './contest-matcher.js';
import { internalise, memoised, newTableSerial } from './token-info.js';

export interface BinaryModelJson {
  bias: number;
  weights: Record<string, number>;
}

export class BinaryLogistic {
  bias: number;
  readonly weights: Map<string, number>;
  /** Own-text and target-text token entries (w/b and tw/tb features). */
  private tokens = { own: new Map<string, TokenEntry>(), target: new Map<string, TokenEntry>() };
  /** Serials of the two token tables, for the entries memoised on tokens (see token-info.ts). */
  private serials = { own: 0, target: 0 };
  /** The rule, cue and kind weights alone: a few hundred keys probed for every item, kept apart
   *  from the many n-gram keys so the table stays small and in cache. */
  private misc = new Map<string, number>();

  constructor(json?: BinaryModelJson) {
    this.bias = json?.bias ?? 0;
    this.weights = new Map(Object.entries(json?.weights ?? {}));
    this.index();
  }

  /** Splits the flat weights into the namespace maps used by `score`. */
  index(): void {
    this.tokens = { own: new Map(), target: new Map() };
    this.serials = { own: newTableSerial(), target: newTableSerial() };
    this.misc = new Map();
    const entry = (table: Map<string, TokenEntry>, token: string): TokenEntry => {
      let e = table.get(token);
      if (!e) table.set(token, (e = { unigram: 0, next: undefined }));
      return e;
    };
    for (const [key, w] of this.weights) {
      const colon = key.indexOf(':');
      const ns = key.slice(0, colon);
      // internalised, as the texts' tokens are (see internalise in token-info.ts)
      const rest = internalise(key.slice(colon + 1));
      if (ns === 'w' || ns === 'tw') entry(ns === 'w' ? this.tokens.own : this.tokens.target, rest).unigram = w;
      else if (ns === 'b' || ns === 'tb') {
        const space = rest.indexOf(' ');
        const e = entry(ns === 'b' ? this.tokens.own : this.tokens.target, internalise(rest.slice(0, space)));
        (e.next ??= new Map()).set(internalise(rest.slice(space + 1)), w);
      } else this.misc.set(key, w);
    }
  }

  /** Log-odds from a list of feature strings (training path). */
  logit(features: Iterable<string>): number {
    let z = this.bias;
    for (const f of features) z += this.weights.get(f) ?? 0;
    return z;
  }

  /** Log-odds straight from the item's features (scoring path, no strings built). */
  score(input: FeatureInput): number {
    // Same features as walkFeatures, with the token loops inlined: this is the hot path.
    // A linked head (see linkHeads) leaves the entries it found on each text for the others.
    let z = this.bias + tokenScore(input.own, this.tokens.own, this.linked, this.serials.own);
    if (input.target) z += tokenScore(input.target, this.tokens.target, this.linked, this.serials.target);
    for (const a of miscFeatures(input)) z += this.misc.get(a) ?? 0;
    return z;
  }

  /**
   * Log-odds of the stance view of the item (see stanceInput in features.ts) without building
   * it: when the ASN wrote words of their own, the target's n-grams are left out and so are the
   * two engagement features, which walkMisc visits last. Same sums in the same order.
   */
  scoreStance(input: FeatureInput): number {
    if (!input.target || input.own.modelTokens.length === 0) return this.score(input);
    let z = this.bias + tokenScore(input.own, this.tokens.own);
    const misc = miscFeatures(input);
    const end = input.officialTarget !== undefined ? misc.length - 2 : misc.length;
    for (let i = 0; i < end; i++) z += this.misc.get(misc[i]!) ?? 0;
    return z;
  }

  private linked = false;

  /**
   * Makes this (the partisan) head's token entries carry the stance head's entries and the
   * category heads' unigram rows for the same token, adding zero-weight entries where only the
   * others know a token (adding 0 changes no sum). Scoring then leaves the entries it found on
   * each text, and the stance and category heads of a flagged item read them there instead of
   * probing their own large tables again: one table lookup per token for all heads.
   */
  linkHeads(stance: BinaryLogistic, category: MultiHead<string>): void {
    const link = (own: Map<string, TokenEntry>, other: Map<string, TokenEntry>, set: (e: TokenEntry, token: string) => void) => {
      for (const token of other.keys()) {
        let e = own.get(token);
        if (!e) own.set(token, (e = { unigram: 0, next: undefined }));
        set(e, token);
      }
    };
    link(this.tokens.own, stance.tokens.own, (e, t) => (e.stance = stance.tokens.own.get(t)));
    link(this.tokens.target, stance.tokens.target, (e, t) => (e.stance = stance.tokens.target.get(t)));
    const rows = category.unigramRows();
    const asEntries = new Map<string, TokenEntry>();
    for (const t of rows.keys()) asEntries.set(t, { unigram: 0, next: undefined });
    link(this.tokens.own, asEntries, (e, t) => (e.cat = rows.get(t)));
    this.linked = true;
  }

  /** scoreStance, reading the token entries the linked partisan head left on the texts. */
  scoreStanceLinked(input: FeatureInput): number {
    const own = input.own;
    if (!input.target || own.modelTokens.length === 0) {
      let z = this.bias + linkedScore(own, this.tokens.own);
      if (input.target) z += linkedScore(input.target, this.tokens.target);
      for (const a of miscFeatures(input)) z += this.misc.get(a) ?? 0;
      return z;
    }
    let z = this.bias + linkedScore(own, this.tokens.own);
    const misc = miscFeatures(input);
    const end = input.officialTarget !== undefined ? misc.length - 2 : misc.length;
    for (let i = 0; i < end; i++) z += this.misc.get(misc[i]!) ?? 0;
    return z;
  }

  weight(feature: string): number {
    return this.weights.get(feature) ?? 0;
  }

  toJSON(minAbs = 1e-3): BinaryModelJson {
    const weights: Record<string, number> = {};
    const sorted = [...this.weights.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    for (const [f, w] of sorted) if (Math.abs(w) >= minAbs) weights[f] = Math.round(w * 1e4) / 1e4;
    return { bias: Math.round(this.bias * 1e4) / 1e4, weights };
  }
}

/** One entry per token: its unigram weight and the bigrams it starts (one lookup serves both). */
interface TokenEntry {
  unigram: number;
  next: Map<string, number> | undefined;
  /** Linked heads only: the stance head's entry and the category heads' unigram row. */
  stance?: TokenEntry | undefined;
  cat?: Float64Array | undefined;
}

// Bigram weights of the text being scored, summed after the unigrams in the original order.
let bigramScratch = new Float64Array(256);

// The bigrams that open a text, per token table (looked up once, not per text scored).
const startNexts = new WeakMap<Map<string, TokenEntry>, Map<string, number> | null>();
function startNext(entries: Map<string, TokenEntry>): Map<string, number> | undefined {
  let next = startNexts.get(entries);
  if (next === undefined) startNexts.set(entries, (next = entries.get(START_TOKEN)?.next ?? null));
  return next ?? undefined;
}

function tokenScore(match: TextMatch, entries: Map<string, TokenEntry>, stash = false, serial = 0): number {
  const tokens = match.modelTokens;
  // Entries memoised on the tokens' infos when the text has them and the table a serial.
  const infos = serial !== 0 ? match.modelInfos : undefined;
  const unique = match.uniqueTokens;
  const found: (TokenEntry | undefined)[] | undefined = stash ? (match.entries = new Array<TokenEntry | undefined>(tokens.length)) : undefined;
  if (bigramScratch.length < tokens.length) bigramScratch = new Float64Array(tokens.length * 2);
  const bigrams = bigramScratch;
  // One pass over the tokens: each token's entry gives its unigram weight (counted at its
  // first occurrence, in uniqueTokens' order) and the bigrams that follow it.
  let z = 0;
  let nb = 0;
  let u = 0;
  let prev = START_TOKEN;
  let prevNext = startNext(entries);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const first = u < unique.length && unique[u] === t;
    if (first) u++;
    if (t === prev) continue; // as in walkTokens
    const entry = infos !== undefined ? memoised(infos[k]!, serial, entries, t) : entries.get(t);
    if (found !== undefined) found[k] = entry;
    if (first && entry !== undefined) z += entry.unigram;
    bigrams[nb++] = prevNext !== undefined ? (prevNext.get(t) ?? 0) : 0;
    prevNext = entry?.next;
    prev = t;
  }
  for (let k = 0; k < nb; k++) z += bigrams[k]!;
  return z;
}

/** tokenScore for the stance head from the linked entries (same sums in the same order). */
function linkedScore(match: TextMatch, entries: Map<string, TokenEntry>): number {
  const found = match.entries as (TokenEntry | undefined)[] | undefined;
  if (found === undefined) return tokenScore(match, entries);
  const tokens = match.modelTokens;
  const unique = match.uniqueTokens;
  if (bigramScratch.length < tokens.length) bigramScratch = new Float64Array(tokens.length * 2);
  const bigrams = bigramScratch;
  let z = 0;
  let nb = 0;
  let u = 0;
  let prev = START_TOKEN;
  let prevNext = startNext(entries);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const first = u < unique.length && unique[u] === t;
    if (first) u++;
    if (t === prev) continue;
    const entry = found[k]?.stance;
    if (first && entry !== undefined) z += entry.unigram;
    bigrams[nb++] = prevNext !== undefined ? (prevNext.get(t) ?? 0) : 0;
    prevNext = entry?.next;
    prev = t;
  }
  for (let k = 0; k < nb; k++) z += bigrams[k]!;
  return z;
}

/**
 * The one-vs-rest category heads merged into one table, so one lookup per feature scores
 * all of them. They read own unigrams and the rule/cue features (see isCategoryFeature).
 */
export class MultiHead<L extends string> {
  readonly labels: L[];
  private readonly biases: Float64Array;
  private readonly unigram = new Map<string, Float64Array>();
  private readonly misc = new Map<string, Float64Array>();
  /** Scratch sums, reused by every call (scoring is synchronous). */
  private readonly z: Float64Array;

  constructor(heads: Map<L, BinaryLogistic>) {
    this.labels = [...heads.keys()];
    this.biases = Float64Array.from(this.labels.map((l) => heads.get(l)!.bias));
    this.z = new Float64Array(this.labels.length);
    this.labels.forEach((label, k) => {
      for (const [key, w] of heads.get(label)!.weights) {
        const unigram = key.startsWith('w:');
        const table = unigram ? this.unigram : this.misc;
        const name = unigram ? internalise(key.slice(2)) : key;
        let row = table.get(name);
        if (!row) table.set(name, (row = new Float64Array(this.labels.length)));
        row[k] = w;
      }
    });
  }

  /** The own-unigram rows, for linking them to the partisan head's entries. */
  unigramRows(): ReadonlyMap<string, Float64Array> {
    return this.unigram;
  }

  /** The label with the highest log-odds (undefined when there are no heads). */
  best(input: FeatureInput): L | undefined {
    if (this.labels.length === 0) return undefined;
    const z = this.z;
    z.set(this.biases);
    const found = input.own.entries as ({ cat?: Float64Array } | undefined)[] | undefined;
    if (found !== undefined) {
      // The rows the linked partisan head found, at each unique token's first occurrence.
      const tokens = input.own.modelTokens;
      const unique = input.own.uniqueTokens;
      let u = 0;
      for (let k = 0; k < tokens.length && u < unique.length; k++) {
        if (unique[u] !== tokens[k]) continue;
        u++;
        addRow(z, found[k]?.cat);
      }
    } else for (const t of input.own.uniqueTokens) addRow(z, this.unigram.get(t));
    for (const a of miscFeatures(input)) addRow(z, this.misc.get(a));
    let best = 0;
    for (let k = 1; k < z.length; k++) if (z[k]! > z[best]!) best = k;
    return this.labels[best];
  }
}

function addRow(z: Float64Array, row: Float64Array | undefined): void {
  if (row === undefined) return;
  for (let k = 0; k < z.length; k++) z[k]! += row[k]!;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export interface TrainOptions {
  epochs?: number;
  learningRate?: number;
  l2?: number;
  /** Weight of positive examples relative to negatives (class balance). */
  positiveWeight?: number;
  /** Probability of hiding each feature in each update: spreads weight over more cues, so an
   *  unseen post that lacks the usual phrasing is still read from what it does have. */
  dropout?: number;
  /** Extra L2 on word n-gram features (w:, b:, tw:, tb:) relative to the rule and cue
   *  features: phrasing varies between writers, the rule features carry over. */
  ngramL2Factor?: number;
  seed?: number;
}

const NGRAM = /^t?[wb]:/;

export function trainBinary(examples: readonly { features: readonly string[]; label: boolean }[], options: TrainOptions = {}): BinaryLogistic {
  const { epochs = 30, learningRate = 0.3, l2 = 1e-4, positiveWeight = 1, dropout = 0, ngramL2Factor = 1, seed = 7 } = options;
  const l2Of = new Map<string, number>();
  const model = new BinaryLogistic();
  const g2 = new Map<string, number>();
  let biasG2 = 0;
  const order = examples.map((_, i) => i);
  // Deterministic shuffle: the same data gives the same weights and model version.
  const random = seededRandom(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const idx of order) {
      const ex = examples[idx]!;
      const features = dropout > 0 ? ex.features.filter(() => random() >= dropout) : ex.features;
      const p = sigmoid(model.logit(features));
      const y = ex.label ? 1 : 0;
      const scale = ex.label ? positiveWeight : 1;
      const grad = (p - y) * scale;
      biasG2 += grad * grad;
      model.bias -= (learningRate / Math.sqrt(biasG2 + 1e-8)) * grad;
      for (const f of features) {
        const w = model.weights.get(f) ?? 0;
        let fl2 = l2Of.get(f);
        if (fl2 === undefined) l2Of.set(f, (fl2 = NGRAM.test(f) ? l2 * ngramL2Factor : l2));
        const g = grad + fl2 * w;
        const acc = (g2.get(f) ?? 0) + g * g;
        g2.set(f, acc);
        model.weights.set(f, w - (learningRate / Math.sqrt(acc + 1e-8)) * g);
      }
    }
  }
  model.index();
  return model;
}

/** Platt scaling: fits score = sigmoid(a * logit + b) to held-out labels. */
export function fitPlatt(logits: readonly number[], labels: readonly boolean[]): { a: number; b: number } {
  let a = 1;
  let b = 0;
  const n = logits.length;
  if (n === 0) return { a, b };
  for (let iter = 0; iter < 2000; iter++) {
    let ga = 0;
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const p = sigmoid(a * logits[i]! + b);
      const d = p - (labels[i] ? 1 : 0);
      ga += d * logits[i]!;
      gb += d;
    }
    a -= (0.5 * ga) / n + 1e-3 * (a - 1);
    b -= (0.5 * gb) / n;
  }
  return { a, b };
}
