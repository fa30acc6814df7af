import type { FastifyInstance } from 'fastify';
import { createLogger, loadConfig, type Role } from '@netra/shared';
import { createTestDatabase, createTestRedis, type TestDatabase, type TestRedis } from '@netra/shared/testing/test-env';
import { buildApp } from '../src/app.js';
import { createApiToken, createUser } from '../src/modules/auth/auth-service.js';
import { importRegions } from '../src/modules/regions/regions-import.js';

export interface TestApp {
  app: FastifyInstance;
  db: TestDatabase;
  redis: TestRedis;
  /** Creates a user with the role and scope and returns a bearer header for it. */
  login(role: Role, regionCode: string | null, extra?: { agencyId?: string; username?: string }): Promise<{ authorization: string; userId: string }>;
  close(): Promise<void>;
}

const SYSTEM = { actorId: null, actorLabel: 'test', actorRole: null };

/** A real app on its own PostgreSQL schema and Redis prefix, with the regions loaded. */
export async function createTestApp(): Promise<TestApp> {
  const db = await createTestDatabase();
  const redis = await createTestRedis();
  await importRegions(db.pool);
  const config = loadConfig({ QUEUE_PREFIX: redis.prefix, LOG_LEVEL: 'silent' });
  const app = await buildApp({ config, db: db.pool, redis: redis.redis, logger: createLogger({ level: 'silent' }) });
  let n = 0;
  return {
    app,
    db,
    redis,
    async login(role, regionCode, extra = {}) {
      n += 1;
      const user = await createUser(db.pool, null, SYSTEM, {
        username: extra.username ?? `${role}-${n}`,
        displayName: `${role} ${n}`,
        role,
        regionCode,
        agencyId: extra.agencyId ?? null,
      });
      const principal = { userId: user.id, username: user.username, role, regionCode, agencyId: user.agency_id, locale: 'id' as const, tokenId: '' };
      const token = await createApiToken(db.pool, principal, SYSTEM, { name: 'test' });
      return { authorization: `Bearer ${token.token}`, userId: user.id };
    },
    async close() {
      await app.close();
      await db.drop();
      await redis.cleanup();
    },
  };
}
