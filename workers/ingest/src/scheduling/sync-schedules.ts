import { createHash } from 'node:crypto';
import type { Queue } from 'bullmq';
import type { Pool, TypedQueue } from '@netra/shared';
import { setPollInterval } from '../poll/coverage-repo.js';
import { DEFAULT_INTERVAL_POLICY, indonesianDay, pollInterval, type IntervalPolicy } from './poll-interval.js';
import { contestsCovering, listScheduleAccounts, listUpcomingContests } from './schedule-repo.js';

// One BullMQ job scheduler per active monitored account (`poll:<accountId>`, job 'poll-account').
// `syncSchedules` reconciles them with the database: adds or re-times active accounts' schedulers,
// removes those of paused, stopped or removed accounts. Run it on start and every few minutes.

export const POLL_SCHEDULER_PREFIX = 'poll:';

export function schedulerIdFor(accountId: string): string {
  return `${POLL_SCHEDULER_PREFIX}${accountId}`;
}

/** A stable offset inside the interval, so accounts with equal intervals do not all fire at once. */
export function scheduleOffset(accountId: string, intervalMs: number): number {
  return createHash('sha256').update(accountId).digest().readUInt32BE(0) % intervalMs;
}

export interface SyncResult {
  upserted: number;
  unchanged: number;
  removed: number;
}

export async function syncSchedules(db: Pool, queue: TypedQueue<'ingest'> | Queue, now: Date = new Date(), policy: IntervalPolicy = DEFAULT_INTERVAL_POLICY): Promise<SyncResult> {
  const q: Queue = 'add' in queue && 'upsertJobScheduler' in queue ? queue : (queue as TypedQueue<'ingest'>).queue;
  const [accounts, contests, existing] = await Promise.all([
    listScheduleAccounts(db, { flags: new Date(now.getTime() - policy.recentFlagWindowMs), edits: new Date(now.getTime() - policy.recentEditWindowMs) }),
    listUpcomingContests(db, indonesianDay(now)),
    q.getJobSchedulers(0, -1),
  ]);
  const current = new Map(existing.filter((s) => (s.key ?? '').startsWith(POLL_SCHEDULER_PREFIX)).map((s) => [s.key, s]));
  const result: SyncResult = { upserted: 0, unchanged: 0, removed: 0 };
  const keep = new Set<string>();
  for (const account of accounts) {
    const id = schedulerIdFor(account.id);
    if (account.monitoringState !== 'active') continue;
    keep.add(id);
    const { intervalMs, reasons } = pollInterval(
      {
        now,
        contests: contestsCovering(contests, account.regionCode),
        lastFlagAt: account.lastFlagAt,
        lastEditAt: account.lastEditAt,
        lastItemAt: account.lastItemAt,
        monitoredSince: account.createdAt,
      },
      policy,
    );
    const have = current.get(id);
    if (have && have.every === intervalMs) {
      result.unchanged += 1;
      continue;
    }
    await q.upsertJobScheduler(
      id,
      { every: intervalMs, offset: scheduleOffset(account.id, intervalMs) },
      {
        name: 'poll-account',
        data: { accountId: account.id },
        opts: { attempts: 4, backoff: { type: 'exponential', delay: 5000 }, removeOnComplete: { age: 24 * 3600, count: 10_000 }, removeOnFail: { age: 7 * 24 * 3600 } },
      },
    );
    if (!have) {
      // A newly watched account is read at once rather than after its first full interval; the
      // job id makes this once per account however many processes reconcile.
      await q.add('poll-account', { accountId: account.id }, { jobId: `first-poll-${account.id}`, attempts: 4, backoff: { type: 'exponential', delay: 5000 }, removeOnComplete: { age: 24 * 3600 }, removeOnFail: { age: 7 * 24 * 3600 } });
    }
    await setPollInterval(db, account.id, intervalMs, reasons.join(','));
    result.upserted += 1;
  }
  for (const id of current.keys()) {
    if (keep.has(id)) continue;
    await q.removeJobScheduler(id);
    const accountId = id.slice(POLL_SCHEDULER_PREFIX.length);
    if (accounts.some((a) => a.id === accountId)) await setPollInterval(db, accountId, null, 'not_active');
    result.removed += 1;
  }
  return result;
}
