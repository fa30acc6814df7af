import { createLogger, loadConfig, migrate, type Config, type Logger } from '@netra/shared';
import { openStores, type Stores } from '../runtime/stores.js';

export interface CommandContext extends Stores {
  config: Config;
  logger: Logger;
  close(): Promise<void>;
}

/** Config, logger and stores for a one-shot command; migrations applied unless told not to. */
export async function openContext(options: { needRedis?: boolean; migrate?: boolean; logLevel?: string } = {}): Promise<CommandContext> {
  const config = loadConfig();
  const logger = createLogger({ level: options.logLevel ?? (process.env.LOG_LEVEL ? config.LOG_LEVEL : 'warn'), name: 'cli' });
  const stores = await openStores(config, logger, { needRedis: options.needRedis ?? false });
  if (options.migrate !== false) await migrate(stores.db);
  return {
    ...stores,
    config,
    logger,
    async close() {
      for (const closer of [...stores.closers].reverse()) await closer.close().catch(() => undefined);
    },
  };
}

/** The actor recorded in the audit log for command-line work. */
export const CLI_ACTOR = { actorId: null, actorLabel: `cli:${process.env.USER ?? 'unknown'}`, actorRole: null };

export function print(line: string): void {
  process.stdout.write(`${line}\n`);
}
