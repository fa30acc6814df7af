import { createHash } from 'node:crypto';
import { ConnectorError, type RateLimitState } from './connector-types.js';

// The one HTTP path every connector uses: Node's fetch, JSON in and out, and the mapping of HTTP
// failures to connector error kinds.

export interface HttpJsonRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: unknown;
  signal?: AbortSignal | undefined;
  /** Reads the platform's rate-limit headers. */
  readRateLimit: (headers: Headers, now: Date) => RateLimitState;
  /** Platform-specific classification of an error answer; return null to use the default. */
  classify?: (status: number, body: unknown) => ConnectorError | null;
  now: Date;
  /** Fields whose integer values exceed 2^53 (TikTok's int64 ids): kept as strings, not rounded. */
  largeIntFields?: string[];
  /** Whole-request deadline; default 30 s. */
  timeoutMs?: number;
}

export interface HttpJsonResponse<T> {
  body: T;
  rateLimit: RateLimitState;
}

export async function requestJson<T>(req: HttpJsonRequest): Promise<HttpJsonResponse<T>> {
  let res: Response;
  // A platform that hangs must not hold the poll (and its account lock) forever.
  const timeout = AbortSignal.timeout(req.timeoutMs ?? 30_000);
  const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
  try {
    res = await fetch(req.url, {
      method: req.method ?? 'GET',
      headers: { accept: 'application/json', ...(req.body === undefined ? {} : { 'content-type': 'application/json' }), ...req.headers },
      ...(req.body === undefined ? {} : { body: JSON.stringify(req.body) }),
      signal,
    });
  } catch (error) {
    // fetch says only "fetch failed"; the reason (ECONNREFUSED, a reset, a timeout) is in its cause.
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why = cause ? ` (${cause.code ?? cause.message ?? 'unknown cause'})` : '';
    throw new ConnectorError('retryable', `request failed: ${(error as Error).message}${why}`, { cause: error });
  }
  const rateLimit = req.readRateLimit(res.headers, req.now);
  let text: string;
  try {
    text = await res.text();
  } catch (error) {
    throw new ConnectorError('retryable', `response body failed: ${(error as Error).message}`, { status: res.status, cause: error });
  }
  let body: unknown = undefined;
  let parsed = false;
  if (text !== '') {
    try {
      body = JSON.parse(req.largeIntFields ? quoteLargeInts(text, req.largeIntFields) : text);
      parsed = true;
    } catch {
      parsed = false;
    }
  }
  if (!res.ok) {
    const custom = req.classify?.(res.status, body);
    if (custom) throw custom;
    throw classifyStatus(res.status, rateLimit, res.headers, req.now, describe(body, text));
  }
  if (!parsed || body === null || typeof body !== 'object') {
    throw new ConnectorError('retryable', `malformed response body from ${new URL(req.url).pathname}`, { status: res.status });
  }
  return { body: body as T, rateLimit };
}

export function classifyStatus(status: number, rateLimit: RateLimitState, headers: Headers, now: Date, detail: string): ConnectorError {
  if (status === 429) return rateLimited(`rate limited (429)${detail}`, rateLimit, headers, now, status);
  if (status === 401) return new ConnectorError('auth', `credential rejected (401)${detail}`, { status });
  if (status === 403) return new ConnectorError('auth', `access forbidden (403)${detail}`, { status });
  if (status === 408 || status >= 500) return new ConnectorError('retryable', `platform error (${status})${detail}`, { status });
  return new ConnectorError('permanent', `request refused (${status})${detail}`, { status });
}

/** A rate_limited error waiting until the platform's reset (Retry-After wins, then the reset header, then 60 s). */
export function rateLimited(message: string, rateLimit: RateLimitState, headers: Headers, now: Date, status?: number): ConnectorError {
  let retryAfterMs: number | undefined;
  const retryAfter = headers.get('retry-after');
  if (retryAfter && /^\d+$/.test(retryAfter.trim())) retryAfterMs = Number(retryAfter.trim()) * 1000;
  else if (retryAfter && !Number.isNaN(Date.parse(retryAfter))) retryAfterMs = Math.max(0, Date.parse(retryAfter) - now.getTime());
  if (retryAfterMs === undefined && rateLimit.resetAt) retryAfterMs = Math.max(0, Date.parse(rateLimit.resetAt) - now.getTime());
  retryAfterMs ??= 60_000;
  const resetAt = rateLimit.resetAt ?? new Date(now.getTime() + retryAfterMs).toISOString();
  return new ConnectorError('rate_limited', message, { ...(status === undefined ? {} : { status }), retryAfterMs, resetAt });
}

/** Rate-limit headers that give the remaining count and the reset as epoch seconds (X, Bluesky, TikTok). */
export function epochResetHeaders(remainingHeader: string, resetHeader: string) {
  return (headers: Headers): RateLimitState => {
    const remaining = headers.get(remainingHeader);
    const reset = headers.get(resetHeader);
    const remainingN = remaining !== null && /^\d+$/.test(remaining.trim()) ? Number(remaining) : null;
    const resetN = reset !== null && /^\d+$/.test(reset.trim()) ? Number(reset) : null;
    return { remaining: remainingN, resetAt: resetN === null ? null : new Date(resetN * 1000).toISOString() };
  };
}

export const noRateLimitHeaders = (): RateLimitState => ({ remaining: null, resetAt: null });

export function credentialIdOf(platform: string, credential: string | undefined, explicit?: string): string {
  if (explicit) return explicit;
  if (!credential) return `${platform}:none`;
  return `${platform}:${createHash('sha256').update(credential).digest('hex').slice(0, 12)}`;
}

export function notConfigured(platform: string): ConnectorError {
  return new ConnectorError('auth', `${platform} connector is not configured (no credential)`);
}

function describe(body: unknown, text: string): string {
  if (body && typeof body === 'object') {
    const b = body as Record<string, unknown>;
    const msg = b.detail ?? b.message ?? b.title ?? (b.error && typeof b.error === 'object' ? (b.error as Record<string, unknown>).message : b.error);
    if (typeof msg === 'string') return `: ${msg.slice(0, 200)}`;
  }
  return text ? `: ${text.slice(0, 120)}` : '';
}

/** Decodes a connector's JSON cursor; a cursor that does not parse starts over (null). */
export function decodeCursor<T extends object>(cursor: string | null): T | null {
  if (!cursor) return null;
  try {
    const value = JSON.parse(cursor) as unknown;
    return value && typeof value === 'object' ? (value as T) : null;
  } catch {
    return null;
  }
}

export function encodeCursor(value: object): string {
  return JSON.stringify(value);
}

export function isoOrNow(value: unknown, now: Date): string {
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(Date.parse(value)).toISOString();
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value * 1000).toISOString();
  return now.toISOString();
}

export function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/** Quotes integer values of 16+ digits of the named fields before JSON.parse rounds them. */
export function quoteLargeInts(text: string, fields: string[]): string {
  const names = fields.map((f) => f.replace(/[^A-Za-z0-9_]/g, '')).join('|');
  return text.replace(new RegExp(`("(?:${names})"\\s*:\\s*)(-?\\d{16,})(?=\\s*[,}\\]])`, 'g'), '$1"$2"');
}
