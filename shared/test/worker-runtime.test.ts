import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, startWorker, TypedQueue, checkHandlers } from '../src/index.js';
import { createTestRedis, type TestRedis } from '../src/testing/test-env.js';

let env: TestRedis;
beforeAll(async () => {
  env = await createTestRedis();
});
afterAll(async () => {
  await env.cleanup();
});

describe('worker runtime', () => {
  it('refuses to start a worker with a missing handler', () => {
    const ctx = { connection: env.redis, prefix: env.prefix };
    expect(() => startWorker('maintenance', {} as never, ctx, { logger: createLogger({ level: 'silent' }) })).toThrow(
      /no handler for job "purge-expired-sessions"/,
    );
  });

  it('refuses a handler for a job the catalogue does not know', () => {
    const problems = checkHandlers('maintenance', { 'purge-expired-sessions': async () => 1, 'purge-sent-outbox': async () => 1, 'escalate-overdue': async () => 1, 'made-up': async () => 1 });
    expect(problems).toEqual(['queue "maintenance": handler for unknown job "made-up"']);
  });

  it('runs a job through a real Redis queue, once per deterministic job id', async () => {
    const ctx = { connection: env.redis, prefix: env.prefix };
    const seen: number[] = [];
    const worker = startWorker(
      'maintenance',
      { 'purge-expired-sessions': async (payload) => void seen.push(payload.olderThanHours), 'purge-sent-outbox': async () => undefined, 'escalate-overdue': async () => undefined },
      ctx,
      { logger: createLogger({ level: 'silent' }) },
    );
    const queue = new TypedQueue('maintenance', ctx);
    await queue.add('purge-expired-sessions', { olderThanHours: 24 }, { jobId: 'purge-1' });
    await queue.add('purge-expired-sessions', { olderThanHours: 24 }, { jobId: 'purge-1' });
    await new Promise<void>((resolve) => {
      const timer = setInterval(async () => {
        const counts = await queue.queue.getJobCounts('completed');
        if ((counts.completed ?? 0) >= 1) {
          clearInterval(timer);
          resolve();
        }
      }, 50);
    });
    expect(seen).toEqual([24]);
    await worker.close();
    await queue.close();
  });
});
