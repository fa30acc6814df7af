import { pino, type Logger, type LoggerOptions } from 'pino';

export type { Logger } from 'pino';

// Paths that may carry secrets or tokens anywhere in a log line. pino replaces them before
// serialisation, so a secret never reaches a log sink.
export const REDACT_PATHS = [
  'password',
  '*.password',
  'token',
  '*.token',
  'secret',
  '*.secret',
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'config.DATABASE_URL',
  'config.REDIS_URL',
  'databaseUrl',
  'redisUrl',
];

export function createLogger(options: { level?: string; name?: string } = {}): Logger {
  const opts: LoggerOptions = {
    level: options.level ?? process.env.LOG_LEVEL ?? 'info',
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    base: options.name ? { service: options.name } : {},
  };
  return pino(opts);
}

/** Hides the password in a connection URL so it can be printed. */
export function maskUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '[unparseable url]';
  }
}
