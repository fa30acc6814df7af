import type { Redis } from 'ioredis';
import { createPool, createRedis, maskUrl, type Closer, type Config, type Logger, type Pool } from '@netra/shared';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { startEmbeddedRedis } from './embedded-redis.js';

export interface Stores {
  db: Pool;
  redis: Redis;
  /** True when the embedded PGlite is in use (one shared session: keep work sequential). */
  embeddedDatabase: boolean;
  closers: Closer[];
}

/**
 * Connects to DATABASE_URL and REDIS_URL, or starts the embedded defaults when they are not
 * given: PGlite on loopback, and a redis-server child process. Data lives in DATA_DIR.
 */
export async function openStores(config: Config, logger: Logger, options: { needRedis?: boolean } = {}): Promise<Stores> {
  const closers: Closer[] = [];
  let databaseUrl = config.DATABASE_URL;
  let poolSize = config.DATABASE_POOL_SIZE;
  if (!databaseUrl) {
    const pg = await startEmbeddedPostgres(config.DATA_DIR);
    closers.push({ name: 'embedded-postgres', close: () => pg.stop() });
    databaseUrl = pg.url;
    poolSize = pg.poolSize;
    logger.info({ dataDir: config.DATA_DIR }, 'no DATABASE_URL: using embedded PostgreSQL (PGlite)');
  } else {
    logger.info({ database: maskUrl(databaseUrl) }, 'using PostgreSQL');
  }
  const db = createPool({ connectionString: databaseUrl, max: poolSize, ...(config.DATABASE_SCHEMA ? { schema: config.DATABASE_SCHEMA } : {}) });
  closers.push({ name: 'postgres-pool', close: () => db.end() });

  let redisUrl = config.REDIS_URL;
  if (!redisUrl && options.needRedis !== false) {
    const embedded = await startEmbeddedRedis(config.DATA_DIR);
    closers.push({ name: 'embedded-redis', close: () => embedded.stop() });
    redisUrl = embedded.url;
    logger.info({ dataDir: config.DATA_DIR }, 'no REDIS_URL: started a local redis-server');
  }
  const redis = createRedis(redisUrl ?? 'redis://127.0.0.1:6379', redisUrl ? {} : { lazyConnect: true });
  closers.push({ name: 'redis', close: () => redis.quit().catch(() => redis.disconnect()) });
  return { db, redis, embeddedDatabase: !config.DATABASE_URL, closers };
}
