import type { FastifyInstance } from 'fastify';
import { accountsRoutes } from './modules/accounts/accounts-routes.js';
import { agenciesRoutes } from './modules/agencies/agencies-routes.js';
import { asnRoutes } from './modules/asn/asn-routes.js';
import { auditRoutes } from './modules/audit/audit-routes.js';
import { authRoutes } from './modules/auth/auth-routes.js';
import { authoritiesRoutes } from './modules/authorities/authorities-routes.js';
import { contestsRoutes } from './modules/contests/contests-routes.js';
import { healthRoutes } from './modules/health/health-routes.js';
import { complaintsRoutes } from './modules/ingest/complaints-routes.js';
import { ingestRoutes } from './modules/ingest/ingest-routes.js';
import { regionsRoutes } from './modules/regions/regions-routes.js';
import { reviewRoutes } from './modules/review/review-routes.js';

/** Every route module of the API. A new domain adds its `<domain>-routes.ts` here. */
export const ROUTE_MODULES: ((app: FastifyInstance) => Promise<void>)[] = [
  healthRoutes,
  authRoutes,
  regionsRoutes,
  contestsRoutes,
  authoritiesRoutes,
  auditRoutes,
  reviewRoutes,
  agenciesRoutes,
  asnRoutes,
  accountsRoutes,
  ingestRoutes,
  complaintsRoutes,
];
