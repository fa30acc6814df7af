// What the benchmarks share: the raw COPY baseline through psql, timed by psql itself.
import { spawn } from 'node:child_process';
import type { Queryable } from '@netra/shared';

/** One CSV field, quoted when it must be. */
export function csvField(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * COPYs CSV text into `target` (a table, optionally with its column list) of `schema` through psql;
 * returns the seconds psql's \timing reports for the COPY itself (no process start, no connect).
 */
export function psqlCopy(databaseUrl: string, schema: string, target: string, csv: string, options: { header?: boolean } = {}): Promise<number> {
  const format = options.header ? 'FORMAT csv, HEADER true' : 'FORMAT csv';
  return new Promise((resolve, reject) => {
    const child = spawn('psql', [databaseUrl, '-v', 'ON_ERROR_STOP=1', '-q', '-c', '\\timing on', '-c', `COPY ${target} FROM STDIN WITH (${format})`], {
      env: { ...process.env, PGOPTIONS: `-c search_path=${schema}` },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = /Time: ([0-9.]+) ms/.exec(out);
      if (code !== 0 || !ms) reject(new Error(`psql COPY failed (exit ${code}): ${out}`));
      else resolve(Number(ms[1]) / 1000);
    });
    child.stdin.end(csv);
  });
}

/**
 * The raw baseline: `csv` COPied into the plain table `table` three times (emptied before each),
 * and the median run. One COPY takes tens of milliseconds, where other processes show most.
 */
export async function medianCopySeconds(db: Queryable, databaseUrl: string, schema: string, table: string, csv: string, options: { header?: boolean } = {}): Promise<{ seconds: number; runs: number[]; rows: number }> {
  const runs: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    await db.query(`TRUNCATE ${table}`);
    runs.push(await psqlCopy(databaseUrl, schema, table, csv, options));
  }
  const rows = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;
  return { seconds: [...runs].sort((a, b) => a - b)[1]!, runs, rows };
}
