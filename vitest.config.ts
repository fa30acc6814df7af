import { defineConfig } from 'vitest/config';

// One run covers every workspace. Each test file isolates itself (own PostgreSQL schema, own
// BullMQ prefix), so files run in parallel on the two cores CI has.
export default defineConfig({
  test: {
    include: ['shared/test/**/*.test.ts', 'services/*/test/**/*.test.ts', 'workers/*/test/**/*.test.ts', 'bench/test/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    reporters: ['default', './tools/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { DOTENV_CONFIG_QUIET: 'true', LOG_LEVEL: 'silent' },
  },
});
