import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';

// One poll of an account at a time across all worker processes: a scheduler run and a deferred
// (rate-limited) run of the same account must not race on its cursor. A Redis lock with a TTL
// (a killed worker's lock expires) released only by its holder.

const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

export class PollLock {
  constructor(private readonly redis: Redis, private readonly prefix: string, private readonly ttlMs = 10 * 60_000) {}

  key(accountId: string): string {
    return `${this.prefix}:polllock:${accountId}`;
  }

  /** Returns a release function, or null when another poll of the account holds the lock. */
  async acquire(accountId: string): Promise<(() => Promise<void>) | null> {
    const token = randomBytes(12).toString('hex');
    const ok = await this.redis.set(this.key(accountId), token, 'PX', this.ttlMs, 'NX');
    if (ok !== 'OK') return null;
    return async () => {
      await this.redis.eval(RELEASE, 1, this.key(accountId), token);
    };
  }
}
