// `netra classify --contests FILE`: NDJSON items in, one judgement a line out, in input order.
// A bad line gets {"line": N, "error": "..."} in its place and the rest are still judged.
// Streams line by line, so memory stays flat however long the input is.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { createClassifier } from './engine/classifier.js';
import type { Contest, Item } from './engine/classify-types.js';
import type { Model } from './engine/model-store.js';
import { validateContests, validateItem, type ValidationError } from './engine/validate.js';

export interface ClassifyCliOptions {
  contestsPath: string;
  input: Readable;
  output: Writable;
  /** Gets one human-readable line per bad input line (the output gets the JSON error line). */
  errorOutput?: Writable;
  model?: Model;
  threshold?: number;
}

export interface ClassifyCliResult {
  judged: number;
  errors: number;
}

export class ContestsFileError extends Error {
  constructor(
    message: string,
    readonly errors: ValidationError[],
  ) {
    super(message);
  }
}

function loadContests(path: string): Contest[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ContestsFileError(`cannot read contests file ${path}: ${(e as Error).message}`, []);
  }
  const errors = validateContests(parsed);
  if (errors.length > 0) {
    const list = errors.slice(0, 10).map((e) => `${e.path || '(root)'}: ${e.message}`).join('; ');
    throw new ContestsFileError(`invalid contests file ${path}: ${list}`, errors);
  }
  return parsed as Contest[];
}

function describe(errors: ValidationError[]): string {
  return errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ');
}

export async function runClassifyCli(options: ClassifyCliOptions): Promise<ClassifyCliResult> {
  const contests = loadContests(options.contestsPath);
  const classifier = createClassifier({ contests, model: options.model, threshold: options.threshold });
  const lines = createInterface({ input: options.input, crlfDelay: Infinity });
  let lineNo = 0;
  let judged = 0;
  let errors = 0;

  const write = async (obj: unknown) => {
    // Respect back-pressure so a slow consumer does not make us buffer the whole output.
    if (!options.output.write(JSON.stringify(obj) + '\n')) await once(options.output, 'drain');
  };
  const fail = async (message: string) => {
    errors++;
    await write({ line: lineNo, error: message });
    options.errorOutput?.write(`line ${lineNo}: ${message}\n`);
  };

  for await (const raw of lines) {
    lineNo++;
    const line = raw.trim();
    if (line === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (e) {
      await fail(`invalid JSON: ${(e as Error).message}`);
      continue;
    }
    const problems = validateItem(parsed);
    if (problems.length > 0) {
      await fail(`invalid item: ${describe(problems)}`);
      continue;
    }
    try {
      await write(classifier.classify(parsed as Item));
      judged++;
    } catch (e) {
      await fail(`classification failed: ${(e as Error).message}`);
    }
  }
  return { judged, errors };
}
