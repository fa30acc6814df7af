import { createHash } from 'node:crypto';
import type { ItemMedia, ItemTarget } from '@netra/shared';

// The content of an item version, normalised so that a re-ingest of the same post (other
// whitespace at the ends, CRLF line breaks, another Unicode composition, a handle with or without
// '@') hashes the same, while any real change to text, target or media does not.

export interface NormalisedTarget {
  authorHandle: string;
  text: string;
  url?: string;
  platformItemId?: string;
}

export interface NormalisedContent {
  text: string;
  target: NormalisedTarget | null;
  media: ItemMedia[];
}

export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

export function normaliseTarget(target: ItemTarget | null | undefined): NormalisedTarget | null {
  if (!target) return null;
  const out: NormalisedTarget = {
    authorHandle: target.authorHandle.trim().replace(/^@+/, ''),
    text: normaliseText(target.text),
  };
  if (target.url) out.url = target.url.trim();
  if (target.platformItemId) out.platformItemId = target.platformItemId.trim();
  return out;
}

export function normaliseMedia(media: ItemMedia[] | undefined): ItemMedia[] {
  return (media ?? []).map((m) => {
    const out: ItemMedia = { type: m.type.trim().toLowerCase() };
    if (m.url) out.url = m.url.trim();
    if (m.sha256) out.sha256 = m.sha256.trim().toLowerCase();
    if (m.alt) out.alt = normaliseText(m.alt);
    return out;
  });
}

export function normaliseContent(input: { text: string; target?: ItemTarget | null; media?: ItemMedia[] }): NormalisedContent {
  return { text: normaliseText(input.text), target: normaliseTarget(input.target), media: normaliseMedia(input.media) };
}

/** Canonical JSON (sorted keys) so the hash never depends on key order. */
export function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`).join(',')}}`;
}

/** SHA-256 (hex) over the normalised text, target and media. */
export function contentHash(content: NormalisedContent): string {
  return createHash('sha256').update(canonical({ text: content.text, target: content.target, media: content.media })).digest('hex');
}
