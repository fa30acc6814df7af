// Turns a matched item into the model's features. Everything here is contest-independent:
// names, numbers and hashtags were already replaced by placeholders, and hit types and
// cue types are features by kind, never by value.
import type { ItemKind } from './classify-types.js';
import type { CueHit } from './cues.js';
import type { TextMatch } from './contest-matcher.js';

export interface FeatureInput {
  kind: ItemKind;
  own: TextMatch;
  ownCues: CueHit[];
  target: TextMatch | undefined;
  targetCues: CueHit[];
  /** The pair whose official account wrote the target, if one did. */
  officialTarget: number | undefined;
  candidateCount: number;
}

export function buildFeatures(input: FeatureInput): string[] {
  const out = new Set<string>();
  out.add('k:' + input.kind);
  addText(out, input.own, input.ownCues, '', input.candidateCount);
  if (input.target) {
    out.add('has_target');
    addText(out, input.target, input.targetCues, 't', input.candidateCount);
  }
  if (input.own.modelTokens.length === 0) out.add('own_empty');
  if (input.officialTarget !== undefined) {
    out.add('official');
    out.add('official:' + input.kind);
  }
  return [...out];
}

function addText(out: Set<string>, match: TextMatch, cues: CueHit[], side: string, candidateCount: number): void {
  const tokens = match.modelTokens;
  let prev = '^';
  for (const t of tokens) {
    out.add(side + 'w:' + t);
    out.add(side + 'b:' + prev + '_' + t);
    prev = t;
  }
  if (tokens.length > 0) out.add(side + 'b:' + prev + '_$');
  const pairs = new Set<number>();
  for (const h of match.hits) {
    out.add(side + 'h:' + h.type);
    if (h.candidate !== null && h.type !== 'lookalike' && h.type !== 'color' && h.type !== 'party') pairs.add(h.candidate);
  }
  for (const c of cues) out.add(side + 'c:' + c.type);
  out.add(side + 'n:' + (pairs.size >= 2 ? '2+' : String(pairs.size)));
  if (pairs.size >= 2 && pairs.size >= candidateCount) out.add(side + 'n:all');
}
