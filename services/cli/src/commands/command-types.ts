export interface Command {
  /** Words that select the command, e.g. ['import', 'asn']. */
  words: string[];
  usage: string;
  summary: string;
  /** Returns the process exit code. */
  run(args: string[]): Promise<number>;
}

export class UsageError extends Error {}
