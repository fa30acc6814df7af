import type { Redis } from 'ioredis';
import type { RateLimitState } from '../connectors/connector-types.js';

// Rate-limit budgets shared by every worker process: one token bucket per platform + credential in
// Redis (key `<prefix>:ratebudget:<platform>:<credentialId>`), changed only inside Lua scripts so
// concurrent takers never overdraw it. Time is Redis' own clock, the same for every process.
// When a platform says the window is spent (429 or remaining = 0), the bucket is blocked until the
// platform's reset time.

export interface BudgetLimit {
  /** Requests per window. */
  capacity: number;
  windowMs: number;
}

/** Conservative defaults under each platform's published limits; override per deployment. */
export const DEFAULT_BUDGETS: Record<string, BudgetLimit> = {
  x: { capacity: 900, windowMs: 15 * 60_000 },
  bluesky: { capacity: 2500, windowMs: 5 * 60_000 },
  youtube: { capacity: 9000, windowMs: 24 * 3600_000 },
  tiktok: { capacity: 900, windowMs: 24 * 3600_000 },
  facebook: { capacity: 180, windowMs: 3600_000 },
  instagram: { capacity: 180, windowMs: 3600_000 },
  default: { capacity: 60, windowMs: 60_000 },
};

export type TakeResult = { granted: true } | { granted: false; waitMs: number; blocked: boolean };

const TAKE = `
local key = KEYS[1]
local capacity = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local d = redis.call('HMGET', key, 'tokens', 'ts', 'blocked_until')
local tokens = tonumber(d[1]) or capacity
local ts = tonumber(d[2]) or now
local blocked = tonumber(d[3]) or 0
if blocked > now then return {0, blocked - now, 1} end
local rate = capacity / window
if now > ts then tokens = math.min(capacity, tokens + (now - ts) * rate) end
local granted = 0
local wait = 0
if tokens >= cost then
  tokens = tokens - cost
  granted = 1
else
  wait = math.ceil((cost - tokens) / rate)
end
redis.call('HSET', key, 'tokens', tostring(tokens), 'ts', tostring(now), 'blocked_until', tostring(blocked))
redis.call('PEXPIRE', key, window * 2 + 60000)
return {granted, wait, 0}
`;

const BLOCK = `
local key = KEYS[1]
local untilMs = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local capacity = tonumber(ARGV[3])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
if untilMs <= now then return 0 end
local blocked = tonumber(redis.call('HGET', key, 'blocked_until')) or 0
if untilMs > blocked then
  -- The platform's window starts afresh at its reset: the bucket is full again from then on.
  redis.call('HSET', key, 'blocked_until', tostring(untilMs), 'tokens', tostring(capacity), 'ts', tostring(untilMs))
end
local ttl = math.max(untilMs - now, 0) + window * 2 + 60000
redis.call('PEXPIRE', key, ttl)
return math.max(untilMs - now, 0)
`;

type BudgetRedis = Redis & {
  netraBudgetTake(key: string, capacity: number, windowMs: number, cost: number): Promise<[number, number, number]>;
  netraBudgetBlock(key: string, untilMs: number, windowMs: number, capacity: number): Promise<number>;
};

export class RateBudget {
  private readonly redis: BudgetRedis;
  private readonly limits: Record<string, BudgetLimit>;

  constructor(redis: Redis, private readonly prefix: string, limits: Partial<Record<string, BudgetLimit>> = {}) {
    const r = redis as BudgetRedis;
    if (typeof r.netraBudgetTake !== 'function') {
      r.defineCommand('netraBudgetTake', { numberOfKeys: 1, lua: TAKE });
      r.defineCommand('netraBudgetBlock', { numberOfKeys: 1, lua: BLOCK });
    }
    this.redis = r;
    this.limits = { ...DEFAULT_BUDGETS, ...(limits as Record<string, BudgetLimit>) };
  }

  key(platform: string, credentialId: string): string {
    return `${this.prefix}:ratebudget:${platform}:${credentialId}`;
  }

  limitOf(platform: string): BudgetLimit {
    return this.limits[platform] ?? this.limits.default!;
  }

  /** Takes `cost` requests from the shared budget, or says how long to wait. */
  async take(platform: string, credentialId: string, cost = 1): Promise<TakeResult> {
    const limit = this.limitOf(platform);
    const [granted, wait, blocked] = await this.redis.netraBudgetTake(this.key(platform, credentialId), limit.capacity, limit.windowMs, cost);
    return granted === 1 ? { granted: true } : { granted: false, waitMs: Math.max(1, Number(wait)), blocked: blocked === 1 };
  }

  /** Blocks the budget until `untilMs` (epoch ms) for every process. Returns the wait from now. */
  async block(platform: string, credentialId: string, untilMs: number): Promise<number> {
    const limit = this.limitOf(platform);
    return this.redis.netraBudgetBlock(this.key(platform, credentialId), Math.ceil(untilMs), limit.windowMs, limit.capacity);
  }

  /** Honours the platform's own count: when it says nothing is left, block until its reset. */
  async observe(platform: string, credentialId: string, state: RateLimitState): Promise<void> {
    if (state.remaining === 0 && state.resetAt) await this.block(platform, credentialId, Date.parse(state.resetAt));
  }
}
