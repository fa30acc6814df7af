import { ingestCsvFile } from '@netra/ingest';
import { UsageError, type Command } from './command-types.js';
import { openContext, print } from './context.js';

export const ingestCommand: Command = {
  words: ['ingest'],
  usage: 'netra ingest FILE.csv',
  summary: 'Take in items from a CSV (platform, platform_item_id, kind, account_handle, posted_at, text, target_author_handle, target_text, url)',
  async run(args) {
    if (!args[0]) throw new UsageError('FILE is required');
    const ctx = await openContext();
    try {
      const results = await ingestCsvFile(ctx.db, args[0]);
      const by = (status: string) => results.filter((r) => r.status === status).length;
      print(`${results.length} rows: ${by('created')} new, ${by('edited')} edited, ${by('unchanged')} unchanged, ${by('rejected')} rejected`);
      for (const r of results.filter((x) => x.status === 'rejected')) print(`  line ${r.row}: ${r.error?.path ?? ''} ${r.error?.message ?? ''}`);
      print('New versions are handed to the classify queue by the running ingest worker (outbox relay).');
      return by('rejected') > 0 ? 1 : 0;
    } finally {
      await ctx.close();
    }
  },
};
