import type { IncomingItem } from '@netra/shared';
import { ConnectorError, type ConnectorAccount, type FetchResult, type PlatformConnectorConfig } from './connector-types.js';
import { decodeCursor, encodeCursor, isoOrNow, noRateLimitHeaders, notConfigured, requestJson } from './http-json.js';
import { CredentialedConnector } from './credentialed-connector.js';

// YouTube Data API v3 (https://developers.google.com/youtube/v3): the channel (channels.list,
// by id or @handle) gives its uploads playlist; playlistItems.list pages the uploads
// (pageToken / nextPageToken); commentThreads.list with allThreadsRelatedToChannelId gives the
// comment threads around the channel, of which the channel's own comments are kept (YouTube has
// no list of the comments a channel wrote elsewhere). API key in `key`. Quota errors are 403
// with reason quotaExceeded / rateLimitExceeded; the daily quota resets at midnight Pacific time.

export const YOUTUBE_DEFAULT_BASE_URL = 'https://www.googleapis.com';

interface YtCursor {
  newest?: string;
  phase?: 'uploads' | 'comments';
  token?: string;
  start?: string;
  channelId?: string;
  uploads?: string;
}

export interface YtPlaylistItem {
  id: string;
  snippet?: { publishedAt?: string; title?: string; description?: string; channelId?: string; resourceId?: { videoId?: string }; thumbnails?: Record<string, { url: string }> };
  contentDetails?: { videoId?: string; videoPublishedAt?: string };
}
export interface YtCommentThread {
  id: string;
  snippet?: {
    channelId?: string;
    videoId?: string;
    topLevelComment?: YtComment;
  };
  replies?: { comments?: YtComment[] };
}
export interface YtComment {
  id: string;
  snippet?: { authorChannelId?: { value?: string }; authorDisplayName?: string; textOriginal?: string; textDisplay?: string; publishedAt?: string; updatedAt?: string; videoId?: string; parentId?: string };
}

export class YouTubeConnector extends CredentialedConnector {
  readonly platform = 'youtube' as const;

  constructor(config: PlatformConnectorConfig) {
    super(config, 'youtube', YOUTUBE_DEFAULT_BASE_URL);
  }

  async fetchActivities(account: ConnectorAccount, cursor: string | null, signal?: AbortSignal): Promise<FetchResult> {
    if (!this.configured) throw notConfigured('youtube');
    const now = this.now();
    const state = decodeCursor<YtCursor>(cursor) ?? {};
    const start = state.start ?? windowStart(state.newest, now, this.config);
    let channelId = state.channelId;
    let uploads = state.uploads;
    if (!channelId || !uploads) {
      const found = await this.channel(account, now, signal);
      channelId = found.id;
      uploads = found.uploads;
    }
    // Channel and uploads playlist stay in the cursor: later polls skip the channels call.
    const carry = { ...(state.newest ? { newest: state.newest } : {}), channelId, uploads };
    const maxResults = String(Math.min(50, this.config.pageSize ?? 50));

    if ((state.phase ?? 'uploads') === 'uploads') {
      const params = new URLSearchParams({ part: 'snippet,contentDetails', playlistId: uploads, maxResults, key: this.config.credential! });
      if (state.token) params.set('pageToken', state.token);
      const { body, rateLimit } = await this.get<{ items?: YtPlaylistItem[]; nextPageToken?: string }>('playlistItems', params, now, signal);
      if (!Array.isArray(body.items)) throw new ConnectorError('retryable', 'malformed playlistItems response: no items array');
      const all = body.items.map((v) => mapUpload(v, account, channelId!, now));
      const items = all.filter((i) => Date.parse(i.postedAt) >= Date.parse(start));
      const newest = [state.newest, ...items.map((i) => i.postedAt)].filter((v): v is string => Boolean(v)).sort().pop();
      const more = body.nextPageToken && items.length === all.length && all.length > 0;
      const next: YtCursor = more
        ? { phase: 'uploads', token: body.nextPageToken!, start, channelId, uploads, ...(newest ? { newest } : {}) }
        : { phase: 'comments', start, channelId, uploads, ...(newest ? { newest } : {}) };
      return { items, nextCursor: encodeCursor(next), done: false, rateLimit };
    }

    const params = new URLSearchParams({ part: 'snippet,replies', allThreadsRelatedToChannelId: channelId, maxResults: '100', order: 'time', key: this.config.credential! });
    if (state.token) params.set('pageToken', state.token);
    let res;
    try {
      res = await this.get<{ items?: YtCommentThread[]; nextPageToken?: string }>('commentThreads', params, now, signal);
    } catch (error) {
      // Comments disabled or not reachable: the uploads still count as a complete poll.
      if (error instanceof ConnectorError && error.kind === 'permanent') return { items: [], nextCursor: encodeCursor(carry), done: true, rateLimit: noRateLimitHeaders() };
      throw error;
    }
    if (!Array.isArray(res.body.items)) throw new ConnectorError('retryable', 'malformed commentThreads response: no items array');
    const comments = mapOwnComments(res.body.items, account, channelId, now);
    const items = comments.filter((i) => Date.parse(i.postedAt) >= Date.parse(start));
    const reachedStart = res.body.items.some((t) => Date.parse(t.snippet?.topLevelComment?.snippet?.publishedAt ?? now.toISOString()) < Date.parse(start));
    if (res.body.nextPageToken && !reachedStart) {
      return { items, nextCursor: encodeCursor({ phase: 'comments', token: res.body.nextPageToken, start, ...carry }), done: false, rateLimit: res.rateLimit };
    }
    return { items, nextCursor: encodeCursor(carry), done: true, rateLimit: res.rateLimit };
  }

