import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AuthenticationError, ForbiddenError, type AuditActor, type Role } from '@netra/shared';
import type { Principal } from '../modules/auth/auth-types.js';
import { hashToken, TOKEN_PREFIX } from '../modules/auth/secrets.js';
import { findLiveToken } from '../modules/auth/tokens-repo.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Health and readiness only: no authentication. */
    public?: boolean;
    /** Roles allowed to call the route. Every non-public route must say. */
    roles?: readonly Role[];
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

/** The authenticated principal; routes only run after the auth hook, so it is there. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new AuthenticationError();
  return request.principal;
}

/** Who is acting, for the audit log. */
export function auditActor(request: FastifyRequest): AuditActor {
  const p = principalOf(request);
  return {
    actorId: p.userId,
    actorLabel: p.username,
    actorRole: p.role,
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? null,
    requestId: String(request.id),
  };
}

/**
 * Authentication by bearer token (API tokens and login sessions alike) and authorisation by role.
 * A route without `config.roles` or `config.public` makes the app refuse to boot, so no route is
 * left open by omission.
 */
export const authPlugin = fp(
  async (app: FastifyInstance) => {
    app.decorateRequest('principal', null);

    app.addHook('onRoute', (route) => {
      const config = route.config as { public?: boolean; roles?: readonly Role[] } | undefined;
      const url = route.url ?? route.path;
      if (url.startsWith('/docs')) {
        // Swagger UI's own routes: the API description is readable by any authenticated user.
        route.config = { ...(route.config ?? {}), roles: ['admin', 'supervisor', 'reviewer', 'liaison', 'integrator'] } as never;
        return;
      }
      if (!config?.public && !(config?.roles && config.roles.length > 0)) {
        throw new Error(`Route ${String(route.method)} ${url} declares neither config.roles nor config.public`);
      }
    });

    app.addHook('onRequest', async (request) => {
      const config = request.routeOptions.config as { public?: boolean; roles?: readonly Role[] };
      if (config.public || !request.routeOptions.url) return;
      const header = request.headers.authorization;
      const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
      if (!token || !token.startsWith(TOKEN_PREFIX)) throw new AuthenticationError('Missing or malformed bearer token');
      const row = await findLiveToken(app.db, hashToken(token));
      if (!row) throw new AuthenticationError('Token is invalid, expired or revoked');
      request.principal = {
        userId: row.user_id,
        username: row.username,
        role: row.role,
        regionCode: row.region_code,
        agencyId: row.agency_id,
        locale: row.locale,
        tokenId: row.token_id,
      };
      request.log = request.log.child({ user: row.username });
      if (config.roles && !config.roles.includes(row.role)) {
        throw new ForbiddenError(`Role ${row.role} may not ${request.method} ${request.routeOptions.url}`);
      }
    });
  },
  { name: 'auth', dependencies: ['resources', 'error-handler'] },
);
