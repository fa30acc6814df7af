import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { ROLES } from '@netra/shared';
import { errorRef, errorResponses, RegionCode, Uuid } from '../../http/common-schemas.js';
import { auditActor, principalOf } from '../../plugins/auth.js';
import { createApiToken, createUser, login, revoke } from './auth-service.js';
import { listTokens, revokeToken } from './tokens-repo.js';
import { listUsers, type UserRow } from './users-repo.js';

const ALL = ROLES;
const RoleSchema = Type.Enum(ROLES);

const User = Type.Object({
  id: Uuid,
  username: Type.String(),
  displayName: Type.String(),
  role: RoleSchema,
  regionCode: Type.Union([Type.String(), Type.Null()]),
  agencyId: Type.Union([Type.String(), Type.Null()]),
  locale: Type.Union([Type.Literal('id'), Type.Literal('en')]),
  active: Type.Boolean(),
});

const IssuedToken = Type.Object({
  id: Uuid,
  token: Type.String({ description: 'Shown once; only its hash is stored' }),
  expiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

function toUser(u: UserRow) {
  return { id: u.id, username: u.username, displayName: u.display_name, role: u.role, regionCode: u.region_code, agencyId: u.agency_id, locale: u.locale, active: u.active };
}

export async function authRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post('/v1/auth/login', {
    // Login is how a person gets a token, so it cannot require one; guessing is slowed down per
    // address and username.
    config: {
      public: true,
      rateLimit: {
        max: 10,
        timeWindow: '1 minute',
        // After body parsing, so the key can include the username.
        hook: 'preHandler',
        keyGenerator: (request) => `${request.ip}|${String((request.body as { username?: unknown } | undefined)?.username ?? '').toLowerCase()}`,
      },
    },
    schema: {
      tags: ['auth'],
      summary: 'Log in with a password; returns a session token',
      body: Type.Object({ username: Type.String({ minLength: 1, maxLength: 64 }), password: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }),
      response: { 200: Type.Object({ user: User, session: IssuedToken }), 400: errorRef, 401: errorRef, 429: errorRef },
    },
  }, async (request) => {
    const result = await login(app.db, request.body, app.config.SESSION_TTL_HOURS, { ip: request.ip, userAgent: request.headers['user-agent'] ?? null, requestId: String(request.id) });
    return { user: toUser(result.user), session: { ...result.session, expiresAt: result.session.expiresAt?.toISOString() ?? null } };
  });

  app.post('/v1/auth/logout', {
    config: { roles: ALL },
    schema: { tags: ['auth'], summary: 'End the current session (revokes the token used)', response: { 204: Type.Null(), ...errorResponses() } },
  }, async (request, reply) => {
    await revokeToken(app.db, principalOf(request).tokenId, principalOf(request).userId);
    return reply.status(204).send(null);
  });

  app.get('/v1/auth/me', {
    config: { roles: ALL },
    schema: {
      tags: ['auth'],
      summary: 'Who am I',
      response: { 200: Type.Object({ userId: Uuid, username: Type.String(), role: RoleSchema, regionCode: Type.Union([Type.String(), Type.Null()]), locale: Type.String() }), ...errorResponses() },
    },
  }, async (request) => {
    const p = principalOf(request);
    return { userId: p.userId, username: p.username, role: p.role, regionCode: p.regionCode, locale: p.locale };
  });

  app.get('/v1/tokens', {
    config: { roles: ALL },
    schema: {
      tags: ['auth'],
      summary: 'My API tokens (never the token values)',
      response: {
        200: Type.Object({ items: Type.Array(Type.Object({ id: Uuid, name: Type.String(), prefix: Type.String(), createdAt: Type.String(), expiresAt: Type.Union([Type.String(), Type.Null()]), revokedAt: Type.Union([Type.String(), Type.Null()]), lastUsedAt: Type.Union([Type.String(), Type.Null()]) })) }),
        ...errorResponses(),
      },
    },
  }, async (request) => {
    const rows = await listTokens(app.db, principalOf(request).userId);
    const iso = (d: Date | null) => d?.toISOString() ?? null;
    return { items: rows.map((t) => ({ id: t.id, name: t.name, prefix: t.prefix, createdAt: t.created_at.toISOString(), expiresAt: iso(t.expires_at), revokedAt: iso(t.revoked_at), lastUsedAt: iso(t.last_used_at) })) };
  });

  app.post('/v1/tokens', {
    config: { roles: ALL },
    schema: {
      tags: ['auth'],
      summary: 'Issue an API token (for integrations); the value is shown once',
      body: Type.Object({
        name: Type.String({ minLength: 1, maxLength: 100 }),
        userId: Type.Optional(Uuid),
        expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 730 })),
      }, { additionalProperties: false }),
      response: { 201: IssuedToken, ...errorResponses(400, 404) },
    },
  }, async (request, reply) => {
    const issued = await createApiToken(app.db, principalOf(request), auditActor(request), request.body);
    return reply.status(201).send({ ...issued, expiresAt: issued.expiresAt?.toISOString() ?? null });
  });

  app.delete('/v1/tokens/:id', {
    config: { roles: ALL },
    schema: { tags: ['auth'], summary: 'Revoke a token', params: Type.Object({ id: Uuid }), response: { 204: Type.Null(), ...errorResponses(400, 404) } },
  }, async (request, reply) => {
    await revoke(app.db, principalOf(request), auditActor(request), request.params.id);
    return reply.status(204).send(null);
  });

  app.get('/v1/users', {
    config: { roles: ['admin', 'supervisor'] },
    schema: { tags: ['users'], summary: 'Users in my region scope', response: { 200: Type.Object({ items: Type.Array(User) }), ...errorResponses() } },
  }, async (request) => ({ items: (await listUsers(app.db, principalOf(request).regionCode)).map(toUser) }));

  app.post('/v1/users', {
    config: { roles: ['admin'] },
    schema: {
      tags: ['users'],
      summary: 'Create a user with a role and a region scope',
      body: Type.Object({
        username: Type.String({ pattern: '^[a-z0-9._-]{3,64}$' }),
        displayName: Type.String({ minLength: 1, maxLength: 200 }),
        role: RoleSchema,
        regionCode: Type.Union([RegionCode, Type.Null()]),
        agencyId: Type.Optional(Type.Union([Uuid, Type.Null()])),
        password: Type.Optional(Type.String({ minLength: 10, maxLength: 200 })),
        locale: Type.Optional(Type.Union([Type.Literal('id'), Type.Literal('en')])),
      }, { additionalProperties: false }),
      response: { 201: User, ...errorResponses(400, 409) },
    },
  }, async (request, reply) => {
    const user = await createUser(app.db, principalOf(request), auditActor(request), request.body);
    return reply.status(201).send(toUser(user));
  });
}
