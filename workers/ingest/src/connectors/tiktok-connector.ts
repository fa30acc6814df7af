import type { IncomingItem } from '@netra/shared';
import { ConnectorError, type ConnectorAccount, type FetchResult, type PlatformConnectorConfig, type RateLimitState } from './connector-types.js';
import { decodeCursor, encodeCursor, isoOrNow, notConfigured, requestJson } from './http-json.js';
import { CredentialedConnector } from './credentialed-connector.js';
import { windowStart } from './youtube-connector.js';

// TikTok Research API (https://developers.tiktok.com/doc/research-api-specs-query-videos):
// POST /v2/research/video/query/ (a user's videos, by username, start_date..end_date at most 30
// days, cursor + search_id), POST /v2/research/user/liked_videos/ and
// /v2/research/user/reposted_videos/ (cursor, has_more). Client access token as a bearer token
// (from the client-credentials grant). Errors come as `{ error: { code, message, log_id } }`;
// `code: "ok"` on success. The daily quota resets at 00:00 UTC.

export const TIKTOK_DEFAULT_BASE_URL = 'https://open.tiktokapis.com';

export interface TikTokVideo {
  id: number | string;
  video_description?: string;
  create_time?: number;
  username?: string;
  region_code?: string;
  hashtag_names?: string[];
}

interface TtCursor {
  newest?: string;
  phase?: 'videos' | 'likes' | 'reposts';
  token?: number;
  searchId?: string;
  start?: string;
}

const VIDEO_FIELDS = 'id,video_description,create_time,username,region_code,hashtag_names';

export class TikTokConnector extends CredentialedConnector {
  readonly platform = 'tiktok' as const;

  constructor(config: PlatformConnectorConfig) {
    super(config, 'tiktok', TIKTOK_DEFAULT_BASE_URL);
  }

  async fetchActivities(account: ConnectorAccount, cursor: string | null, signal?: AbortSignal): Promise<FetchResult> {
    if (!this.configured) throw notConfigured('tiktok');
    const now = this.now();
    const state = decodeCursor<TtCursor>(cursor) ?? {};
    // The video query spans at most 30 days.
    const start = state.start ?? new Date(Math.max(Date.parse(windowStart(state.newest, now, this.config)), now.getTime() - 29 * 86_400_000)).toISOString();
    const username = account.handle.replace(/^@/, '');
    const carry = state.newest ? { newest: state.newest } : {};
    const maxCount = Math.min(100, this.config.pageSize ?? 100);
    const phase = state.phase ?? 'videos';

    if (phase === 'videos') {
      const body = {
        query: { and: [{ operation: 'EQ', field_name: 'username', field_values: [username] }] },
        start_date: ymd(start),
        end_date: ymd(now.toISOString()),
        max_count: maxCount,
        ...(state.token !== undefined ? { cursor: state.token } : {}),
        ...(state.searchId ? { search_id: state.searchId } : {}),
      };
      const { data, rateLimit } = await this.post<{ videos?: TikTokVideo[]; cursor?: number; has_more?: boolean; search_id?: string }>('/v2/research/video/query/', body, now, signal);
      if (!Array.isArray(data.videos)) throw new ConnectorError('retryable', 'malformed video query response: no videos array');
      const items = data.videos.map((v) => mapVideo(v, account, 'post', now));
      const newest = [state.newest, ...items.map((i) => i.postedAt)].filter((v): v is string => Boolean(v)).sort().pop();
      const keep = newest ? { newest } : {};
      const next: TtCursor = data.has_more
        ? { phase: 'videos', token: data.cursor ?? 0, ...(data.search_id ? { searchId: data.search_id } : {}), start, ...keep }
        : { phase: 'likes', start, ...keep };
      return { items, nextCursor: encodeCursor(next), done: false, rateLimit };
    }

    const path = phase === 'likes' ? '/v2/research/user/liked_videos/' : '/v2/research/user/reposted_videos/';
    const listKey = phase === 'likes' ? 'user_liked_videos' : 'user_reposted_videos';
    let res;
    try {
      res = await this.post<Record<string, unknown> & { cursor?: number; has_more?: boolean }>(path, { username, max_count: maxCount, ...(state.token !== undefined ? { cursor: state.token } : {}) }, now, signal);
    } catch (error) {
      // A private account's likes or reposts are not reachable: the poll goes on without them.
      if (error instanceof ConnectorError && error.kind === 'permanent') return this.after(phase, start, carry, [], { remaining: null, resetAt: null });
      throw error;
    }
    const list = res.data[listKey];
    if (!Array.isArray(list)) throw new ConnectorError('retryable', `malformed ${listKey} response`);
    const items = (list as TikTokVideo[]).map((v) => mapVideo(v, account, phase === 'likes' ? 'like' : 'share', now));
    if (res.data.has_more) {
      return { items, nextCursor: encodeCursor({ phase, token: res.data.cursor ?? 0, start, ...carry }), done: false, rateLimit: res.rateLimit };
    }
    return this.after(phase, start, carry, items, res.rateLimit);
  }

