import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { ValidationError, appendAudit, withTransaction } from '@netra/shared';
import { errorResponses, RegionCode } from '../../http/common-schemas.js';
import { auditActor, principalOf } from '../../plugins/auth.js';
import { effectiveRegion } from '../auth/region-scope.js';
import type { ReviewConfig } from './review-config.js';
import { localeOf } from './review-i18n.js';
import { computeStats } from './stats-service.js';

const Counts = Type.Record(Type.String(), Type.Integer());

const Stats = Type.Object({
  region: Type.Union([Type.String(), Type.Null()]),
  from: Type.String(),
  to: Type.String(),
  violations: Type.Object({ total: Type.Integer(), byCategory: Counts, byPlatform: Counts }, { description: 'Confirmed flags of the (not dismissed) cases' }),
  cases: Type.Object({
    total: Type.Integer({ description: 'Cases opened in the period, not dismissed' }),
    dismissed: Type.Integer(),
    byPositionClass: Counts,
    byStage: Counts,
    escalated: Type.Integer({ description: 'Ever escalated to an authority' }),
    withRecommendation: Type.Integer(),
    withSanction: Type.Integer(),
  }),
  followUp: Type.Object({
    recommended: Type.Integer(), sanctioned: Type.Integer(),
    ratePercent: Type.Union([Type.Number(), Type.Null()], { description: 'sanctioned / recommended, one decimal, cut' }),
    text: Type.String(),
  }),
  thresholds: Type.Object({ yellowMin: Type.Integer(), redMin: Type.Integer() }),
  zones: Type.Array(Type.Object({ regionCode: Type.String(), name: Type.String(), cases: Type.Integer(), zone: Type.Enum(['green', 'yellow', 'red']), zoneLabel: Type.String() })),
}, {
  examples: [{
    region: '63', from: '2024-09-25', to: '2024-11-27',
    violations: { total: 10, byCategory: { social_media_campaign: 4, attributes_symbols: 2, engagement: 2, organising: 1, attacking: 1 }, byPlatform: { facebook: 6, instagram: 2, x: 1, tiktok: 1 } },
    cases: { total: 8, dismissed: 1, byPositionClass: { jpt: 2, pelaksana: 2 }, byStage: { open: 1, escalated: 1, closed: 2 }, escalated: 5, withRecommendation: 283, withSanction: 99 },
    followUp: { recommended: 283, sanctioned: 99, ratePercent: 34.9, text: '99 dari 283 (34,9 %)' },
    thresholds: { yellowMin: 1, redMin: 5 },
    zones: [{ regionCode: '63.71', name: 'Kota Banjarmasin', cases: 6, zone: 'red', zoneLabel: 'Merah' }],
  }],
});

export function statsRoutes(config: ReviewConfig) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

    app.get('/v1/stats', {
      config: { roles: ['reviewer', 'supervisor', 'admin', 'liaison'] },
      schema: {
        tags: ['stats'],
        summary: 'Counts by category, position class, platform and stage; escalations, recommendations, sanctions, follow-up rate; zones per regency/city',
        querystring: Type.Object({
          region: Type.Optional(RegionCode),
          from: Type.Optional(Type.String({ format: 'date', examples: ['2024-09-25'] })),
          to: Type.Optional(Type.String({ format: 'date', examples: ['2024-11-27'] })),
        }, { additionalProperties: false }),
        response: { 200: Stats, ...errorResponses(400) },
      },
    }, async (request) => {
      const p = principalOf(request);
      const scope = effectiveRegion(p, request.query.region);
      const from = request.query.from ?? '2000-01-01';
      const to = request.query.to ?? new Date().toISOString().slice(0, 10);
      if (from > to) throw ValidationError.field('/querystring/from', 'must not be after to');
      return withTransaction(app.db, async (tx) => {
        const stats = await computeStats(tx, { scope, from, to }, config, localeOf(request));
        await appendAudit(tx, auditActor(request), { action: 'stats.read', entityType: 'stats', regionCode: scope, details: { from, to } });
        return stats;
      });
    });
  };
}
