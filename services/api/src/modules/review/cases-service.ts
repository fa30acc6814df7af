import { ConflictError, ForbiddenError, ValidationError, appendAudit, regionContains, withTransaction, type AuditActor, type Pool, type PoolClient } from '@netra/shared';
import type { Principal } from '../auth/auth-types.js';
import type { Tr } from './claims-service.js';
import { extendDeadline, findAuthority, findCase, insertStatement, insertTransition, moveCase, type CaseRow } from './cases-repo.js';
import type { ReviewConfig } from './review-config.js';
import { LocalisedNotFoundError } from './review-i18n.js';
import { CASE_TRANSITIONS, SUPERVISOR_STAGES, type CaseStage } from './review-types.js';

const SUPERVISING = new Set(['supervisor', 'admin']);

export interface TransitionInput {
  to: CaseStage;
  reason: string;
  documentNumber?: string;
  documentDate?: string;
  authorityCode?: string;
}

/** Locks a case the caller may act on: outside the scope is 404, an ASN of the caller's own agency 403. */
async function lockCaseFor(tx: PoolClient, principal: Principal, caseId: string, tr: Tr): Promise<CaseRow> {
  const found = await findCase(tx, caseId, { lock: true });
  if (!found || !regionContains(principal.regionCode, found.region_code)) throw new LocalisedNotFoundError(tr('case_not_found'));
  if (principal.agencyId && found.asn_agency_id === principal.agencyId) throw new ForbiddenError(tr('conflict_of_interest'));
  return found;
}

/**
 * Moves a case one step along its lifecycle, recording who, when, why and the letter it rests on.
 * A step the lifecycle does not allow is a 409; confirmation, escalation and dismissal need a
 * supervisor's sign-off. Escalation goes to the named authority or the configured default.
 */
export async function transitionCase(db: Pool, principal: Principal, actor: AuditActor, caseId: string, input: TransitionInput, config: ReviewConfig, defaultAuthority: string, tr: Tr): Promise<CaseRow> {
  return withTransaction(db, async (tx) => {
    const current = await lockCaseFor(tx, principal, caseId, tr);
    if (!CASE_TRANSITIONS[current.stage].includes(input.to)) throw new ConflictError(tr('invalid_transition', { from: current.stage, to: input.to }));
    if (SUPERVISOR_STAGES.includes(input.to) && !SUPERVISING.has(principal.role)) throw new ForbiddenError(tr('supervisor_signoff', { to: input.to }));
    let authorityId: string | null = null;
    if (input.to === 'escalated') {
      const code = input.authorityCode ?? defaultAuthority;
      const authority = await findAuthority(tx, code);
      if (!authority) throw ValidationError.field('/body/authorityCode', tr('authority_unknown', { code }));
      authorityId = authority.id;
    } else if (input.authorityCode) {
      throw ValidationError.field('/body/authorityCode', 'only for escalation');
    }
    await moveCase(tx, current.id, input.to, config.stageDays[input.to] ?? null, authorityId);
    await insertTransition(tx, {
      caseId: current.id, from: current.stage, to: input.to, actorId: actor.actorId, actorLabel: actor.actorLabel, reason: input.reason,
      documentNumber: input.documentNumber ?? null, documentDate: input.documentDate ?? null, authorityId,
    });
    await appendAudit(tx, actor, {
      action: 'case.transition', entityType: 'case', entityId: current.id, regionCode: current.region_code,
      details: { from: current.stage, to: input.to, reason: input.reason, documentNumber: input.documentNumber ?? null, documentDate: input.documentDate ?? null, authority: input.to === 'escalated' ? input.authorityCode ?? defaultAuthority : null },
    });
    return (await findCase(tx, current.id))!;
  });
}

/** Clarification: the ASN's own account, recorded before the case is decided. */
export async function recordStatement(db: Pool, principal: Principal, actor: AuditActor, caseId: string, input: { statement: string; statementDate?: string; documentNumber?: string }, tr: Tr): Promise<{ id: string; recorded_at: Date }> {
  return withTransaction(db, async (tx) => {
    const current = await lockCaseFor(tx, principal, caseId, tr);
    if (!['open', 'under_review'].includes(current.stage)) throw new ConflictError(tr('statement_closed'));
    const row = await insertStatement(tx, { caseId: current.id, statement: input.statement, statementDate: input.statementDate ?? null, documentNumber: input.documentNumber ?? null, recordedBy: principal.userId });
    await appendAudit(tx, actor, { action: 'case.statement', entityType: 'case', entityId: current.id, regionCode: current.region_code, details: { statementId: row.id, documentNumber: input.documentNumber ?? null } });
    return row;
  });
}

/** A supervisor adds the configured extension to the current stage's clock, once per stage. */
export async function extendCase(db: Pool, principal: Principal, actor: AuditActor, caseId: string, reason: string, config: ReviewConfig, tr: Tr): Promise<CaseRow> {
  return withTransaction(db, async (tx) => {
    const current = await lockCaseFor(tx, principal, caseId, tr);
    if (!current.due_at) throw new ConflictError(tr('no_deadline'));
    if (current.extended_days > 0) throw new ConflictError(tr('extension_used'));
    const dueAt = await extendDeadline(tx, current.id, config.extensionDays);
    await appendAudit(tx, actor, { action: 'case.extend', entityType: 'case', entityId: current.id, regionCode: current.region_code, details: { stage: current.stage, days: config.extensionDays, dueAt: dueAt.toISOString(), reason } });
    return (await findCase(tx, current.id))!;
  });
}
