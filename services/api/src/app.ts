import { randomUUID } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply } from 'fastify';
import type { Logger } from '@netra/shared';
import { authPlugin } from './plugins/auth.js';
import { errorHandlerPlugin } from './plugins/error-handler.js';
import { resourcesPlugin, type AppResources } from './plugins/resources.js';
import { swaggerPlugin } from './plugins/swagger.js';
import { ROUTE_MODULES } from './routes.js';

export interface BuildAppOptions extends AppResources {
  logger: Logger;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The whole API as one Fastify instance, not listening: server.ts listens, tests inject. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    // Accept a caller's request id so a partner can trace a call across systems.
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    requestIdHeader: false,
    // Errors Fastify raises before routing (a path parameter too long, a bad URL) get the same shape.
    frameworkErrors: (error, request, reply) => {
      const statusCode = (error as { statusCode?: number }).statusCode ?? 400;
      void (reply as unknown as FastifyReply).code(statusCode).send({ statusCode, error: (error as { code?: string }).code ?? 'BAD_REQUEST', message: error.message, requestId: String(request.id) });
    },
    trustProxy: options.config.TRUST_PROXY,
    bodyLimit: 16 * 1024 * 1024,
    ajv: {
      // Report every problem at once, and refuse unknown fields instead of silently dropping them.
      customOptions: { allErrors: true, removeAdditional: false, coerceTypes: 'array', useDefaults: true },
    },
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', String(request.id));
  });

  await app.register(resourcesPlugin, { config: options.config, db: options.db, redis: options.redis });
  await app.register(errorHandlerPlugin);
  // Opt-in per route (login); counters in Redis so every API instance shares them.
  await app.register(rateLimit, { global: false, redis: options.redis, nameSpace: `${options.config.QUEUE_PREFIX}:rate-limit:` });
  await app.register(swaggerPlugin);
  await app.register(authPlugin);
  for (const routes of ROUTE_MODULES) await app.register(routes);
  await app.ready();
  return app;
}
