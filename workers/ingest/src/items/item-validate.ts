import { ITEM_KINDS, PLATFORMS, type FieldProblem, type IncomingItem } from '@netra/shared';

// Checks one incoming item on its own, so a batch can keep its good items and report each bad one
// with its index and the JSON-pointer path of every problem (`/3/postedAt`).

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// ISO 8601 date-time with an explicit offset (Z or ±hh:mm): a post's time zone must never be guessed.
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
const SHA256 = /^[0-9a-fA-F]{64}$/;

export const MAX_TEXT_LENGTH = 100_000;
export const MAX_ID_LENGTH = 200;
export const MAX_MEDIA = 50;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

const ITEM_FIELDS = new Set(['platform', 'platformItemId', 'kind', 'accountId', 'authorHandle', 'authorPlatformId', 'url', 'postedAt', 'text', 'target', 'media', 'raw']);
const TARGET_FIELDS = new Set(['authorHandle', 'text', 'url', 'platformItemId']);
const MEDIA_FIELDS = new Set(['type', 'url', 'sha256', 'alt']);

/** Every problem of one item; an empty list means it is a valid IncomingItem. */
export function validateIncomingItem(obj: unknown, index: number): FieldProblem[] {
  const at = (field: string) => `/${index}${field ? `/${field}` : ''}`;
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ path: at(field), message });
  if (!isObject(obj)) {
    add('', 'must be an object');
    return problems;
  }
  for (const key of Object.keys(obj)) if (!ITEM_FIELDS.has(key)) add(key, 'is not an allowed field');

  const str = (field: string, opts: { required?: boolean; max?: number; min?: number } = {}): string | undefined => {
    const v = obj[field];
    if (v === undefined || v === null) {
      if (opts.required) add(field, 'is required');
      return undefined;
    }
    if (typeof v !== 'string') {
      add(field, 'must be a string');
      return undefined;
    }
    if ((opts.min ?? 0) > 0 && v.trim().length < (opts.min ?? 0)) add(field, 'must not be blank');
    if (opts.max !== undefined && v.length > opts.max) add(field, `must be at most ${opts.max} characters`);
    return v;
  };

  const platform = str('platform', { required: true });
  if (platform !== undefined && !(PLATFORMS as readonly string[]).includes(platform)) add('platform', `must be one of ${PLATFORMS.join(', ')}`);
  str('platformItemId', { required: true, min: 1, max: MAX_ID_LENGTH });
  const kind = str('kind', { required: true });
  if (kind !== undefined && !(ITEM_KINDS as readonly string[]).includes(kind)) add('kind', `must be one of ${ITEM_KINDS.join(', ')}`);

  const accountId = str('accountId');
  if (accountId !== undefined && !UUID.test(accountId)) add('accountId', 'must be a UUID');
  str('authorHandle', { min: 1, max: MAX_ID_LENGTH });
  str('authorPlatformId', { min: 1, max: MAX_ID_LENGTH });
  if (obj.accountId == null && obj.authorHandle == null && obj.authorPlatformId == null) {
    add('authorHandle', 'the account is required: give accountId, authorHandle or authorPlatformId');
  }

  const url = str('url', { max: 2000 });
  if (url !== undefined && !isUrl(url)) add('url', 'must be an http(s) URL');

  const postedAt = str('postedAt', { required: true });
  if (postedAt !== undefined && (!ISO_WITH_OFFSET.test(postedAt) || Number.isNaN(Date.parse(postedAt)))) {
    add('postedAt', 'must be an ISO 8601 date-time with an offset, e.g. 2024-10-01T09:00:00+07:00');
  }

  const text = obj.text;
  if (text === undefined || text === null) add('text', "is required ('' for a like)");
  else if (typeof text !== 'string') add('text', 'must be a string');
  else if (text.length > MAX_TEXT_LENGTH) add('text', `must be at most ${MAX_TEXT_LENGTH} characters`);

  const target = obj.target;
  if (target !== undefined && target !== null) {
    if (!isObject(target)) add('target', 'must be an object or null');
    else {
      for (const key of Object.keys(target)) if (!TARGET_FIELDS.has(key)) add(`target/${key}`, 'is not an allowed field');
      if (typeof target.authorHandle !== 'string') add('target/authorHandle', target.authorHandle === undefined ? 'is required' : 'must be a string');
      else if (target.authorHandle.length > MAX_ID_LENGTH) add('target/authorHandle', `must be at most ${MAX_ID_LENGTH} characters`);
      if (typeof target.text !== 'string') add('target/text', target.text === undefined ? 'is required' : 'must be a string');
      else if (target.text.length > MAX_TEXT_LENGTH) add('target/text', `must be at most ${MAX_TEXT_LENGTH} characters`);
      if (target.url !== undefined && (typeof target.url !== 'string' || !isUrl(target.url))) add('target/url', 'must be an http(s) URL');
      if (target.platformItemId !== undefined && typeof target.platformItemId !== 'string') add('target/platformItemId', 'must be a string');
    }
  }

  const media = obj.media;
  if (media !== undefined && media !== null) {
    if (!Array.isArray(media)) add('media', 'must be an array');
    else {
      if (media.length > MAX_MEDIA) add('media', `must have at most ${MAX_MEDIA} entries`);
      media.forEach((m: unknown, i) => {
        if (!isObject(m)) {
          add(`media/${i}`, 'must be an object');
          return;
        }
        for (const key of Object.keys(m)) if (!MEDIA_FIELDS.has(key)) add(`media/${i}/${key}`, 'is not an allowed field');
        if (typeof m.type !== 'string' || m.type.trim() === '') add(`media/${i}/type`, 'is required');
        if (m.url !== undefined && (typeof m.url !== 'string' || !isUrl(m.url))) add(`media/${i}/url`, 'must be an http(s) URL');
        if (m.sha256 !== undefined && (typeof m.sha256 !== 'string' || !SHA256.test(m.sha256))) add(`media/${i}/sha256`, 'must be 64 hex digits');
        if (m.alt !== undefined && typeof m.alt !== 'string') add(`media/${i}/alt`, 'must be a string');
      });
    }
  }
  return problems;
}

/** Narrowing helper for callers that already checked. */
export function isValidIncomingItem(obj: unknown, index = 0): obj is IncomingItem {
  return validateIncomingItem(obj, index).length === 0;
}
