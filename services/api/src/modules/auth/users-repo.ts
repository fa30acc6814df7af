import type { Queryable, Role } from '@netra/shared';
import { regionScopeSql } from '@netra/shared';

export interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  region_code: string | null;
  agency_id: string | null;
  password_hash: string | null;
  locale: 'id' | 'en';
  active: boolean;
  created_at: Date;
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  regionCode: string | null;
  agencyId?: string | null;
  passwordHash?: string | null;
  locale?: 'id' | 'en';
}

const COLUMNS = 'id, username, display_name, role, region_code, agency_id, password_hash, locale, active, created_at';

export async function insertUser(db: Queryable, user: NewUser): Promise<UserRow> {
  const { rows } = await db.query<UserRow>(
    `INSERT INTO users (username, display_name, role, region_code, agency_id, password_hash, locale)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
    [user.username, user.displayName, user.role, user.regionCode, user.agencyId ?? null, user.passwordHash ?? null, user.locale ?? 'id'],
  );
  return rows[0]!;
}

export async function findUserByUsername(db: Queryable, username: string): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE username = $1`, [username]);
  return rows[0] ?? null;
}

export async function findUserById(db: Queryable, id: string): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE id = $1`, [id]);
  return rows[0] ?? null;
}

export async function listUsers(db: Queryable, scope: string | null): Promise<UserRow[]> {
  const { rows } = await db.query<UserRow>(
    `SELECT ${COLUMNS} FROM users
      WHERE ${regionScopeSql('region_code', 1)}
      ORDER BY username`,
    [scope],
  );
  return rows;
}

export async function setUserActive(db: Queryable, id: string, active: boolean): Promise<void> {
  await db.query('UPDATE users SET active = $2 WHERE id = $1', [id, active]);
}
