import type { Logger } from 'pino';

export type Closer = { name: string; close: () => Promise<unknown> };

/**
 * Graceful shutdown: on SIGTERM or SIGINT, close everything in reverse start order (stop taking
 * work first, then drain, then close pools), with a deadline after which the process exits anyway.
 */
export function installShutdown(closers: Closer[], logger: Logger, deadlineMs = 15_000): () => Promise<void> {
  let stopping: Promise<void> | null = null;
  const shutdown = (): Promise<void> => {
    stopping ??= (async () => {
      const timer = setTimeout(() => {
        logger.error('shutdown deadline passed, exiting');
        process.exit(1);
      }, deadlineMs);
      timer.unref();
      for (const closer of [...closers].reverse()) {
        try {
          await closer.close();
          logger.info({ component: closer.name }, 'closed');
        } catch (error) {
          logger.warn({ component: closer.name, err: error }, 'close failed');
        }
      }
      clearTimeout(timer);
    })();
    return stopping;
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down');
      void shutdown().then(() => process.exit(0));
    });
  }
  return shutdown;
}
