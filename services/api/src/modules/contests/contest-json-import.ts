import Value from 'typebox/value';
import {
  ValidationError, appendAudit, withTransaction,
  type AuditActor, type ContestLevel, type FieldProblem, type Pool,
} from '@netra/shared';
import type { Principal } from '../auth/auth-types.js';
import { findContestsByKeys, regionsByCode } from './contests-repo.js';
import { applyContests, assertMayEdit, storedContests, type ApplyResult, type DesiredContest } from './contests-service.js';
import { ContestJson, lexiconOf, type ContestJsonT, type ContestRecord } from './contests-types.js';

// Contests in the classifier's JSON format (/work/shared/examples/README.md). The whole batch is
// checked first (shape, then meaning, then against the database) and every problem is reported
// with its path, e.g. `/3/candidates/1/number`; only a batch without problems is written, in one
// transaction. A contest is replaced as a whole: pairs not in the JSON are removed.

export interface ContestJsonImportOptions {
  /** Who imports, for the audit log and the region scope of the write; the command line when absent. */
  actor?: AuditActor;
  principal?: Principal | null;
  /** Path of contest `i` in the problems reported: `/${i}` by default, `/body/${i}` for the API. */
  pathOf?: (index: number) => string;
  source?: string;
}

export type ContestJsonImportReport = ApplyResult;

const SYSTEM_ACTOR: AuditActor = { actorId: null, actorLabel: 'system:import-contests', actorRole: null };

/** Shape problems from the schema, one per offending field. */
function shapeProblems(value: unknown, pathOf: (i: number) => string): FieldProblem[] {
  if (!Array.isArray(value)) return [{ path: pathOf(-1), message: 'must be a JSON array of contests' }];
  const problems: FieldProblem[] = [];
  value.forEach((contest, i) => {
    for (const e of Value.Errors(ContestJson, contest)) {
      const base = `${pathOf(i)}${e.instancePath}`;
      const params = e.params as { requiredProperties?: string[]; additionalProperties?: string[] };
      if (e.keyword === 'boolean') continue; // reported once as additionalProperties
      if (e.keyword === 'required' && params.requiredProperties) {
        for (const p of params.requiredProperties) problems.push({ path: `${base}/${p}`, message: 'is required' });
      } else if (e.keyword === 'additionalProperties' && params.additionalProperties) {
        for (const p of params.additionalProperties) problems.push({ path: `${base}/${p}`, message: 'is not an allowed field' });
      } else {
        problems.push({ path: base, message: e.message });
      }
    }
  });
  return problems;
}

