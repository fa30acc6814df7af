import Type, { type Static } from 'typebox';
import Value from 'typebox/value';
import { ConfigError } from './errors.js';

// Every setting Netra reads from the environment, validated once at start into a frozen object.
// Unknown values are refused with one message listing every problem (immich's approach).
const EnvSchema = Type.Object({
  NODE_ENV: Type.Enum(['development', 'production', 'test'], { default: 'development' }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info' }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  DATABASE_SCHEMA: Type.Optional(Type.String({ pattern: '^[a-z_][a-z0-9_]{0,62}$' })),
  DATABASE_POOL_SIZE: Type.Integer({ minimum: 1, maximum: 200, default: 10 }),
  REDIS_URL: Type.Optional(Type.String({ pattern: '^rediss?://' })),
  QUEUE_PREFIX: Type.String({ pattern: '^[A-Za-z0-9_-]{1,40}$', default: 'netra' }),
  HOST: Type.String({ default: '127.0.0.1' }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  DATA_DIR: Type.String({ minLength: 1, default: '.netra-data' }),
  /** Lifetime of a login session token. */
  SESSION_TTL_HOURS: Type.Integer({ minimum: 1, maximum: 720, default: 12 }),
  /** Where confirmed cases go: KASN's work passed to BKN under UU 20/2023, so this is a setting. */
  ESCALATION_AUTHORITY: Type.String({ minLength: 1, default: 'BKN' }),
  CLASSIFY_THRESHOLD: Type.Number({ minimum: 0, maximum: 1, default: 0.5 }),
  INGEST_MAX_BATCH: Type.Integer({ minimum: 1, maximum: 100_000, default: 1000 }),
  /** Trust X-Forwarded-For from a reverse proxy when recording the caller's address. */
  TRUST_PROXY: Type.Boolean({ default: false }),
  /** How long a reviewer holds a claimed flag before it returns to the queue. */
  REVIEW_LEASE_MINUTES: Type.Number({ minimum: 1, maximum: 1440, default: 15 }),
  /** How long a flag may wait for its review. */
  REVIEW_FLAG_DUE_HOURS: Type.Number({ minimum: 1, default: 72 }),
  /** Clock of each case stage in days, e.g. "open:3,under_review:3,confirmed:2"; when given, only the stages named have a clock. */
  REVIEW_STAGE_DAYS: Type.Optional(Type.String({
    pattern: '^(open|under_review|confirmed|escalated|recommendation_received|sanction_recorded):[0-9]+(\\.[0-9]+)?(,(open|under_review|confirmed|escalated|recommendation_received|sanction_recorded):[0-9]+(\\.[0-9]+)?)*$',
  })),
  /** Days by which a supervisor may extend a stage's clock. */
  REVIEW_EXTENSION_DAYS: Type.Number({ minimum: 1, default: 2 }),
  /** Cases from which a region's zone is red (fewer, and at least one, is yellow; none is green). */
  REVIEW_ZONE_RED_MIN: Type.Integer({ minimum: 2, default: 5 }),
});

export type Config = Readonly<Static<typeof EnvSchema>>;

const NUMERIC = new Set([
  'DATABASE_POOL_SIZE', 'PORT', 'SESSION_TTL_HOURS', 'CLASSIFY_THRESHOLD', 'INGEST_MAX_BATCH',
  'REVIEW_LEASE_MINUTES', 'REVIEW_FLAG_DUE_HOURS', 'REVIEW_EXTENSION_DAYS', 'REVIEW_ZONE_RED_MIN',
]);
const BOOLEAN = new Set(['TRUST_PROXY']);

/** Parses the environment (or the given map) into a frozen, typed config or throws ConfigError. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const raw: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const key of Object.keys(EnvSchema.properties)) {
    const value = env[key];
    if (value === undefined || value === '') continue;
    if (NUMERIC.has(key)) {
      const n = Number(value);
      if (!Number.isFinite(n)) {
        problems.push(`${key}: must be a number, got "${value}"`);
        continue;
      }
      raw[key] = n;
    } else if (BOOLEAN.has(key)) {
      if (!['true', 'false', '1', '0'].includes(value)) {
        problems.push(`${key}: must be true or false, got "${value}"`);
        continue;
      }
      raw[key] = value === 'true' || value === '1';
    } else {
      raw[key] = value;
    }
  }
  const withDefaults = Value.Default(EnvSchema, raw) as Record<string, unknown>;
  // One check per variable, so each gets exactly one readable message.
  for (const [key, schema] of Object.entries(EnvSchema.properties)) {
    const value = withDefaults[key];
    if (value === undefined) continue;
    if (Value.Check(schema, value)) continue;
    const allowed = allowedLiterals(schema);
    // Secrets may be inside the value: name the variable and the rule, never echo the value.
    const first = [...Value.Errors(schema, value)][0];
    problems.push(`${key}: ${allowed ? `must be one of ${allowed.join(', ')}` : (first?.message ?? 'is invalid')}`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(withDefaults as Static<typeof EnvSchema>);
}

function allowedLiterals(schema: unknown): string[] | null {
  const values = (schema as { enum?: unknown[] }).enum;
  return Array.isArray(values) ? values.map(String) : null;
}
