import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { AUTHORITY_CHANNELS, ROLES } from '@netra/shared';
import { errorResponses, Uuid } from '../../http/common-schemas.js';
import { auditActor } from '../../plugins/auth.js';
import { AUTHORITY_CODE_PATTERN, createAuthority, listAuthorities, patchAuthority, type AuthorityRow } from './authorities-repo.js';

const Channel = Type.Enum(AUTHORITY_CHANNELS, { description: 'letter (surat), sbt (BKN SBT), email or api' });
const Endpoint = Type.Union([Type.String({ minLength: 1, maxLength: 500 }), Type.Null()], { description: 'Address, e-mail or URL, per channel' });
const Notes = Type.Union([Type.String({ maxLength: 2000 }), Type.Null()]);

const Authority = Type.Object({
  id: Uuid,
  code: Type.String(),
  name: Type.String(),
  channel: Channel,
  endpoint: Type.Union([Type.String(), Type.Null()]),
  active: Type.Boolean(),
  notes: Type.Union([Type.String(), Type.Null()]),
  isDefault: Type.Boolean({ description: 'Named by ESCALATION_AUTHORITY: where confirmed cases go' }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
}, { examples: [{ code: 'BKN', name: 'Badan Kepegawaian Negara (kanal SBT)', channel: 'sbt', endpoint: null, active: true }] });

export async function authoritiesRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const toAuthority = (a: AuthorityRow) => ({
    id: a.id,
    code: a.code,
    name: a.name,
    channel: a.channel,
    endpoint: a.endpoint,
    active: a.active,
    notes: a.notes,
    isDefault: a.code === app.config.ESCALATION_AUTHORITY,
    createdAt: a.created_at.toISOString(),
    updatedAt: a.updated_at.toISOString(),
  });

  app.get('/v1/authorities', {
    config: { roles: ROLES },
    schema: { tags: ['authorities'], summary: 'Escalation authorities (where confirmed cases are sent)', response: { 200: Type.Object({ items: Type.Array(Authority) }), ...errorResponses() } },
  }, async () => ({ items: (await listAuthorities(app.db)).map(toAuthority) }));

  app.post('/v1/authorities', {
    config: { roles: ['admin'] },
    schema: {
      tags: ['authorities'],
      summary: 'Add an escalation authority',
      body: Type.Object({
        code: Type.String({ pattern: AUTHORITY_CODE_PATTERN, description: 'Upper case, e.g. BKN' }),
        name: Type.String({ minLength: 1, maxLength: 200 }),
        channel: Channel,
        endpoint: Type.Optional(Endpoint),
        active: Type.Optional(Type.Boolean()),
        notes: Type.Optional(Notes),
      }, { additionalProperties: false }),
      response: { 201: Authority, ...errorResponses(400, 409) },
    },
  }, async (request, reply) => {
    const { code, name, channel, endpoint, active, notes } = request.body;
    const row = await createAuthority(app.db, auditActor(request), code, { name, channel, endpoint: endpoint ?? null, active: active ?? true, notes: notes ?? null });
    return reply.status(201).send(toAuthority(row));
  });

  app.patch('/v1/authorities/:code', {
    config: { roles: ['admin'] },
    schema: {
      tags: ['authorities'],
      summary: 'Change an escalation authority (the configured default cannot be deactivated)',
      params: Type.Object({ code: Type.String({ pattern: AUTHORITY_CODE_PATTERN }) }),
      body: Type.Object({
        name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
        channel: Type.Optional(Channel),
        endpoint: Type.Optional(Endpoint),
        active: Type.Optional(Type.Boolean()),
        notes: Type.Optional(Notes),
      }, { additionalProperties: false, minProperties: 1 }),
      response: { 200: Authority, ...errorResponses(400, 404, 409) },
    },
  }, async (request) => toAuthority(await patchAuthority(app.db, app.config, auditActor(request), request.params.code, request.body)));
}
