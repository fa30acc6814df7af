import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import type { IncomingItem, IngestItemResult, ItemSource, Platform, Pool, QueueHandlers } from '@netra/shared';
import type { Logger } from 'pino';
import { ConnectorError, type Connector } from '../connectors/connector-types.js';
import { ingestItems, markMissing } from '../items/items-service.js';
import type { RateBudget } from '../scheduling/rate-budget.js';
import type { PollLock } from './poll-lock.js';
import { getCoverage, loadPollAccount, recordPollFailure, recordPollStart, recordPollSuccess, saveCursor, type CoverageErrorKind } from './coverage-repo.js';

// The 'poll-account' job: load the account, pick its platform's connector, take from the shared
// rate budget before every request, read pages from the stored cursor, hand the items to the item
// store, mark what vanished, and keep the coverage ledger honest about what was and was not seen.

/** The item store's entry points (workers/ingest/src/items), injected so the poller stays testable. */
export interface ItemStore {
  ingestItems(db: Pool, items: IncomingItem[], source: ItemSource): Promise<IngestItemResult[]>;
  markMissing(db: Pool, accountId: string, seenPlatformItemIds: string[], pollStartedAt: Date): Promise<unknown>;
}

/** Marks a stored cursor that resumes a poll cut short. */
export const MID_POLL = 'mid:';

export type ConnectorRegistry = Partial<Record<Platform, Connector>>;

export interface IngestDeps {
  db: Pool;
  connectors: ConnectorRegistry;
  budget: RateBudget;
  /** Defaults to the item store of ../items. */
  items?: ItemStore;
  now?: () => Date;
  /** Pages read per poll before the poll stops and resumes from its cursor next time. */
  maxPages?: number;
  /** A budget wait up to this long is slept through inside the job; a longer one defers the poll. */
  maxInlineWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** One poll per account at a time across processes; without it polls are not serialised. */
  lock?: PollLock;
}

export type PollOutcome =
  | { status: 'ok'; pages: number; items: number; created: number; edited: number; unchanged: number; rejected: number; complete: boolean; rateLimitWaitMs: number }
  | { status: 'skipped'; reason: 'account_not_found' | 'not_active' | 'not_configured' | 'already_polling' }
  | { status: 'rate_limited'; retryAt: string; pages: number; items: number };

export async function pollAccount(deps: IngestDeps, accountId: string, log?: Logger, signal?: AbortSignal): Promise<PollOutcome> {
  const release = deps.lock ? await deps.lock.acquire(accountId) : async () => undefined;
  if (!release) return { status: 'skipped', reason: 'already_polling' };
  try {
    return await pollAccountLocked(deps, accountId, log, signal);
  } finally {
    await release();
  }
}

