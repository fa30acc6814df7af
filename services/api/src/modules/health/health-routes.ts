import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { migrationStatus } from '@netra/shared';

const Check = Type.Object({ ok: Type.Boolean(), detail: Type.Optional(Type.String()) });
const Readiness = Type.Object({ ready: Type.Boolean(), checks: Type.Object({ database: Check, redis: Check, migrations: Check }) });

export async function healthRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/health', {
    config: { public: true },
    schema: { tags: ['health'], summary: 'Liveness: the process answers', response: { 200: Type.Object({ status: Type.Literal('ok') }) } },
  }, async () => ({ status: 'ok' as const }));

  app.get('/ready', {
    config: { public: true },
    schema: { tags: ['health'], summary: 'Readiness: database and Redis reachable, migrations current', response: { 200: Readiness, 503: Readiness } },
  }, async (_request, reply) => {
    const database = await app.db.query('SELECT 1').then(() => ({ ok: true }), () => ({ ok: false, detail: 'database unreachable' }));
    const redis = await app.redis.ping().then(() => ({ ok: true }), () => ({ ok: false, detail: 'redis unreachable' }));
    const migrations = database.ok
      ? await migrationStatus(app.db).then(
          (s) => (s.pending.length === 0 && s.modified.length === 0 ? { ok: true } : { ok: false, detail: `pending ${s.pending.join(',') || '-'}; modified ${s.modified.join(',') || '-'}` }),
          () => ({ ok: false, detail: 'cannot read migration ledger' }),
        )
      : { ok: false, detail: 'database unreachable' };
    const ready = database.ok && redis.ok && migrations.ok;
    return reply.status(ready ? 200 : 503).send({ ready, checks: { database, redis, migrations } });
  });
}
