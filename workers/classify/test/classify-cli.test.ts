import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runClassifyCli } from '../src/classify-cli.js';

const CONTESTS = '/work/shared/examples/contests.json';

function item(id: string, text: string) {
  return JSON.stringify({
    id, platform: 'x', kind: 'post', author: { id: 'a', region_code: '31.73' }, created_at: '2024-10-01T09:00:00+07:00', text,
  });
}

async function run(lines: string[]) {
  const output = new PassThrough();
  const errorOutput = new PassThrough();
  const chunks: string[] = [];
  const errChunks: string[] = [];
  output.on('data', (c: Buffer) => chunks.push(c.toString()));
  errorOutput.on('data', (c: Buffer) => errChunks.push(c.toString()));
  const result = await runClassifyCli({ contestsPath: CONTESTS, input: Readable.from([lines.join('\n') + '\n']), output, errorOutput });
  const out = chunks.join('').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  return { result, out, err: errChunks.join('') };
}

describe('runClassifyCli', () => {
  it('judges every good line in order and reports bad lines by number', async () => {
    const { result, out, err } = await run([
      item('a', 'RIDO nomor 1! ☝️'),
      '{not json',
      JSON.stringify({ id: 'b', kind: 'post' }),
      item('c', 'Selamat pagi semua'),
    ]);
    expect(result).toEqual({ judged: 2, errors: 2 });
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ id: 'a', flagged: true, candidate: 1 });
    expect(out[1]).toMatchObject({ line: 2 });
    expect(String(out[1]!.error)).toMatch(/invalid JSON/);
    expect(out[2]).toMatchObject({ line: 3 });
    expect(String(out[2]!.error)).toMatch(/author/);
    expect(out[3]).toMatchObject({ id: 'c', flagged: false });
    expect(err).toMatch(/line 2: invalid JSON/);
  });

  it('skips blank lines but keeps counting them', async () => {
    const { out } = await run([item('a', 'halo'), '', 'oops']);
    expect(out[1]).toMatchObject({ line: 3 });
  });

  it('rejects an invalid contests file with a clear message', async () => {
    await expect(runClassifyCli({ contestsPath: '/nonexistent.json', input: Readable.from([]), output: new PassThrough() })).rejects.toThrow(/cannot read contests file/);
  });
});
