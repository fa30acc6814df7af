import type { IncomingItem } from '@netra/shared';
import { ConnectorError, type ConnectorAccount, type FetchResult, type PlatformConnectorConfig, type RateLimitState } from './connector-types.js';
import { decodeCursor, encodeCursor, isoOrNow, notConfigured, requestJson } from './http-json.js';
import { CredentialedConnector } from './credentialed-connector.js';
import { windowStart } from './youtube-connector.js';

// Meta Graph API, where it reaches: a public Facebook Page's posts (GET /{page-id}/posts) and an
// Instagram professional account's media (GET /{ig-user-id}/media), access token in
// `access_token`, cursor pagination (`paging.cursors.after` when `paging.next` is present),
// `since` as a unix time. Usage in `X-App-Usage` / `X-Business-Use-Case-Usage` (percentages).
// Errors: `{ error: { message, type, code, error_subcode } }`; code 190 is an expired or invalid
// token, 4 / 17 / 32 / 613 / 80001.. are rate limits.

export const META_DEFAULT_BASE_URL = 'https://graph.facebook.com';
export const META_API_VERSION = 'v21.0';

export interface MetaPost {
  id: string;
  message?: string;
  created_time?: string;
  permalink_url?: string;
  status_type?: string;
  parent_id?: string;
  full_picture?: string;
}
export interface IgMedia {
  id: string;
  caption?: string;
  media_type?: string;
  media_url?: string;
  permalink?: string;
  timestamp?: string;
  username?: string;
}
interface GraphPage<T> {
  data?: T[];
  paging?: { cursors?: { before?: string; after?: string }; next?: string };
}
interface MetaCursor {
  newest?: string;
  token?: string;
  start?: string;
}

export class MetaConnector extends CredentialedConnector {
  constructor(readonly platform: 'facebook' | 'instagram', config: PlatformConnectorConfig) {
    // Facebook and Instagram calls count against the same app token.
    super(config, 'meta', META_DEFAULT_BASE_URL);
  }

  async fetchActivities(account: ConnectorAccount, cursor: string | null, signal?: AbortSignal): Promise<FetchResult> {
    if (!this.configured) throw notConfigured(this.platform);
    if (!account.platformUserId) throw new ConnectorError('permanent', `${this.platform} account ${account.handle} needs its Page or Instagram user id`);
    const now = this.now();
    const state = decodeCursor<MetaCursor>(cursor) ?? {};
    const start = state.start ?? windowStart(state.newest, now, this.config);
    const fields = this.platform === 'facebook' ? 'id,message,created_time,permalink_url,status_type,parent_id,full_picture' : 'id,caption,media_type,media_url,permalink,timestamp,username';
    const edge = this.platform === 'facebook' ? 'posts' : 'media';
    const params = new URLSearchParams({ fields, limit: String(Math.min(100, this.config.pageSize ?? 50)), since: String(Math.floor(Date.parse(start) / 1000)), access_token: this.config.credential! });
    if (state.token) params.set('after', state.token);
    const { body, rateLimit } = await requestJson<GraphPage<MetaPost & IgMedia>>({
      url: `${this.baseUrl}/${META_API_VERSION}/${encodeURIComponent(account.platformUserId)}/${edge}?${params}`,
      signal,
      now,
      readRateLimit: readMetaUsage,
      classify: (status, b) => classifyGraph(status, b, now),
    });
    if (!Array.isArray(body.data)) throw new ConnectorError('retryable', `malformed Graph response: no data array`);
    const all = body.data.map((p) => (this.platform === 'facebook' ? mapPagePost(p, account, now) : mapIgMedia(p, account, now)));
    const items = all.filter((i) => Date.parse(i.postedAt) >= Date.parse(start));
    const newest = [state.newest, ...items.map((i) => i.postedAt)].filter((v): v is string => Boolean(v)).sort().pop();
    const keep = newest ? { newest } : {};
    const after = body.paging?.next ? body.paging.cursors?.after : undefined;
    if (after && items.length === all.length && all.length > 0) {
      return { items, nextCursor: encodeCursor({ token: after, start, ...keep }), done: false, rateLimit };
    }
    return { items, nextCursor: encodeCursor(keep), done: true, rateLimit };
  }
}

