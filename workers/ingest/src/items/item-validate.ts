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
// PostgreSQL text cannot hold U+0000: an item carrying one would fail its whole batch.
const NUL = '\u0000';
const NUL_MESSAGE = 'must not contain the NUL character (U+0000)';

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

// The checks below are module-level functions over a Problems object rather than closures made
// per call: the validator runs for every item of every batch, and per-call closures (which the
// TypeScript runner also names one by one) cost more than the checks themselves.
class Problems {
  readonly list: FieldProblem[] = [];
  constructor(private readonly index: number) {}
  add(field: string, message: string): void {
    this.list.push({ path: `/${this.index}${field ? `/${field}` : ''}`, message });
  }
}

interface StringRule {
  required?: boolean;
  max?: number;
  min?: number;
}

function readString(obj: Record<string, unknown>, field: string, rule: StringRule, problems: Problems): string | undefined {
  const v = obj[field];
  if (v === undefined || v === null) {
    if (rule.required) problems.add(field, 'is required');
    return undefined;
  }
  if (typeof v !== 'string') {
    problems.add(field, 'must be a string');
    return undefined;
  }
  if ((rule.min ?? 0) > 0 && v.trim().length < (rule.min ?? 0)) problems.add(field, 'must not be blank');
  if (v.includes(NUL)) problems.add(field, NUL_MESSAGE);
  if (rule.max !== undefined && v.length > rule.max) problems.add(field, `must be at most ${rule.max} characters`);
  return v;
}

const REQUIRED_ID: StringRule = { required: true, min: 1, max: MAX_ID_LENGTH };
const REQUIRED: StringRule = { required: true };
const OPTIONAL: StringRule = {};
const OPTIONAL_ID: StringRule = { min: 1, max: MAX_ID_LENGTH };
const URL_RULE: StringRule = { max: 2000 };

/** Every problem of one item; an empty list means it is a valid IncomingItem. */
export function validateIncomingItem(obj: unknown, index: number): FieldProblem[] {
  const problems = new Problems(index);
  if (!isObject(obj)) {
    problems.add('', 'must be an object');
    return problems.list;
  }
  for (const key of Object.keys(obj)) if (!ITEM_FIELDS.has(key)) problems.add(key, 'is not an allowed field');

  const platform = readString(obj, 'platform', REQUIRED, problems);
  if (platform !== undefined && !(PLATFORMS as readonly string[]).includes(platform)) problems.add('platform', `must be one of ${PLATFORMS.join(', ')}`);
  readString(obj, 'platformItemId', REQUIRED_ID, problems);
  const kind = readString(obj, 'kind', REQUIRED, problems);
  if (kind !== undefined && !(ITEM_KINDS as readonly string[]).includes(kind)) problems.add('kind', `must be one of ${ITEM_KINDS.join(', ')}`);

  const accountId = readString(obj, 'accountId', OPTIONAL, problems);
  if (accountId !== undefined && !UUID.test(accountId)) problems.add('accountId', 'must be a UUID');
  readString(obj, 'authorHandle', OPTIONAL_ID, problems);
  readString(obj, 'authorPlatformId', OPTIONAL_ID, problems);
  if (obj.accountId == null && obj.authorHandle == null && obj.authorPlatformId == null) {
    problems.add('authorHandle', 'the account is required: give accountId, authorHandle or authorPlatformId');
  }

  const url = readString(obj, 'url', URL_RULE, problems);
  if (url !== undefined && !isUrl(url)) problems.add('url', 'must be an http(s) URL');

  const postedAt = readString(obj, 'postedAt', REQUIRED, problems);
  if (postedAt !== undefined && (!ISO_WITH_OFFSET.test(postedAt) || Number.isNaN(Date.parse(postedAt)))) {
    problems.add('postedAt', 'must be an ISO 8601 date-time with an offset, e.g. 2024-10-01T09:00:00+07:00');
  }

  const text = obj.text;
  if (text === undefined || text === null) problems.add('text', "is required ('' for a like)");
  else if (typeof text !== 'string') problems.add('text', 'must be a string');
  else if (text.length > MAX_TEXT_LENGTH) problems.add('text', `must be at most ${MAX_TEXT_LENGTH} characters`);
  else if (text.includes(NUL)) problems.add('text', NUL_MESSAGE);

  const target = obj.target;
  if (target !== undefined && target !== null) {
    if (!isObject(target)) problems.add('target', 'must be an object or null');
    else {
      for (const key of Object.keys(target)) if (!TARGET_FIELDS.has(key)) problems.add(`target/${key}`, 'is not an allowed field');
      if (typeof target.authorHandle !== 'string') problems.add('target/authorHandle', target.authorHandle === undefined ? 'is required' : 'must be a string');
      else if (target.authorHandle.length > MAX_ID_LENGTH) problems.add('target/authorHandle', `must be at most ${MAX_ID_LENGTH} characters`);
      else if (target.authorHandle.includes(NUL)) problems.add('target/authorHandle', NUL_MESSAGE);
      if (typeof target.text !== 'string') problems.add('target/text', target.text === undefined ? 'is required' : 'must be a string');
      else if (target.text.length > MAX_TEXT_LENGTH) problems.add('target/text', `must be at most ${MAX_TEXT_LENGTH} characters`);
      else if (target.text.includes(NUL)) problems.add('target/text', NUL_MESSAGE);
      if (target.url !== undefined && (typeof target.url !== 'string' || !isUrl(target.url))) problems.add('target/url', 'must be an http(s) URL');
      if (target.platformItemId !== undefined && typeof target.platformItemId !== 'string') problems.add('target/platformItemId', 'must be a string');
      else if (typeof target.platformItemId === 'string' && target.platformItemId.includes(NUL)) problems.add('target/platformItemId', NUL_MESSAGE);
    }
  }

  const media = obj.media;
  if (media !== undefined && media !== null) {
    if (!Array.isArray(media)) problems.add('media', 'must be an array');
    else {
      if (media.length > MAX_MEDIA) problems.add('media', `must have at most ${MAX_MEDIA} entries`);
      for (let i = 0; i < media.length; i += 1) {
        const m: unknown = media[i];
        if (!isObject(m)) {
          problems.add(`media/${i}`, 'must be an object');
          continue;
        }
        for (const key of Object.keys(m)) if (!MEDIA_FIELDS.has(key)) problems.add(`media/${i}/${key}`, 'is not an allowed field');
        if (typeof m.type !== 'string' || m.type.trim() === '') problems.add(`media/${i}/type`, 'is required');
        if (m.url !== undefined && (typeof m.url !== 'string' || !isUrl(m.url))) problems.add(`media/${i}/url`, 'must be an http(s) URL');
        if (m.sha256 !== undefined && (typeof m.sha256 !== 'string' || !SHA256.test(m.sha256))) problems.add(`media/${i}/sha256`, 'must be 64 hex digits');
        if (m.alt !== undefined && typeof m.alt !== 'string') problems.add(`media/${i}/alt`, 'must be a string');
        else if (typeof m.alt === 'string' && m.alt.includes(NUL)) problems.add(`media/${i}/alt`, NUL_MESSAGE);
        if (typeof m.type === 'string' && m.type.includes(NUL)) problems.add(`media/${i}/type`, NUL_MESSAGE);
      }
    }
  }
  return problems.list;
}

/** Narrowing helper for callers that already checked. */
export function isValidIncomingItem(obj: unknown, index = 0): obj is IncomingItem {
  return validateIncomingItem(obj, index).length === 0;
}
