import { type LinkMethod, type MonitoringState, type Platform, type Queryable, regionScopeSql } from '@netra/shared';

export interface AccountRow {
  id: string;
  platform: Platform;
  handle: string;
  platform_user_id: string | null;
  asn_id: string;
  link_method: LinkMethod;
  /** numeric(3,2): pg returns it as a string. */
  link_confidence: string;
  monitoring_state: MonitoringState;
  /** The ASN's region of duty: what scopes the account. */
  region_code: string;
  created_at: Date;
  updated_at: Date;
}

export interface AccountFields {
  platform: Platform;
  handle: string;
  platformUserId: string | null;
  asnId: string;
  linkMethod: LinkMethod;
  linkConfidence: number;
  monitoringState: MonitoringState;
}

const SELECT = `SELECT s.id, s.platform, s.handle, s.platform_user_id, s.asn_id, s.link_method, s.link_confidence,
                       s.monitoring_state, a.region_code, s.created_at, s.updated_at
                  FROM social_accounts s JOIN asn a ON a.id = s.asn_id`;

export async function insertAccount(db: Queryable, account: AccountFields): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO social_accounts (platform, handle, platform_user_id, asn_id, link_method, link_confidence, monitoring_state)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [account.platform, account.handle, account.platformUserId, account.asnId, account.linkMethod, account.linkConfidence, account.monitoringState],
  );
  return rows[0]!.id;
}

export async function findAccountById(db: Queryable, id: string): Promise<AccountRow | null> {
  const { rows } = await db.query<AccountRow>(`${SELECT} WHERE s.id = $1`, [id]);
  return rows[0] ?? null;
}

/** The account with this handle on this platform, case-insensitively (the unique key). */
export async function findAccountByHandle(db: Queryable, platform: Platform, handle: string, lock = false): Promise<AccountRow | null> {
  const { rows } = await db.query<AccountRow>(`${SELECT} WHERE s.platform = $1 AND lower(s.handle) = lower($2)${lock ? ' FOR UPDATE OF s' : ''}`, [platform, handle]);
  return rows[0] ?? null;
}

/** The accounts with these (platform, handle) keys, case-insensitively. */
export async function findAccountsByHandles(db: Queryable, keys: { platform: string; handle: string }[]): Promise<AccountRow[]> {
  if (keys.length === 0) return [];
  const { rows } = await db.query<AccountRow>(
    `${SELECT} WHERE (s.platform, lower(s.handle)) IN (SELECT p, lower(h) FROM unnest($1::text[], $2::text[]) AS k(p, h))`,
    [keys.map((k) => k.platform), keys.map((k) => k.handle)],
  );
  return rows;
}

/** Updates the given fields; returns false when nothing differed. */
export async function updateAccountRow(
  db: Queryable,
  id: string,
  patch: { platformUserId?: string | null; linkMethod?: LinkMethod; linkConfidence?: number; monitoringState?: MonitoringState },
): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE social_accounts
        SET platform_user_id = CASE WHEN $2 THEN $3 ELSE platform_user_id END,
            link_method = COALESCE($4, link_method),
            link_confidence = COALESCE($5::numeric(3,2), link_confidence),
            monitoring_state = COALESCE($6, monitoring_state),
            updated_at = now()
      WHERE id = $1
        AND (platform_user_id, link_method, link_confidence, monitoring_state) IS DISTINCT FROM
            (CASE WHEN $2 THEN $3 ELSE platform_user_id END, COALESCE($4, link_method),
             COALESCE($5::numeric(3,2), link_confidence), COALESCE($6, monitoring_state))`,
    [id, patch.platformUserId !== undefined, patch.platformUserId ?? null, patch.linkMethod ?? null, patch.linkConfidence ?? null, patch.monitoringState ?? null],
  );
  return (rowCount ?? 0) > 0;
}

export interface AccountQuery {
  within: string | null;
  platform?: Platform;
  state?: MonitoringState;
  asnId?: string;
  limit: number;
  after?: { platform: string; handle: string };
}

/** Ordered by the unique key (platform, lower(handle)), which is also the cursor. */
export async function listAccounts(db: Queryable, query: AccountQuery): Promise<AccountRow[]> {
  const { rows } = await db.query<AccountRow>(
    `${SELECT}
      WHERE ${regionScopeSql('a.region_code', 1)}
        AND ($2::text IS NULL OR s.platform = $2)
        AND ($3::text IS NULL OR s.monitoring_state = $3)
        AND ($4::uuid IS NULL OR s.asn_id = $4)
        AND ($5::text IS NULL OR (s.platform, lower(s.handle)) > ($5, $6::text))
      ORDER BY s.platform, lower(s.handle) LIMIT $7`,
    [query.within, query.platform ?? null, query.state ?? null, query.asnId ?? null, query.after?.platform ?? null, query.after?.handle ?? null, query.limit],
  );
  return rows;
}
