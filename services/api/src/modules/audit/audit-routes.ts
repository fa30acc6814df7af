import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { verifyAuditChain, regionScopeSql } from '@netra/shared';
import { errorResponses } from '../../http/common-schemas.js';
import { principalOf } from '../../plugins/auth.js';

const AuditRow = Type.Object({
  seq: Type.Integer(),
  at: Type.String(),
  actorLabel: Type.String(),
  actorRole: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  entityType: Type.String(),
  entityId: Type.Union([Type.String(), Type.Null()]),
  regionCode: Type.Union([Type.String(), Type.Null()]),
  ip: Type.Union([Type.String(), Type.Null()]),
  requestId: Type.Union([Type.String(), Type.Null()]),
});

export async function auditRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/v1/audit', {
    config: { roles: ['admin', 'supervisor'] },
    schema: {
      tags: ['audit'],
      summary: 'Read the audit log (newest first), within the caller\'s region scope',
      querystring: Type.Object({
        entityType: Type.Optional(Type.String({ maxLength: 50 })),
        entityId: Type.Optional(Type.String({ maxLength: 100 })),
        beforeSeq: Type.Optional(Type.Integer({ minimum: 1 })),
        limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
      }, { additionalProperties: false }),
      response: { 200: Type.Object({ items: Type.Array(AuditRow) }), ...errorResponses(400) },
    },
  }, async (request) => {
    const scope = principalOf(request).regionCode;
    const q = request.query;
    const { rows } = await app.db.query(
      `SELECT seq, at, actor_label, actor_role, action, entity_type, entity_id, region_code, ip, request_id FROM audit_log
        WHERE ${regionScopeSql('region_code', 1)}
          AND ($2::text IS NULL OR entity_type = $2) AND ($3::text IS NULL OR entity_id = $3)
          AND ($4::bigint IS NULL OR seq < $4)
        ORDER BY seq DESC LIMIT $5`,
      [scope, q.entityType ?? null, q.entityId ?? null, q.beforeSeq ?? null, q.limit],
    );
    return {
      items: rows.map((r) => ({ seq: r.seq, at: new Date(r.at).toISOString(), actorLabel: r.actor_label, actorRole: r.actor_role, action: r.action, entityType: r.entity_type, entityId: r.entity_id, regionCode: r.region_code, ip: r.ip, requestId: r.request_id })),
    };
  });

  app.get('/v1/audit/verify', {
    config: { roles: ['admin'] },
    schema: {
      tags: ['audit'],
      summary: 'Recompute the hash chain of the whole audit log',
      response: { 200: Type.Object({ ok: Type.Boolean(), rows: Type.Integer(), brokenAt: Type.Optional(Type.Object({ seq: Type.Integer(), reason: Type.String() })) }), ...errorResponses() },
    },
  }, async () => verifyAuditChain(app.db));
}
