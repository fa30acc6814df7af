import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';

// Real server processes for the fault tests: a private redis-server and a private PostgreSQL
// cluster, each on a free port, that the tests SIGKILL and start again. The shared servers on
// 6379/5432 are never touched.

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

export class RedisProcess {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'netra-redis-'));
  child: ChildProcess | null = null;
  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--dir', this.dir], { stdio: 'ignore' });
    const probe = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on('error', () => undefined);
    try {
      await waitFor(async () => {
        if (probe.status !== 'ready') await probe.connect().catch(() => undefined);
        // Ready only once the AOF is loaded.
        return (await probe.ping()) === 'PONG';
      }, `redis-server on ${this.port}`);
    } finally {
      probe.disconnect();
    }
  }

  /** SIGKILL: no shutdown, no final save. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    this.child = null;
  }

  async destroy(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const PG_BIN = '/usr/lib/postgresql/15/bin';

/** A throwaway PostgreSQL cluster, run as the postgres user (root may not run postgres). */
export class PostgresProcess {
  readonly dir: string;
  readonly socketDir: string;
  constructor(readonly port: number) {
    const base = mkdtempSync(path.join(tmpdir(), 'netra-pg-'));
    this.dir = path.join(base, 'data');
    this.socketDir = base;
    chownSync(base, 101, 104);
  }

  static available(): boolean {
    return existsSync(`${PG_BIN}/initdb`) && process.getuid?.() === 0;
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  private asPostgres(cmd: string, args: string[]): string {
    return execFileSync('runuser', ['-u', 'postgres', '--', `${PG_BIN}/${cmd}`, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  init(): void {
    this.asPostgres('initdb', ['-D', this.dir, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  }

  async start(): Promise<void> {
    this.asPostgres('pg_ctl', ['-D', this.dir, '-l', path.join(this.socketDir, 'log'), '-o', `-p ${this.port} -k ${this.socketDir} -c listen_addresses=127.0.0.1`, 'start']);
    await waitFor(async () => {
      const c = new pg.Client({ connectionString: this.url });
      c.on('error', () => undefined);
      try {
        await c.connect();
        await c.query('SELECT 1');
        return true;
      } finally {
        await c.end().catch(() => undefined);
      }
    }, `postgres on ${this.port}`);
  }

  postmasterPid(): number | null {
    const file = path.join(this.dir, 'postmaster.pid');
    if (!existsSync(file)) return null;
    const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
    return Number.isFinite(pid) && pid > 0 ? pid : null;
  }

  /** kill -9 the postmaster and every process it started (backends, checkpointer, WAL writer...). */
  async kill(): Promise<void> {
    const pid = this.postmasterPid();
    if (!pid) return;
    let children: number[] = [];
    try {
      children = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
    } catch {
      children = [];
    }
    for (const p of [pid, ...children]) {
      try {
        process.kill(p, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await waitFor(async () => [pid, ...children].every((p) => {
      try {
        process.kill(p, 0);
        return false;
      } catch {
        return true;
      }
    }), 'postgres processes to die');
  }

  async destroy(): Promise<void> {
    try {
      this.asPostgres('pg_ctl', ['-D', this.dir, '-m', 'immediate', 'stop']);
    } catch {
      await this.kill();
    }
    rmSync(this.socketDir, { recursive: true, force: true });
  }
}
