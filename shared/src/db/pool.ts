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

const guarded = new WeakSet<pg.PoolClient>();

/** One lasting 'error' listener per pooled client: a dead connection is noticed by the next query instead. */
export function guardClient(client: pg.PoolClient): void {
  if (guarded.has(client)) return;
  guarded.add(client);
  client.on('error', () => undefined);
}

/** Errors after which the connection cannot be trusted (as opposed to a constraint or a deadlock). */
export function isConnectionFailure(error: Error): boolean {
  const code = (error as { code?: string }).code ?? '';
  return code.startsWith('57P') || code.startsWith('08') || /ECONNRESET|ECONNREFUSED|EPIPE|Connection terminated|not queryable/i.test(error.message);
}

/**
 * Runs `fn` in a transaction on a dedicated client; commits on success, rolls back on error.
 * It survives the database going away: a checked-out client whose connection dies between two
 * queries emits 'error', which would crash the process without a listener. The error is kept and
 * rethrown, and a client that failed that way is destroyed instead of going back to the pool.
 */
export async function withTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  guardClient(client);
  let connectionError: Error | null = null;
  const onError = (error: Error) => {
    connectionError = error;
  };
  client.on('error', onError);
  let failed: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    failed = error instanceof Error ? error : new Error(String(error));
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.off('error', onError);
    const broken = connectionError ?? (failed && isConnectionFailure(failed) ? failed : undefined);
    client.release(broken);
  }
}
