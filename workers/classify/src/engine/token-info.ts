// One object per distinct token, found once when the token is produced (through the
// normaliser's word cache), on which each large table the token is looked up in remembers its
// answer: the cue trie, each contest's trie, each model table. A token seen before then costs
// an array read per table instead of a hash-table probe per table: the classifier's hot path
// is dominated by such probes (several per token per contest and model head).

export interface TokenInfo {
  /** Child of the cue trie's root (undefined: not asked yet; null: none). */
  cue: unknown;
  /** Pairs of (table serial, answer) for contest tries and model tables: few per token. */
  memo: unknown[];
}

const interned = new Map<string, TokenInfo>();
// Bounded: memory stays flat however many distinct tokens a stream brings. Infos already
// handed out stay valid (they only cache answers); a cleared token gets a fresh info.
const INTERN_LIMIT = 200_000;

export function infoOf(token: string): TokenInfo {
  let info = interned.get(token);
  if (info === undefined) {
    if (interned.size >= INTERN_LIMIT) interned.clear();
    info = { cue: undefined, memo: [] };
    interned.set(token, info);
  }
  return info;
}

let nextSerial = 1;
/** A serial for a table whose answers are memoised on tokens (tables never change once built). */
export function newTableSerial(): number {
  return nextSerial++;
}

// A token is looked up in a handful of tables (the cue trie, the contests of its region, two
// model tables); training reads hundreds of contests, so the list is capped and then restarted.
const MEMO_LIMIT = 32;

/** The table's answer for this token, asking `lookup` only the first time. */
export function memoised<K, V>(info: TokenInfo, serial: number, table: { get(key: K): V | undefined }, key: K): V | undefined {
  const memo = info.memo;
  for (let k = 0; k < memo.length; k += 2) if (memo[k] === serial) return (memo[k + 1] ?? undefined) as V | undefined;
  const value = table.get(key);
  if (memo.length >= MEMO_LIMIT) memo.length = 0;
  memo.push(serial, value ?? null);
  return value;
}
