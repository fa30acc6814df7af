import { ConflictError, ForbiddenError, ValidationError, appendAudit, regionContains, withTransaction, type AuditActor, type AuditEntry, type Pool, type PoolClient } from '@netra/shared';
import type { Principal } from '../auth/auth-types.js';
import { assertMayReview, type Tr } from './claims-service.js';
import { lockFlag, type FlagLockRow } from './claims-repo.js';
import { ensureCase, insertTransition } from './cases-repo.js';
import { firstConfirmation, insertDecision, lockGroupPeers, setFlagStatus, upsertLabel } from './decisions-repo.js';
import type { ReviewConfig } from './review-config.js';
import { LocalisedNotFoundError } from './review-i18n.js';
import type { Decision, DismissReason, FlagStatus, ViolationCategory } from './review-types.js';

export interface DecisionInput {
  decision: Decision;
  category?: ViolationCategory;
  reasonCode?: DismissReason;
  note?: string;
  applyToGroup?: boolean;
}

export interface DecisionOutcome {
  flagId: string;
  round: 'first' | 'second' | 'resolution';
  status: FlagStatus;
  caseId: string | null;
}

function checkInput(input: { decision: Decision; category?: string; reasonCode?: string }, tr: Tr): void {
  if (input.decision === 'confirm' && !input.category) throw ValidationError.field('/body/category', tr('category_required'));
  if (input.decision === 'dismiss' && !input.reasonCode) throw ValidationError.field('/body/reasonCode', tr('reason_required'));
}

/** A confirmed flag joins the active case of its ASN in its contest (opened when there is none). */
async function confirmIntoCase(tx: PoolClient, flag: FlagLockRow, actor: AuditActor, config: ReviewConfig, audits: AuditEntry[]): Promise<string | null> {
  if (!flag.asn_id) return null;
  const opened = await ensureCase(tx, { asnId: flag.asn_id, contestId: flag.contest_id, regionCode: flag.region_code, dueDays: config.stageDays.open ?? null });
  if (opened.created) {
    await insertTransition(tx, { caseId: opened.id, from: null, to: 'open', actorId: actor.actorId, actorLabel: actor.actorLabel, reason: `flag ${flag.id} confirmed`, documentNumber: null, documentDate: null, authorityId: null });
    audits.push({ action: 'case.open', entityType: 'case', entityId: opened.id, regionCode: flag.region_code, details: { flagId: flag.id } });
  }
  return opened.id;
}

/**
 * One reviewer's decision on one locked flag. First round: dismiss ends it, request_info parks it,
 * confirm waits for a second reviewer. Second round (someone else): confirm makes it confirmed
 * (and part of a case), dismiss makes it disputed for a supervisor.
 */
async function decideLocked(tx: PoolClient, flag: FlagLockRow, principal: Principal, actor: AuditActor, input: DecisionInput, viaGroup: boolean, config: ReviewConfig, tr: Tr, audits: AuditEntry[]): Promise<DecisionOutcome> {
  let round: 'first' | 'second';
  let status: FlagStatus;
  if (['pending', 'in_review', 'needs_info'].includes(flag.status)) {
    round = 'first';
    status = input.decision === 'confirm' ? 'awaiting_second' : input.decision === 'dismiss' ? 'dismissed' : 'needs_info';
  } else if (flag.status === 'awaiting_second') {
    if (flag.decided_by_me) throw new ConflictError(tr('own_first_decision'));
    round = 'second';
    status = input.decision === 'confirm' ? 'confirmed' : input.decision === 'dismiss' ? 'disputed' : 'needs_info';
  } else {
    throw new ConflictError(tr('not_decidable', { status: flag.status }));
  }
  let category: string | null = input.decision === 'confirm' ? input.category ?? null : null;
  if (round === 'second' && input.decision === 'confirm' && !category) category = (await firstConfirmation(tx, flag.id))?.violation_category ?? null;
  await insertDecision(tx, {
    flagId: flag.id, reviewerId: principal.userId, round, decision: input.decision, category,
    reasonCode: input.decision === 'dismiss' ? input.reasonCode ?? null : null, note: input.note ?? null, viaGroup,
  });
  let caseId: string | null = null;
  if (status === 'confirmed') {
    caseId = await confirmIntoCase(tx, flag, actor, config, audits);
    await upsertLabel(tx, flag, { violation: true, category, reasonCode: null });
  } else if (status === 'dismissed') {
    await upsertLabel(tx, flag, { violation: false, category: null, reasonCode: input.reasonCode ?? null });
  }
  await setFlagStatus(tx, flag.id, status, caseId);
  audits.push({
    action: 'flag.decide', entityType: 'flag', entityId: flag.id, regionCode: flag.region_code,
    details: { round, decision: input.decision, category, reasonCode: input.reasonCode ?? null, status, viaGroup, caseId },
  });
  return { flagId: flag.id, round, status, caseId };
}

