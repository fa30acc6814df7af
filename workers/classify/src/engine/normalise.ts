// Indonesian social-media normalisation: case, Unicode NFKC, number and finger emoji,
// hashtags, leetspeak, repeated letters, slang to formal, number words to digits.
// The output is a token list; negations and number words are always kept.
import { SLANG, VOCABULARY } from './lexicon.js';
import { FINGER_EMOJI, NUMBER_WORDS } from './number-words.js';
import { segmentHashtag } from './hashtag-segment.js';

// One pass over the text: URLs (skipped), keycap numbers, finger emoji, hashtags, mentions,
// numbers with thousands separators, words (letters and digits mixed, for leetspeak).
const TOKEN_PATTERN =
  /https?:\/\/\S+|www\.\S+|(\d)\uFE0F?\u20E3|([\u261D\u270C\u{1F446}\u{1F91F}\u{1F44C}])|#([\p{L}\p{N}_]+)|@([\p{L}\p{N}_.]+)|(\d+(?:[.,]\d{3})+|[\p{L}\p{N}]+)/gu;

// The same scan for plain-ASCII text without Unicode property classes, which are slower.
const ASCII_TOKEN_PATTERN = /https?:\/\/\S+|www\.\S+|()()#(\w+)|@([\w.]+)|(\d+(?:[.,]\d{3})+|[A-Za-z0-9]+)/g;

const NON_ASCII = /[^\x00-\x7F]/;
const NFKC_CANDIDATE = /[\u00A0-\u036F\u1D00-\u1DBF\u2000-\u24FF\u2C00-\u2DFF\u3000-\u33FF\uF900-\uFDFF\uFE10-\uFFEF]|\uD835/;
const HAS_DIGIT = /\d/;
const HAS_LETTER = /\p{L}/u;
const ALL_DIGITS = /^\d+$/;
const TRIPLE_LETTER = /(\p{L})\1\1/u;
const TRIPLE_RUN = /(\p{L})\1{2,}/gu;
// Tokens like "no2", "nomor02", "paslon3": a ballot word glued to its number.
const GLUED_BALLOT = /^(no|nomor|nomer|nmr|paslon|urut)(\d{1,2})$/;
const LETTERS_THEN_DIGITS = /^(\p{L}+)(\d+)$/u;
const DIGITS_THEN_LETTERS = /^(\d+)(\p{L}+)$/u;
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '6': 'g', '7': 't', '8': 'b', '9': 'g' };

/** Words with triple letters that are real (acronyms), so the repeat squeeze leaves them. */
const KEEP_REPEATS = new Set(['ppp', 'www', 'kkk']);

export function normalise(text: string): string[] {
  const tokens: string[] = [];
  if (!text) return tokens;
  const nonAscii = NON_ASCII.test(text);
  // NFKC only when a character it would change can be there (full-width and "fancy font"
  // letters, ligatures, superscripts); emoji and their variation selectors pass as they are.
  let source = nonAscii && NFKC_CANDIDATE.test(text) ? text.normalize('NFKC') : text;
  // "Ma'ruf" is one word; an apostrophe inside a word must not split it.
  if (source.includes("'") || source.includes('\u2019')) source = source.replace(/(\p{L})['\u2019](\p{L})/gu, '$1$2');
  const pattern = !nonAscii ? ASCII_TOKEN_PATTERN : TOKEN_PATTERN;
  // Lower-case once; hashtags read their camel case from the original at the same offset.
  const lowered = source.toLowerCase();
  const sameOffsets = lowered.length === source.length;
  const scanned = sameOffsets ? lowered : source;
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(scanned)) !== null) {
    if (m[1]) {
      // keycap "2️⃣": a ballot number, unless the keycaps number a list (decided by the matcher)
      tokens.push('keycap_' + m[1]);
    } else if (m[2]) {
      tokens.push(FINGER_EMOJI.get(m[2])!);
    } else if (m[3] !== undefined) {
      pushHashtag(sameOffsets ? source.slice(m.index + 1, m.index + 1 + m[3].length) : m[3], tokens);
    } else if (m[4] !== undefined) {
      tokens.push('@' + (sameOffsets ? m[4] : m[4].toLowerCase()).replace(/\.+$/, ''));
    } else if (m[5] !== undefined) {
      pushWord(sameOffsets ? m[5] : m[5].toLowerCase(), tokens);
    }
  }
  return tokens;
}

function pushHashtag(body: string, tokens: string[]): void {
  const lower = body.toLowerCase();
  if (ALL_DIGITS.test(lower)) {
    // "#02" is a ballot number, not a topic
    tokens.push('#' + lower, 'nomor', lower);
    return;
  }
  tokens.push('#' + lower);
  for (const part of segmentHashtag(body)) pushWord(part, tokens);
}

// Words repeat heavily in posts (Zipf), so each distinct word is normalised once.
const wordCache = new Map<string, string[]>();
const WORD_CACHE_LIMIT = 100_000;

export function pushWord(raw: string, tokens: string[]): void {
  let cached = wordCache.get(raw);
  if (cached === undefined) {
    cached = [];
    normaliseWord(raw, cached);
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(raw, cached);
  }
  if (cached.length === 1) tokens.push(cached[0]!);
  else for (const t of cached) tokens.push(t);
}

function normaliseWord(raw: string, tokens: string[]): void {
  let word = raw;
  if (HAS_DIGIT.test(word) && HAS_LETTER.test(word)) {
    const glued = GLUED_BALLOT.exec(word);
    if (glued) {
      tokens.push(glued[1]!, glued[2]!);
      return;
    }
    const leet = word.replace(/\d/g, (d) => LEET[d] ?? d);
    const split = LETTERS_THEN_DIGITS.exec(word) ?? DIGITS_THEN_LETTERS.exec(word);
    if (split && !isKnown(squeeze(leet))) {
      // "27nov", "2periode", "hati2": two tokens, the number kept as a number
      normaliseWord(split[1]!, tokens);
      normaliseWord(split[2]!, tokens);
      return;
    }
    word = leet;
  }
  if (TRIPLE_LETTER.test(word) && !KEEP_REPEATS.has(word)) word = squeeze(word);
  const formal = SLANG.get(word);
  if (formal) {
    for (const w of formal) tokens.push(NUMBER_WORDS.get(w) ?? w);
    return;
  }
  tokens.push(NUMBER_WORDS.get(word) ?? word);
}

function squeeze(word: string): string {
  return word.replace(TRIPLE_RUN, '$1');
}

function isKnown(word: string): boolean {
  return VOCABULARY.has(word) || SLANG.has(word);
}

/** Normalises a registry phrase (name, alias, slogan) the same way as posts, for matching. */
export function normalisePhrase(phrase: string): string[] {
  return normalise(phrase.replace(/[-–—/&+]/g, ' '));
}
