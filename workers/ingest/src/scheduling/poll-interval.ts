// How often to poll an account: a pure function of the election calendar of its region and of
// what the account did lately. Shorter during the campaign and the quiet period, for accounts with
// recent flags and right after a detected edit (an edit is often a partisan post being softened
// before deletion); longer for dormant accounts.

export interface ContestWindow {
  /** YYYY-MM-DD, calendar days in Indonesia. */
  campaignStart: string | null;
  campaignEnd: string | null;
  quietStart: string | null;
  quietEnd: string | null;
  votingDay: string;
}

export interface IntervalInput {
  now: Date;
  /** Contests whose region is the account's region or contains it. */
  contests: ContestWindow[];
  lastFlagAt: Date | null;
  lastEditAt: Date | null;
  /** Newest activity of the account Netra knows of. */
  lastItemAt: Date | null;
  /** When monitoring of the account began (an account never seen active is dormant only after this long). */
  monitoredSince: Date | null;
}

export interface IntervalPolicy {
  baseMs: number;
  campaignMs: number;
  quietMs: number;
  recentFlagMs: number;
  recentEditMs: number;
  dormantFactor: number;
  minMs: number;
  maxMs: number;
  recentFlagWindowMs: number;
  recentEditWindowMs: number;
  dormantAfterMs: number;
}

const MIN = 60_000;
const DAY = 86_400_000;

export const DEFAULT_INTERVAL_POLICY: IntervalPolicy = {
  baseMs: 60 * MIN,
  campaignMs: 15 * MIN,
  quietMs: 10 * MIN,
  recentFlagMs: 10 * MIN,
  recentEditMs: 5 * MIN,
  dormantFactor: 4,
  minMs: 2 * MIN,
  maxMs: 12 * 60 * MIN,
  recentFlagWindowMs: 7 * DAY,
  recentEditWindowMs: DAY,
  dormantAfterMs: 30 * DAY,
};

export type ElectionPhase = 'none' | 'campaign' | 'quiet';

/** The calendar day in Indonesia's western time (UTC+7), where the election dates are set. */
export function indonesianDay(now: Date): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** The most intense phase any contest is in today: the quiet period (masa tenang) to voting day, or the campaign. */
export function electionPhase(contests: ContestWindow[], now: Date): ElectionPhase {
  const today = indonesianDay(now);
  let phase: ElectionPhase = 'none';
  for (const c of contests) {
    const quietStart = c.quietStart ?? c.campaignEnd ?? shiftDay(c.votingDay, -3);
    if (today >= quietStart && today <= c.votingDay) return 'quiet';
    const campaignStart = c.campaignStart ?? shiftDay(c.votingDay, -63);
    if (today >= campaignStart && today <= c.votingDay) phase = 'campaign';
  }
  return phase;
}

export function pollInterval(input: IntervalInput, policy: IntervalPolicy = DEFAULT_INTERVAL_POLICY): { intervalMs: number; reasons: string[] } {
  const now = input.now.getTime();
  const reasons: string[] = [];
  const phase = electionPhase(input.contests, input.now);
  let interval = phase === 'quiet' ? policy.quietMs : phase === 'campaign' ? policy.campaignMs : policy.baseMs;
  reasons.push(phase === 'none' ? 'base' : phase);
  const activeRef = input.lastItemAt ?? input.monitoredSince;
  if (activeRef && now - activeRef.getTime() > policy.dormantAfterMs) {
    interval *= policy.dormantFactor;
    reasons.push('dormant');
  }
  if (input.lastFlagAt && now - input.lastFlagAt.getTime() <= policy.recentFlagWindowMs && policy.recentFlagMs < interval) {
    interval = policy.recentFlagMs;
    reasons.push('recent_flag');
  }
  if (input.lastEditAt && now - input.lastEditAt.getTime() <= policy.recentEditWindowMs && policy.recentEditMs < interval) {
    interval = policy.recentEditMs;
    reasons.push('recent_edit');
  }
  return { intervalMs: Math.min(policy.maxMs, Math.max(policy.minMs, Math.round(interval))), reasons };
}

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}
