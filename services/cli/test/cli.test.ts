import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../src/runtime/free-port.js';

const NETRA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../bin/netra.mjs');
const dirs: string[] = [];

function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  // The one-command start must work with no store URLs at all.
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  return env;
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('netra command', () => {
  it('prints help listing its commands', () => {
    const out = spawnSync(process.execPath, [NETRA, '--help'], { encoding: 'utf8' });
    expect(out.status).toBe(0);
    for (const cmd of ['netra start', 'netra migrate', 'netra import regions', 'netra classify', 'netra audit verify']) expect(out.stdout).toContain(cmd);
  });

  it('refuses to run with bad configuration, listing every problem at once', () => {
    const out = spawnSync(process.execPath, [NETRA, 'migrate'], {
      encoding: 'utf8',
      env: { ...process.env, PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x:secret-pw@h/db' },
    });
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('PORT');
    expect(out.stderr).toContain('LOG_LEVEL');
    expect(out.stderr).toContain('DATABASE_URL');
    expect(out.stderr).not.toContain('secret-pw');
  });

  it('starts with embedded PostgreSQL and Redis and demo data, serves the API, and shuts down on SIGTERM', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'netra-start-'));
    dirs.push(dataDir);
    const port = await freePort();
    const child = spawn(process.execPath, [NETRA, 'start', '--demo'], {
      env: cleanEnv({ DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const base = `http://127.0.0.1:${port}`;
      let ready = false;
      for (let i = 0; i < 240 && !ready; i += 1) {
        ready = await fetch(`${base}/ready`).then((r) => r.ok, () => false);
        if (!ready) await new Promise((r) => setTimeout(r, 250));
      }
      expect(ready).toBe(true);
      expect(stdout).toContain('netra-demo-2024');
      const login = await fetch(`${base}/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'reviewer.banjarmasin', password: 'netra-demo-2024' }),
      });
      expect(login.status).toBe(200);
      const { session } = (await login.json()) as { session: { token: string } };
      const regions = await fetch(`${base}/v1/regions?within=63.71`, { headers: { authorization: `Bearer ${session.token}` } });
      expect(((await regions.json()) as { items: { name: string }[] }).items[0]?.name).toBe('Kota Banjarmasin');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 120_000);
});
