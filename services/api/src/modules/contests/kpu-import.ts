import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ValidationError, appendAudit, kpuToKemendagri, readCsvRecords, withTransaction, type AuditActor, type ContestLevel, type Pool } from '@netra/shared';
import { findContestsByKeys, regionsByCode } from './contests-repo.js';
import { applyContests, storedContests, type DesiredContest } from './contests-service.js';
import { lexiconOf, PILKADA_2024, type ContestsImportReport, type ElectionSchedule, type PairRecord } from './contests-types.js';

// Pilkada 2024 from KPU's published pair list (SIREKAP master data): one contest per region and
// level, one pair per row, "KOLOM KOSONG" rows are the empty box of a single-pair race. The whole
// file is compared with what is stored and only the differences are written, in one transaction,
// so a second import changes nothing. KPU owns the ballot names; the lexicon staff add to a pair
// (aliases, parties, slogans, ...) survives a re-import.

/** The project's copy of the KPU file (see data/reference/ATTRIBUTION.md). */
export const BUNDLED_PILKADA_2024_CSV = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../data/reference/pilkada2024_paslon_flat.csv');

export const KPU_COLUMNS = ['level', 'kode_wilayah_kpu', 'nama_wilayah', 'id_paslon_kpu', 'nomor_urut', 'nama_paslon', 'ts'] as const;

export interface KpuImportReport extends ContestsImportReport {
  /** Single-pair races: their empty box's ballot number is stored on the contest. */
  emptyBoxes: number;
  /** Accepted rows: pairs plus empty boxes. */
  entries: number;
  /** Rows not imported, by line of the file (the header is line 1). */
  skipped: { row: number; reason: string }[];
}

export interface KpuImportOptions {
  /** Who runs the import, for the audit log; the command line when absent. */
  actor?: AuditActor;
  schedule?: ElectionSchedule;
}

const SYSTEM_ACTOR: AuditActor = { actorId: null, actorLabel: 'system:import-pilkada-kpu', actorRole: null };
const EMPTY_BOX = 'KOLOM KOSONG';

interface KpuRow {
  line: number;
  level: 'gubernur' | 'bupati_walikota';
  kpuCode: string;
  regionCode: string;
  regionLabel: string;
  kpuId: string | null;
  number: number;
  head: string;
  deputy: string;
}

function parseKpuCsv(text: string, skipped: KpuImportReport['skipped']): KpuRow[] {
  const { header, records } = readCsvRecords(text, {
    fail: (reason) => ValidationError.field('/file', `KPU CSV could not be read: ${reason}`),
  });
  const missing = KPU_COLUMNS.filter((c) => c !== 'ts' && !header.includes(c));
  if (missing.length > 0) throw ValidationError.field('/file/header', `missing columns: ${missing.join(', ')} (expected ${KPU_COLUMNS.join(',')})`);

  const rows: KpuRow[] = [];
  for (const { record, info } of records) {
    const line = info.lines;
    const skip = (reason: string) => skipped.push({ row: line, reason });
    const level = (record.level ?? '').trim().toLowerCase();
    if (level !== 'gubernur' && level !== 'bupati_walikota') {
      skip(`level must be gubernur or bupati_walikota, got "${record.level ?? ''}"`);
      continue;
    }
    const kpuCode = (record.kode_wilayah_kpu ?? '').trim();
    let regionCode: string;
    try {
      regionCode = kpuToKemendagri(kpuCode);
    } catch {
      skip(`kode_wilayah_kpu "${kpuCode}" is not a KPU region code`);
      continue;
    }
    const depth = regionCode.split('.').length;
    if (level === 'gubernur' ? depth !== 1 : depth !== 2) {
      skip(`kode_wilayah_kpu ${kpuCode} is not a ${level === 'gubernur' ? 'province' : 'regency or city'} code`);
      continue;
    }
    const numberText = (record.nomor_urut ?? '').trim();
    const number = Number(numberText);
    if (!/^[0-9]+$/.test(numberText) || number < 1 || number > 20) {
      skip(`nomor_urut must be a ballot number from 1 to 20, got "${numberText}"`);
      continue;
    }
    const names = /^(.+?)\s+-(?:\s+(.*))?$/.exec((record.nama_paslon ?? '').trim());
    const head = names?.[1]?.trim() ?? '';
    const deputy = names?.[2]?.trim() ?? '';
    if (!head || (!deputy && head.toUpperCase() !== EMPTY_BOX)) {
      skip(`nama_paslon must be "HEAD - DEPUTY", got "${record.nama_paslon ?? ''}"`);
      continue;
    }
    const kpuId = (record.id_paslon_kpu ?? '').trim();
    rows.push({ line, level, kpuCode: kpuCode.replace(/\./g, ''), regionCode, regionLabel: (record.nama_wilayah ?? '').trim(), kpuId: kpuId || null, number, head, deputy });
  }
  return rows;
}

function contestIdentity(level: ContestLevel, kpuCode: string, regionName: string, year: number): { id: string; name: string } {
  if (level === 'provinsi') return { id: `pilgub-${kpuCode}-${year}`, name: `Pemilihan Gubernur dan Wakil Gubernur ${regionName} ${year}` };
  if (level === 'kota') return { id: `pilwalkot-${kpuCode}-${year}`, name: `Pemilihan Wali Kota dan Wakil Wali Kota ${regionName.replace(/^Kota\s+/i, '')} ${year}` };
  return { id: `pilbup-${kpuCode}-${year}`, name: `Pemilihan Bupati dan Wakil Bupati ${regionName.replace(/^Kabupaten\s+/i, '')} ${year}` };
}

