import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { ForbiddenError, appendAudit, regionContains, withTransaction } from '@netra/shared';
import { Cursor, decodeCursor, encodeCursor, errorResponses, Limit, page, RegionCode, Uuid } from '../../http/common-schemas.js';
import { auditActor, principalOf } from '../../plugins/auth.js';
import { effectiveRegion } from '../auth/region-scope.js';
import { findCase, findCaseAsn, listCaseFlags, listCases, listStatements, listTransitions, type CaseRow } from './cases-repo.js';
import { extendCase, recordStatement, transitionCase } from './cases-service.js';
import type { ReviewConfig } from './review-config.js';
import { LocalisedNotFoundError, localeOf, t as translate, translator, type Locale } from './review-i18n.js';
import { CASE_STAGES } from './review-types.js';

const READERS = ['reviewer', 'supervisor', 'admin', 'liaison'] as const;
const ACTORS = ['reviewer', 'supervisor', 'admin', 'liaison'] as const;
const SUPERVISORS = ['supervisor', 'admin'] as const;
const Nullable = <T extends Type.TSchema>(s: T) => Type.Union([s, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });
const DateOnly = Type.String({ format: 'date', examples: ['2024-10-14'] });
const EXAMPLE_CASE_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

const EXAMPLE_CASE = {
  id: EXAMPLE_CASE_ID, asnId: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', positionClass: 'jpt', contestId: 'kota-banjarmasin-2024', regionCode: '63.71', stage: 'under_review',
  stageLabel: 'Dalam penelaahan', authority: null, stageStartedAt: '2024-10-03T02:00:00.000Z', dueAt: '2024-10-06T02:00:00.000Z', overdue: false, extendedDays: 0,
  escalatedToSupervisorAt: null, openedAt: '2024-10-02T08:00:00.000Z', flagCount: 2,
};

const CaseSummary = Type.Object({
  id: Uuid,
  asnId: Uuid,
  positionClass: Nullable(Type.String()),
  contestId: Nullable(Type.String()),
  regionCode: Type.String(),
  stage: Type.Enum(CASE_STAGES),
  stageLabel: Type.String(),
  authority: Nullable(Type.String()),
  stageStartedAt: DateTime,
  dueAt: Nullable(DateTime),
  overdue: Type.Boolean(),
  extendedDays: Type.Integer(),
  escalatedToSupervisorAt: Nullable(DateTime),
  openedAt: DateTime,
  flagCount: Type.Integer(),
}, {
  examples: [EXAMPLE_CASE],
});

function toSummary(c: CaseRow, locale: Locale) {
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    id: c.id, asnId: c.asn_id, positionClass: c.asn_position_class, contestId: c.contest_id, regionCode: c.region_code, stage: c.stage,
    stageLabel: translate(locale, `stage.${c.stage}`), authority: c.authority_code, stageStartedAt: iso(c.stage_started_at)!, dueAt: iso(c.due_at),
    overdue: c.due_at !== null && new Date(c.due_at).getTime() < Date.now(), extendedDays: c.extended_days, escalatedToSupervisorAt: iso(c.overdue_escalated_at),
    openedAt: iso(c.opened_at)!, flagCount: c.flag_count,
  };
}

