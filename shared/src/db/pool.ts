import pg from 'pg';

export type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;
export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;

// Dates stay as ISO strings: a `date` column means a calendar day in Indonesia, not a UTC instant.
pg.types.setTypeParser(1082, (v: string) => v);
// bigint counts fit in a JS number for every table Netra has.
pg.types.setTypeParser(20, (v: string) => Number(v));

export function createPool(options: { connectionString: string; schema?: string; max?: number }): pg.Pool {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    // A schema per test file (or per tenant) is selected at connection time, so every query,
    // including migrations, lands in it without qualifying names.
    ...(options.schema ? { options: `-c search_path=${options.schema},public` } : {}),
  });
  // An idle client losing its connection (PostgreSQL restart) must not crash the process.
  pool.on('error', () => undefined);
  return pool;
}

/** Runs `fn` in a transaction on a dedicated client; commits on success, rolls back on error. */
export async function withTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
