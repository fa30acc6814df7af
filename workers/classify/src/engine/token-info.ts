// One object per distinct token, found once when the token is produced (through the
// normaliser's word cache), on which each large table the token is looked up in remembers its
// answer: the cue trie, each contest's trie, each model table. A token seen before then costs
// an array read per table instead of a hash-table probe per table: the classifier's hot path
// is dominated by such probes (several per token per contest and model head).

export interface TokenInfo {
  /** Child of the cue trie's root (undefined: not asked yet; null: none). */
  cue: unknown;
  /** Answers of the first tables made (serial < DIRECT_LIMIT), indexed by serial (null: none). */
  direct: unknown[];
  /** Pairs of (table serial, answer) for later tables (contests read after many others). */
  memo: unknown[];
  /** The text this token was last counted in by distinctTokens() (its mark; 0: never). */
  seen: number;
  /** What the cue finder makes of this token alone (see cues.ts; -1: not asked yet). */
  cueKind: number;
}

const interned = new Map<string, TokenInfo>();

// Strings cut from a text or built by concatenation are not V8's internalised strings, and a
// Map or Set probe compares such a key with the stored one character by character; two
// internalised strings are equal only when they are the same object, a pointer comparison.
// Storing a string as an object's property name internalises it, and Object.keys hands that
// copy back. Done once per distinct token, feature name and model key, never per item.
const internaliser: Record<string, 0> = Object.create(null) as Record<string, 0>;

/** The internalised copy of `s` (equal to it; see above). */
export function internalise(s: string): string {
  internaliser[s] = 0;
  const out = Object.keys(internaliser)[0]!;
  delete internaliser[s];
  return out;
}
// Bounded: memory stays flat however many distinct tokens a stream brings. Infos already
// handed out stay valid (they only cache answers); a cleared token gets a fresh info.
// The table is cleared between texts, never inside one (flushInterned, called by the
// normaliser before each text, with the caches that hold infos): within a text each token has
// exactly one info, so distinctTokens() can tell tokens apart by their info.
const INTERN_LIMIT = 200_000;
let clearPending = false;
const clearHooks: (() => void)[] = [];

export function infoOf(token: string): TokenInfo {
  let info = interned.get(token);
  if (info === undefined) {
    if (interned.size >= INTERN_LIMIT) clearPending = true;
    info = { cue: undefined, direct: [], memo: [], seen: 0, cueKind: -1 };
    interned.set(token, info);
  }
  return info;
}

/** Runs `hook` whenever the intern table is cleared (caches that hold infos clear with it). */
export function onInternClear(hook: () => void): void {
  clearHooks.push(hook);
}

/** Clears the intern table if it has outgrown its bound; called between texts only. */
export function flushInterned(): void {
  if (!clearPending) return;
  clearPending = false;
  interned.clear();
  for (const hook of clearHooks) hook();
}

let mark = 0;

/**
 * The tokens without repeats, in first-occurrence order, told apart by their infos (one per
 * token within a text): a mark per info instead of comparing each token with those kept.
 */
export function distinctTokens(tokens: readonly string[], infos: readonly TokenInfo[]): string[] {
  const m = ++mark;
  const out: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const info = infos[k]!;
    if (info.seen === m) continue;
    info.seen = m;
    out.push(tokens[k]!);
  }
  return out;
}

let nextSerial = 1;
/** A serial for a table whose answers are memoised on tokens (tables never change once built). */
export function newTableSerial(): number {
  return nextSerial++;
}

// A token is looked up in a handful of tables (the cue trie, the contests of its region, two
// model tables); training reads hundreds of contests, so the list is capped and then restarted.
const MEMO_LIMIT = 32;
/** Serials below this are memoised by index (an array of at most this many slots per token). */
const DIRECT_LIMIT = 32;

/** The table's answer for this token, asking `lookup` only the first time. */
export function memoised<K, V>(info: TokenInfo, serial: number, table: { get(key: K): V | undefined }, key: K): V | undefined {
  if (serial < DIRECT_LIMIT) {
    // One array read instead of a scan of the pairs: a process's model tables and first
    // contests get the low serials, and they are asked for every token.
    const direct = info.direct;
    const known = direct[serial];
    if (known !== undefined) return (known ?? undefined) as V | undefined;
    const value = table.get(key);
    direct[serial] = value ?? null;
    return value;
  }
  const memo = info.memo;
  for (let k = 0; k < memo.length; k += 2) if (memo[k] === serial) return (memo[k + 1] ?? undefined) as V | undefined;
  const value = table.get(key);
  if (memo.length >= MEMO_LIMIT) memo.length = 0;
  memo.push(serial, value ?? null);
  return value;
}
