import type { FastifyInstance } from 'fastify';
import { reviewConfigFrom, type ReviewConfig } from './review-config.js';
import { alertsRoutes } from './alerts-routes.js';
import { casesRoutes } from './cases-routes.js';
import { reviewQueueRoutes } from './review-queue-routes.js';
import { statsRoutes } from './stats-routes.js';

/** Every route of review: the queue, claims, decisions, cases, deadlines, alerts and statistics. */
export function buildReviewRoutes(config: ReviewConfig) {
  return async function reviewRoutes(app: FastifyInstance): Promise<void> {
    await app.register(reviewQueueRoutes(config));
    await app.register(casesRoutes(config));
    await app.register(statsRoutes(config));
    await app.register(alertsRoutes);
  };
}

export const reviewRoutes = async (app: FastifyInstance): Promise<void> => buildReviewRoutes(reviewConfigFrom(app.config))(app);
