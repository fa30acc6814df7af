import type { FastifyInstance } from 'fastify';
import type { Config, Logger, Pool } from '@netra/shared';
import type { Redis } from 'ioredis';
import { buildApp } from './app.js';

/** Builds the app and listens. Only this module (and the CLI through it) opens a port. */
export async function startApiServer(deps: { config: Config; logger: Logger; db: Pool; redis: Redis }): Promise<FastifyInstance> {
  const app = await buildApp(deps);
  await app.listen({ host: deps.config.HOST, port: deps.config.PORT });
  return app;
}