async function pollAccountLocked(deps: IngestDeps, accountId: string, log?: Logger, signal?: AbortSignal): Promise<PollOutcome> {
  const now = deps.now ?? (() => new Date());
  const store: ItemStore = deps.items ?? { ingestItems, markMissing };
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const account = await loadPollAccount(deps.db, accountId);
  if (!account) return { status: 'skipped', reason: 'account_not_found' };
  if (account.monitoringState !== 'active') return { status: 'skipped', reason: 'not_active' };

  const connector = deps.connectors[account.platform];
  const pollStartedAt = now();
  if (!connector || !connector.configured) {
    // Not watched, and on record as such: the coverage ledger shows the gap.
    await recordPollFailure(deps.db, accountId, { at: pollStartedAt, kind: 'not_configured', message: `no configured connector for ${account.platform}` });
    log?.warn({ accountId, platform: account.platform }, 'platform connector not configured');
    return { status: 'skipped', reason: 'not_configured' };
  }

  await recordPollStart(deps.db, accountId, pollStartedAt);
  const coverage = await getCoverage(deps.db, accountId);
  // A poll cut short (page limit, rate limit, crash) stores its cursor marked as mid-poll; the
  // poll that resumes from it did not read the whole window, so it may not judge what is missing.
  const stored = coverage?.cursor ?? null;
  const resumed = stored?.startsWith(MID_POLL) ?? false;
  let cursor = resumed ? stored!.slice(MID_POLL.length) : stored;
  const seen: string[] = [];
  const counts = { created: 0, edited: 0, unchanged: 0, rejected: 0 };
  let pages = 0;
  let itemCount = 0;
  let waited = 0;
  let lastItemAt: string | null = null;
  let done = false;
  const maxPages = deps.maxPages ?? 20;
  const maxInlineWait = deps.maxInlineWaitMs ?? 2000;

  try {
    while (pages < maxPages) {
      const take = await deps.budget.take(account.platform, connector.credentialId);
      if (!take.granted) {
        if (take.waitMs <= maxInlineWait && waited + take.waitMs <= maxInlineWait * 4) {
          waited += take.waitMs;
          await sleep(take.waitMs);
          continue;
        }
        throw new ConnectorError('rate_limited', `shared ${account.platform} budget spent for ${connector.credentialId}`, {
          retryAfterMs: take.waitMs,
          resetAt: new Date(now().getTime() + take.waitMs).toISOString(),
        });
      }
      const page = await connector.fetchActivities(
        { id: account.id, platform: account.platform, handle: account.handle, platformUserId: account.platformUserId },
        cursor,
        signal,
      );
      pages += 1;
      await deps.budget.observe(account.platform, connector.credentialId, page.rateLimit);
      const items = page.items.map((i) => ({ ...i, accountId: account.id }));
      if (items.length > 0) {
        const results = await store.ingestItems(deps.db, items, 'connector');
        for (const r of results) {
          if (r.status === 'rejected') {
            counts.rejected += 1;
            log?.warn({ accountId, index: r.index, error: r.error }, 'connector item rejected by the item store');
          } else counts[r.status] += 1;
        }
      }
      for (const item of items) {
        seen.push(item.platformItemId);
        if (!lastItemAt || Date.parse(item.postedAt) > Date.parse(lastItemAt)) lastItemAt = item.postedAt;
      }
      itemCount += items.length;
      cursor = page.nextCursor;
      if (page.done) {
        done = true;
        break;
      }
      // A poll cut short resumes from here, even if the process dies before the end.
      await saveCursor(deps.db, accountId, cursor === null ? null : MID_POLL + cursor);
    }
  } catch (error) {
    return handleFailure(deps, accountId, account.platform, connector, error, waited, pages, itemCount, now, log);
  }

  // Only a poll that read the whole window may say what is missing from it.
  if (done && !resumed) await store.markMissing(deps.db, accountId, seen, pollStartedAt);
  const next = !done && cursor !== null ? MID_POLL + cursor : cursor;
  await recordPollSuccess(deps.db, accountId, { at: now(), cursor: next, itemsSeen: itemCount, lastItemAt, rateLimitWaitMs: waited });
  return { status: 'ok', pages, items: itemCount, ...counts, complete: done && !resumed, rateLimitWaitMs: waited };
}

async function handleFailure(
  deps: IngestDeps,
  accountId: string,
  platform: Platform,
  connector: Connector,
  error: unknown,
  waited: number,
  pages: number,
  items: number,
  now: () => Date,
  log?: Logger,
): Promise<PollOutcome> {
  const at = now();
  const kind: CoverageErrorKind = error instanceof ConnectorError ? error.kind : 'internal';
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ConnectorError && error.kind === 'rate_limited') {
    const retryAt = error.resetAt ?? new Date(at.getTime() + (error.retryAfterMs ?? 60_000)).toISOString();
    await deps.budget.block(platform, connector.credentialId, Date.parse(retryAt));
    const waitMs = Math.max(0, Date.parse(retryAt) - at.getTime());
    await recordPollFailure(deps.db, accountId, { at, kind, message, rateLimitWaitMs: waited + waitMs });
    log?.warn({ accountId, retryAt }, 'rate limited; poll deferred');
    return { status: 'rate_limited', retryAt, pages, items };
  }
  await recordPollFailure(deps.db, accountId, { at, kind, message, rateLimitWaitMs: waited }).catch((e: unknown) => {
    log?.error({ accountId, err: e }, 'could not record the poll failure');
  });
  if (error instanceof ConnectorError && (error.kind === 'permanent' || error.kind === 'auth')) {
    throw new UnrecoverableError(`${error.kind}: ${message}`);
  }
  throw error;
}

/** The handler map for `startWorker('ingest', createIngestHandlers(deps), ...)`. */
export function createIngestHandlers(deps: IngestDeps): QueueHandlers<'ingest'> {
  return {
    'poll-account': async (payload, job: Job, log) => {
      const outcome = await pollAccount(deps, payload.accountId, log);
      if (outcome.status === 'rate_limited' && job.token) {
        // Wait for the platform's reset without spending an attempt.
        await job.moveToDelayed(Date.parse(outcome.retryAt), job.token);
        throw new DelayedError();
      }
      return outcome;
    },
  };
}
