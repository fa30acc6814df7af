import type { IncomingItem, ItemMedia } from '@netra/shared';
import { ConnectorError, type ConnectorAccount, type FetchResult, type PlatformConnectorConfig } from './connector-types.js';
import { decodeCursor, encodeCursor, epochResetHeaders, isoOrNow, notConfigured, requestJson } from './http-json.js';
import { CredentialedConnector } from './credentialed-connector.js';

// X API v2 (https://docs.x.com/x-api): a user's posts (GET /2/users/:id/tweets, with retweets,
// quotes and replies) and liked posts (GET /2/users/:id/liked_tweets), bearer token, pagination
// through `pagination_token` / `meta.next_token`, limits in `x-rate-limit-remaining` / `-reset`.

export const X_DEFAULT_BASE_URL = 'https://api.x.com';

export interface XTweet {
  id: string;
  text: string;
  created_at?: string;
  author_id?: string;
  edit_history_tweet_ids?: string[];
  referenced_tweets?: { type: 'retweeted' | 'quoted' | 'replied_to'; id: string }[];
  attachments?: { media_keys?: string[] };
}
export interface XUser {
  id: string;
  username: string;
  name?: string;
}
export interface XMedia {
  media_key: string;
  type: string;
  url?: string;
  preview_image_url?: string;
  alt_text?: string;
}
export interface XTimelineResponse {
  data?: XTweet[];
  includes?: { users?: XUser[]; tweets?: XTweet[]; media?: XMedia[] };
  meta?: { result_count?: number; next_token?: string; newest_id?: string; oldest_id?: string };
  errors?: { title?: string; detail?: string; type?: string }[];
}

interface XCursor {
  /** Between polls: the newest post time seen. */
  newest?: string;
  /** Within a poll. */
  phase?: 'tweets' | 'likes';
  token?: string;
  start?: string;
  userId?: string;
  likePages?: number;
}

export interface XConnectorConfig extends PlatformConnectorConfig {
  /** Pages of liked posts read per poll (likes carry no time, so each poll reads the newest ones). */
  likePages?: number;
}

const TWEET_FIELDS = 'created_at,author_id,edit_history_tweet_ids,referenced_tweets,attachments,entities';
const EXPANSIONS = 'author_id,referenced_tweets.id,referenced_tweets.id.author_id,attachments.media_keys';

export class XConnector extends CredentialedConnector<XConnectorConfig> {
  readonly platform = 'x' as const;

  constructor(config: XConnectorConfig) {
    super(config, 'x', X_DEFAULT_BASE_URL);
  }

  async fetchActivities(account: ConnectorAccount, cursor: string | null, signal?: AbortSignal): Promise<FetchResult> {
    if (!this.configured) throw notConfigured('x');
    const now = this.now();
    const state = decodeCursor<XCursor>(cursor) ?? {};
    const lookback = this.config.lookbackMs ?? 7 * 86_400_000;
    const backfill = this.config.backfillMs ?? 30 * 86_400_000;
    const userId = state.userId ?? account.platformUserId ?? (await this.resolveUserId(account.handle, now, signal));
    const phase = state.phase ?? 'tweets';
    // A new poll re-reads from the earlier of the newest known post and the lookback window.
    const start =
      state.start ??
      new Date(Math.min(state.newest ? Date.parse(state.newest) : now.getTime() - backfill, now.getTime() - lookback)).toISOString();
    const pageSize = String(Math.min(100, Math.max(5, this.config.pageSize ?? 100)));

    if (phase === 'tweets') {
      const params = new URLSearchParams({ max_results: pageSize, start_time: start, 'tweet.fields': TWEET_FIELDS, expansions: EXPANSIONS, 'user.fields': 'username,name', 'media.fields': 'url,type,alt_text,preview_image_url' });
      if (state.token) params.set('pagination_token', state.token);
      const { body, rateLimit } = await this.get(`/2/users/${encodeURIComponent(userId)}/tweets?${params}`, now, signal);
      const items = mapXTimeline(body, account, userId, 'own', now);
      const newest = maxIso(state.newest, ...items.map((i) => i.postedAt));
      const next: XCursor = body.meta?.next_token
        ? { phase: 'tweets', token: body.meta.next_token, start, userId, ...(newest ? { newest } : {}) }
        : { phase: 'likes', start, userId, likePages: 0, ...(newest ? { newest } : {}) };
      return { items, nextCursor: encodeCursor(next), done: false, rateLimit };
    }

    const params = new URLSearchParams({ max_results: pageSize, 'tweet.fields': TWEET_FIELDS, expansions: 'author_id,attachments.media_keys', 'user.fields': 'username,name' });
    if (state.token) params.set('pagination_token', state.token);
    const { body, rateLimit } = await this.get(`/2/users/${encodeURIComponent(userId)}/liked_tweets?${params}`, now, signal);
    const items = mapXTimeline(body, account, userId, 'liked', now);
    const pages = (state.likePages ?? 0) + 1;
    if (body.meta?.next_token && pages < (this.config.likePages ?? 2)) {
      const next: XCursor = { phase: 'likes', token: body.meta.next_token, start, userId, likePages: pages, ...(state.newest ? { newest: state.newest } : {}) };
      return { items, nextCursor: encodeCursor(next), done: false, rateLimit };
    }
    // The user id stays in the cursor: the next poll need not resolve the handle again.
    return { items, nextCursor: encodeCursor({ ...(state.newest ? { newest: state.newest } : {}), userId }), done: true, rateLimit };
  }

