import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Redis } from 'ioredis';
import type { Config, Pool } from '@netra/shared';

export interface AppResources {
  config: Config;
  db: Pool;
  redis: Redis;
}

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    db: Pool;
    redis: Redis;
  }
}

/** The shared resources, owned by the caller of buildApp (server.ts, the CLI or a test). */
export const resourcesPlugin = fp(
  async (app: FastifyInstance, resources: AppResources) => {
    app.decorate('config', resources.config);
    app.decorate('db', resources.db);
    app.decorate('redis', resources.redis);
  },
  { name: 'resources' },
);
