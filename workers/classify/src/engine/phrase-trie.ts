// A token trie: phrases compiled once, then each text is scanned left to right taking the
// longest phrase at each position, with one Map lookup per token (no regex per item).

export interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[] | undefined;
  /** The phrase ending here, its tokens joined by spaces (the evidence a match shows). */
  phrase?: string;
}

export function newTrie<T>(): TrieNode<T> {
  return { next: new Map(), values: undefined };
}

export function addPhrase<T>(root: TrieNode<T>, tokens: readonly string[], value: T): void {
  if (tokens.length === 0) return;
  let node = root;
  for (const t of tokens) {
    let child = node.next.get(t);
    if (!child) {
      child = newTrie<T>();
      node.next.set(t, child);
    }
    node = child;
  }
  (node.values ??= []).push(value);
  node.phrase ??= tokens.join(' ');
}

/** The longest phrase's length in tokens at `start` (0 if none); its values are then in
 *  `lastValues`, and its text in `lastPhrase`, until the next call. No object per match: this
 *  runs for every token. */
export let lastValues: unknown[] | undefined;
export let lastPhrase = '';

export function longestLength<T>(root: TrieNode<T>, tokens: readonly string[], start: number): number {
  // The root holds no phrase of its own (phrases have at least one token).
  return longestLengthFrom(root.next.get(tokens[start]!), tokens, start);
}

/** longestLength when the root's child for tokens[start] is already known (memoised per token). */
export function longestLengthFrom<T>(first: TrieNode<T> | undefined, tokens: readonly string[], start: number): number {
  lastValues = undefined;
  if (first === undefined) return 0;
  let node = first;
  let best = 0;
  if (node.values) {
    best = 1;
    lastValues = node.values;
    lastPhrase = node.phrase!;
  }
  for (let i = start + 1; i < tokens.length; i++) {
    const child = node.next.get(tokens[i]!);
    if (!child) break;
    node = child;
    if (node.values) {
      best = i - start + 1;
      lastValues = node.values;
      lastPhrase = node.phrase!;
    }
  }
  return best;
}

/** The longest phrase starting at `start`: its length in tokens and values, or undefined. */
export function longestAt<T>(root: TrieNode<T>, tokens: readonly string[], start: number): { length: number; values: T[] } | undefined {
  let node = root;
  let best: { length: number; values: T[] } | undefined;
  for (let i = start; i < tokens.length; i++) {
    const child = node.next.get(tokens[i]!);
    if (!child) break;
    node = child;
    if (node.values) best = { length: i - start + 1, values: node.values };
  }
  return best;
}
