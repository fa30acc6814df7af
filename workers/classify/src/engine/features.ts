// The model's features for a matched item. Everything here is contest-independent: names,
// numbers and hashtags were already replaced by placeholders, and hit and cue types are
// features by kind, never by value.
//
// One walker visits every feature as (namespace, a, b?). Training turns each visit into a
// string ("w:coblos", "b:coblos __BALLOT__"); scoring looks the parts up in nested maps,
// so the hot path builds no strings.
import type { ItemKind } from './classify-types.js';
import type { CueHit } from './cues.js';
import type { TextMatch } from './contest-matcher.js';
import { internalise } from './token-info.js';

export interface FeatureInput {
  kind: ItemKind;
  own: TextMatch;
  ownCues: CueHit[];
  target: TextMatch | undefined;
  targetCues: CueHit[];
  /** The pair whose official account wrote the target, if one did. */
  officialTarget: number | undefined;
  candidateCount: number;
  /** What kind of account wrote the target (news, election body, government, supporters). */
  targetSource: string | undefined;
  /** The misc features, computed once and shared by the model's heads. */
  misc?: string[];
}

/** The rule, cue and kind features of an item (cached on the input: every head reads them). */
export function miscFeatures(input: FeatureInput): string[] {
  if (input.misc) return input.misc;
  const misc: string[] = [];
  collecting = misc;
  walkMisc(input, collect);
  collecting = undefined;
  input.misc = misc;
  return misc;
}

// A module-level visitor rather than a closure per item.
let collecting: string[] | undefined;
function collect(_ns: Namespace, a: string): void {
  collecting!.push(a);
}

/** Namespaces: w/b own unigrams/bigrams, tw/tb the target's, x everything else. */
export type Namespace = 'w' | 'b' | 'tw' | 'tb' | 'x';
export type FeatureVisitor = (ns: Namespace, a: string, b?: string) => void;

const START = '^';

// Feature names are built from a prefix and a type; interning them avoids building the same
// string (and hashing it afresh in every weight lookup) for every item.
const interned = new Map<string, Map<string, string>>();
function key(prefix: string, name: string): string {
  let inner = interned.get(prefix);
  if (!inner) interned.set(prefix, (inner = new Map()));
  return keyIn(inner, prefix, name);
}

/** key() with the prefix's table already at hand (one lookup instead of two). */
function keyIn(inner: Map<string, string>, prefix: string, name: string): string {
  let k = inner.get(name);
  if (k === undefined) inner.set(name, (k = internalise(prefix + name)));
  return k;
}

export function walkFeatures(input: FeatureInput, visit: FeatureVisitor): void {
  walkTokens(input.own, 'w', 'b', visit);
  if (input.target) walkTokens(input.target, 'tw', 'tb', visit);
  walkMisc(input, visit);
}

/** Unigrams (present or absent: three names in a KPU listing are not three times the
 *  support) and bigrams with a start marker of one text's model tokens. */
export function walkTokens(match: TextMatch, uni: Namespace, bi: Namespace, visit: FeatureVisitor): void {
  for (const t of match.uniqueTokens) visit(uni, t);
  let prev = START;
  for (const t of match.modelTokens) {
    if (t === prev) continue; // "✌️✌️", "menang menang": repetition is emphasis, not new evidence
    visit(bi, prev, t);
    prev = t;
  }
}

/** Features the category heads read: own unigrams and everything but n-grams. */
export { key as featureKey };

export function isCategoryFeature(feature: string): boolean {
  return !(feature.startsWith('b:') || feature.startsWith('tb:') || feature.startsWith('tw:'));
}

export const START_TOKEN = START;

/** Everything but the token n-grams: kind, hit and cue types, pair counts, engagement. */
export function walkMisc(input: FeatureInput, visit: FeatureVisitor): void {
  visit('x', keyIn(KIND_KEYS, 'k:', input.kind));
  walkText(input.own, input.ownCues, '', input.candidateCount, visit);
  if (input.target) {
    visit('x', 'has_target');
    walkText(input.target, input.targetCues, 't', input.candidateCount, visit);
    if (input.targetSource !== undefined) visit('x', keyIn(SOURCE_KEYS, 'src:', input.targetSource));
  }
  if (input.own.modelTokens.length === 0) visit('x', 'own_empty');
  // The ASN's own words about a target that names a pair: "semoga menang pak" under a news
  // report on a candidate is support, "semoga damai" under the same report is not.
  if (input.target && namesAnyPair(input.target)) {
    for (const c of input.ownCues) {
      if (c.type === 'call_to_vote' || c.type === 'attack' || c.type === 'neutral_context') visit('x', keyIn(NAMED_CUE_KEYS, 'own&t:named:', c.type));
    }
  }
  if (input.officialTarget !== undefined) {
    visit('x', 'official');
    visit('x', keyIn(OFFICIAL_KEYS, 'official:', input.kind));
  }
}