  private after(phase: 'likes' | 'reposts', start: string, carry: { newest?: string }, items: IncomingItem[], rateLimit: RateLimitState): FetchResult {
    if (phase === 'likes') return { items, nextCursor: encodeCursor({ phase: 'reposts', start, ...carry }), done: false, rateLimit };
    return { items, nextCursor: encodeCursor(carry), done: true, rateLimit };
  }

  private async post<T>(path: string, body: unknown, now: Date, signal?: AbortSignal): Promise<{ data: T; rateLimit: RateLimitState }> {
    const res = await requestJson<{ data?: T; error?: { code?: string; message?: string } }>({
      url: `${this.baseUrl}${path}?fields=${VIDEO_FIELDS}`,
      method: 'POST',
      headers: { authorization: `Bearer ${this.config.credential}` },
      body,
      signal,
      now,
      readRateLimit: () => ({ remaining: null, resetAt: null }),
      classify: (status, b) => classifyTikTok(status, b, now),
      largeIntFields: ['id'],
    });
    const code = res.body.error?.code;
    if (code && code !== 'ok') throw classifyTikTok(200, res.body, now) ?? new ConnectorError('retryable', `tiktok: ${code}`);
    if (!res.body.data || typeof res.body.data !== 'object') throw new ConnectorError('retryable', 'malformed TikTok response: no data');
    return { data: res.body.data, rateLimit: res.rateLimit };
  }
}

export function classifyTikTok(status: number, body: unknown, now: Date): ConnectorError | null {
  const err = body && typeof body === 'object' ? (body as { error?: { code?: string; message?: string } }).error : undefined;
  const code = err?.code ?? '';
  const message = `tiktok: ${code || status}: ${err?.message ?? ''}`;
  if (status === 429 || code === 'rate_limit_exceeded' || code === 'daily_quota_limit_exceeded') {
    const reset = new Date(now);
    reset.setUTCHours(24, 0, 0, 0);
    return new ConnectorError('rate_limited', message, { status, retryAfterMs: reset.getTime() - now.getTime(), resetAt: reset.toISOString() });
  }
  if (status === 401 || code === 'access_token_invalid' || code === 'scope_not_authorized' || code === 'access_token_expired') return new ConnectorError('auth', message, { status });
  if (code === 'invalid_params' || code === 'user_not_found' || code === 'user_is_private' || status === 404 || (status === 400 && code)) return new ConnectorError('permanent', message, { status });
  return null;
}

function mapVideo(v: TikTokVideo, account: ConnectorAccount, kind: 'post' | 'like' | 'share', now: Date): IncomingItem {
  const id = String(v.id);
  const author = v.username ?? 'unknown';
  const url = `https://www.tiktok.com/@${author}/video/${id}`;
  const me = account.handle.replace(/^@/, '');
  const base = { platform: 'tiktok' as const, accountId: account.id, authorHandle: account.handle, ...(account.platformUserId ? { authorPlatformId: account.platformUserId } : {}), raw: v };
  if (kind === 'post') {
    return { ...base, platformItemId: id, kind, url, postedAt: isoOrNow(v.create_time, now), text: v.video_description ?? '' };
  }
  return {
    ...base,
    platformItemId: `${me}:${kind === 'like' ? 'like' : 'repost'}:${id}`,
    kind,
    // TikTok does not say when the like or repost happened: the time first seen is the latest it
    // can be (the item store keeps the first), and keeps the deletion window on the account's own time.
    postedAt: now.toISOString(),
    text: '',
    target: { authorHandle: author, text: v.video_description ?? '', platformItemId: id, url },
  };
}

function ymd(iso: string): string {
  return iso.slice(0, 10).replace(/-/g, '');
}
