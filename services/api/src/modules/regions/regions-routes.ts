import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { NotFoundError, ROLES } from '@netra/shared';
import { Cursor, decodeCursor, encodeCursor, errorResponses, Limit, page, RegionCode } from '../../http/common-schemas.js';
import { findRegion, listRegions, type RegionRow } from './regions-repo.js';

const Region = Type.Object({
  code: RegionCode,
  name: Type.String(),
  level: Type.Integer({ description: '1 provinsi, 2 kabupaten/kota' }),
  kind: Type.String(),
  parentCode: Type.Union([Type.String(), Type.Null()]),
}, { examples: [{ code: '63.71', name: 'Kota Banjarmasin', level: 2, kind: 'kota', parentCode: '63' }] });

const toRegion = (r: RegionRow) => ({ code: r.code, name: r.name, level: r.level, kind: r.kind, parentCode: r.parent_code });

// Region names and codes are public reference data: every role may read all of them.
export async function regionsRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/v1/regions', {
    config: { roles: ROLES },
    schema: {
      tags: ['regions'],
      summary: 'List regions, optionally those inside a region',
      querystring: Type.Object({
        within: Type.Optional(RegionCode),
        level: Type.Optional(Type.Integer({ minimum: 1, maximum: 4 })),
        q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
        limit: Limit,
        cursor: Type.Optional(Cursor),
      }, { additionalProperties: false }),
      response: { 200: page(Region), ...errorResponses(400) },
    },
  }, async (request) => {
    const { within, level, q, limit, cursor } = request.query;
    const after = decodeCursor(cursor, 1)?.[0];
    const rows = await listRegions(app.db, { within: within ?? null, limit: limit + 1, ...(level ? { level } : {}), ...(q ? { q } : {}), ...(typeof after === 'string' ? { after } : {}) });
    const items = rows.slice(0, limit).map(toRegion);
    return { items, nextCursor: rows.length > limit ? encodeCursor([items[items.length - 1]!.code]) : null };
  });

  app.get('/v1/regions/:code', {
    config: { roles: ROLES },
    schema: { tags: ['regions'], summary: 'One region', params: Type.Object({ code: RegionCode }), response: { 200: Region, ...errorResponses(400, 404) } },
  }, async (request) => {
    const region = await findRegion(app.db, request.params.code);
    if (!region) throw new NotFoundError(`Region ${request.params.code}`);
    return toRegion(region);
  });
}
