import type { Queryable, Role } from '@netra/shared';

export interface TokenRow {
  id: string;
  user_id: string;
  name: string;
  kind: 'api' | 'session';
  prefix: string;
  created_at: Date;
  expires_at: Date | null;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

export interface TokenPrincipalRow {
  token_id: string;
  user_id: string;
  username: string;
  role: Role;
  region_code: string | null;
  agency_id: string | null;
  locale: 'id' | 'en';
}

export async function insertToken(
  db: Queryable,
  token: { userId: string; name: string; kind: 'api' | 'session'; hash: string; prefix: string; expiresAt: Date | null },
): Promise<TokenRow> {
  const { rows } = await db.query<TokenRow>(
    `INSERT INTO api_tokens (user_id, name, kind, token_hash, prefix, expires_at) VALUES ($1, $2, $3, $4, $5, $6)
     RETURNING id, user_id, name, kind, prefix, created_at, expires_at, revoked_at, last_used_at`,
    [token.userId, token.name, token.kind, token.hash, token.prefix, token.expiresAt],
  );
  return rows[0]!;
}

/** Resolves a live token (not revoked, not expired, user active) and marks it used. */
export async function findLiveToken(db: Queryable, hash: string): Promise<TokenPrincipalRow | null> {
  const { rows } = await db.query<TokenPrincipalRow>(
    `UPDATE api_tokens t SET last_used_at = now()
       FROM users u
      WHERE t.token_hash = $1 AND t.user_id = u.id AND u.active
        AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())
      RETURNING t.id AS token_id, u.id AS user_id, u.username, u.role, u.region_code, u.agency_id, u.locale`,
    [hash],
  );
  return rows[0] ?? null;
}

export async function listTokens(db: Queryable, userId: string): Promise<TokenRow[]> {
  const { rows } = await db.query<TokenRow>(
    `SELECT id, user_id, name, kind, prefix, created_at, expires_at, revoked_at, last_used_at
       FROM api_tokens WHERE user_id = $1 AND kind = 'api' ORDER BY created_at`,
    [userId],
  );
  return rows;
}

export async function revokeToken(db: Queryable, tokenId: string, userId: string | null): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE api_tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR user_id = $2)`,
    [tokenId, userId],
  );
  return (rowCount ?? 0) > 0;
}

export async function purgeExpiredSessions(db: Queryable, olderThanHours: number): Promise<number> {
  const { rowCount } = await db.query(
    `DELETE FROM api_tokens WHERE kind = 'session' AND expires_at < now() - make_interval(hours => $1)`,
    [olderThanHours],
  );
  return rowCount ?? 0;
}
