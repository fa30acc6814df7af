import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { appendAudit, withTransaction } from '@netra/shared';
import { errorResponses, Limit, RegionCode, Uuid } from '../../http/common-schemas.js';
import { auditActor, principalOf } from '../../plugins/auth.js';
import { assertInScope, effectiveRegion } from '../auth/region-scope.js';
import { findAlert, listAlerts, markAcknowledged, type AlertRow } from './alerts-repo.js';
import { LocalisedNotFoundError, localeOf, t as translate, translator, type Locale } from './review-i18n.js';

// The supervisor's inbox of deadline alerts: the maintenance worker raises an alert when a case's
// stage clock runs out (escalateOverdue); supervisors of the region see it here until one of them
// acknowledges it, which is recorded and audited.

const SUPERVISORS = ['supervisor', 'admin'] as const;
const DateTime = Type.String({ format: 'date-time' });

const Alert = Type.Object({
  id: Uuid,
  caseId: Uuid,
  kind: Type.Enum(['overdue']),
  regionCode: Type.String(),
  stage: Type.String(),
  stageLabel: Type.String(),
  dueAt: DateTime,
  raisedAt: DateTime,
  message: Type.String({ description: "One line for the supervisor, in the reader's language" }),
  acknowledgedAt: Type.Union([DateTime, Type.Null()]),
  acknowledgedBy: Type.Union([Type.String({ description: 'Username' }), Type.Null()]),
});

/** A moment as supervisors read it: Western Indonesian Time, labelled. */
function wib(at: Date, locale: Locale): string {
  const text = new Date(at).toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB', { timeZone: 'Asia/Jakarta', dateStyle: 'medium', timeStyle: 'short' });
  return `${text} WIB`;
}

function toAlert(a: AlertRow, locale: Locale) {
  const stageLabel = translate(locale, `stage.${a.stage}` as 'stage.open');
  return {
    id: a.id, caseId: a.case_id, kind: a.kind as 'overdue', regionCode: a.region_code, stage: a.stage, stageLabel,
    dueAt: new Date(a.due_at).toISOString(), raisedAt: new Date(a.raised_at).toISOString(),
    message: translate(locale, 'alert.overdue', { stage: stageLabel, due: wib(a.due_at, locale) }),
    acknowledgedAt: a.acknowledged_at ? new Date(a.acknowledged_at).toISOString() : null,
    acknowledgedBy: a.acknowledged_by_username,
  };
}

export async function alertsRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/v1/alerts', {
    config: { roles: SUPERVISORS },
    schema: {
      tags: ['cases'],
      summary: 'Deadline alerts of cases in your region: open ones first (status=open for only those), newest first',
      querystring: Type.Object({
        region: Type.Optional(RegionCode),
        status: Type.Enum(['open', 'all'], { default: 'open' }),
        limit: Limit,
      }, { additionalProperties: false }),
      response: { 200: Type.Object({ items: Type.Array(Alert) }), ...errorResponses(400, 403) },
    },
  }, async (request) => {
    const scope = effectiveRegion(principalOf(request), request.query.region);
    const rows = await listAlerts(app.db, { scope, openOnly: request.query.status === 'open', limit: request.query.limit });
    const locale = localeOf(request);
    return { items: rows.map((a) => toAlert(a, locale)) };
  });

  app.post('/v1/alerts/:id/acknowledge', {
    config: { roles: SUPERVISORS },
    schema: {
      tags: ['cases'],
      summary: 'Take on an alert: records who and when (audited). Acknowledging an acknowledged alert changes nothing and returns it',
      params: Type.Object({ id: Uuid }),
      response: { 200: Alert, ...errorResponses(400, 404) },
    },
  }, async (request) => {
    const principal = principalOf(request);
    const locale = localeOf(request);
    const notFound = () => new LocalisedNotFoundError(translator(request)('alert_not_found'));
    const alert = await withTransaction(app.db, async (tx) => {
      const found = await findAlert(tx, request.params.id, true);
      if (!found) throw notFound();
      try {
        assertInScope(principal, found.region_code, 'Alert');
      } catch {
        throw notFound();
      }
      if (found.acknowledged_at) return found;
      await markAcknowledged(tx, found.id, principal.userId, new Date());
      await appendAudit(tx, auditActor(request), {
        action: 'alert.acknowledge', entityType: 'case_alert', entityId: found.id, regionCode: found.region_code,
        details: { caseId: found.case_id, stage: found.stage },
      });
      return (await findAlert(tx, found.id))!;
    });
    return toAlert(alert, locale);
  });
}
