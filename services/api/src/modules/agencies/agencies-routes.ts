import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { ConflictError, ForbiddenError, NotFoundError, ROLES, ValidationError, appendAudit, regionContains, withTransaction } from '@netra/shared';
import { Cursor, decodeCursor, encodeCursor, errorResponses, Limit, page, RegionCode, Uuid } from '../../http/common-schemas.js';
import { auditActor, principalOf } from '../../plugins/auth.js';
import { effectiveRegion } from '../auth/region-scope.js';
import { findRegion } from '../regions/regions-repo.js';
import { AGENCY_CODE_PATTERN, agencyVisible, findAgencyById, insertAgency, listAgencies, type AgencyRow } from './agencies-repo.js';

export const Agency = Type.Object({
  id: Uuid,
  code: Type.String(),
  name: Type.String(),
  regionCode: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
}, { examples: [{ id: '5b0c1f7e-0000-4000-8000-000000000001', code: 'BKPSDM-BJM', name: 'BKPSDM Kota Banjarmasin', regionCode: '63.71', createdAt: '2024-09-01T00:00:00.000Z' }] });

export const toAgency = (a: AgencyRow) => ({ id: a.id, code: a.code, name: a.name, regionCode: a.region_code, createdAt: a.created_at.toISOString() });

// Agencies (instansi) are not personal data: every role reads those of its region (and of the
// regions containing it); admins and supervisors register them inside their own scope.
export async function agenciesRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post('/v1/agencies', {
    config: { roles: ['admin', 'supervisor'] },
    schema: {
      tags: ['agencies'],
      summary: 'Register an agency (instansi) inside my region scope',
      body: Type.Object({
        code: Type.String({ pattern: AGENCY_CODE_PATTERN, description: 'Unique code, e.g. BKPSDM-BJM' }),
        name: Type.String({ minLength: 2, maxLength: 300 }),
        regionCode: RegionCode,
      }, { additionalProperties: false }),
      response: { 201: Agency, ...errorResponses(400, 409) },
    },
  }, async (request, reply) => {
    const principal = principalOf(request);
    const { code, name, regionCode } = request.body;
    if (!regionContains(principal.regionCode, regionCode)) {
      throw new ForbiddenError(`Region ${regionCode} is outside your scope (${principal.regionCode ?? 'national'})`);
    }
    if (!(await findRegion(app.db, regionCode))) throw ValidationError.field('/body/regionCode', `region ${regionCode} does not exist`);
    try {
      const agency = await withTransaction(app.db, async (tx) => {
        const row = await insertAgency(tx, { code, name: name.trim(), regionCode });
        await appendAudit(tx, auditActor(request), { action: 'agency.create', entityType: 'agency', entityId: row.id, regionCode, details: { code, name: row.name } });
        return row;
      });
      return reply.status(201).send(toAgency(agency));
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw new ConflictError(`Agency code ${code} is already registered`);
      throw error;
    }
  });

  app.get('/v1/agencies', {
    config: { roles: ROLES },
    schema: {
      tags: ['agencies'],
      summary: 'Agencies in my region scope (and of the regions containing it), by code',
      querystring: Type.Object({
        region: Type.Optional(RegionCode),
        q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
        limit: Limit,
        cursor: Type.Optional(Cursor),
      }, { additionalProperties: false }),
      response: { 200: page(Agency), ...errorResponses(400) },
    },
  }, async (request) => {
    const principal = principalOf(request);
    const { region, q, limit, cursor } = request.query;
    const within = region ? effectiveRegion(principal, region) : null;
    const after = decodeCursor(cursor, 1)?.[0];
    const rows = await listAgencies(app.db, { scope: principal.regionCode, region: within, limit: limit + 1, ...(q ? { q } : {}), ...(typeof after === 'string' ? { afterCode: after } : {}) });
    const items = rows.slice(0, limit).map(toAgency);
    return { items, nextCursor: rows.length > limit ? encodeCursor([items[items.length - 1]!.code]) : null };
  });

  app.get('/v1/agencies/:id', {
    config: { roles: ROLES },
    schema: { tags: ['agencies'], summary: 'One agency', params: Type.Object({ id: Uuid }), response: { 200: Agency, ...errorResponses(400, 404) } },
  }, async (request) => {
    const agency = await findAgencyById(app.db, request.params.id);
    if (!agency || !agencyVisible(principalOf(request).regionCode, agency.region_code)) throw new NotFoundError('Agency');
    return toAgency(agency);
  });
}
