import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { appendAudit, regionContains, withTransaction, type AuditActor, type Pool } from '@netra/shared';
import { loadContestsForClassifier } from '../contests/contests-service.js';
import { listReviewLabels, type ReviewLabelRow } from './labels-export-repo.js';

// Reviewers' decisions as labelled data for the classifier: every confirmed flag is a partisan
// item, every dismissed one a hard negative the model got wrong. Written in the classifier's
// corpus format (items.jsonl, labels.jsonl, contests.json; see shared/examples/README.md), so the
// training script can take it next to its own corpus. The author is a pseudonym: no name, NIP or
// account leaves Netra this way, and the export itself is audited.

export interface LabelsExportOptions {
  outDir: string;
  since?: Date | null;
  regionCode?: string | null;
}

export interface LabelsExportReport {
  items: number;
  partisan: number;
  contests: number;
  files: string[];
}

/** A stable pseudonym for an ASN: the same person gets the same id in every export. */
export function authorPseudonym(asnId: string | null): string {
  return asnId ? `asn-${createHash('sha256').update(`netra-label:${asnId}`).digest('hex').slice(0, 16)}` : 'asn-unknown';
}

function toItem(row: ReviewLabelRow) {
  const target = row.target ? { author_handle: row.target.authorHandle ?? '', text: row.target.text ?? '' } : undefined;
  return {
    id: row.item_version_id,
    platform: row.platform,
    kind: row.kind,
    author: { id: authorPseudonym(row.asn_id), region_code: row.region_code },
    created_at: row.posted_at.toISOString(),
    text: row.text,
    ...(target ? { target } : {}),
    ...(row.media.length ? { media: row.media } : {}),
  };
}

function toLabel(row: ReviewLabelRow) {
  if (!row.violation) return { id: row.item_version_id, partisan: false, candidate: null, stance: null, category: null };
  // A reviewer who confirms without restating pair, stance or category agrees with the flag's.
  return {
    id: row.item_version_id,
    partisan: true,
    candidate: row.candidate ?? row.flag_candidate,
    stance: row.stance ?? row.flag_stance,
    category: row.category ?? row.flag_category,
  };
}

export async function exportReviewLabels(db: Pool, actor: AuditActor, options: LabelsExportOptions): Promise<LabelsExportReport> {
  const rows = await listReviewLabels(db, { since: options.since ?? null, regionCode: options.regionCode ?? null });
  const regions = new Set(rows.map((r) => r.region_code));
  const contests = (await loadContestsForClassifier(db)).filter((c) => [...regions].some((r) => regionContains(c.region.code, r)));
  mkdirSync(options.outDir, { recursive: true });
  const files = {
    items: path.join(options.outDir, 'items.jsonl'),
    labels: path.join(options.outDir, 'labels.jsonl'),
    contests: path.join(options.outDir, 'contests.json'),
  };
  const lines = (values: unknown[]) => values.map((v) => `${JSON.stringify(v)}\n`).join('');
  writeFileSync(files.items, lines(rows.map(toItem)));
  writeFileSync(files.labels, lines(rows.map(toLabel)));
  writeFileSync(files.contests, `${JSON.stringify(contests, null, 2)}\n`);
  const report = { items: rows.length, partisan: rows.filter((r) => r.violation).length, contests: contests.length, files: Object.values(files) };
  await withTransaction(db, (tx) => appendAudit(tx, actor, {
    action: 'labels.export', entityType: 'review_labels', regionCode: options.regionCode ?? null,
    details: { items: report.items, partisan: report.partisan, since: options.since?.toISOString() ?? null, outDir: options.outDir },
  }));
  return report;
}
