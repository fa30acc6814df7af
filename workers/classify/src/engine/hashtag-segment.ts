// Splits a hashtag body into words: camel case first (#JakartaMenyala), then known-word
// segmentation for all-lowercase runs (#jakartamenyala), preferring the fewest pieces.
import { VOCABULARY } from './lexicon.js';

const CAMEL_PARTS = /[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+|[^\sA-Za-z\d]+/g;
const MAX_WORD = 20;
const cache = new Map<string, string[]>();
const CACHE_LIMIT = 20_000;

export function segmentHashtag(body: string, extraWords?: ReadonlySet<string>): string[] {
  const key = body;
  const hit = extraWords ? undefined : cache.get(key);
  if (hit) return hit;
  const parts: string[] = [];
  for (const piece of body.match(CAMEL_PARTS) ?? []) {
    const lower = piece.toLowerCase();
    if (/^\d+$/.test(lower) || lower.length <= 3) parts.push(lower);
    else parts.push(...segmentLowercase(lower, extraWords));
  }
  if (!extraWords) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, parts);
  }
  return parts;
}

function isWord(w: string, extraWords?: ReadonlySet<string>): boolean {
  return VOCABULARY.has(w) || (extraWords?.has(w) ?? false);
}

// Dynamic programme over positions: cost = pieces + 3 per unknown character, so known words
// win and unknown stretches stay whole rather than being chopped into letters.
function segmentLowercase(s: string, extraWords?: ReadonlySet<string>): string[] {
  if (isWord(s, extraWords)) return [s];
  const n = s.length;
  const cost = new Array<number>(n + 1).fill(Infinity);
  const back = new Array<number>(n + 1).fill(0);
  cost[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - MAX_WORD); start < end; start++) {
      const before = cost[start]!;
      if (before === Infinity) continue;
      const w = s.slice(start, end);
      const c = before + (w.length > 1 && isWord(w, extraWords) ? 1 : 1 + 3 * w.length);
      if (c < cost[end]!) {
        cost[end] = c;
        back[end] = start;
      }
    }
  }
  const pieces: string[] = [];
  for (let end = n; end > 0; end = back[end]!) pieces.push(s.slice(back[end]!, end));
  pieces.reverse();
  // Only a full cover by known words is trusted: "pramonorano" must not become "pra monorano".
  return pieces.every((p) => p.length > 1 && isWord(p, extraWords)) ? pieces : [s];
}
