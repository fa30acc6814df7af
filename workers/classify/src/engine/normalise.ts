// Indonesian social-media normalisation: case, Unicode NFKC, number and finger emoji,
// hashtags, leetspeak, repeated letters, slang to formal, number words to digits.
// The output is a token list; negations and number words are always kept.
import { SLANG, VOCABULARY } from './lexicon.js';
import { COLOUR_EMOJI, FINGER_EMOJI, NUMBER_WORDS } from './number-words.js';
import { segmentHashtag } from './hashtag-segment.js';
import { flushInterned, infoOf, internalise, onInternClear, type TokenInfo } from './token-info.js';

// One pass over the text: URLs (skipped), keycap numbers, finger emoji, hashtags, mentions,
// numbers with thousands separators, words (letters and digits mixed, for leetspeak).
const TOKEN_PATTERN =
  /https?:\/\/\S+|www\.\S+|(\d)\uFE0F?\u20E3|([\u261D\u270C\u{1F446}\u{1F91F}\u{1F44C}\u{1F49B}\u{1F7E1}\u{1F499}\u{1F535}\u{1F49A}\u{1F7E2}\u{1F49C}\u{1F7E3}\u{1F9E1}\u{1F7E0}\u{1F534}\u{1F90D}\u26AA\u{1F5A4}\u26AB])|#([\p{L}\p{N}_]+)|@([\p{L}\p{N}_.]+)|(\d+(?:[.,]\d{3})+|[\p{L}\p{N}]+)/gu;


const NON_ASCII = /[^\x00-\x7F]/;
const NFKC_CANDIDATE = /[\u00A0-\u036F\u1D00-\u1DBF\u2000-\u24FF\u2C00-\u2DFF\u3000-\u33FF\uF900-\uFDFF\uFE10-\uFFEF]|\uD835/;
const HAS_DIGIT = /\d/;
const HAS_LETTER = /\p{L}/u;
const ALL_DIGITS = /^\d+$/;
const TRIPLE_LETTER = /(\p{L})\1\1/u;
const TRIPLE_RUN = /(\p{L})\1{2,}/gu;
// Tokens like "no2", "nomor02", "paslon3": a ballot word glued to its number.
const GLUED_BALLOT = /^(no|nomor|nomer|nmr|paslon|urut)(\d{1,2})$/;
const REDUPLICATED = /^(\p{L}{3,})2(|an|nya|kan|lah|pun|in)$/u;
const LETTERS_THEN_DIGITS = /^(\p{L}+)(\d+)$/u;
const DIGITS_THEN_LETTERS = /^(\d+)(\p{L}+)$/u;
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '6': 'g', '7': 't', '8': 'b', '9': 'g' };

/** Words with triple letters that are real (acronyms), so the repeat squeeze leaves them. */
const KEEP_REPEATS = new Set(['ppp', 'www', 'kkk']);

/**
 * With `infos`, each token's TokenInfo is pushed there too, in step with the tokens (the
 * classifier's tables memoise their answers on it). Only this module pushes tokens, through
 * emit() and pushWord(), so the two arrays cannot drift apart.
 */
export function normalise(text: string, infos?: TokenInfo[]): string[] {
  const tokens: string[] = [];
  flushInterned();
  infoOut = infos;
  try {
    normaliseInto(text, tokens);
  } finally {
    infoOut = undefined;
  }
  return tokens;
}

let infoOut: TokenInfo[] | undefined;

function emit(tokens: string[], token: string): void {
  tokens.push(token);
  if (infoOut !== undefined) infoOut.push(infoOf(token));
}

