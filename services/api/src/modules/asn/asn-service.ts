import {
  ConflictError, ForbiddenError, NotFoundError, ValidationError, appendAudit, nipProblems, regionContains, withTransaction,
  type AuditActor, type Pool, type Queryable,
} from '@netra/shared';
import { decodeCursor, encodeCursor } from '../../http/common-schemas.js';
import type { Principal } from '../auth/auth-types.js';
import { assertInScope, effectiveRegion } from '../auth/region-scope.js';
import { agencyVisible, findAgencyByCode, findAgencyById, type AgencyRow } from '../agencies/agencies-repo.js';
import { listAccounts, type AccountRow } from '../accounts/accounts-repo.js';
import { findRegion } from '../regions/regions-repo.js';
import { fieldsOf, findAsnById, insertAsn, listAsn, updateAsnRow, type AsnRow } from './asn-repo.js';
import type { AgencyRef, AsnFields, AsnListFilter, CreateAsnInput, UpdateAsnInput } from './asn-types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The agency an ASN is attached to, by id or code; unknown and out-of-scope agencies look alike. */
export async function resolveAgency(db: Queryable, scope: string | null, ref: AgencyRef): Promise<AgencyRow> {
  if (ref.agencyId === undefined && ref.agencyCode === undefined) throw ValidationError.field('/body/agencyId', 'agencyId or agencyCode is required');
  const agency = ref.agencyId !== undefined ? await findAgencyById(db, ref.agencyId) : await findAgencyByCode(db, ref.agencyCode!);
  const path = ref.agencyId !== undefined ? '/body/agencyId' : '/body/agencyCode';
  if (!agency || !agencyVisible(scope, agency.region_code)) throw ValidationError.field(path, 'no such agency in your region scope');
  if (ref.agencyId !== undefined && ref.agencyCode !== undefined && agency.code !== ref.agencyCode) {
    throw ValidationError.field('/body/agencyCode', `does not match agencyId (whose code is ${agency.code})`);
  }
  return agency;
}

/** A region of duty must exist and lie inside the caller's scope (403: writing outside it). */
async function checkRegion(db: Queryable, scope: string | null, regionCode: string): Promise<void> {
  if (!regionContains(scope, regionCode)) throw new ForbiddenError(`Region ${regionCode} is outside your scope (${scope ?? 'national'})`);
  if (!(await findRegion(db, regionCode))) throw ValidationError.field('/body/regionCode', `region ${regionCode} does not exist`);
}

function checkNip(nip: string): void {
  const problems = nipProblems(nip, '/body/nip');
  if (problems.length > 0) throw new ValidationError(problems.map((p) => `${p.path} ${p.message}`).join('; '), problems);
}

function nipConflict(error: unknown, nip: string): never {
  if ((error as { code?: string }).code === '23505') throw new ConflictError(`An ASN with NIP ${nip} is already registered`);
  throw error;
}

export async function createAsn(db: Pool, principal: Principal, actor: AuditActor, input: CreateAsnInput): Promise<AsnRow> {
  checkNip(input.nip);
  await checkRegion(db, principal.regionCode, input.regionCode);
  const agency = await resolveAgency(db, principal.regionCode, input);
  const fields: AsnFields = {
    nip: input.nip,
    name: input.name.trim(),
    employmentType: input.employmentType ?? 'PNS',
    positionClass: input.positionClass,
    positionTitle: input.positionTitle?.trim() || null,
    agencyId: agency.id,
    regionCode: input.regionCode,
  };
  if (!fields.name) throw ValidationError.field('/body/name', 'must not be blank');
  const id = await withTransaction(db, async (tx) => {
    const newId = await insertAsn(tx, fields);
    await appendAudit(tx, actor, { action: 'asn.create', entityType: 'asn', entityId: newId, regionCode: fields.regionCode, details: { agencyId: agency.id } });
    return newId;
  }).catch((error: unknown) => nipConflict(error, input.nip));
  return (await findAsnById(db, id))!;
}