  private async resolveUserId(handle: string, now: Date, signal?: AbortSignal): Promise<string> {
    const { body } = await requestJson<{ data?: XUser; errors?: unknown[] }>({
      url: `${this.baseUrl}/2/users/by/username/${encodeURIComponent(handle.replace(/^@/, ''))}`,
      headers: { authorization: `Bearer ${this.config.credential}` },
      signal,
      now,
      readRateLimit: readXRateLimit,
    });
    if (!body.data?.id) throw new ConnectorError('permanent', `X user @${handle} not found`);
    return body.data.id;
  }

  private async get(path: string, now: Date, signal?: AbortSignal) {
    const res = await requestJson<XTimelineResponse>({
      url: `${this.baseUrl}${path}`,
      headers: { authorization: `Bearer ${this.config.credential}` },
      signal,
      now,
      readRateLimit: readXRateLimit,
    });
    const body = res.body;
    if (body.data !== undefined && !Array.isArray(body.data)) throw new ConnectorError('retryable', 'malformed X response: data is not an array');
    // X answers 200 with only `errors` for an unknown or suspended user.
    if (!body.data && body.errors?.length && !body.meta) {
      const first = body.errors[0]!;
      throw new ConnectorError('permanent', `X: ${first.title ?? 'error'}: ${first.detail ?? ''}`.trim());
    }
    return res;
  }
}

export const readXRateLimit = epochResetHeaders('x-rate-limit-remaining', 'x-rate-limit-reset');

/** Maps one page of X posts to items: `own` = the account's timeline, `liked` = its liked posts. */
export function mapXTimeline(body: XTimelineResponse, account: ConnectorAccount, userId: string, mode: 'own' | 'liked', now: Date): IncomingItem[] {
  const users = new Map((body.includes?.users ?? []).map((u) => [u.id, u]));
  const refTweets = new Map((body.includes?.tweets ?? []).map((t) => [t.id, t]));
  const media = new Map((body.includes?.media ?? []).map((m) => [m.media_key, m]));
  const handleOf = (id: string | undefined) => (id ? (users.get(id)?.username ?? id) : 'unknown');
  const out: IncomingItem[] = [];
  for (const tweet of body.data ?? []) {
    if (!tweet || typeof tweet.id !== 'string') continue;
    const base = { platform: 'x' as const, accountId: account.id, authorPlatformId: userId, authorHandle: account.handle, raw: tweet };
    if (mode === 'liked') {
      out.push({
        ...base,
        platformItemId: `${userId}:like:${tweet.id}`,
        kind: 'like',
        // X does not say when the like happened. The time it was first seen is the latest it can
        // be (the item store keeps the first one), and it keeps the account's feed window for
        // deletion detection on the account's own timeline, not on how old the liked post is.
        postedAt: now.toISOString(),
        text: '',
        target: { authorHandle: handleOf(tweet.author_id), text: tweet.text ?? '', platformItemId: tweet.id, url: `https://x.com/${handleOf(tweet.author_id)}/status/${tweet.id}` },
      });
      continue;
    }
    // An edited post gets a new id; the first id of its edit history names the item across edits.
    const itemId = tweet.edit_history_tweet_ids?.[0] ?? tweet.id;
    const ref = tweet.referenced_tweets?.[0];
    const refTweet = ref ? refTweets.get(ref.id) : undefined;
    const target = ref
      ? {
          authorHandle: handleOf(refTweet?.author_id),
          text: refTweet?.text ?? '',
          platformItemId: ref.id,
          url: `https://x.com/${handleOf(refTweet?.author_id)}/status/${ref.id}`,
        }
      : null;
    const kind = ref?.type === 'retweeted' || ref?.type === 'quoted' ? 'share' : ref?.type === 'replied_to' ? 'comment' : 'post';
    const itemMedia: ItemMedia[] = (tweet.attachments?.media_keys ?? []).flatMap((key) => {
      const m = media.get(key);
      if (!m) return [];
      const url = m.url ?? m.preview_image_url;
      return [{ type: m.type, ...(url ? { url } : {}), ...(m.alt_text ? { alt: m.alt_text } : {}) }];
    });
    out.push({
      ...base,
      platformItemId: itemId,
      kind,
      url: `https://x.com/${account.handle.replace(/^@/, '')}/status/${tweet.id}`,
      postedAt: isoOrNow(tweet.created_at, now),
      // A retweet's text is "RT @user: ..."; the ASN's own words are none.
      text: ref?.type === 'retweeted' ? '' : (tweet.text ?? ''),
      target,
      ...(itemMedia.length ? { media: itemMedia } : {}),
    });
  }
  return out;
}

function maxIso(...values: (string | undefined)[]): string | undefined {
  let best: string | undefined;
  for (const v of values) if (v && (!best || Date.parse(v) > Date.parse(best))) best = v;
  return best;
}