export function casesRoutes(config: ReviewConfig) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

    app.get('/v1/cases', {
      config: { roles: READERS },
      schema: {
        tags: ['cases'], summary: 'Cases in my scope, newest first',
        querystring: Type.Object({
          region: Type.Optional(RegionCode), stage: Type.Optional(Type.Enum(CASE_STAGES)), contest: Type.Optional(Type.String({ maxLength: 80 })),
          limit: Limit, cursor: Type.Optional(Cursor),
        }, { additionalProperties: false }),
        response: { 200: page(CaseSummary), ...errorResponses(400) },
      },
    }, async (request) => {
      const p = principalOf(request);
      const q = request.query;
      const scope = effectiveRegion(p, q.region);
      const after = decodeCursor(q.cursor, 2);
      const rows = await withTransaction(app.db, async (tx) => {
        const found = await listCases(tx, {
          scope, limit: q.limit + 1, ...(q.stage ? { stage: q.stage } : {}), ...(q.contest ? { contestId: q.contest } : {}),
          ...(after ? { afterOpenedAt: String(after[0]), afterId: String(after[1]) } : {}),
        });
        await appendAudit(tx, auditActor(request), { action: 'case.list', entityType: 'case', regionCode: scope, details: { stage: q.stage ?? null, contest: q.contest ?? null } });
        return found;
      });
      const locale = localeOf(request);
      const items = rows.slice(0, q.limit);
      const last = items[items.length - 1];
      return { items: items.map((c) => toSummary(c, locale)), nextCursor: rows.length > q.limit && last ? encodeCursor([last.opened_at_text, last.id]) : null };
    });

    app.get('/v1/cases/overdue', {
      config: { roles: READERS },
      schema: {
        tags: ['cases'], summary: 'Cases whose current stage is past its deadline, most overdue first',
        querystring: Type.Object({ region: Type.Optional(RegionCode), limit: Limit }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(CaseSummary) }), ...errorResponses(400) },
      },
    }, async (request) => {
      const p = principalOf(request);
      const scope = effectiveRegion(p, request.query.region);
      const rows = await withTransaction(app.db, async (tx) => {
        const found = await listCases(tx, { scope, overdueAt: new Date().toISOString(), limit: request.query.limit });
        await appendAudit(tx, auditActor(request), { action: 'case.list_overdue', entityType: 'case', regionCode: scope, details: { count: found.length } });
        return found;
      });
      const locale = localeOf(request);
      return { items: rows.map((c) => toSummary(c, locale)) };
    });

    app.get('/v1/cases/:id', {
      config: { roles: READERS },
      schema: {
        tags: ['cases'], summary: 'A case with its ASN, flags, transitions and clarifications (reading it is audited)',
        params: Type.Object({ id: Uuid }),
        response: {
          200: Type.Object({
            case: CaseSummary,
            asn: Type.Object({ id: Uuid, nip: Type.String(), name: Type.String(), positionClass: Type.String(), positionTitle: Nullable(Type.String()), regionCode: Type.String(), agency: Type.String() }),
            flags: Type.Array(Type.Object({ id: Uuid, status: Type.String(), category: Nullable(Type.String()), score: Type.Number(), platform: Type.String(), kind: Type.String() })),
            transitions: Type.Array(Type.Object({
              from: Nullable(Type.String()), to: Type.String(), by: Type.String(), at: DateTime, reason: Nullable(Type.String()),
              documentNumber: Nullable(Type.String()), documentDate: Nullable(Type.String()), authority: Nullable(Type.String()),
            })),
            statements: Type.Array(Type.Object({ id: Uuid, statement: Type.String(), statementDate: Nullable(Type.String()), documentNumber: Nullable(Type.String()), recordedAt: DateTime })),
          }, {
            examples: [{
              case: EXAMPLE_CASE,
              asn: { id: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', nip: '198001012005011001', name: 'Rahmat Hidayat', positionClass: 'jpt', positionTitle: 'Kepala Dinas Pendidikan', regionCode: '63.71', agency: 'Dinas Pendidikan Kota Banjarmasin' },
              flags: [{ id: '3f6c1d2e-8a4b-4c1d-9e2f-0a1b2c3d4e5f', status: 'confirmed', category: 'attributes_symbols', score: 0.91, platform: 'facebook', kind: 'post' }],
              transitions: [
                { from: null, to: 'open', by: 'siti.reviewer', at: '2024-10-02T08:00:00.000Z', reason: 'flag 3f6c1d2e-8a4b-4c1d-9e2f-0a1b2c3d4e5f confirmed', documentNumber: null, documentDate: null, authority: null },
                { from: 'open', to: 'under_review', by: 'budi.sup', at: '2024-10-03T02:00:00.000Z', reason: 'Mulai telaah', documentNumber: null, documentDate: null, authority: null },
              ],
              statements: [{ id: '5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c', statement: 'Akun tersebut diretas sejak September', statementDate: '2024-10-10', documentNumber: 'BA-KLR/12/2024', recordedAt: '2024-10-10T04:00:00.000Z' }],
            }],
          }),
          ...errorResponses(400, 404),
        },
      },
    }, async (request) => {
      const p = principalOf(request);
      const tr = translator(request);
      const locale = localeOf(request);
      return withTransaction(app.db, async (tx) => {
        const c = await findCase(tx, request.params.id);
        if (!c || !regionContains(p.regionCode, c.region_code)) throw new LocalisedNotFoundError(tr('case_not_found'));
        if (p.agencyId && c.asn_agency_id === p.agencyId) throw new ForbiddenError(tr('conflict_of_interest'));
        // One client runs one query at a time: in sequence, not Promise.all.
        const asn = await findCaseAsn(tx, c.asn_id);
        const flags = await listCaseFlags(tx, c.id);
        const transitions = await listTransitions(tx, c.id);
        const statements = await listStatements(tx, c.id);
        await appendAudit(tx, auditActor(request), { action: 'case.view', entityType: 'case', entityId: c.id, regionCode: c.region_code, details: { asnId: c.asn_id, personalData: true } });
        return {
          case: toSummary(c, locale),
          asn: { id: asn!.id, nip: asn!.nip, name: asn!.name, positionClass: asn!.position_class, positionTitle: asn!.position_title, regionCode: asn!.region_code, agency: asn!.agency_name },
          flags,
          transitions: transitions.map((x) => ({ from: x.from_stage, to: x.to_stage, by: x.actor_label, at: new Date(x.at).toISOString(), reason: x.reason, documentNumber: x.document_number, documentDate: x.document_date, authority: x.authority_code })),
          statements: statements.map((s) => ({ id: s.id, statement: s.statement, statementDate: s.statement_date, documentNumber: s.document_number, recordedAt: new Date(s.recorded_at).toISOString() })),
        };
      });
    });

    app.post('/v1/cases/:id/transition', {
      config: { roles: ACTORS },
      schema: {
        tags: ['cases'],
        summary: 'Move a case along its lifecycle (who, when, why and the letter are recorded)',
        description: 'open → under_review → confirmed → escalated → recommendation_received → sanction_recorded → closed; or dismissed. confirmed, escalated and dismissed need a supervisor. Any other step is 409.',
        params: Type.Object({ id: Uuid }),
        body: Type.Object({
          to: Type.Enum(CASE_STAGES),
          reason: Type.String({ minLength: 1, maxLength: 4000 }),
          documentNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Letter number, e.g. of the recommendation' })),
          documentDate: Type.Optional(DateOnly),
          authorityCode: Type.Optional(Type.String({ pattern: '^[A-Z0-9_-]{2,32}$', description: 'Escalation only; default from ESCALATION_AUTHORITY' })),
        }, { additionalProperties: false, examples: [{ to: 'escalated', reason: 'Terbukti melanggar netralitas', documentNumber: '123/PP.01/K.KS/10/2024', documentDate: '2024-10-14', authorityCode: 'BKN' }] }),
        response: { 200: CaseSummary, ...errorResponses(400, 404, 409) },
      },
    }, async (request) => {
      const c = await transitionCase(app.db, principalOf(request), auditActor(request), request.params.id, request.body, config, app.config.ESCALATION_AUTHORITY, translator(request));
      return toSummary(c, localeOf(request));
    });

    app.post('/v1/cases/:id/statements', {
      config: { roles: ACTORS },
      schema: {
        tags: ['cases'], summary: 'Record the ASN\'s clarification before the case is decided',
        params: Type.Object({ id: Uuid }),
        body: Type.Object({
          statement: Type.String({ minLength: 1, maxLength: 20000 }),
          statementDate: Type.Optional(DateOnly),
          documentNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
        }, { additionalProperties: false, examples: [{ statement: 'Akun tersebut diretas sejak September', statementDate: '2024-10-10', documentNumber: 'BA-KLR/12/2024' }] }),
        response: { 201: Type.Object({ id: Uuid, recordedAt: DateTime }), ...errorResponses(400, 404, 409) },
      },
    }, async (request, reply) => {
      const row = await recordStatement(app.db, principalOf(request), auditActor(request), request.params.id, request.body, translator(request));
      return reply.status(201).send({ id: row.id, recordedAt: new Date(row.recorded_at).toISOString() });
    });

    app.post('/v1/cases/:id/extend', {
      config: { roles: SUPERVISORS },
      schema: {
        tags: ['cases'], summary: 'Extend the current stage\'s deadline once (by REVIEW_EXTENSION_DAYS, default 2)',
        params: Type.Object({ id: Uuid }),
        body: Type.Object({ reason: Type.String({ minLength: 1, maxLength: 4000 }) }, { additionalProperties: false, examples: [{ reason: 'Menunggu klarifikasi ASN' }] }),
        response: { 200: CaseSummary, ...errorResponses(400, 404, 409) },
      },
    }, async (request) => {
      const c = await extendCase(app.db, principalOf(request), auditActor(request), request.params.id, request.body.reason, config, translator(request));
      return toSummary(c, localeOf(request));
    });
  };
}