function normaliseInto(text: string, tokens: string[]): void {
  if (!text) return;
  const nonAscii = NON_ASCII.test(text);
  // NFKC only when a character it would change can be there (full-width and "fancy font"
  // letters, ligatures, superscripts); emoji and their variation selectors pass as they are.
  let source = nonAscii && NFKC_CANDIDATE.test(text) ? text.normalize('NFKC') : text;
  // "Ma'ruf" is one word; an apostrophe inside a word must not split it.
  if (source.includes("'") || source.includes('\u2019')) source = source.replace(/(\p{L})['\u2019](\p{L})/gu, '$1$2');
  // Lower-case once; hashtags read their camel case from the original at the same offset.
  const lowered = source.toLowerCase();
  if (lowered.length !== source.length) {
    scanWithRegex(source, tokens);
    return;
  }
  scan(source, lowered, tokens);
}

// A hand-written scanner (char codes, no regex per token): the hot path of the classifier.
function scan(source: string, lowered: string, tokens: string[]): void {
  const n = lowered.length;
  let i = 0;
  while (i < n) {
    const c = lowered.charCodeAt(i);
    if (isDigit(c) && (lowered.charCodeAt(i + 1) === 0x20e3 || (lowered.charCodeAt(i + 1) === 0xfe0f && lowered.charCodeAt(i + 2) === 0x20e3))) {
      // keycap "2️⃣": a ballot number, unless the keycaps number a list (decided by the matcher)
      emit(tokens, 'keycap_' + lowered[i]);
      i += lowered.charCodeAt(i + 1) === 0x20e3 ? 2 : 3;
      continue;
    }
    if ((c >= 0x61 && c <= 0x7a) || isWordChar(lowered, i, c)) {
      if (c === 0x68 /* h */ || c === 0x77 /* w */) {
        const url = urlEnd(lowered, i);
        if (url > i) {
          i = url;
          continue;
        }
      }
      // The word's hash for the front table (see pushWordAt) is taken in the same pass that
      // finds its end; ASCII letters and digits are told apart here without a call.
      let h = c;
      let j = i + 1;
      while (j < n) {
        const d = lowered.charCodeAt(j);
        if (!((d >= 0x61 && d <= 0x7a) || (d >= 0x30 && d <= 0x39) || (d >= 0x80 && isWordChar(lowered, j, d)))) break;
        h = (Math.imul(h, 31) + d) | 0;
        j++;
      }
      // "1.000", "2,500": thousands separators keep a number whole
      if (isDigit(c)) {
        while (isThousands(lowered, j)) {
          for (let k = j; k < j + 4; k++) h = (Math.imul(h, 31) + lowered.charCodeAt(k)) | 0;
          j += 4;
        }
      }
      pushWordAt(lowered, i, j, h, tokens);
      i = j;
      continue;
    }
    if (c === 0x23 /* # */ || c === 0x40 /* @ */) {
      let j = i + 1;
      while (j < n) {
        const d = lowered.charCodeAt(j);
        if (d === 0x5f /* _ */ || (c === 0x40 && d === 0x2e) /* . in handles */ || isWordChar(lowered, j, d)) j++;
        else break;
      }
      if (j > i + 1) {
        if (c === 0x23) pushHashtag(source.slice(i + 1, j), tokens);
        else emit(tokens, '@' + lowered.slice(i + 1, j).replace(/\.+$/, ''));
      }
      i = j;
      continue;
    }
    if (c >= 0x2600) {
      const symbol = symbolAt(lowered, i);
      if (symbol) emit(tokens, symbol);
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      continue;
    }
    i++;
  }
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(s: string, i: number, c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || isDigit(c);
  if (c >= 0xd800 && c <= 0xdfff) return false; // astral: emoji, not words
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, dingbats
  if (c >= 0xfe00 && c <= 0xfe0f) return false; // emoji variation selectors
  return LETTER_OR_NUMBER.test(s[i]!);
}

function isThousands(s: string, j: number): boolean {
  const sep = s.charCodeAt(j);
  return (sep === 0x2e || sep === 0x2c) && isDigit(s.charCodeAt(j + 1)) && isDigit(s.charCodeAt(j + 2)) && isDigit(s.charCodeAt(j + 3)) && !isDigit(s.charCodeAt(j + 4));
}

function urlEnd(s: string, i: number): number {
  if (!(s.startsWith('http://', i) || s.startsWith('https://', i) || s.startsWith('www.', i))) return i;
  let j = i;
  while (j < s.length && s.charCodeAt(j) > 0x20) j++;
  return j;
}

/** Gesture and colour emoji by code point: one table, derived from FINGER_EMOJI and COLOUR_EMOJI. */
const SYMBOL_BY_CODE_POINT: ReadonlyMap<number, string> = new Map(
  [...FINGER_EMOJI, ...COLOUR_EMOJI].map(([emoji, token]) => [emoji.codePointAt(0)!, token]),
);

/** The token of the gesture or colour emoji at i (jari_N or a colour word), if it is one. */
function symbolAt(s: string, i: number): string | undefined {
  return SYMBOL_BY_CODE_POINT.get(s.codePointAt(i)!);
}

// Fallback for the rare text whose lower-casing changes its length (offsets no longer line up).
function scanWithRegex(source: string, tokens: string[]): void {
  TOKEN_PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_PATTERN.exec(source)) !== null) {
    if (m[1]) emit(tokens, 'keycap_' + m[1]);
    else if (m[2]) emit(tokens, FINGER_EMOJI.get(m[2]) ?? COLOUR_EMOJI.get(m[2])!);
    else if (m[3] !== undefined) pushHashtag(m[3], tokens);
    else if (m[4] !== undefined) emit(tokens, '@' + m[4].toLowerCase().replace(/\.+$/, ''));
    else if (m[5] !== undefined) pushWord(m[5].toLowerCase(), tokens);
  }
}

function pushHashtag(body: string, tokens: string[]): void {
  const lower = body.toLowerCase();
  if (ALL_DIGITS.test(lower)) {
    // "#02" is a ballot number, not a topic
    emit(tokens, '#' + lower);
    emit(tokens, 'nomor');
    emit(tokens, lower);
    return;
  }
  emit(tokens, '#' + lower);
  for (const part of segmentHashtag(body)) pushWord(part, tokens);
}

// Words repeat heavily in posts (Zipf), so each distinct word is normalised once, and its
// tokens' infos are found once with it.
interface CachedWord {
  tokens: string[];
  infos: TokenInfo[];
}
const wordCache = new Map<string, CachedWord>();
const WORD_CACHE_LIMIT = 100_000;

export function pushWord(raw: string, tokens: string[]): void {
  pushCached(cachedWord(raw), tokens);
}

function cachedWord(raw: string): CachedWord {
  let cached = wordCache.get(raw);
  if (cached === undefined) {
    const words: string[] = [];
    normaliseWord(raw, words);
    // internalised once here, so that every table probe with these tokens compares pointers
    for (let k = 0; k < words.length; k++) words[k] = internalise(words[k]!);
    cached = { tokens: words, infos: words.map(infoOf) };
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(raw, cached);
  }
  return cached;
}

// In front of wordCache, a small direct-mapped table probed with a hash of the word's characters
// in the text: the frequent words are found without cutting them out of the text and hashing
// the copy (a Map probe with a fresh string was the scanner's largest cost). Small enough to stay
// in the CPU cache; a word that loses its slot is found in wordCache as before.
const FRONT_BITS = 12;
const FRONT_MASK = (1 << FRONT_BITS) - 1;
const frontKeys: string[] = new Array<string>(1 << FRONT_BITS).fill('');
const frontWords: (CachedWord | undefined)[] = new Array<CachedWord | undefined>(1 << FRONT_BITS).fill(undefined);

// The caches hand out infos: they clear with the intern table, so that a token read after the
// clear never meets its old info again.
onInternClear(() => {
  wordCache.clear();
  frontKeys.fill('');
  frontWords.fill(undefined);
});

/** `hash` folds the word's characters by h * 31 + c (taken by the scanner as it reads them). */
function pushWordAt(text: string, start: number, end: number, hash: number, tokens: string[]): void {
  const length = end - start;
  const h = (Math.imul(hash, 31) + length) | 0;
  const slot = (h ^ (h >>> FRONT_BITS)) & FRONT_MASK;
  const key = frontKeys[slot]!;
  let cached: CachedWord;
  if (key.length === length && frontWords[slot] !== undefined && sameChars(key, text, start)) cached = frontWords[slot]!;
  else {
    const raw = text.slice(start, end);
    cached = cachedWord(raw);
    frontKeys[slot] = raw;
    frontWords[slot] = cached;
  }
  pushCached(cached, tokens);
}

function sameChars(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

function pushCached(cached: CachedWord, tokens: string[]): void {
  const words = cached.tokens;
  if (words.length === 1) {
    tokens.push(words[0]!);
    if (infoOut !== undefined) infoOut.push(cached.infos[0]!);
  } else {
    for (const t of words) tokens.push(t);
    if (infoOut !== undefined) for (const info of cached.infos) infoOut.push(info);
  }
}

function normaliseWord(raw: string, tokens: string[]): void {
  let word = raw;
  if (HAS_DIGIT.test(word) && HAS_LETTER.test(word)) {
    const glued = GLUED_BALLOT.exec(word);
    if (glued) {
      tokens.push(glued[1]!, glued[2]!);
      return;
    }
    // Informal reduplication: "hati2" is "hati-hati", "jelas2" "jelas-jelas", "mudah2an"
    // "mudah-mudahan" (read like the hyphenated form: the word, then the word with its suffix).
    const redup = REDUPLICATED.exec(word);
    if (redup && !isKnown(word)) {
      normaliseWord(redup[1]!, tokens);
      normaliseWord(redup[1]! + redup[2]!, tokens);
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
  word = undoubleFinal(word);
  const formal = SLANG.get(word);
  if (formal) {
    for (const w of formal) tokens.push(NUMBER_WORDS.get(w) ?? w);
    return;
  }
  tokens.push(NUMBER_WORDS.get(word) ?? word);
}

const VOWEL = /[aeiou]/;

/**
 * A final letter doubled for emphasis ("duaa", "layakk", "bohongg", "nomerr") reads as the plain
 * word when the doubled form is no word of its own and the plain one is (a lexicon word or a
 * number word). The plain form needs 3+ letters with a vowel, so abbreviations stay as written
 * ("pkk", "pss", "tpss", "add"); real words with doubled letters are known and kept ("saat",
 * "maaf", "mall", "yaa"). Registry names are handled by the contest matcher (doubled variants).
 */
export function undoubleFinal(word: string): string {
  const n = word.length;
  if (n < 4 || word.charCodeAt(n - 1) !== word.charCodeAt(n - 2)) return word;
  const c = word.charCodeAt(n - 1);
  if (c < 0x61 || c > 0x7a) return word;
  if (isKnown(word) || NUMBER_WORDS.has(word)) return word;
  const plain = word.slice(0, -1);
  if (!VOWEL.test(plain)) return word;
  return isKnown(plain) || NUMBER_WORDS.has(plain) ? plain : word;
}

function squeeze(word: string): string {
  return word.replace(TRIPLE_RUN, '$1');
}

export function isKnown(word: string): boolean {
  return VOCABULARY.has(word) || SLANG.has(word);
}

/** Normalises a registry phrase (name, alias, slogan) the same way as posts, for matching. */
export function normalisePhrase(phrase: string): string[] {
  return normalise(phrase.replace(/[-–—/&+]/g, ' '));
}