// The prefixes' tables of walkMisc, found once (key() looks the prefix up on every call).
const KIND_KEYS = table('k:');
const SOURCE_KEYS = table('src:');
const NAMED_CUE_KEYS = table('own&t:named:');
const OFFICIAL_KEYS = table('official:');

/** The fixed feature names of one side (own or target), built once rather than per item. */
interface SideKeys {
  hit: string;
  cue: string;
  hitTable: Map<string, string>;
  cueTable: Map<string, string>;
  fingerAlone: string;
  neutral2: string;
  attack2: string;
  n2: string;
  n1: string;
  n0: string;
  nAll: string;
}

function table(prefix: string): Map<string, string> {
  let inner = interned.get(prefix);
  if (!inner) interned.set(prefix, (inner = new Map()));
  return inner;
}

function sideKeys(side: string): SideKeys {
  return {
    hit: side + 'h:',
    cue: side + 'c:',
    hitTable: table(side + 'h:'),
    cueTable: table(side + 'c:'),
    fingerAlone: key(side, 'finger_alone'),
    neutral2: key(side, 'c:neutral_context:2+'),
    attack2: key(side, 'c:attack:2+'),
    n2: key(side, 'n:2+'),
    n1: key(side, 'n:1'),
    n0: key(side, 'n:0'),
    nAll: key(side, 'n:all'),
  };
}

const SIDE_KEYS: Record<string, SideKeys> = { '': sideKeys(''), t: sideKeys('t') };

function walkText(match: TextMatch, cues: CueHit[], side: string, candidateCount: number, visit: FeatureVisitor): void {
  const keys = SIDE_KEYS[side] ?? sideKeys(side);
  let pairs = 0;
  let firstPair = -1;
  const seenTypes: string[] = [];
  for (const h of match.hits) {
    if (!seenTypes.includes(h.type)) {
      seenTypes.push(h.type);
      visit('x', keyIn(keys.hitTable, keys.hit, h.type));
    }
    if (h.candidate !== null && namesPair(h.type)) {
      if (pairs === 0) {
        pairs = 1;
        firstPair = h.candidate;
      } else if (h.candidate !== firstPair) pairs = countPairs(match);
    }
  }
  // A finger sign with nothing else pointing at a pair: a wedding photo or a pair's symbol?
  if (seenTypes.length === 1 && seenTypes[0] === 'finger') visit('x', keys.fingerAlone);
  const seenCues: string[] = [];
  let neutralCues = 0;
  let attackCues = 0;
  for (const c of cues) {
    if (c.type === 'neutral_context') neutralCues++;
    else if (c.type === 'attack') attackCues++;
    if (seenCues.includes(c.type)) continue;
    seenCues.push(c.type);
    visit('x', keyIn(keys.cueTable, keys.cue, c.type));
  }
  // Neutral information piles up cues (TPS, hati nurani, siapa pun): two or more say more than one.
  if (neutralCues >= 2) visit('x', keys.neutral2);
  if (attackCues >= 2) visit('x', keys.attack2);
  visit('x', pairs >= 2 ? keys.n2 : pairs === 1 ? keys.n1 : keys.n0);
  if (pairs >= 2 && pairs >= candidateCount) visit('x', keys.nAll);
}

function namesAnyPair(match: TextMatch): boolean {
  for (const h of match.hits) if (h.candidate !== null && namesPair(h.type)) return true;
  return false;
}

/** Hits that name a pair outright; symbols (fingers, colours, parties) only hint at one. */
function namesPair(type: string): boolean {
  return type !== 'lookalike' && type !== 'color' && type !== 'party' && type !== 'finger';
}

function countPairs(match: TextMatch): number {
  const pairs = new Set<number>();
  for (const h of match.hits) {
    if (h.candidate !== null && namesPair(h.type)) pairs.add(h.candidate);
  }
  return pairs.size;
}

/** The features as strings (for training and for explaining a weight). */
export function featureList(input: FeatureInput): string[] {
  const out: string[] = [];
  walkFeatures(input, (ns, a, b) => out.push(b === undefined ? (ns === 'x' ? a : ns + ':' + a) : ns + ':' + a + ' ' + b));
  return out;
}

/**
 * The view the stance head gets: when the ASN wrote words of their own, the stance is in
 * those words ("halah pencitraan" under a pair's cheerful post), so the target's n-grams are
 * left out; its hit and cue types stay. A bare like or share takes its stance from the target.
 */
export function stanceInput(input: FeatureInput): FeatureInput {
  if (!input.target || input.own.modelTokens.length === 0) return input;
  return { ...input, target: { modelTokens: [], uniqueTokens: [], hits: input.target.hits }, officialTarget: undefined, misc: undefined };
}
