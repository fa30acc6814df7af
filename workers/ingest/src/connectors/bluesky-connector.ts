import type { IncomingItem, ItemMedia } from '@netra/shared';
import { ConnectorError, type Connector, type ConnectorAccount, type FetchResult, type PlatformConnectorConfig } from './connector-types.js';
import { credentialIdOf, decodeCursor, encodeCursor, epochResetHeaders, isoOrNow, requestJson, trimSlash } from './http-json.js';

// Bluesky through the public AT Protocol AppView (https://docs.bsky.app): the author feed
// (app.bsky.feed.getAuthorFeed: own posts, replies and reposts) and the actor's likes
// (app.bsky.feed.getActorLikes), paginated with `cursor`, limits in `ratelimit-remaining` /
// `ratelimit-reset`. The public AppView needs no credential; an access token is sent when set.

export const BLUESKY_DEFAULT_BASE_URL = 'https://public.api.bsky.app';

export interface BskyProfile {
  did: string;
  handle: string;
  displayName?: string;
}
export interface BskyPostView {
  uri: string;
  cid: string;
  author: BskyProfile;
  record: { $type?: string; text?: string; createdAt?: string; reply?: { parent: { uri: string }; root: { uri: string } } };
  embed?: { $type?: string; images?: { thumb?: string; fullsize?: string; alt?: string }[] };
  indexedAt?: string;
}
export interface BskyFeedViewPost {
  post: BskyPostView;
  reply?: { parent?: BskyPostView | { $type: string }; root?: BskyPostView | { $type: string } };
  reason?: { $type: string; by?: BskyProfile; indexedAt?: string };
}
export interface BskyFeedResponse {
  feed: BskyFeedViewPost[];
  cursor?: string;
}

interface BskyCursor {
  newest?: string;
  phase?: 'feed' | 'likes';
  token?: string;
  start?: string;
  likePages?: number;
}

export interface BlueskyConnectorConfig extends PlatformConnectorConfig {
  likePages?: number;
}

export class BlueskyConnector implements Connector {
  readonly platform = 'bluesky' as const;
  /** The public AppView answers without a credential. */
  readonly configured = true;
  readonly credentialId: string;
  private readonly baseUrl: string;
  private readonly now: () => Date;

  constructor(private readonly config: BlueskyConnectorConfig = {}) {
    this.credentialId = config.credential ? credentialIdOf('bluesky', config.credential, config.credentialId) : (config.credentialId ?? 'bluesky:public');
    this.baseUrl = trimSlash(config.baseUrl ?? BLUESKY_DEFAULT_BASE_URL);
    this.now = config.now ?? (() => new Date());
  }

  async fetchActivities(account: ConnectorAccount, cursor: string | null, signal?: AbortSignal): Promise<FetchResult> {
    const now = this.now();
    const state = decodeCursor<BskyCursor>(cursor) ?? {};
    const lookback = this.config.lookbackMs ?? 7 * 86_400_000;
    const backfill = this.config.backfillMs ?? 30 * 86_400_000;
    const actor = account.platformUserId ?? account.handle.replace(/^@/, '');
    const start =
      state.start ??
      new Date(Math.min(state.newest ? Date.parse(state.newest) : now.getTime() - backfill, now.getTime() - lookback)).toISOString();
    const limit = String(Math.min(100, Math.max(1, this.config.pageSize ?? 100)));

    if ((state.phase ?? 'feed') === 'feed') {
      const params = new URLSearchParams({ actor, limit });
      if (state.token) params.set('cursor', state.token);
      const { body, rateLimit } = await this.get('app.bsky.feed.getAuthorFeed', params, now, signal);
      const items = mapBskyFeed(body.feed, account, 'own', now);
      const newest = [state.newest, ...items.map((i) => i.postedAt)].filter((v): v is string => Boolean(v)).sort().pop();
      // The feed runs newest first: stop once a page reaches back past the window start.
      const reachedStart = body.feed.some((f) => Date.parse(feedTime(f)) < Date.parse(start));
      const inWindow = items.filter((i) => Date.parse(i.postedAt) >= Date.parse(start));
      const next: BskyCursor =
        body.cursor && !reachedStart && body.feed.length > 0
          ? { phase: 'feed', token: body.cursor, start, ...(newest ? { newest } : {}) }
          : { phase: 'likes', start, likePages: 0, ...(newest ? { newest } : {}) };
      return { items: inWindow, nextCursor: encodeCursor(next), done: false, rateLimit };
    }

    const params = new URLSearchParams({ actor, limit });
    if (state.token) params.set('cursor', state.token);
    const carry = state.newest ? { newest: state.newest } : {};
    let res;
    try {
      res = await this.get('app.bsky.feed.getActorLikes', params, now, signal);
    } catch (error) {
      // The AppView shows an actor's likes only to that actor: without them the poll still counts.
      if (error instanceof ConnectorError && (error.kind === 'permanent' || error.kind === 'auth') && !this.config.credential) {
        return { items: [], nextCursor: encodeCursor(carry), done: true, rateLimit: { remaining: null, resetAt: null } };
      }
      throw error;
    }
    const items = mapBskyFeed(res.body.feed, account, 'liked', now);
    const pages = (state.likePages ?? 0) + 1;
    if (res.body.cursor && res.body.feed.length > 0 && pages < (this.config.likePages ?? 2)) {
      return { items, nextCursor: encodeCursor({ phase: 'likes', token: res.body.cursor, start, likePages: pages, ...carry }), done: false, rateLimit: res.rateLimit };
    }
    return { items, nextCursor: encodeCursor(carry), done: true, rateLimit: res.rateLimit };
  }

