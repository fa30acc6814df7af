// Loads a labelled split: <dir>/<split>.contests.json, .items.jsonl, .labels.jsonl
// (or, for split "examples", the worked examples' contests.json, items.jsonl, labels.jsonl).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Category, Contest, Item, Stance } from '../src/engine/classify-types.js';

export interface Label {
  id: string;
  partisan: boolean;
  candidate: number | null;
  stance: Stance | null;
  category?: Category | null;
}

export interface Split {
  name: string;
  contests: Contest[];
  items: Item[];
  labels: Map<string, Label>;
}

export const CORPUS_DIR = fileURLToPath(new URL('../corpus/', import.meta.url));
export const EXAMPLES_DIR = '/work/shared/examples';
/** Hand-written hard cases about an invented contest the corpus never mentions (for looking, not for training). */
export const PROBE_DIR = fileURLToPath(new URL('../test/engine/probe/', import.meta.url));

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

export function loadSplit(split: string, dir = CORPUS_DIR): Split {
  const bare = split === 'examples' || split === 'probe';
  const base = split === 'examples' ? EXAMPLES_DIR : split === 'probe' ? PROBE_DIR : dir;
  const prefix = bare ? '' : split + '.';
  const file = (name: string) => join(base, prefix + name);
  if (!existsSync(file('items.jsonl'))) throw new Error(`no split "${split}" in ${base}`);
  const contests = JSON.parse(readFileSync(file('contests.json'), 'utf8')) as Contest[];
  const items = readJsonl<Item>(file('items.jsonl'));
  const labels = new Map(readJsonl<Label>(file('labels.jsonl')).map((l) => [l.id, l]));
  return { name: split, contests, items, labels };
}

/**
 * A labelled directory with bare file names (contests.json, items.jsonl, labels.jsonl), such as
 * what `netra labels export` writes from reviewers' decisions.
 */
export function loadLabelledDir(dir: string, name = dir): Split {
  const file = (f: string) => join(dir, f);
  if (!existsSync(file('items.jsonl')) || !existsSync(file('labels.jsonl')) || !existsSync(file('contests.json'))) {
    throw new Error(`${dir} needs contests.json, items.jsonl and labels.jsonl`);
  }
  return {
    name,
    contests: JSON.parse(readFileSync(file('contests.json'), 'utf8')) as Contest[],
    items: readJsonl<Item>(file('items.jsonl')),
    labels: new Map(readJsonl<Label>(file('labels.jsonl')).map((l) => [l.id, l])),
  };
}
