import { parseArgs } from 'node:util';
import { exportReviewLabels } from '@netra/api';
import { UsageError, type Command } from './command-types.js';
import { CLI_ACTOR, openContext, print } from './context.js';

export const labelsExportCommand: Command = {
  words: ['labels', 'export'],
  usage: 'netra labels export --out DIR [--since YYYY-MM-DD] [--region CODE]',
  summary: "Write reviewers' decisions as classifier training data (items.jsonl, labels.jsonl, contests.json; authors pseudonymised; audited)",
  async run(args) {
    const { values } = parseArgs({ args, options: { out: { type: 'string' }, since: { type: 'string' }, region: { type: 'string' } } });
    if (!values.out) throw new UsageError('--out DIR is required');
    let since: Date | null = null;
    if (values.since !== undefined) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(values.since) || Number.isNaN(Date.parse(values.since))) throw new UsageError('--since expects a date YYYY-MM-DD');
      since = new Date(`${values.since}T00:00:00+07:00`);
    }
    if (values.region !== undefined && !/^\d{2}(\.\d{2}){0,3}$/.test(values.region)) throw new UsageError('--region expects a Kemendagri code such as 63 or 63.71');
    const ctx = await openContext();
    try {
      const report = await exportReviewLabels(ctx.db, CLI_ACTOR, { outDir: values.out, since, regionCode: values.region ?? null });
      print(`${report.items} reviewed items (${report.partisan} confirmed partisan, ${report.items - report.partisan} dismissed) and ${report.contests} contests written to ${values.out}`);
      return 0;
    } finally {
      await ctx.close();
    }
  },
};
