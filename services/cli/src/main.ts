import { ConfigError } from '@netra/shared';
import { auditVerifyCommand } from './commands/audit-command.js';
import { classifyCommand } from './commands/classify-command.js';
import { UsageError, type Command } from './commands/command-types.js';
import { importAsnCommand, importContestsCommand, importKpuCommand } from './commands/import-command.js';
import { importRegionsCommand } from './commands/import-regions-command.js';
import { ingestCommand } from './commands/ingest-command.js';
import { labelsExportCommand } from './commands/labels-command.js';
import { simulateCommand } from './commands/simulate-command.js';
import { migrateCommand } from './commands/migrate-command.js';
import { apiCommand, seedDemoCommand, startCommand, workerCommand } from './commands/start-command.js';
import { tokenCreateCommand, userCreateCommand } from './commands/user-command.js';

const COMMANDS: Command[] = [
  startCommand,
  apiCommand,
  workerCommand,
  migrateCommand,
  importRegionsCommand,
  importKpuCommand,
  importContestsCommand,
  importAsnCommand,
  seedDemoCommand,
  userCreateCommand,
  tokenCreateCommand,
  auditVerifyCommand,
  labelsExportCommand,
  classifyCommand,
  ingestCommand,
  simulateCommand,
];

function help(): string {
  return [
    'netra: pemantauan netralitas ASN di media sosial (Pilkada)',
    '',
    'Usage:',
    ...COMMANDS.map((c) => `  ${c.usage}\n      ${c.summary}`),
    '',
    'Environment: DATABASE_URL, REDIS_URL (embedded defaults when unset), PORT, HOST, DATA_DIR, LOG_LEVEL, QUEUE_PREFIX, ESCALATION_AUTHORITY.',
  ].join('\n');
}

/** The longest run of words that names a command wins (`import asn` before `import`). */
function resolve(argv: string[]): { command: Command; args: string[] } | null {
  let best: { command: Command; args: string[] } | null = null;
  for (const command of COMMANDS) {
    const n = command.words.length;
    if (command.words.every((w, i) => argv[i] === w) && (!best || n > best.command.words.length)) {
      best = { command, args: argv.slice(n) };
    }
  }
  return best;
}

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    process.stdout.write(`${help()}\n`);
    return 0;
  }
  const found = resolve(argv);
  if (!found) {
    process.stderr.write(`Unknown command: ${argv.join(' ')}\n\n${help()}\n`);
    return 2;
  }
  if (found.args.includes('--help')) {
    process.stdout.write(`${found.command.usage}\n  ${found.command.summary}\n`);
    return 0;
  }
  try {
    return await found.command.run(found.args);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\nUsage: ${found.command.usage}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    process.stderr.write(`netra ${found.command.words.join(' ')} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
