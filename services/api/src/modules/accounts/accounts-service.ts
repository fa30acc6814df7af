import {
  ConflictError, NotFoundError, ValidationError, appendAudit, withTransaction,
  type AuditActor, type LinkMethod, type MonitoringState, type Platform, type Pool, type Queryable,
} from '@netra/shared';
import type { Principal } from '../auth/auth-types.js';
import { assertInScope } from '../auth/region-scope.js';
import { findAsnById } from '../asn/asn-repo.js';
import { normaliseHandle } from '../asn/asn-types.js';
import { findAccountByHandle, findAccountById, insertAccount, updateAccountRow, type AccountFields, type AccountRow } from './accounts-repo.js';

export interface CreateAccountInput {
  platform: Platform;
  handle: string;
  platformUserId?: string | null;
  asnId: string;
  linkMethod: LinkMethod;
  linkConfidence: number;
  monitoringState?: MonitoringState;
}

export interface UpdateAccountInput {
  monitoringState?: MonitoringState;
  linkConfidence?: number;
  linkMethod?: LinkMethod;
  platformUserId?: string | null;
}

/** Turns a unique violation on social_accounts into a 409 that says which key collided. */
export function accountConflict(error: unknown, platform: string, handle: string, platformUserId: string | null | undefined): never {
  const pgError = error as { code?: string; constraint?: string };
  if (pgError.code === '23505') {
    if (pgError.constraint === 'social_accounts_platform_id') {
      throw new ConflictError(`A ${platform} account with platform user id ${platformUserId ?? ''} is already registered`);
    }
    throw new ConflictError(`A ${platform} account with handle @${handle} is already registered (handles are unique per platform, ignoring case)`);
  }
  throw error;
}

export async function createAccount(db: Pool, principal: Principal, actor: AuditActor, input: CreateAccountInput): Promise<AccountRow> {
  const handle = normaliseHandle(input.handle);
  if (!handle) throw ValidationError.field('/body/handle', 'must not be blank');
  const asn = await findAsnById(db, input.asnId);
  // An ASN outside the caller's scope is reported exactly like a missing one.
  if (!asn) throw new NotFoundError('ASN');
  assertInScope(principal, asn.region_code, 'ASN');
  const fields: AccountFields = {
    platform: input.platform,
    handle,
    platformUserId: input.platformUserId?.trim() || null,
    asnId: asn.id,
    linkMethod: input.linkMethod,
    linkConfidence: input.linkConfidence,
    monitoringState: input.monitoringState ?? 'active',
  };
  const id = await withTransaction(db, async (tx) => {
    const newId = await insertAccount(tx, fields);
    await appendAudit(tx, actor, {
      action: 'account.create', entityType: 'social_account', entityId: newId, regionCode: asn.region_code,
      details: { asnId: asn.id, platform: fields.platform, linkMethod: fields.linkMethod, linkConfidence: fields.linkConfidence },
    });
    return newId;
  }).catch((error: unknown) => accountConflict(error, fields.platform, handle, fields.platformUserId));
  return (await findAccountById(db, id))!;
}

export async function readAccount(db: Queryable, principal: Principal, id: string): Promise<AccountRow> {
  const account = await findAccountById(db, id);
  if (!account) throw new NotFoundError('Account');
  assertInScope(principal, account.region_code, 'Account');
  return account;
}

export async function updateAccount(db: Pool, principal: Principal, actor: AuditActor, id: string, patch: UpdateAccountInput): Promise<AccountRow> {
  const current = await readAccount(db, principal, id);
  const cleaned = { ...patch, ...(patch.platformUserId !== undefined ? { platformUserId: patch.platformUserId?.trim() || null } : {}) };
  await withTransaction(db, async (tx) => {
    if (await updateAccountRow(tx, id, cleaned)) {
      await appendAudit(tx, actor, { action: 'account.update', entityType: 'social_account', entityId: id, regionCode: current.region_code, details: { ...cleaned } });
    }
  }).catch((error: unknown) => accountConflict(error, current.platform, current.handle, cleaned.platformUserId));
  return (await findAccountById(db, id))!;
}
