import { Redis, type RedisOptions } from 'ioredis';

/**
 * A Redis connection for BullMQ. `maxRetriesPerRequest: null` lets BullMQ workers keep waiting
 * through a Redis restart instead of failing commands; reconnects back off up to 2 s.
 */
export function createRedis(url: string, extra: RedisOptions = {}): Redis {
  const redis = new Redis(url, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    retryStrategy: (times) => Math.min(times * 100, 2000),
    ...extra,
  });
  // Without a listener, ioredis prints every reconnect error; callers attach a logger.
  redis.on('error', () => undefined);
  return redis;
}
