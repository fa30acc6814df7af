import type { ItemMedia } from '@netra/shared';
import { canonical, type NormalisedContent, type NormalisedTarget } from './content-hash.js';

/** What changed between two versions; `text` is always there, target and media only when they changed. */
export interface ItemDiff {
  text: { before: string; after: string };
  target?: { before: NormalisedTarget | null; after: NormalisedTarget | null };
  media?: { before: ItemMedia[]; after: ItemMedia[] };
}

function same(a: unknown, b: unknown): boolean {
  // jsonb reorders keys: compare canonically.
  return canonical(a) === canonical(b);
}

export function diffContent(before: NormalisedContent, after: NormalisedContent): ItemDiff {
  const diff: ItemDiff = { text: { before: before.text, after: after.text } };
  if (!same(before.target, after.target)) diff.target = { before: before.target, after: after.target };
  if (!same(before.media, after.media)) diff.media = { before: before.media, after: after.media };
  return diff;
}
