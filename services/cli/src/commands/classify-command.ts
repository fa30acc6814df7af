import { parseArgs } from 'node:util';
import { runClassifyCli } from '@netra/classify';
import { UsageError, type Command } from './command-types.js';

export const classifyCommand: Command = {
  words: ['classify'],
  usage: 'netra classify --contests FILE [--threshold 0.5] < items.ndjson > judgements.ndjson',
  summary: 'Judge NDJSON items from stdin against contests (no database, no Redis needed)',
  async run(args) {
    const { values } = parseArgs({ args, options: { contests: { type: 'string' }, threshold: { type: 'string' } } });
    if (!values.contests) throw new UsageError('--contests FILE is required');
    const threshold = values.threshold === undefined ? undefined : Number(values.threshold);
    if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) throw new UsageError('--threshold must be between 0 and 1');
    const result = await runClassifyCli({
      contestsPath: values.contests,
      input: process.stdin,
      output: process.stdout,
      errorOutput: process.stderr,
      ...(threshold !== undefined ? { threshold } : {}),
    });
    process.stderr.write(`judged ${result.judged} items, ${result.errors} bad lines\n`);
    return 0;
  },
};
