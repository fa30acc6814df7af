import { verifyAuditChain } from '@netra/shared';
import type { Command } from './command-types.js';
import { openContext, print } from './context.js';

export const auditVerifyCommand: Command = {
  words: ['audit', 'verify'],
  usage: 'netra audit verify',
  summary: 'Recompute the audit log hash chain; exit 1 if a row was altered or removed',
  async run() {
    const ctx = await openContext();
    try {
      const result = await verifyAuditChain(ctx.db);
      if (result.ok) {
        print(`audit chain intact: ${result.rows} rows`);
        return 0;
      }
      print(`audit chain BROKEN at seq ${result.brokenAt?.seq}: ${result.brokenAt?.reason} (${result.rows} rows verified before it)`);
      return 1;
    } finally {
      await ctx.close();
    }
  },
};