  private async channel(account: ConnectorAccount, now: Date, signal?: AbortSignal): Promise<{ id: string; uploads: string }> {
    const params = new URLSearchParams({ part: 'contentDetails,snippet', key: this.config.credential! });
    if (account.platformUserId) params.set('id', account.platformUserId);
    else params.set('forHandle', account.handle.startsWith('@') ? account.handle : `@${account.handle}`);
    const { body } = await this.get<{ items?: { id: string; contentDetails?: { relatedPlaylists?: { uploads?: string } } }[] }>('channels', params, now, signal);
    const ch = body.items?.[0];
    const uploads = ch?.contentDetails?.relatedPlaylists?.uploads;
    if (!ch || !uploads) throw new ConnectorError('permanent', `YouTube channel ${account.platformUserId ?? account.handle} not found`);
    return { id: ch.id, uploads };
  }

  private get<T>(resource: string, params: URLSearchParams, now: Date, signal?: AbortSignal) {
    return requestJson<T>({ url: `${this.baseUrl}/youtube/v3/${resource}?${params}`, signal, now, readRateLimit: noRateLimitHeaders, classify: (status, body) => classifyGoogle(status, body, now) });
  }
}

/** Google API errors: `{ error: { code, message, errors: [{ reason }] } }`. */
export function classifyGoogle(status: number, body: unknown, now: Date): ConnectorError | null {
  const err = body && typeof body === 'object' ? (body as { error?: { message?: string; errors?: { reason?: string }[] } }).error : undefined;
  const reason = err?.errors?.[0]?.reason ?? '';
  const message = `youtube: ${reason || status}: ${err?.message ?? ''}`;
  if (['quotaExceeded', 'dailyLimitExceeded', 'rateLimitExceeded', 'userRateLimitExceeded'].includes(reason)) {
    // The daily quota resets at midnight Pacific time (UTC-8, or -7 in summer: take the later).
    const reset = new Date(now);
    reset.setUTCHours(8, 0, 0, 0);
    if (reset.getTime() <= now.getTime()) reset.setUTCDate(reset.getUTCDate() + 1);
    const retryAfterMs = reason === 'quotaExceeded' || reason === 'dailyLimitExceeded' ? reset.getTime() - now.getTime() : 60_000;
    return new ConnectorError('rate_limited', message, { status, retryAfterMs, resetAt: new Date(now.getTime() + retryAfterMs).toISOString() });
  }
  if (['keyInvalid', 'keyExpired', 'authError', 'accessNotConfigured', 'ipRefererBlocked'].includes(reason)) {
    return new ConnectorError('auth', message, { status });
  }
  if (reason === 'commentsDisabled' || reason === 'forbidden' || status === 404) return new ConnectorError('permanent', message, { status });
  if (status === 400 && /API key/i.test(err?.message ?? '')) return new ConnectorError('auth', message, { status });
  return null;
}

function mapUpload(v: YtPlaylistItem, account: ConnectorAccount, channelId: string, now: Date): IncomingItem {
  const videoId = v.contentDetails?.videoId ?? v.snippet?.resourceId?.videoId ?? v.id;
  const title = v.snippet?.title ?? '';
  const description = v.snippet?.description ?? '';
  const thumb = v.snippet?.thumbnails?.high?.url ?? v.snippet?.thumbnails?.default?.url;
  return {
    platform: 'youtube',
    platformItemId: videoId,
    kind: 'post',
    accountId: account.id,
    authorHandle: account.handle,
    authorPlatformId: channelId,
    url: `https://www.youtube.com/watch?v=${videoId}`,
    postedAt: isoOrNow(v.contentDetails?.videoPublishedAt ?? v.snippet?.publishedAt, now),
    text: description ? `${title}\n\n${description}` : title,
    ...(thumb ? { media: [{ type: 'video', url: `https://www.youtube.com/watch?v=${videoId}` }, { type: 'thumbnail', url: thumb }] } : {}),
    raw: v,
  };
}

function mapOwnComments(threads: YtCommentThread[], account: ConnectorAccount, channelId: string, now: Date): IncomingItem[] {
  const out: IncomingItem[] = [];
  for (const t of threads) {
    const top = t.snippet?.topLevelComment;
    const comments = [...(top ? [top] : []), ...(t.replies?.comments ?? [])];
    for (const c of comments) {
      if (c.snippet?.authorChannelId?.value !== channelId) continue;
      const isReply = c !== top;
      const videoId = c.snippet?.videoId ?? t.snippet?.videoId ?? '';
      out.push({
        platform: 'youtube',
        platformItemId: c.id,
        kind: 'comment',
        accountId: account.id,
        authorHandle: account.handle,
        authorPlatformId: channelId,
        url: `https://www.youtube.com/watch?v=${videoId}&lc=${c.id}`,
        postedAt: isoOrNow(c.snippet?.publishedAt, now),
        text: c.snippet?.textOriginal ?? c.snippet?.textDisplay ?? '',
        target: isReply && top
          ? { authorHandle: top.snippet?.authorDisplayName ?? 'unknown', text: top.snippet?.textOriginal ?? '', platformItemId: top.id }
          : { authorHandle: t.snippet?.channelId ?? 'unknown', text: '', platformItemId: videoId, url: `https://www.youtube.com/watch?v=${videoId}` },
        raw: { thread: t.id, comment: c },
      });
    }
  }
  return out;
}

export function windowStart(newest: string | undefined, now: Date, config: PlatformConnectorConfig): string {
  const lookback = config.lookbackMs ?? 7 * 86_400_000;
  const backfill = config.backfillMs ?? 30 * 86_400_000;
  return new Date(Math.min(newest ? Date.parse(newest) : now.getTime() - backfill, now.getTime() - lookback)).toISOString();
}
