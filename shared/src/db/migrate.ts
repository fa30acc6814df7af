import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../migrations');

export interface MigrationFile {
  version: number;
  name: string;
  checksum: string;
  sql: string;
}

export interface MigrationStatus {
  applied: number[];
  pending: number[];
  /** Landed migrations whose file changed since: migrations are never edited once landed. */
  modified: number[];
}

const FILE_PATTERN = /^(\d{4})_([a-z0-9_]+)\.sql$/;

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  const out: MigrationFile[] = [];
  for (const file of files) {
    const match = FILE_PATTERN.exec(file);
    if (!match) throw new Error(`Migration file name must look like 0001_name.sql: ${file}`);
    const sql = await readFile(path.join(dir, file), 'utf8');
    const version = Number(match[1]);
    if (out.some((m) => m.version === version)) throw new Error(`Two migrations share version ${version}`);
    out.push({ version, name: match[2]!, sql, checksum: createHash('sha256').update(sql).digest('hex') });
  }
  return out;
}

const LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

export async function migrationStatus(db: pg.Pool | pg.PoolClient, dir = MIGRATIONS_DIR): Promise<MigrationStatus> {
  const files = await readMigrations(dir);
  const exists = await db.query<{ t: string | null }>(`SELECT to_regclass('schema_migrations')::text AS t`);
  const rows = exists.rows[0]?.t
    ? (await db.query<{ version: number; checksum: string }>('SELECT version, checksum FROM schema_migrations')).rows
    : [];
  const applied = new Map(rows.map((r) => [r.version, r.checksum]));
  return {
    applied: [...applied.keys()].sort((a, b) => a - b),
    pending: files.filter((f) => !applied.has(f.version)).map((f) => f.version),
    modified: files.filter((f) => applied.has(f.version) && applied.get(f.version) !== f.checksum).map((f) => f.version),
  };
}

/**
 * Applies pending migrations in order, all in one transaction under an advisory lock, so two
 * processes starting at once cannot both migrate. Refuses to run if a landed file was edited.
 */
export async function migrate(pool: pg.Pool, dir = MIGRATIONS_DIR): Promise<number[]> {
  const files = await readMigrations(dir);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':netra-migrate'))`);
    await client.query(LEDGER);
    const { rows } = await client.query<{ version: number; checksum: string }>('SELECT version, checksum FROM schema_migrations');
    const applied = new Map(rows.map((r) => [r.version, r.checksum]));
    const done: number[] = [];
    for (const file of files) {
      const landed = applied.get(file.version);
      if (landed !== undefined) {
        if (landed !== file.checksum) {
          throw new Error(`Migration ${file.version}_${file.name} was edited after it was applied; add a new migration instead`);
        }
        continue;
      }
      await client.query(file.sql);
      await client.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [file.version, file.name, file.checksum]);
      done.push(file.version);
    }
    await client.query('COMMIT');
    return done;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
