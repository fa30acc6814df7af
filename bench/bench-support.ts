// What the benchmarks share: the raw COPY baseline through psql, timed by psql itself.
import { spawn } from 'node:child_process';

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
