import {
  AUTHORITY_CHANNELS, ConfigError, ConflictError, NotFoundError, ValidationError, appendAudit, withTransaction,
  type AuditActor, type Config, type Pool, type Queryable,
} from '@netra/shared';

// Escalation authorities: where a confirmed ASN case is sent. KASN was the addressee until
// UU 20/2023 moved its tasks to BKN (SBT channel); which one is used is configuration
// (ESCALATION_AUTHORITY), and the records say how to reach each.

export type AuthorityChannel = (typeof AUTHORITY_CHANNELS)[number];

export interface AuthorityRow {
  id: string;
  code: string;
  name: string;
  channel: AuthorityChannel;
  endpoint: string | null;
  active: boolean;
  notes: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface AuthorityFields {
  name: string;
  channel: AuthorityChannel;
  endpoint: string | null;
  active: boolean;
  notes: string | null;
}

export const AUTHORITY_CODE_PATTERN = '^[A-Z0-9_-]{2,32}$';

const COLUMNS = 'id, code, name, channel, endpoint, active, notes, created_at, updated_at';

export async function listAuthorities(db: Queryable): Promise<AuthorityRow[]> {
  const { rows } = await db.query<AuthorityRow>(`SELECT ${COLUMNS} FROM escalation_authorities ORDER BY code`);
  return rows;
}

export async function findAuthority(db: Queryable, code: string, lock = false): Promise<AuthorityRow | null> {
  const { rows } = await db.query<AuthorityRow>(`SELECT ${COLUMNS} FROM escalation_authorities WHERE code = $1 ${lock ? 'FOR UPDATE' : ''}`, [code]);
  return rows[0] ?? null;
}

async function insertAuthority(db: Queryable, code: string, f: AuthorityFields): Promise<AuthorityRow> {
  const { rows } = await db.query<AuthorityRow>(
    `INSERT INTO escalation_authorities (code, name, channel, endpoint, active, notes) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
    [code, f.name, f.channel, f.endpoint, f.active, f.notes],
  );
  return rows[0]!;
}

async function updateAuthority(db: Queryable, code: string, f: AuthorityFields): Promise<AuthorityRow> {
  const { rows } = await db.query<AuthorityRow>(
    `UPDATE escalation_authorities SET name = $2, channel = $3, endpoint = $4, active = $5, notes = $6, updated_at = now()
      WHERE code = $1 RETURNING ${COLUMNS}`,
    [code, f.name, f.channel, f.endpoint, f.active, f.notes],
  );
  return rows[0]!;
}

/** An endpoint must fit its channel: an e-mail address for email, an http(s) URL for api. */
function endpointProblem(channel: AuthorityChannel, endpoint: string | null): string | null {
  if (endpoint === null) return channel === 'email' || channel === 'api' ? `is required for channel ${channel}` : null;
  if (channel === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(endpoint)) return 'must be an e-mail address for channel email';
  if (channel === 'api') {
    try {
      const url = new URL(endpoint);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an http(s) URL for channel api';
    } catch {
      return 'must be an http(s) URL for channel api';
    }
  }
  return null;
}

export async function createAuthority(db: Pool, actor: AuditActor, code: string, fields: AuthorityFields): Promise<AuthorityRow> {
  const problem = endpointProblem(fields.channel, fields.endpoint);
  if (problem) throw ValidationError.field('/body/endpoint', problem);
  try {
    return await withTransaction(db, async (tx) => {
      const row = await insertAuthority(tx, code, fields);
      await appendAudit(tx, actor, { action: 'authority.create', entityType: 'escalation_authority', entityId: code, details: { channel: row.channel, active: row.active } });
      return row;
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw new ConflictError(`Authority ${code} already exists`);
    throw error;
  }
}

/**
 * Changes an authority. The one named by ESCALATION_AUTHORITY cannot be deactivated: escalation
 * would stop; change the setting first.
 */
export async function patchAuthority(db: Pool, config: Config, actor: AuditActor, code: string, patch: Partial<AuthorityFields>): Promise<AuthorityRow> {
  return withTransaction(db, async (tx) => {
    const before = await findAuthority(tx, code, true);
    if (!before) throw new NotFoundError(`Authority ${code}`);
    const after: AuthorityFields = {
      name: patch.name ?? before.name,
      channel: patch.channel ?? before.channel,
      endpoint: patch.endpoint !== undefined ? patch.endpoint : before.endpoint,
      active: patch.active ?? before.active,
      notes: patch.notes !== undefined ? patch.notes : before.notes,
    };
    const problem = endpointProblem(after.channel, after.endpoint);
    if (problem) throw ValidationError.field(patch.endpoint !== undefined || patch.channel === undefined ? '/body/endpoint' : '/body/channel', problem);
    if (!after.active && code === config.ESCALATION_AUTHORITY) {
      throw new ConflictError(`${code} is the configured escalation authority (ESCALATION_AUTHORITY); set another one before deactivating it`);
    }
    const changed = (Object.keys(after) as (keyof AuthorityFields)[]).filter((k) => after[k] !== before[k]);
    if (changed.length === 0) return before;
    const row = await updateAuthority(tx, code, after);
    await appendAudit(tx, actor, { action: 'authority.update', entityType: 'escalation_authority', entityId: code, details: { fields: changed } });
    return row;
  });
}

/** The authority confirmed cases go to: ESCALATION_AUTHORITY's row, which must exist and be active. */
export async function getDefaultAuthority(db: Queryable, config: Pick<Config, 'ESCALATION_AUTHORITY'>): Promise<AuthorityRow> {
  const code = config.ESCALATION_AUTHORITY;
  const row = await findAuthority(db, code);
  if (row?.active) return row;
  const known = (await listAuthorities(db)).filter((a) => a.active).map((a) => a.code);
  throw new ConfigError([
    `ESCALATION_AUTHORITY: ${row ? `authority ${code} is inactive` : `no escalation authority has code ${code}`}` +
      ` (active authorities: ${known.length ? known.join(', ') : 'none'}); set ESCALATION_AUTHORITY or activate it with PATCH /v1/authorities/${code}`,
  ]);
}