/** Usage headers are percentages of the app's hourly allowance; 100 % means wait. */
export function readMetaUsage(headers: Headers, now: Date): RateLimitState {
  let used: number | null = null;
  let regainMinutes = 0;
  const app = headers.get('x-app-usage');
  if (app) {
    try {
      const u = JSON.parse(app) as Record<string, number>;
      used = Math.max(u.call_count ?? 0, u.total_time ?? 0, u.total_cputime ?? 0);
    } catch {
      /* ignore a malformed header */
    }
  }
  const buc = headers.get('x-business-use-case-usage');
  if (buc) {
    try {
      const u = JSON.parse(buc) as Record<string, { call_count?: number; total_time?: number; total_cputime?: number; estimated_time_to_regain_access?: number }[]>;
      for (const list of Object.values(u)) {
        for (const e of list) {
          used = Math.max(used ?? 0, e.call_count ?? 0, e.total_time ?? 0, e.total_cputime ?? 0);
          regainMinutes = Math.max(regainMinutes, e.estimated_time_to_regain_access ?? 0);
        }
      }
    } catch {
      /* ignore */
    }
  }
  if (used === null) return { remaining: null, resetAt: null };
  const remaining = Math.max(0, Math.floor(100 - used));
  return { remaining, resetAt: remaining === 0 ? new Date(now.getTime() + Math.max(regainMinutes, 60) * 60_000).toISOString() : null };
}

export function classifyGraph(status: number, body: unknown, now: Date): ConnectorError | null {
  const err = body && typeof body === 'object' ? (body as { error?: { message?: string; type?: string; code?: number; error_subcode?: number } }).error : undefined;
  if (!err) return null;
  const message = `graph: (#${err.code ?? status}) ${err.message ?? ''}`;
  const code = err.code ?? 0;
  if ([4, 17, 32, 613].includes(code) || (code >= 80001 && code <= 80014)) {
    return new ConnectorError('rate_limited', message, { status, retryAfterMs: 3600_000, resetAt: new Date(now.getTime() + 3600_000).toISOString() });
  }
  if (code === 1 || code === 2) return new ConnectorError('retryable', message, { status });
  if (code === 190 || code === 102 || (code >= 200 && code < 300) || (err.type === 'OAuthException' && code !== 100)) return new ConnectorError('auth', message, { status });
  if (code === 100 || code === 803) return new ConnectorError('permanent', message, { status });
  return null;
}

function mapPagePost(p: MetaPost, account: ConnectorAccount, now: Date): IncomingItem {
  const shared = p.status_type === 'shared_story' || Boolean(p.parent_id);
  return {
    platform: 'facebook',
    platformItemId: p.id,
    kind: shared ? 'share' : 'post',
    accountId: account.id,
    authorHandle: account.handle,
    authorPlatformId: account.platformUserId!,
    ...(p.permalink_url ? { url: p.permalink_url } : {}),
    postedAt: isoOrNow(p.created_time, now),
    text: p.message ?? '',
    // The Graph API names the shared post, not its author or words: reviewers follow the id.
    target: shared ? { authorHandle: 'unknown', text: '', ...(p.parent_id ? { platformItemId: p.parent_id } : {}) } : null,
    ...(p.full_picture ? { media: [{ type: 'photo', url: p.full_picture }] } : {}),
    raw: p,
  };
}

function mapIgMedia(m: IgMedia, account: ConnectorAccount, now: Date): IncomingItem {
  return {
    platform: 'instagram',
    platformItemId: m.id,
    kind: 'post',
    accountId: account.id,
    authorHandle: m.username ?? account.handle,
    authorPlatformId: account.platformUserId!,
    ...(m.permalink ? { url: m.permalink } : {}),
    postedAt: isoOrNow(m.timestamp, now),
    text: m.caption ?? '',
    ...(m.media_url ? { media: [{ type: (m.media_type ?? 'IMAGE').toLowerCase(), url: m.media_url }] } : {}),
    raw: m,
  };
}
