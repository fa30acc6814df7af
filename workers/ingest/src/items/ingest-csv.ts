import { readFile } from 'node:fs/promises';
import { readCsvRecords, type IncomingItem, type IngestItemResult, type Platform, type ItemKind, type Pool } from '@netra/shared';
import { ingestItems } from './items-service.js';

// `netra ingest FILE`: the push intake's fields from a CSV file, one item per row. Rows are
// reported one by one (row = line of the file, header is line 1); a bad row never stops the rest.

export const CSV_COLUMNS = ['platform', 'platform_item_id', 'kind', 'account_handle', 'posted_at', 'text', 'target_author_handle', 'target_text', 'url'] as const;
const REQUIRED = ['platform', 'platform_item_id', 'kind', 'account_handle', 'posted_at'] as const;

export interface CsvRowResult extends IngestItemResult {
  /** Line of the file the row ends on. */
  row: number;
}

/** Maps CSV paths (`/3/postedAt`) back to the column names the file uses. */
const FIELD_TO_COLUMN: Record<string, string> = {
  platform: 'platform', platformItemId: 'platform_item_id', kind: 'kind', authorHandle: 'account_handle',
  accountId: 'account_handle', postedAt: 'posted_at', text: 'text', 'target/authorHandle': 'target_author_handle',
  'target/text': 'target_text', url: 'url',
};

export function csvRowToItem(row: Record<string, string | undefined>): IncomingItem {
  const value = (k: string) => {
    const v = row[k]?.trim();
    return v === undefined || v === '' ? undefined : v;
  };
  const targetHandle = value('target_author_handle');
  const targetText = row.target_text ?? '';
  const item: IncomingItem = {
    platform: (value('platform') ?? '').toLowerCase() as Platform,
    platformItemId: value('platform_item_id') ?? '',
    kind: (value('kind') ?? '').toLowerCase() as ItemKind,
    postedAt: value('posted_at') ?? '',
    text: row.text ?? '',
  };
  const handle = value('account_handle');
  if (handle) item.authorHandle = handle;
  const url = value('url');
  if (url) item.url = url;
  if (targetHandle || targetText.trim()) item.target = { authorHandle: targetHandle ?? '', text: targetText };
  item.raw = row;
  return item;
}

export async function ingestCsvText(db: Pool, text: string, batchSize = 500): Promise<CsvRowResult[]> {
  const { header, records } = readCsvRecords(text, { fail: (reason) => new Error(`CSV could not be read: ${reason}`) });
  const missing = REQUIRED.filter((c) => records.length > 0 && !header.includes(c));
  if (missing.length > 0) throw new Error(`CSV lacks the column(s) ${missing.join(', ')}; expected ${CSV_COLUMNS.join(', ')}`);
  const out: CsvRowResult[] = [];
  for (let start = 0; start < records.length; start += batchSize) {
    const chunk = records.slice(start, start + batchSize);
    const results = await ingestItems(db, chunk.map((r) => csvRowToItem(r.record)), 'csv');
    results.forEach((r, i) => {
      const row = chunk[i]!.info.lines;
      const index = start + i;
      const res: CsvRowResult = { ...r, index, row };
      if (r.error) {
        const field = r.error.path.replace(/^\/\d+\/?/, '');
        res.error = { path: `/${index}/${FIELD_TO_COLUMN[field] ?? field}`, message: r.error.message };
      }
      out.push(res);
    });
  }
  return out;
}

/** Reads a CSV file (columns: CSV_COLUMNS) into the item store; returns one result per data row. */
export async function ingestCsvFile(db: Pool, path: string): Promise<CsvRowResult[]> {
  return ingestCsvText(db, await readFile(path, 'utf8'));
}
