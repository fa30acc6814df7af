import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { maskUrl, REDACT_PATHS } from '../src/index.js';

describe('logging', () => {
  it('redacts passwords, tokens and authorization headers', () => {
    const lines: string[] = [];
    const sink = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
    const log = pino({ redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, sink);
    log.info({ password: 'hunter2', body: { token: 'ntr_abc' }, req: { headers: { authorization: 'Bearer ntr_xyz' } } }, 'login');
    const text = lines.join('');
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('ntr_abc');
    expect(text).not.toContain('ntr_xyz');
    expect(text).toContain('[redacted]');
  });

  it('masks the password of a connection URL', () => {
    expect(maskUrl('postgres://netra:s3cret@db:5432/netra')).toBe('postgres://netra:***@db:5432/netra');
  });
});
