// Entry point of the API service alone (docker-compose, scaling out). Needs DATABASE_URL and
// REDIS_URL; the laptop start with embedded stores is `netra start`.
import { ConfigError, createLogger, createPool, createRedis, installShutdown, loadConfig } from '@netra/shared';
import { startApiServer } from './server.js';

try {
  const config = loadConfig();
  const logger = createLogger({ level: config.LOG_LEVEL, name: 'api' });
  if (!config.DATABASE_URL || !config.REDIS_URL) throw new ConfigError(['DATABASE_URL and REDIS_URL are required for the API service (use `netra start` for the embedded default)']);
  const db = createPool({ connectionString: config.DATABASE_URL, max: config.DATABASE_POOL_SIZE, ...(config.DATABASE_SCHEMA ? { schema: config.DATABASE_SCHEMA } : {}) });
  const redis = createRedis(config.REDIS_URL);
  const app = await startApiServer({ config, logger, db, redis });
  installShutdown([
    { name: 'postgres', close: () => db.end() },
    { name: 'redis', close: () => redis.quit() },
    { name: 'http', close: () => app.close() },
  ], logger);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
