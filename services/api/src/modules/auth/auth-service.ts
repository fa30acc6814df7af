import { AuthenticationError, ConflictError, ForbiddenError, NotFoundError, ValidationError, appendAudit, regionContains, withTransaction, type AuditActor, type Pool, type Role } from '@netra/shared';
import type { Principal } from './auth-types.js';
import { generateToken, hashPassword, verifyPassword } from './secrets.js';
import { insertToken, revokeToken } from './tokens-repo.js';
import { findUserById, findUserByUsername, insertUser, type UserRow } from './users-repo.js';

export interface IssuedToken {
  id: string;
  token: string;
  expiresAt: Date | null;
}

export async function login(
  db: Pool,
  input: { username: string; password: string },
  sessionHours: number,
  actor: Omit<AuditActor, 'actorId' | 'actorLabel' | 'actorRole'>,
): Promise<{ user: UserRow; session: IssuedToken }> {
  const user = await findUserByUsername(db, input.username);
  const ok = user !== null && user.active && (await verifyPassword(input.password, user.password_hash));
  if (!ok || !user) {
    await withTransaction(db, (tx) =>
      appendAudit(tx, { ...actor, actorId: null, actorLabel: input.username, actorRole: null }, { action: 'auth.login_failed', entityType: 'user', entityId: user?.id ?? null }),
    );
    // Same message for unknown user and wrong password: no account enumeration.
    throw new AuthenticationError('Wrong username or password');
  }
  const issued = generateToken();
  const expiresAt = new Date(Date.now() + sessionHours * 3600_000);
  const row = await withTransaction(db, async (tx) => {
    const token = await insertToken(tx, { userId: user.id, name: 'login', kind: 'session', hash: issued.hash, prefix: issued.prefix, expiresAt });
    await appendAudit(tx, { ...actor, actorId: user.id, actorLabel: user.username, actorRole: user.role }, { action: 'auth.login', entityType: 'user', entityId: user.id, regionCode: user.region_code });
    return token;
  });
  return { user, session: { id: row.id, token: issued.token, expiresAt } };
}

export async function createApiToken(
  db: Pool,
  principal: Principal,
  actor: AuditActor,
  input: { name: string; userId?: string; expiresInDays?: number },
): Promise<IssuedToken> {
  const userId = input.userId ?? principal.userId;
  if (userId !== principal.userId && principal.role !== 'admin') throw new ForbiddenError('Only an admin may issue tokens for another user');
  const owner = await findUserById(db, userId);
  const ownerVisible = owner !== null && (principal.regionCode === null || (owner.region_code !== null && regionContains(principal.regionCode, owner.region_code)));
  if (!ownerVisible) throw new NotFoundError('User');
  const issued = generateToken();
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86400_000) : null;
  const row = await withTransaction(db, async (tx) => {
    const token = await insertToken(tx, { userId, name: input.name, kind: 'api', hash: issued.hash, prefix: issued.prefix, expiresAt });
    await appendAudit(tx, actor, { action: 'token.create', entityType: 'api_token', entityId: token.id, details: { userId, name: input.name } });
    return token;
  });
  return { id: row.id, token: issued.token, expiresAt };
}

export async function revoke(db: Pool, principal: Principal, actor: AuditActor, tokenId: string): Promise<void> {
  const owner = principal.role === 'admin' ? null : principal.userId;
  await withTransaction(db, async (tx) => {
    if (!(await revokeToken(tx, tokenId, owner))) throw new NotFoundError('Token');
    await appendAudit(tx, actor, { action: 'token.revoke', entityType: 'api_token', entityId: tokenId });
  });
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  role: Role;
  regionCode: string | null;
  agencyId?: string | null;
  password?: string;
  locale?: 'id' | 'en';
}

/** Creates a user. `actor` null means the command line (bootstrap), recorded as system. */
export async function createUser(db: Pool, principal: Principal | null, actor: AuditActor, input: CreateUserInput): Promise<UserRow> {
  if (principal) {
    if (principal.role !== 'admin') throw new ForbiddenError('Only an admin may create users');
    if (input.regionCode === null ? principal.regionCode !== null : !regionContains(principal.regionCode, input.regionCode)) {
      throw new ForbiddenError('The new user must be inside your own region scope');
    }
  }
  if (input.password !== undefined && input.password.length < 10) throw ValidationError.field('/body/password', 'must be at least 10 characters');
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  try {
    return await withTransaction(db, async (tx) => {
      const user = await insertUser(tx, { ...input, passwordHash });
      await appendAudit(tx, actor, { action: 'user.create', entityType: 'user', entityId: user.id, regionCode: user.region_code, details: { username: user.username, role: user.role } });
      return user;
    });
  } catch (error) {
    const pgError = error as { code?: string; constraint?: string };
    if (pgError.code === '23505') throw new ConflictError(`Username ${input.username} is taken`);
    if (pgError.code === '23503') throw ValidationError.field(pgError.constraint?.includes('agency') ? '/body/agencyId' : '/body/regionCode', 'does not exist');
    throw error;
  }
}
