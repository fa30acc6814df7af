-- Coverage ledger: per monitored account, when Netra last saw it, what went wrong, how long it
-- waited on platform rate limits, and the spans of time in which it could not see the account.
-- Reviewers use it to tell "no activity" from "not watched".

CREATE TABLE account_coverage (
  account_id               uuid PRIMARY KEY REFERENCES social_accounts (id) ON DELETE CASCADE,
  -- The connector's opaque cursor for the next poll.
  cursor                   text,
  last_poll_started_at     timestamptz,
  last_success_at          timestamptz,
  last_error_at            timestamptz,
  last_error               text,
  last_error_kind          text CHECK (last_error_kind IN ('retryable', 'permanent', 'auth', 'rate_limited', 'not_configured', 'internal')),
  consecutive_failures     integer NOT NULL DEFAULT 0,
  rate_limit_wait_ms_total bigint NOT NULL DEFAULT 0,
  rate_limited_count       integer NOT NULL DEFAULT 0,
  -- Newest activity the connector returned, and counts for the account page.
  last_item_at             timestamptz,
  polls_total              integer NOT NULL DEFAULT 0,
  items_seen_total         bigint NOT NULL DEFAULT 0,
  -- The scheduler's current interval and why, as set by the last reconcile.
  poll_interval_ms         integer,
  poll_interval_reason     text,
  updated_at               timestamptz NOT NULL DEFAULT now()
);

-- A span in which the account was not watched: opens at the last successful poll (or the first
-- failure) when a poll fails, is rate-limited or cannot run; closes at the next successful poll.
CREATE TABLE coverage_gaps (
  id          bigserial PRIMARY KEY,
  account_id  uuid NOT NULL REFERENCES social_accounts (id) ON DELETE CASCADE,
  from_at     timestamptz NOT NULL,
  to_at       timestamptz,
  reason      text NOT NULL CHECK (reason IN ('retryable', 'permanent', 'auth', 'rate_limited', 'not_configured', 'internal')),
  last_detail text,
  failures    integer NOT NULL DEFAULT 1,
  CHECK (to_at IS NULL OR to_at >= from_at)
);
-- At most one open gap per account.
CREATE UNIQUE INDEX coverage_gaps_open ON coverage_gaps (account_id) WHERE to_at IS NULL;
CREATE INDEX coverage_gaps_account ON coverage_gaps (account_id, from_at);
