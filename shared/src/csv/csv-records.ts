import { parse } from 'csv-parse/sync';

// The one way Netra reads an uploaded CSV file: a header row whose names are matched without
// regard to case or surrounding spaces, a byte-order mark tolerated, blank lines skipped, and each
// record with the line it ended on. Rows with another number of fields than the header are kept
// (csv-parse reports them in `info.error`) so that each importer can decide row by row.

export interface CsvRecord {
  record: Record<string, string>;
  info: { lines: number };
}

export interface CsvRecords {
  /** The header's names, trimmed and lower-cased ([] for an empty file). */
  header: string[];
  records: CsvRecord[];
}

/**
 * Parses `text`; a file csv-parse cannot read at all is thrown as `fail(reason)`, so each caller
 * raises its own error (an HTTP 400 with its field path, or a command-line message).
 */
export function readCsvRecords(text: string, options: { trimValues?: boolean; fail: (reason: string) => Error }): CsvRecords {
  let header: string[] = [];
  let records: CsvRecord[];
  try {
    records = parse(text, {
      bom: true,
      columns: (names: string[]) => (header = names.map((n) => n.trim().toLowerCase())),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: options.trimValues ?? false,
    }) as CsvRecord[];
  } catch (error) {
    throw options.fail(error instanceof Error ? error.message : String(error));
  }
  return { header, records };
}
