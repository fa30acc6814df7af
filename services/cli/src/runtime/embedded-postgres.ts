import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  /** The pool size the embedded server can take (its connection limit minus headroom). */
  poolSize: number;
  stop(): Promise<void>;
}

// PGlite is one session: two client connections interleaving parse/bind messages clobber each
// other's unnamed prepared statement. One pooled connection keeps every query whole; the price is
// that all database work of the laptop process is serialised, which suits a demo.
const POOL_SIZE = 1;

/**
 * PostgreSQL for a laptop without one: PGlite (PostgreSQL compiled to WASM) with its data in
 * `<dataDir>/pglite`, served on a loopback port so the ordinary `pg` client connects to it.
 * The server accepts the pool size plus headroom (tools such as psql can still connect).
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  const dir = path.resolve(dataDir, 'pglite');
  await mkdir(dir, { recursive: true });
  const db = await PGlite.create(dir);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: POOL_SIZE + 4 });
  await server.start();
  const conn = server.getServerConn(); // "127.0.0.1:PORT"
  return {
    url: `postgres://postgres@${conn}/postgres`,
    poolSize: POOL_SIZE,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
