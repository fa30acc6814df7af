import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { ErrorResponse } from '../http/common-schemas.js';

/** OpenAPI 3 generated from the route schemas; JSON at /docs/json, UI at /docs. */
export const swaggerPlugin = fp(
  async (app: FastifyInstance) => {
    app.addSchema(ErrorResponse);
    await app.register(swagger, {
      openapi: {
        info: { title: 'Netra API', version: '0.1.0', description: 'Pemantauan netralitas ASN di media sosial selama Pilkada. Authenticate with `Authorization: Bearer ntr_…`.' },
        components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
        security: [{ bearer: [] }],
      },
    });
    await app.register(swaggerUi, { routePrefix: '/docs' });
  },
  { name: 'swagger' },
);