export async function updateAsn(db: Pool, principal: Principal, actor: AuditActor, id: string, patch: UpdateAsnInput): Promise<AsnRow> {
  const current = await findAsnById(db, id);
  if (!current) throw new NotFoundError('ASN');
  assertInScope(principal, current.region_code, 'ASN');
  if (patch.nip !== undefined) checkNip(patch.nip);
  if (patch.regionCode !== undefined) await checkRegion(db, principal.regionCode, patch.regionCode);
  const agency = patch.agencyId !== undefined || patch.agencyCode !== undefined ? await resolveAgency(db, principal.regionCode, patch) : null;
  const before = fieldsOf(current);
  const after: AsnFields = {
    nip: patch.nip ?? before.nip,
    name: patch.name !== undefined ? patch.name.trim() : before.name,
    employmentType: patch.employmentType ?? before.employmentType,
    positionClass: patch.positionClass ?? before.positionClass,
    positionTitle: patch.positionTitle !== undefined ? patch.positionTitle?.trim() || null : before.positionTitle,
    agencyId: agency?.id ?? before.agencyId,
    regionCode: patch.regionCode ?? before.regionCode,
  };
  if (!after.name) throw ValidationError.field('/body/name', 'must not be blank');
  const changed = (Object.keys(after) as (keyof AsnFields)[]).filter((k) => after[k] !== before[k]);
  if (changed.length > 0) {
    await withTransaction(db, async (tx) => {
      await updateAsnRow(tx, id, after);
      await appendAudit(tx, actor, {
        action: 'asn.update', entityType: 'asn', entityId: id, regionCode: after.regionCode,
        details: { fields: changed, ...(after.regionCode !== before.regionCode ? { previousRegionCode: before.regionCode } : {}) },
      });
    }).catch((error: unknown) => nipConflict(error, after.nip));
  }
  return (await findAsnById(db, id))!;
}

/** One ASN with its accounts; reading it is recorded ('asn.read'), personal data under UU 27/2022. */
export async function readAsn(db: Pool, principal: Principal, actor: AuditActor, id: string): Promise<{ asn: AsnRow; accounts: AccountRow[] }> {
  const asn = await findAsnById(db, id);
  if (!asn) throw new NotFoundError('ASN');
  assertInScope(principal, asn.region_code, 'ASN');
  const accounts = await listAccounts(db, { within: null, asnId: id, limit: 100 });
  await withTransaction(db, (tx) => appendAudit(tx, actor, { action: 'asn.read', entityType: 'asn', entityId: id, regionCode: asn.region_code }));
  return { asn, accounts };
}

/** A page of ASN in scope; the read is recorded ('asn.list') with the filter, count and ids. */
export async function listAsnFor(db: Pool, principal: Principal, actor: AuditActor, filter: AsnListFilter): Promise<{ items: AsnRow[]; nextCursor: string | null }> {
  const within = effectiveRegion(principal, filter.region);
  const cursor = decodeCursor(filter.cursor, 2);
  if (filter.cursor && (!cursor || typeof cursor[0] !== 'string' || typeof cursor[1] !== 'string' || !UUID.test(cursor[1]))) throw ValidationError.field('/querystring/cursor', 'is not a cursor of this list');
  const rows = await listAsn(db, {
    within,
    limit: filter.limit + 1,
    ...(filter.agency ? { agency: filter.agency } : {}),
    ...(filter.positionClass ? { positionClass: filter.positionClass } : {}),
    ...(filter.q ? { q: filter.q } : {}),
    ...(cursor ? { after: { name: cursor[0] as string, id: cursor[1] as string } } : {}),
  });
  const items = rows.slice(0, filter.limit);
  const last = items[items.length - 1];
  const nextCursor = rows.length > filter.limit && last ? encodeCursor([last.name, last.id]) : null;
  const { limit: _limit, cursor: _cursor, ...criteria } = filter;
  await withTransaction(db, (tx) =>
    appendAudit(tx, actor, { action: 'asn.list', entityType: 'asn', regionCode: within, details: { count: items.length, filter: criteria, ids: items.map((a) => a.id) } }),
  );
  return { items, nextCursor };
}
