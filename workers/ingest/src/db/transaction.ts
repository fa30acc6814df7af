import type { Pool, PoolClient } from '@netra/shared';

const guarded = new WeakSet<PoolClient>();

/** One lasting 'error' listener per pooled client: a dead connection is noticed by the next query instead. */
export function guardClient(client: PoolClient): void {
  if (guarded.has(client)) return;
  guarded.add(client);
  client.on('error', () => undefined);
}

/**
 * A transaction on a dedicated client that survives the database going away: a checked-out
 * client whose connection dies between two queries emits 'error', which would crash the process
 * without a listener. Here the error is kept and rethrown, and a client that failed is destroyed
 * instead of going back to the pool.
 */
export async function inTransaction<T>(db: Pool, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await db.connect();
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

/** Errors after which the connection cannot be trusted (as opposed to a constraint or a deadlock). */
export function isConnectionFailure(error: Error): boolean {
  const code = (error as { code?: string }).code ?? '';
  return code.startsWith('57P') || code.startsWith('08') || /ECONNRESET|ECONNREFUSED|EPIPE|Connection terminated|not queryable/i.test(error.message);
}