function isCalendarDay(day: string): boolean {
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

/** Problems of meaning the schema cannot see: duplicates, impossible dates, date order. */
function meaningProblems(contests: ContestJsonT[], pathOf: (i: number) => string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const ids = new Map<string, number>();
  const keys = new Map<string, number>();
  contests.forEach((c, i) => {
    const at = (field: string) => `${pathOf(i)}/${field}`;
    const seenId = ids.get(c.id);
    if (seenId !== undefined) problems.push({ path: at('id'), message: `duplicate contest id ${c.id} (also at ${pathOf(seenId)})` });
    ids.set(c.id, i);
    const key = `${c.level}|${c.region.code}|${c.voting_day.slice(0, 4)}`;
    const seenKey = keys.get(key);
    if (seenKey !== undefined) problems.push({ path: at('region/code'), message: `a second ${c.level} contest for region ${c.region.code} in ${c.voting_day.slice(0, 4)} (also at ${pathOf(seenKey)})` });
    keys.set(key, i);

    const dates = ['pair_determination_date', 'campaign_start', 'campaign_end', 'quiet_start', 'quiet_end', 'voting_day'] as const;
    let datesOk = true;
    for (const f of dates) {
      const v = c[f];
      if (typeof v === 'string' && !isCalendarDay(v)) {
        problems.push({ path: at(f), message: `${v} is not a calendar day` });
        datesOk = false;
      }
    }
    if (datesOk) {
      // [earlier, later, the field blamed, message, may the two be the same day]
      const order: [typeof dates[number], typeof dates[number], typeof dates[number], string, boolean][] = [
        ['pair_determination_date', 'campaign_start', 'pair_determination_date', 'must not be after campaign_start', true],
        ['campaign_start', 'campaign_end', 'campaign_end', 'must not be before campaign_start', true],
        ['campaign_end', 'voting_day', 'campaign_end', 'must be before voting_day', false],
        ['quiet_start', 'quiet_end', 'quiet_end', 'must not be before quiet_start', true],
        ['quiet_end', 'voting_day', 'quiet_end', 'must be before voting_day', false],
      ];
      for (const [a, b, blame, message, sameDay] of order) {
        const va = c[a];
        const vb = c[b];
        if (typeof va !== 'string' || typeof vb !== 'string') continue;
        if (sameDay ? va > vb : va >= vb) problems.push({ path: at(blame), message });
      }
    }

    const numbers = new Map<number, number>();
    c.candidates.forEach((p, j) => {
      const seen = numbers.get(p.number);
      if (seen !== undefined) problems.push({ path: at(`candidates/${j}/number`), message: `ballot number ${p.number} is already used by candidates/${seen}` });
      numbers.set(p.number, j);
    });
    if (typeof c.empty_box_number === 'number' && numbers.has(c.empty_box_number)) {
      problems.push({ path: at('empty_box_number'), message: `ballot number ${c.empty_box_number} is a pair's` });
    }
  });
  return problems;
}

function fail(problems: FieldProblem[]): never {
  const head = problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`).join('; ');
  throw new ValidationError(`Contest JSON has ${problems.length} problem${problems.length === 1 ? '' : 's'}: ${head}${problems.length > 5 ? '; ...' : ''}`, problems);
}

/** Imports contests in the JSON format; see the module comment. */
export async function importContestsJson(db: Pool, contests: unknown, options: ContestJsonImportOptions = {}): Promise<ContestJsonImportReport> {
  const pathOf = options.pathOf ?? ((i: number) => (i < 0 ? '/' : `/${i}`));
  const shape = shapeProblems(contests, pathOf);
  if (shape.length > 0) fail(shape);
  const list = contests as ContestJsonT[];
  const meaning = meaningProblems(list, pathOf);
  if (meaning.length > 0) fail(meaning);
  const principal = options.principal ?? null;
  list.forEach((c) => assertMayEdit(principal, c.region.code, c.id));

  return withTransaction(db, async (tx) => {
    const problems: FieldProblem[] = [];
    const regions = await regionsByCode(tx, [...new Set(list.map((c) => c.region.code))]);
    list.forEach((c, i) => {
      const region = regions.get(c.region.code);
      if (!region) {
        problems.push({ path: `${pathOf(i)}/region/code`, message: `${c.region.code} is not a known region` });
      } else if (c.level === 'provinsi' ? region.kind !== 'provinsi' : region.kind !== c.level) {
        problems.push({ path: `${pathOf(i)}/level`, message: `region ${c.region.code} (${region.name}) is a ${region.kind}, so it has no ${c.level} contest` });
      }
    });
    const year = (c: ContestJsonT) => Number(c.voting_day.slice(0, 4));
    const existing = await findContestsByKeys(tx, list.map((c) => c.id), list.map((c) => ({ regionCode: c.region.code, level: c.level, year: year(c) })), true);
    const stored = await storedContests(tx, existing);
    list.forEach((c, i) => {
      const other = existing.find((e) => e.id !== c.id && e.region_code === c.region.code && e.level === c.level && e.election_year === year(c));
      if (other) problems.push({ path: `${pathOf(i)}/id`, message: `region ${c.region.code} already has its ${c.level} contest of ${year(c)} as ${other.id}: use that id to replace it` });
      const before = stored.get(c.id);
      if (before) assertMayEdit(principal, before.contest.regionCode, c.id);
    });
    if (problems.length > 0) fail(problems);

    const desired: DesiredContest[] = list.map((c) => {
      const before = stored.get(c.id)?.contest;
      // Fields the examples' format does not carry are kept when absent.
      const keep = <K extends 'pairDeterminationDate' | 'quietStart' | 'quietEnd' | 'emptyBoxNumber'>(value: ContestRecord[K] | undefined, field: K): ContestRecord[K] =>
        value !== undefined ? value : (before?.[field] ?? null);
      const contest: ContestRecord = {
        id: c.id,
        name: c.name.trim(),
        level: c.level as ContestLevel,
        regionCode: c.region.code,
        electionYear: year(c),
        pairDeterminationDate: keep(c.pair_determination_date, 'pairDeterminationDate'),
        campaignStart: c.campaign_start,
        campaignEnd: c.campaign_end,
        quietStart: keep(c.quiet_start, 'quietStart'),
        quietEnd: keep(c.quiet_end, 'quietEnd'),
        votingDay: c.voting_day,
        emptyBoxNumber: keep(c.empty_box_number, 'emptyBoxNumber'),
      };
      return {
        contest,
        pairs: c.candidates.map((p) => ({ contestId: c.id, number: p.number, head: p.head.trim(), deputy: p.deputy.trim(), kpuId: null, ...lexiconOf(p) })),
      };
    });
    const result = await applyContests(tx, desired, stored, 'all', options.source ?? 'json');
    for (const o of result.outcomes) {
      if (o.outcome === 'unchanged') continue;
      await appendAudit(tx, options.actor ?? SYSTEM_ACTOR, {
        action: o.outcome === 'inserted' ? 'contest.create' : 'contest.update', entityType: 'contest', entityId: o.id, regionCode: o.regionCode,
        details: { source: options.source ?? 'json', pairs: o.pairs },
      });
    }
    return result;
  });
}