/** Imports (or re-imports) KPU's Pilkada pair list; see the module comment. */
export async function importPilkadaKpu(db: Pool, filePath: string, options: KpuImportOptions = {}): Promise<KpuImportReport> {
  const schedule = options.schedule ?? PILKADA_2024;
  const skipped: KpuImportReport['skipped'] = [];
  const rows = parseKpuCsv(await readFile(filePath, 'utf8'), skipped);

  // One client for everything: the embedded database is a single session.
  const report = await withTransaction(db, async (tx) => {
    const regions = await regionsByCode(tx, [...new Set(rows.map((r) => r.regionCode))]);
    const contests = new Map<string, DesiredContest & { lines: Map<number, number>; emptyBoxLine: number | null }>();
    let entries = 0;
    let emptyBoxes = 0;
    for (const row of rows) {
      const region = regions.get(row.regionCode);
      if (!region) {
        skipped.push({ row: row.line, reason: `region ${row.regionCode} (${row.regionLabel}) is not in the regions table; import regions first` });
        continue;
      }
      const level: ContestLevel | null = row.level === 'gubernur'
        ? (region.kind === 'provinsi' ? 'provinsi' : null)
        : region.kind === 'kabupaten' || region.kind === 'kota' ? region.kind : null;
      if (!level) {
        skipped.push({ row: row.line, reason: `region ${row.regionCode} is a ${region.kind}: no ${row.level} election there` });
        continue;
      }
      const key = `${level}|${row.regionCode}`;
      let entry = contests.get(key);
      if (!entry) {
        const { id, name } = contestIdentity(level, row.kpuCode, region.name, schedule.year);
        entry = {
          contest: {
            id, name, level, regionCode: row.regionCode, electionYear: schedule.year,
            pairDeterminationDate: schedule.pairDeterminationDate, campaignStart: schedule.campaignStart, campaignEnd: schedule.campaignEnd,
            quietStart: schedule.quietStart, quietEnd: schedule.quietEnd, votingDay: schedule.votingDay, emptyBoxNumber: null,
          },
          pairs: [],
          lines: new Map(),
          emptyBoxLine: null,
        };
        contests.set(key, entry);
      }
      const taken = entry.lines.get(row.number);
      if (taken !== undefined) {
        skipped.push({ row: row.line, reason: `ballot number ${row.number} is already used in ${entry.contest.id} (row ${taken})` });
        continue;
      }
      if (row.head.toUpperCase() === EMPTY_BOX) {
        if (entry.emptyBoxLine !== null) {
          skipped.push({ row: row.line, reason: `${entry.contest.id} already has an empty box (row ${entry.emptyBoxLine})` });
          continue;
        }
        entry.contest.emptyBoxNumber = row.number;
        entry.emptyBoxLine = row.line;
        emptyBoxes += 1;
      } else {
        entry.pairs.push({ contestId: entry.contest.id, number: row.number, head: row.head, deputy: row.deputy, kpuId: row.kpuId, ...lexiconOf({}) });
      }
      entry.lines.set(row.number, row.line);
      entries += 1;
    }

    // A contest stored earlier under another id (say, from a JSON import) keeps its id.
    const desired = [...contests.values()];
    const existing = await findContestsByKeys(
      tx,
      desired.map((d) => d.contest.id),
      desired.map((d) => ({ regionCode: d.contest.regionCode, level: d.contest.level, year: d.contest.electionYear })),
      true,
    );
    const byKey = new Map(existing.map((c) => [`${c.level}|${c.region_code}|${c.election_year}`, c]));
    const byId = new Map(existing.map((c) => [c.id, c]));
    const writable: DesiredContest[] = [];
    for (const d of desired) {
      const same = byKey.get(`${d.contest.level}|${d.contest.regionCode}|${d.contest.electionYear}`);
      if (same && same.id !== d.contest.id) {
        const id = same.id;
        writable.push({ contest: { ...d.contest, id }, pairs: d.pairs.map((p): PairRecord => ({ ...p, contestId: id })) });
        continue;
      }
      const clash = byId.get(d.contest.id);
      if (!same && clash) {
        const lines = [...d.lines.values()];
        for (const line of lines) skipped.push({ row: line, reason: `contest id ${d.contest.id} is already used by a contest for region ${clash.region_code} (${clash.level})` });
        entries -= lines.length;
        if (d.emptyBoxLine !== null) emptyBoxes -= 1;
        continue;
      }
      writable.push({ contest: d.contest, pairs: d.pairs });
    }
    const stored = await storedContests(tx, existing);
    const applied = await applyContests(tx, writable, stored, 'names', 'kpu');
    const changed = applied.contests.inserted + applied.contests.updated;
    if (changed > 0) {
      await appendAudit(tx, options.actor ?? SYSTEM_ACTOR, {
        action: 'contest.import_kpu', entityType: 'contest', entityId: null,
        details: { file: path.basename(filePath), contests: applied.contests, pairs: applied.pairs, emptyBoxes, entries },
      });
    }
    return { contests: applied.contests, pairs: applied.pairs, emptyBoxes, entries };
  });
  skipped.sort((a, b) => a.row - b.row);
  return { ...report, skipped };
}
