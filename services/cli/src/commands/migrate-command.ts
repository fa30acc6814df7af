import { migrate, migrationStatus } from '@netra/shared';
import type { Command } from './command-types.js';
import { openContext, print } from './context.js';

export const migrateCommand: Command = {
  words: ['migrate'],
  usage: 'netra migrate [--status]',
  summary: 'Apply pending database migrations (or show their status)',
  async run(args) {
    const ctx = await openContext({ migrate: false });
    try {
      if (args.includes('--status')) {
        const s = await migrationStatus(ctx.db);
        print(`applied: ${s.applied.join(', ') || '-'}\npending: ${s.pending.join(', ') || '-'}\nmodified: ${s.modified.join(', ') || '-'}`);
        return s.modified.length > 0 ? 1 : 0;
      }
      const applied = await migrate(ctx.db);
      print(applied.length ? `applied migrations ${applied.join(', ')}` : 'database is up to date');
      return 0;
    } finally {
      await ctx.close();
    }
  },
};
