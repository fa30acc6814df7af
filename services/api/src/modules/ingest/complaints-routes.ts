import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { PLATFORMS } from '@netra/shared';
import { Cursor, errorResponses, Limit, page, RegionCode, Uuid } from '../../http/common-schemas.js';
import { auditActor, principalOf } from '../../plugins/auth.js';
import type { ComplaintRow } from './complaints-repo.js';
import { createComplaint, listComplaintsFor, MAX_SCREENSHOT_BYTES } from './complaints-service.js';

const ROLES = ['admin', 'supervisor', 'reviewer'] as const;
const STATUSES = ['received', 'triaged', 'linked', 'closed'] as const;

const Screenshot = Type.Union([
  Type.Object({ kind: Type.Literal('url'), url: Type.String() }),
  Type.Object({ kind: Type.Literal('inline'), id: Uuid, contentType: Type.String(), sha256: Type.String(), bytes: Type.Integer() }),
]);

const Complaint = Type.Object({
  id: Uuid,
  url: Type.String(),
  platform: Type.Union([Type.Enum(PLATFORMS), Type.Null()]),
  description: Type.String(),
  screenshots: Type.Array(Screenshot),
  regionCode: Type.String(),
  status: Type.Enum(STATUSES),
  itemId: Type.Union([Uuid, Type.Null()], { description: 'The ingested item at this URL, when Netra has it' }),
  createdBy: Type.Union([Uuid, Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  reporter: Type.Optional(Type.Object({
    name: Type.Union([Type.String(), Type.Null()]),
    contact: Type.Union([Type.String(), Type.Null()]),
  }, { description: 'Only for supervisors and admins; each read is audited' })),
});

function toComplaint(c: ComplaintRow, withReporter: boolean) {
  return {
    id: c.id,
    url: c.url,
    platform: c.platform as (typeof PLATFORMS)[number] | null,
    description: c.description,
    screenshots: c.screenshots,
    regionCode: c.region_code,
    status: c.status as (typeof STATUSES)[number],
    itemId: c.item_id,
    createdBy: c.created_by,
    createdAt: c.created_at.toISOString(),
    ...(withReporter ? { reporter: { name: c.reporter_name ?? null, contact: c.reporter_contact ?? null } } : {}),
  };
}

export async function complaintsRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post('/v1/complaints', {
    config: { roles: ROLES },
    schema: {
      tags: ['complaints'],
      summary: 'Record a public complaint (aduan masyarakat) about a post, in my region scope',
      body: Type.Object({
        url: Type.String({ format: 'uri', maxLength: 2000 }),
        platform: Type.Optional(Type.Enum(PLATFORMS)),
        description: Type.String({ minLength: 1, maxLength: 20_000 }),
        regionCode: RegionCode,
        screenshots: Type.Optional(Type.Array(Type.Union([
          Type.Object({ url: Type.String({ format: 'uri', maxLength: 2000 }) }, { additionalProperties: false }),
          Type.Object({
            contentType: Type.Enum(['image/png', 'image/jpeg', 'image/webp']),
            dataBase64: Type.String({ minLength: 4, description: `Base64 image, at most ${MAX_SCREENSHOT_BYTES} bytes decoded` }),
          }, { additionalProperties: false }),
        ]), { maxItems: 10 })),
        reporter: Type.Object({
          name: Type.Optional(Type.String({ maxLength: 200 })),
          contact: Type.String({ minLength: 1, maxLength: 300, description: 'Phone or e-mail; kept apart, visible only to supervisors and admins' }),
        }, { additionalProperties: false }),
      }, { additionalProperties: false }),
      response: { 201: Complaint, ...errorResponses(400) },
    },
  }, async (request, reply) => {
    const complaint = await createComplaint(app.db, principalOf(request), auditActor(request), request.body);
    return reply.status(201).send(toComplaint(complaint, false));
  });

  app.get('/v1/complaints', {
    config: { roles: ROLES },
    schema: {
      tags: ['complaints'],
      summary: 'Complaints in my region scope, newest first; reporter contact for supervisors and admins only (audited)',
      querystring: Type.Object({
        region: Type.Optional(RegionCode),
        status: Type.Optional(Type.Enum(STATUSES)),
        limit: Limit,
        cursor: Type.Optional(Cursor),
      }, { additionalProperties: false }),
      response: { 200: page(Complaint), ...errorResponses(400) },
    },
  }, async (request) => {
    const { region, status, limit, cursor } = request.query;
    const out = await listComplaintsFor(app.db, principalOf(request), auditActor(request), {
      limit, ...(region ? { region } : {}), ...(status ? { status } : {}), ...(cursor ? { cursor } : {}),
    });
    return { items: out.items.map((c) => toComplaint(c, out.withReporter)), nextCursor: out.nextCursor };
  });
}
