import { BUNDLED_REGIONS_CSV, importRegions } from '@netra/api';
import type { Command } from './command-types.js';
import { openContext, print } from './context.js';

export const importRegionsCommand: Command = {
  words: ['import', 'regions'],
  usage: 'netra import regions [FILE]',
  summary: 'Load the Kemendagri provinces and regencies/cities (bundled copy by default)',
  async run(args) {
    const ctx = await openContext();
    try {
      const r = await importRegions(ctx.db, args[0] ?? BUNDLED_REGIONS_CSV);
      print(`regions: ${r.total} in file, ${r.inserted} new, ${r.updated} changed`);
      return 0;
    } finally {
      await ctx.close();
    }
  },
};
