// A relay process for the fault test: drains the outbox, and once a batch is published (before it
// is marked sent) says so on stdout and hangs, so the test can SIGKILL it at exactly that point.
import { createLogger, createPool, createRedis, TypedQueue } from '@netra/shared';
import { startOutboxRelay } from '../src/outbox/outbox-relay.js';

const db = createPool({ connectionString: process.env.FAULT_DATABASE_URL!, schema: process.env.FAULT_SCHEMA!, max: 2 });
const redis = createRedis(process.env.FAULT_REDIS_URL!);
const queue = new TypedQueue('classify', { connection: redis, prefix: process.env.FAULT_PREFIX! });
const relay = startOutboxRelay({
  db, queue, logger: createLogger({ level: 'silent' }), intervalMs: 3_600_000, batchSize: Number(process.env.FAULT_BATCH ?? 10),
  afterPublish: async (ids) => {
    process.stdout.write(`PUBLISHED ${ids.length}\n`);
    await new Promise(() => undefined);
  },
});
void relay.drainOnce();
