import Type from 'typebox';
import { ITEM_KINDS, PLATFORMS, type FieldProblem, type IncomingItem } from '@netra/shared';
import { validateIncomingItem } from '@netra/ingest';

// The push intake's item: the shape of shared/examples (snake_case: id, platform, kind, author,
// created_at, text, target, media) plus platform ids, URLs and the raw platform payload. The
// item store's own camelCase IncomingItem is accepted too. Each item is checked on its own, so a
// bad one is rejected with its index while the batch goes on.

const Media = Type.Object({
  type: Type.String({ description: 'image, video, ...' }),
  url: Type.Optional(Type.String({ format: 'uri' })),
  sha256: Type.Optional(Type.String({ pattern: '^[0-9a-fA-F]{64}$' })),
  alt: Type.Optional(Type.String()),
}, { additionalProperties: false });

export const PushItem = Type.Object({
  id: Type.Optional(Type.String({ description: "The platform's id of the post, like, share or comment (used as platform_item_id when that is absent)" })),
  platform_item_id: Type.Optional(Type.String({ maxLength: 200, description: "The platform's id of the item; identity is (platform, platform_item_id)" })),
  platform: Type.Enum(PLATFORMS),
  kind: Type.Enum(ITEM_KINDS),
  author: Type.Optional(Type.Object({
    id: Type.Optional(Type.String({ description: "The account's platform user id" })),
    handle: Type.Optional(Type.String({ description: 'The account handle (with or without @, any case)' })),
    account_id: Type.Optional(Type.String({ format: 'uuid', description: "Netra's id of the registered social account" })),
    region_code: Type.Optional(Type.String({ description: "Informative only: the ASN's registered region of duty is what counts" })),
  }, { additionalProperties: false })),
  account_id: Type.Optional(Type.String({ format: 'uuid' })),
  author_handle: Type.Optional(Type.String()),
  created_at: Type.String({ description: 'ISO 8601 with offset, e.g. 2024-10-01T09:00:00+07:00' }),
  text: Type.String({ description: "The ASN's own words ('' for a like)" }),
  target: Type.Optional(Type.Union([Type.Null(), Type.Object({
    author_handle: Type.String(),
    text: Type.String(),
    url: Type.Optional(Type.String({ format: 'uri' })),
    platform_item_id: Type.Optional(Type.String()),
  }, { additionalProperties: false })])),
  media: Type.Optional(Type.Array(Media)),
  url: Type.Optional(Type.String({ format: 'uri', description: 'Link to the item on the platform' })),
  raw: Type.Optional(Type.Unknown({ description: "The platform's payload as received; stored gzip-compressed. Defaults to the pushed item itself" })),
}, {
  $id: 'PushItem',
  additionalProperties: false,
  description: 'One pushed item (snake_case as in shared/examples; the camelCase IncomingItem of the item store is accepted too). The account is named by author.account_id / account_id, author.handle / author_handle, or author.id (platform user id).',
});

const SNAKE_FIELDS = new Set(Object.keys(PushItem.properties));
const AUTHOR_FIELDS = new Set(['id', 'handle', 'account_id', 'region_code']);
const TARGET_FIELDS = new Set(['author_handle', 'text', 'url', 'platform_item_id']);
const SNAKE_MARKERS = ['id', 'platform_item_id', 'created_at', 'author', 'author_handle', 'account_id'];

/** IncomingItem field paths back to the snake_case names the caller sent. */
const SNAKE_PATHS: Record<string, string> = {
  platformItemId: 'platform_item_id',
  postedAt: 'created_at',
  accountId: 'author/account_id',
  authorHandle: 'author/handle',
  authorPlatformId: 'author/id',
  'target/authorHandle': 'target/author_handle',
  'target/platformItemId': 'target/platform_item_id',
};

/** Marks an NDJSON line that is not JSON: rejected as its own item. */
export class UnparsableLine {
  constructor(readonly line: number, readonly message: string) {}
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export interface MappedItem {
  item?: IncomingItem;
  problem?: FieldProblem;
  snake: boolean;
}

export function renamePath(path: string, snake: boolean): string {
  if (!snake) return path;
  const m = /^\/(\d+)\/?(.*)$/.exec(path);
  if (!m) return path;
  const field = m[2] ?? '';
  return `/${m[1]}${field ? `/${SNAKE_PATHS[field] ?? field}` : ''}`;
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return v === undefined || v === null ? undefined : (v as string);
}

/** Maps one pushed value to an IncomingItem, or says what is wrong with it (first problem). */
export function mapPushItem(value: unknown, index: number): MappedItem {
  if (value instanceof UnparsableLine) return { snake: false, problem: { path: `/${index}`, message: `line ${value.line} is not valid JSON: ${value.message}` } };
  if (!isObject(value)) return { snake: false, problem: { path: `/${index}`, message: 'must be an object' } };
  const snake = SNAKE_MARKERS.some((k) => k in value);
  let candidate: unknown = value;
  if (snake) {
    for (const key of Object.keys(value)) {
      if (!SNAKE_FIELDS.has(key)) return { snake, problem: { path: `/${index}/${key}`, message: 'is not an allowed field' } };
    }
    const author = value.author;
    if (author !== undefined && !isObject(author)) return { snake, problem: { path: `/${index}/author`, message: 'must be an object' } };
    for (const key of Object.keys(author ?? {})) {
      if (!AUTHOR_FIELDS.has(key)) return { snake, problem: { path: `/${index}/author/${key}`, message: 'is not an allowed field' } };
    }
    const target = value.target;
    if (isObject(target)) {
      for (const key of Object.keys(target)) {
        if (!TARGET_FIELDS.has(key)) return { snake, problem: { path: `/${index}/target/${key}`, message: 'is not an allowed field' } };
      }
    }
    const a = (author ?? {}) as Record<string, unknown>;
    const mapped: Record<string, unknown> = {
      platform: value.platform,
      platformItemId: str(value.platform_item_id ?? value.id),
      kind: value.kind,
      postedAt: value.created_at,
      text: value.text,
      raw: value.raw !== undefined ? value.raw : value,
    };
    const accountId = str(value.account_id ?? a.account_id);
    const handle = str(value.author_handle ?? a.handle);
    const userId = str(a.id);
    if (accountId !== undefined) mapped.accountId = accountId;
    if (handle !== undefined) mapped.authorHandle = handle;
    if (userId !== undefined) mapped.authorPlatformId = userId;
    if (value.url !== undefined) mapped.url = value.url;
    if (value.media !== undefined) mapped.media = value.media;
    if (isObject(target)) {
      const t: Record<string, unknown> = { authorHandle: target.author_handle, text: target.text };
      if (target.url !== undefined) t.url = target.url;
      if (target.platform_item_id !== undefined) t.platformItemId = str(target.platform_item_id);
      mapped.target = t;
    } else if (target !== undefined) mapped.target = target;
    candidate = mapped;
  } else if (!('raw' in value)) {
    candidate = { ...value, raw: value };
  }
  const problems = validateIncomingItem(candidate, index);
  if (problems.length > 0) return { snake, problem: { path: renamePath(problems[0]!.path, snake), message: problems[0]!.message } };
  return { snake, item: candidate as IncomingItem };
}

/** NDJSON body: one item a line; blank lines are skipped, a line that is not JSON becomes a rejected item. */
export function parseNdjson(text: string): unknown[] {
  const out: unknown[] = [];
  text.split('\n').forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed === '') return;
    try {
      out.push(JSON.parse(trimmed));
    } catch (error) {
      out.push(new UnparsableLine(i + 1, error instanceof Error ? error.message : String(error)));
    }
  });
  return out;
}