export async function decideFlag(db: Pool, principal: Principal, actor: AuditActor, flagId: string, input: DecisionInput, config: ReviewConfig, tr: Tr): Promise<{ decided: DecisionOutcome[]; skipped: string[] }> {
  checkInput(input, tr);
  return withTransaction(db, async (tx) => {
    const flag = await lockFlag(tx, flagId, principal.userId);
    assertMayReview(principal, flag, tr);
    if (flag.holder !== principal.userId) throw new ConflictError(tr('not_holding'));
    // Audit rows are appended last: the chain's lock is then never held while waiting for a row.
    const audits: AuditEntry[] = [];
    const decided = [await decideLocked(tx, flag, principal, actor, input, false, config, tr, audits)];
    const skipped: string[] = [];
    if (input.applyToGroup && flag.group_key) {
      for (const peerId of await lockGroupPeers(tx, flag.group_key, flag.id, principal.regionCode)) {
        const peer = await lockFlag(tx, peerId, principal.userId);
        const usable = peer !== null
          && !(principal.agencyId && peer.asn_agency_id === principal.agencyId)
          && (peer.holder === null || peer.holder === principal.userId)
          && !(peer.status === 'awaiting_second' && peer.decided_by_me)
          && ['pending', 'in_review', 'needs_info', 'awaiting_second'].includes(peer.status);
        if (!usable) {
          skipped.push(peerId);
          continue;
        }
        decided.push(await decideLocked(tx, peer, principal, actor, input, true, config, tr, audits));
      }
    }
    for (const entry of audits) await appendAudit(tx, actor, entry);
    return { decided, skipped };
  });
}

/** A supervisor settles a dispute (first confirmed, second dismissed) with the final word. */
export async function resolveDispute(db: Pool, principal: Principal, actor: AuditActor, flagId: string, input: { decision: 'confirm' | 'dismiss'; category?: ViolationCategory; reasonCode?: DismissReason; note: string }, config: ReviewConfig, tr: Tr): Promise<DecisionOutcome> {
  checkInput(input, tr);
  return withTransaction(db, async (tx) => {
    const flag = await lockFlag(tx, flagId, principal.userId);
    if (!flag || !regionContains(principal.regionCode, flag.region_code)) throw new LocalisedNotFoundError(tr('flag_not_found'));
    if (principal.agencyId && flag.asn_agency_id === principal.agencyId) throw new ForbiddenError(tr('conflict_of_interest'));
    if (flag.status !== 'disputed') throw new ConflictError(tr('not_disputed'));
    const status: FlagStatus = input.decision === 'confirm' ? 'confirmed' : 'dismissed';
    await insertDecision(tx, { flagId: flag.id, reviewerId: principal.userId, round: 'resolution', decision: input.decision, category: input.category ?? null, reasonCode: input.reasonCode ?? null, note: input.note, viaGroup: false });
    let caseId: string | null = null;
    const audits: AuditEntry[] = [];
    if (status === 'confirmed') {
      caseId = await confirmIntoCase(tx, flag, actor, config, audits);
      await upsertLabel(tx, flag, { violation: true, category: input.category ?? null, reasonCode: null });
    } else {
      await upsertLabel(tx, flag, { violation: false, category: null, reasonCode: input.reasonCode ?? null });
    }
    await setFlagStatus(tx, flag.id, status, caseId);
    for (const entry of audits) await appendAudit(tx, actor, entry);
    await appendAudit(tx, actor, { action: 'flag.resolve', entityType: 'flag', entityId: flag.id, regionCode: flag.region_code, details: { decision: input.decision, category: input.category ?? null, reasonCode: input.reasonCode ?? null, caseId } });
    return { flagId: flag.id, round: 'resolution', status, caseId };
  });
}
