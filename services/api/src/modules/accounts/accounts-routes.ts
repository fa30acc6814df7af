import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { LINK_METHODS, MONITORING_STATES, PLATFORMS, ValidationError } from '@netra/shared';
import { Cursor, decodeCursor, encodeCursor, errorResponses, Limit, page, RegionCode, Uuid } from '../../http/common-schemas.js';
import { auditActor, principalOf } from '../../plugins/auth.js';
import { effectiveRegion } from '../auth/region-scope.js';
import { listAccounts, type AccountRow } from './accounts-repo.js';
import { createAccount, readAccount, updateAccount } from './accounts-service.js';

const Confidence = Type.Number({ minimum: 0, maximum: 1, description: 'How sure the link to the ASN is, 0..1 (stored with two decimals)' });

export const Account = Type.Object({
  id: Uuid,
  platform: Type.Enum(PLATFORMS),
  handle: Type.String(),
  platformUserId: Type.Union([Type.String(), Type.Null()]),
  asnId: Uuid,
  regionCode: Type.String({ description: "The ASN's region of duty" }),
  linkMethod: Type.Enum(LINK_METHODS),
  linkConfidence: Type.Number(),
  monitoringState: Type.Enum(MONITORING_STATES),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});

export const toAccount = (s: AccountRow) => ({
  id: s.id,
  platform: s.platform,
  handle: s.handle,
  platformUserId: s.platform_user_id,
  asnId: s.asn_id,
  regionCode: s.region_code,
  linkMethod: s.link_method,
  linkConfidence: Number(s.link_confidence),
  monitoringState: s.monitoring_state,
  createdAt: s.created_at.toISOString(),
  updatedAt: s.updated_at.toISOString(),
});

// Social accounts carry no name, NIP or position, so integrators (the connectors that poll them)
// may read them too; they are scoped by the region of duty of the ASN they belong to.
const READERS = ['admin', 'supervisor', 'reviewer', 'liaison', 'integrator'] as const;
const WRITERS = ['admin', 'supervisor'] as const;

export async function accountsRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post('/v1/accounts', {
    config: { roles: WRITERS },
    schema: {
      tags: ['accounts'],
      summary: 'Register a social account of an ASN in my scope',
      body: Type.Object({
        platform: Type.Enum(PLATFORMS),
        handle: Type.String({ minLength: 1, maxLength: 200 }),
        platformUserId: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 200 }), Type.Null()])),
        asnId: Uuid,
        linkMethod: Type.Enum(LINK_METHODS),
        linkConfidence: Confidence,
        monitoringState: Type.Optional(Type.Enum(MONITORING_STATES)),
      }, { additionalProperties: false }),
      response: { 201: Account, ...errorResponses(400, 404, 409) },
    },
  }, async (request, reply) => {
    const account = await createAccount(app.db, principalOf(request), auditActor(request), request.body);
    return reply.status(201).send(toAccount(account));
  });

  app.get('/v1/accounts', {
    config: { roles: READERS },
    schema: {
      tags: ['accounts'],
      summary: 'Social accounts in my scope (by the ASN\'s region of duty), ordered by platform and handle',
      querystring: Type.Object({
        region: Type.Optional(RegionCode),
        platform: Type.Optional(Type.Enum(PLATFORMS)),
        state: Type.Optional(Type.Enum(MONITORING_STATES)),
        asnId: Type.Optional(Uuid),
        limit: Limit,
        cursor: Type.Optional(Cursor),
      }, { additionalProperties: false }),
      response: { 200: page(Account), ...errorResponses(400) },
    },
  }, async (request) => {
    const { region, platform, state, asnId, limit, cursor } = request.query;
    const within = effectiveRegion(principalOf(request), region);
    const after = decodeCursor(cursor, 2);
    if (cursor && (!after || typeof after[0] !== 'string' || typeof after[1] !== 'string')) throw ValidationError.field('/querystring/cursor', 'is not a cursor of this list');
    const rows = await listAccounts(app.db, {
      within,
      limit: limit + 1,
      ...(platform ? { platform } : {}),
      ...(state ? { state } : {}),
      ...(asnId ? { asnId } : {}),
      ...(after ? { after: { platform: after[0] as string, handle: after[1] as string } } : {}),
    });
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items: items.map(toAccount), nextCursor: rows.length > limit && last ? encodeCursor([last.platform, last.handle.toLowerCase()]) : null };
  });

  app.get('/v1/accounts/:id', {
    config: { roles: READERS },
    schema: { tags: ['accounts'], summary: 'One social account', params: Type.Object({ id: Uuid }), response: { 200: Account, ...errorResponses(400, 404) } },
  }, async (request) => toAccount(await readAccount(app.db, principalOf(request), request.params.id)));

  app.patch('/v1/accounts/:id', {
    config: { roles: WRITERS },
    schema: {
      tags: ['accounts'],
      summary: 'Change monitoring state, link confidence, link method or platform user id',
      params: Type.Object({ id: Uuid }),
      body: Type.Object({
        monitoringState: Type.Optional(Type.Enum(MONITORING_STATES)),
        linkConfidence: Type.Optional(Confidence),
        linkMethod: Type.Optional(Type.Enum(LINK_METHODS)),
        platformUserId: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 200 }), Type.Null()])),
      }, { additionalProperties: false, minProperties: 1 }),
      response: { 200: Account, ...errorResponses(400, 404, 409) },
    },
  }, async (request) => toAccount(await updateAccount(app.db, principalOf(request), auditActor(request), request.params.id, request.body)));
}
