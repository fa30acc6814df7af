import type { IncomingItem, Platform } from '@netra/shared';

// The one contract every platform connector implements. A poll of an account is a sequence of
// `fetchActivities` calls: the first gets the cursor stored after the previous poll (or null), each
// answer gives the cursor for the next call, and `done: true` ends the poll; its `nextCursor` is the
// one to store for the next poll. Cursors are opaque strings owned by the connector.

export interface ConnectorAccount {
  id: string;
  platform: Platform;
  handle: string;
  platformUserId: string | null;
}

export interface RateLimitState {
  /** Calls left in the platform's current window; null when the platform did not say. */
  remaining: number | null;
  /** ISO 8601 instant at which the window resets; null when unknown. */
  resetAt: string | null;
}

export interface FetchResult {
  items: IncomingItem[];
  nextCursor: string | null;
  /** True when this page ended the poll: `nextCursor` is then the cursor for the next poll. */
  done: boolean;
  rateLimit: RateLimitState;
}

export interface Connector {
  readonly platform: Platform;
  /** False when the platform has no credentials in config: polls of its accounts are skipped, not crashed. */
  readonly configured: boolean;
  /** Names the credential (never the secret itself): rate-limit budgets are shared per platform + credential. */
  readonly credentialId: string;
  fetchActivities(account: ConnectorAccount, cursor: string | null, signal?: AbortSignal): Promise<FetchResult>;
}

export const CONNECTOR_ERROR_KINDS = ['retryable', 'permanent', 'auth', 'rate_limited'] as const;
export type ConnectorErrorKind = (typeof CONNECTOR_ERROR_KINDS)[number];

export interface ConnectorErrorOptions {
  status?: number;
  /** For 'rate_limited': how long to wait before calling again. */
  retryAfterMs?: number;
  /** For 'rate_limited': when the platform's window resets (ISO 8601). */
  resetAt?: string;
  cause?: unknown;
}

/**
 * A classified connector failure. `retryable`: try again with backoff (5xx, network, malformed
 * body). `permanent`: the request cannot succeed (unknown or suspended account, bad request).
 * `auth`: the credential is missing, expired or revoked. `rate_limited`: wait `retryAfterMs`.
 */
export class ConnectorError extends Error {
  readonly kind: ConnectorErrorKind;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  readonly resetAt: string | undefined;

  constructor(kind: ConnectorErrorKind, message: string, options: ConnectorErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ConnectorError';
    this.kind = kind;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
    this.resetAt = options.resetAt;
  }
}

/** Base URL and credential of one platform, from config. Without a credential the connector is not configured. */
export interface PlatformConnectorConfig {
  baseUrl?: string;
  /** Bearer token, API key, client token or access token, depending on the platform. */
  credential?: string;
  /** Stable name of the credential for budgets and logs; defaults to a hash prefix of it. */
  credentialId?: string;
  /** Items per page asked from the platform. */
  pageSize?: number;
  /** How far back each poll re-reads an account's own posts, so edits and deletions are seen. */
  lookbackMs?: number;
  /** How far back the first poll of an account reads. */
  backfillMs?: number;
  /** Clock, for tests. */
  now?: () => Date;
}