  private async get(method: string, params: URLSearchParams, now: Date, signal?: AbortSignal) {
    const res = await requestJson<BskyFeedResponse>({
      url: `${this.baseUrl}/xrpc/${method}?${params}`,
      headers: this.config.credential ? { authorization: `Bearer ${this.config.credential}` } : {},
      signal,
      now,
      readRateLimit: readBlueskyRateLimit,
      classify: classifyXrpc,
    });
    if (!Array.isArray(res.body.feed)) throw new ConnectorError('retryable', `malformed ${method} response: no feed array`);
    return res;
  }
}

export const readBlueskyRateLimit = epochResetHeaders('ratelimit-remaining', 'ratelimit-reset');

/** XRPC errors come as `{ error, message }`: token problems are auth, unknown actors permanent. */
function classifyXrpc(status: number, body: unknown): ConnectorError | null {
  const name = body && typeof body === 'object' ? (body as { error?: unknown }).error : undefined;
  const message = body && typeof body === 'object' ? String((body as { message?: unknown }).message ?? name ?? '') : '';
  if (name === 'ExpiredToken' || name === 'InvalidToken' || name === 'AuthMissing') return new ConnectorError('auth', `bluesky: ${name}: ${message}`, { status });
  if (status === 400 && typeof name === 'string') return new ConnectorError('permanent', `bluesky: ${name}: ${message}`, { status });
  return null;
}

function feedTime(f: BskyFeedViewPost): string {
  return f.reason?.indexedAt ?? f.post.record?.createdAt ?? f.post.indexedAt ?? '1970-01-01T00:00:00Z';
}

function isPostView(v: unknown): v is BskyPostView {
  return Boolean(v && typeof v === 'object' && 'uri' in v && 'author' in v && 'record' in v);
}

export function mapBskyFeed(feed: BskyFeedViewPost[], account: ConnectorAccount, mode: 'own' | 'liked', now: Date): IncomingItem[] {
  const out: IncomingItem[] = [];
  const me = (account.platformUserId ?? '').toLowerCase();
  const myHandle = account.handle.replace(/^@/, '').toLowerCase();
  const isMe = (p: BskyProfile | undefined) => Boolean(p && (p.did.toLowerCase() === me || p.handle.toLowerCase() === myHandle));
  for (const f of feed) {
    if (!f?.post || typeof f.post.uri !== 'string') continue;
    const post = f.post;
    const base = { platform: 'bluesky' as const, accountId: account.id, authorHandle: account.handle, ...(account.platformUserId ? { authorPlatformId: account.platformUserId } : {}), raw: f };
    const targetOf = (p: BskyPostView) => ({ authorHandle: p.author.handle, text: p.record?.text ?? '', platformItemId: p.uri, url: webUrl(p) });
    const actorKey = account.platformUserId ?? myHandle;
    if (mode === 'liked') {
      out.push({ ...base, platformItemId: `${actorKey}:like:${post.uri}`, kind: 'like', postedAt: now.toISOString() /* like time unknown: first seen */, text: '', target: targetOf(post) });
      continue;
    }
    if (f.reason?.$type === 'app.bsky.feed.defs#reasonRepost') {
      if (f.reason.by && !isMe(f.reason.by)) continue;
      out.push({ ...base, platformItemId: `${actorKey}:repost:${post.uri}`, kind: 'share', postedAt: isoOrNow(f.reason.indexedAt ?? post.indexedAt, now), text: '', target: targetOf(post) });
      continue;
    }
    if (!isMe(post.author)) continue;
    const parent = f.reply?.parent;
    const isReply = Boolean(post.record?.reply);
    const media: ItemMedia[] = (post.embed?.images ?? []).map((img) => ({ type: 'photo', ...(img.fullsize ? { url: img.fullsize } : {}), ...(img.alt ? { alt: img.alt } : {}) }));
    out.push({
      ...base,
      platformItemId: post.uri,
      kind: isReply ? 'comment' : 'post',
      url: webUrl(post),
      postedAt: isoOrNow(post.record?.createdAt ?? post.indexedAt, now),
      text: post.record?.text ?? '',
      target: isReply && isPostView(parent) ? targetOf(parent) : isReply ? { authorHandle: 'unknown', text: '', platformItemId: post.record.reply!.parent.uri } : null,
      ...(media.length ? { media } : {}),
    });
  }
  return out;
}

function webUrl(p: BskyPostView): string {
  const rkey = p.uri.split('/').pop() ?? '';
  return `https://bsky.app/profile/${p.author.handle}/post/${rkey}`;
}
