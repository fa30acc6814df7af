import { ConflictError, ForbiddenError, ValidationError, appendAudit, regionContains, withTransaction, type AuditActor, type Pool } from '@netra/shared';
import type { Principal } from '../auth/auth-types.js';
import { findUserById } from '../auth/users-repo.js';
import { claimNext, clearClaim, lockFlag, setClaim, type ClaimedRow, type FlagLockRow } from './claims-repo.js';
import type { ReviewConfig } from './review-config.js';
import { LocalisedNotFoundError, type MessageKey } from './review-i18n.js';

export type Tr = (key: MessageKey, params?: Record<string, string>) => string;

const SUPERVISING = new Set(['supervisor', 'admin']);

/** Scope (404), then conflict of interest (403): nobody reviews an ASN of their own agency. */
export function assertMayReview(principal: { regionCode: string | null; agencyId: string | null }, flag: FlagLockRow | null, tr: Tr): asserts flag is FlagLockRow {
  if (!flag || !regionContains(principal.regionCode, flag.region_code)) throw new LocalisedNotFoundError(tr('flag_not_found'));
  if (principal.agencyId && flag.asn_agency_id && principal.agencyId === flag.asn_agency_id) throw new ForbiddenError(tr('conflict_of_interest'));
}

/** Why this user may not take this (in-scope, conflict-free) flag now, or null when they may. */
export function claimRefusal(flag: FlagLockRow, userId: string, tr: Tr): string | null {
  if (flag.holder && flag.holder !== userId) return tr('claimed_by_other');
  if (!['pending', 'in_review', 'needs_info', 'awaiting_second'].includes(flag.status)) return tr('not_claimable', { status: flag.status });
  if (flag.status === 'awaiting_second' && flag.decided_by_me) return tr('own_first_decision');
  return null;
}

export async function claimFlag(db: Pool, principal: Principal, actor: AuditActor, flagId: string, config: ReviewConfig, tr: Tr): Promise<ClaimedRow> {
  return withTransaction(db, async (tx) => {
    const flag = await lockFlag(tx, flagId, principal.userId);
    assertMayReview(principal, flag, tr);
    const refusal = claimRefusal(flag, principal.userId, tr);
    if (refusal) throw new ConflictError(refusal);
    const claimed = await setClaim(tx, flag.id, principal.userId, config.leaseMinutes);
    await appendAudit(tx, actor, { action: 'flag.claim', entityType: 'flag', entityId: flag.id, regionCode: flag.region_code, details: { leaseExpiresAt: claimed.lease_expires_at.toISOString(), renewed: flag.holder === principal.userId } });
    return claimed;
  });
}

export async function claimNextFlag(db: Pool, principal: Principal, actor: AuditActor, input: { scope: string | null; contestId?: string }, config: ReviewConfig, tr: Tr): Promise<ClaimedRow> {
  return withTransaction(db, async (tx) => {
    // SKIP LOCKED with LIMIT 1 can come back empty when the chosen row was taken between the
    // snapshot and the lock; a couple of retries find the next one.
    let claimed: ClaimedRow | null = null;
    for (let attempt = 0; attempt < 3 && !claimed; attempt += 1) {
      claimed = await claimNext(tx, { userId: principal.userId, agencyId: principal.agencyId, scope: input.scope }, input.contestId ? { contestId: input.contestId } : {}, config.leaseMinutes, config.flagDueHours);
    }
    if (!claimed) throw new LocalisedNotFoundError(tr('nothing_to_claim'));
    await appendAudit(tx, actor, { action: 'flag.claim', entityType: 'flag', entityId: claimed.id, regionCode: claimed.region_code, details: { next: true, leaseExpiresAt: claimed.lease_expires_at.toISOString() } });
    return claimed;
  });
}

/** The holder gives a flag back; a supervisor may take it from anyone. */
export async function releaseFlag(db: Pool, principal: Principal, actor: AuditActor, flagId: string, tr: Tr): Promise<void> {
  await withTransaction(db, async (tx) => {
    const flag = await lockFlag(tx, flagId, principal.userId);
    if (!flag || !regionContains(principal.regionCode, flag.region_code)) throw new LocalisedNotFoundError(tr('flag_not_found'));
    if (flag.holder !== principal.userId && !(SUPERVISING.has(principal.role) && flag.holder)) throw new ConflictError(tr('not_holding'));
    await clearClaim(tx, flag.id);
    await appendAudit(tx, actor, { action: 'flag.release', entityType: 'flag', entityId: flag.id, regionCode: flag.region_code, details: { heldBy: flag.holder } });
  });
}

/** A supervisor hands a flag to another reviewer, who must be allowed to review it. */
export async function reassignFlag(db: Pool, principal: Principal, actor: AuditActor, flagId: string, assigneeId: string, config: ReviewConfig, tr: Tr): Promise<ClaimedRow> {
  return withTransaction(db, async (tx) => {
    const flag = await lockFlag(tx, flagId, assigneeId);
    if (!flag || !regionContains(principal.regionCode, flag.region_code)) throw new LocalisedNotFoundError(tr('flag_not_found'));
    const assignee = await findUserById(tx, assigneeId);
    const fits = assignee !== null && assignee.active && ['reviewer', 'supervisor', 'admin'].includes(assignee.role)
      && regionContains(assignee.region_code, flag.region_code)
      && !(assignee.agency_id && flag.asn_agency_id === assignee.agency_id);
    if (!fits) throw ValidationError.field('/body/userId', tr('assignee_invalid'));
    const refusal = claimRefusal({ ...flag, holder: null }, assigneeId, tr);
    if (refusal) throw new ConflictError(refusal);
    const claimed = await setClaim(tx, flag.id, assigneeId, config.leaseMinutes);
    await appendAudit(tx, actor, { action: 'flag.reassign', entityType: 'flag', entityId: flag.id, regionCode: flag.region_code, details: { from: flag.holder, to: assigneeId } });
    return claimed;
  });
}
