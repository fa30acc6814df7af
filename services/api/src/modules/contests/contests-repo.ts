import type { Queryable } from '@netra/shared';
import type { ClassifierContest, ContestRecord, PairLexicon, PairRecord } from './contests-types.js';

// SQL for contests and candidate pairs. Bulk writes pass one JSON array and expand it with
// jsonb_to_recordset: one statement per kind of change, whatever the number of rows.

export interface ContestRow {
  id: string;
  name: string;
  level: ContestRecord['level'];
  region_code: string;
  region_name: string;
  election_year: number;
  pair_determination_date: string | null;
  campaign_start: string | null;
  campaign_end: string | null;
  quiet_start: string | null;
  quiet_end: string | null;
  voting_day: string;
  empty_box_number: number | null;
  source: string;
  revision: number;
  created_at: Date;
  updated_at: Date;
  pair_count: number;
}

export interface PairRow extends PairLexicon {
  contest_id: string;
  ballot_number: number;
  head: string;
  deputy: string;
  kpu_id: string | null;
}

const CONTEST_COLUMNS = `c.id, c.name, c.level, c.region_code, r.name AS region_name, c.election_year, c.pair_determination_date,
  c.campaign_start, c.campaign_end, c.quiet_start, c.quiet_end, c.voting_day, c.empty_box_number, c.source, c.revision,
  c.created_at, c.updated_at, (SELECT count(*)::int FROM candidate_pairs p WHERE p.contest_id = c.id) AS pair_count`;

const PAIR_COLUMNS = 'contest_id, ballot_number, head, deputy, aliases, parties, slogans, hashtags, colors, accounts, incumbent, independent, kpu_id';

export function toContestRecord(row: ContestRow): ContestRecord {
  return {
    id: row.id,
    name: row.name,
    level: row.level,
    regionCode: row.region_code,
    electionYear: row.election_year,
    pairDeterminationDate: row.pair_determination_date,
    campaignStart: row.campaign_start,
    campaignEnd: row.campaign_end,
    quietStart: row.quiet_start,
    quietEnd: row.quiet_end,
    votingDay: row.voting_day,
    emptyBoxNumber: row.empty_box_number,
  };
}

export function toPairRecord(row: PairRow): PairRecord {
  return {
    contestId: row.contest_id,
    number: row.ballot_number,
    head: row.head,
    deputy: row.deputy,
    aliases: row.aliases,
    parties: row.parties,
    slogans: row.slogans,
    hashtags: row.hashtags,
    colors: row.colors,
    accounts: row.accounts.map((a) => ({ platform: a.platform, handle: a.handle })),
    incumbent: row.incumbent,
    independent: row.independent,
    kpuId: row.kpu_id,
  };
}

/** Regions by code with their kind, for the importers' checks. */
export async function regionsByCode(db: Queryable, codes: string[]): Promise<Map<string, { name: string; level: number; kind: string }>> {
  const { rows } = await db.query<{ code: string; name: string; level: number; kind: string }>(
    'SELECT code, name, level, kind FROM regions WHERE code = ANY($1::text[])',
    [codes],
  );
  return new Map(rows.map((r) => [r.code, { name: r.name, level: r.level, kind: r.kind }]));
}

/**
 * Contests with one of these ids or one of these (region, level, year) keys, locked for the rest
 * of the transaction when `lock` is set.
 */
export async function findContestsByKeys(
  db: Queryable,
  ids: string[],
  keys: { regionCode: string; level: string; year: number }[],
  lock = false,
): Promise<ContestRow[]> {
  const { rows } = await db.query<ContestRow>(
    `SELECT ${CONTEST_COLUMNS} FROM contests c JOIN regions r ON r.code = c.region_code
      WHERE c.id = ANY($1::text[])
         OR (c.region_code, c.level, c.election_year) IN (SELECT * FROM unnest($2::text[], $3::text[], $4::int[]))
      ORDER BY c.id ${lock ? 'FOR UPDATE OF c' : ''}`,
    [ids, keys.map((k) => k.regionCode), keys.map((k) => k.level), keys.map((k) => k.year)],
  );
  return rows;
}

export async function findPairsOf(db: Queryable, contestIds: string[]): Promise<PairRow[]> {
  const { rows } = await db.query<PairRow>(
    `SELECT ${PAIR_COLUMNS} FROM candidate_pairs WHERE contest_id = ANY($1::text[]) ORDER BY contest_id, ballot_number`,
    [contestIds],
  );
  return rows;
}

const contestJson = (c: ContestRecord) => ({
  id: c.id,
  name: c.name,
  level: c.level,
  region_code: c.regionCode,
  election_year: c.electionYear,
  pair_determination_date: c.pairDeterminationDate,
  campaign_start: c.campaignStart,
  campaign_end: c.campaignEnd,
  quiet_start: c.quietStart,
  quiet_end: c.quietEnd,
  voting_day: c.votingDay,
  empty_box_number: c.emptyBoxNumber,
});

const CONTEST_RECORDSET = `jsonb_to_recordset($1::jsonb) AS x(id text, name text, level text, region_code text, election_year int,
  pair_determination_date date, campaign_start date, campaign_end date, quiet_start date, quiet_end date, voting_day date,
  empty_box_number int)`;

export async function insertContests(db: Queryable, contests: ContestRecord[], source: string): Promise<void> {
  if (contests.length === 0) return;
  await db.query(
    `INSERT INTO contests (id, name, level, region_code, election_year, pair_determination_date, campaign_start, campaign_end,
                           quiet_start, quiet_end, voting_day, empty_box_number, source)
     SELECT x.id, x.name, x.level, x.region_code, x.election_year, x.pair_determination_date, x.campaign_start, x.campaign_end,
            x.quiet_start, x.quiet_end, x.voting_day, x.empty_box_number, $2
       FROM ${CONTEST_RECORDSET}`,
    [JSON.stringify(contests.map(contestJson)), source],
  );
}

/** Rewrites the given contests' fields and bumps their revision. */
export async function updateContests(db: Queryable, contests: ContestRecord[]): Promise<void> {
  if (contests.length === 0) return;
  await db.query(
    `UPDATE contests c SET name = x.name, level = x.level, region_code = x.region_code, election_year = x.election_year,
            pair_determination_date = x.pair_determination_date, campaign_start = x.campaign_start, campaign_end = x.campaign_end,
            quiet_start = x.quiet_start, quiet_end = x.quiet_end, voting_day = x.voting_day, empty_box_number = x.empty_box_number,
            revision = c.revision + 1, updated_at = now()
       FROM ${CONTEST_RECORDSET}
      WHERE c.id = x.id`,
    [JSON.stringify(contests.map(contestJson))],
  );
}

/** A change to a contest's pairs is a change to the contest: the classifier rebuilds its matcher. */
export async function bumpRevisions(db: Queryable, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.query('UPDATE contests SET revision = revision + 1, updated_at = now() WHERE id = ANY($1::text[])', [ids]);
}

const pairJson = (p: PairRecord) => ({
  contest_id: p.contestId,
  ballot_number: p.number,
  head: p.head,
  deputy: p.deputy,
  aliases: p.aliases,
  parties: p.parties,
  slogans: p.slogans,
  hashtags: p.hashtags,
  colors: p.colors,
  accounts: p.accounts,
  incumbent: p.incumbent,
  independent: p.independent,
  kpu_id: p.kpuId,
});

const PAIR_RECORDSET = `jsonb_to_recordset($1::jsonb) AS x(contest_id text, ballot_number int, head text, deputy text, aliases text[],
  parties text[], slogans text[], hashtags text[], colors text[], accounts jsonb, incumbent boolean, independent boolean, kpu_id text)`;

/**
 * Inserts pairs or updates them in place. `mode` 'names' (the KPU import) only touches the
 * ballot names and the KPU id, so the lexicon staff maintain survives a re-import; 'all' (the
 * JSON import) replaces the lexicon too and keeps a known KPU id.
 */
export async function upsertPairs(db: Queryable, pairs: PairRecord[], mode: 'names' | 'all'): Promise<void> {
  if (pairs.length === 0) return;
  const onConflict = mode === 'names'
    ? 'head = EXCLUDED.head, deputy = EXCLUDED.deputy, kpu_id = EXCLUDED.kpu_id'
    : `head = EXCLUDED.head, deputy = EXCLUDED.deputy, aliases = EXCLUDED.aliases, parties = EXCLUDED.parties,
       slogans = EXCLUDED.slogans, hashtags = EXCLUDED.hashtags, colors = EXCLUDED.colors, accounts = EXCLUDED.accounts,
       incumbent = EXCLUDED.incumbent, independent = EXCLUDED.independent, kpu_id = coalesce(EXCLUDED.kpu_id, candidate_pairs.kpu_id)`;
  await db.query(
    `INSERT INTO candidate_pairs (${PAIR_COLUMNS})
     SELECT x.contest_id, x.ballot_number, x.head, x.deputy, x.aliases, x.parties, x.slogans, x.hashtags, x.colors, x.accounts,
            x.incumbent, x.independent, x.kpu_id
       FROM ${PAIR_RECORDSET}
     ON CONFLICT (contest_id, ballot_number) DO UPDATE SET ${onConflict}`,
    [JSON.stringify(pairs.map(pairJson))],
  );
}

export async function deletePairs(db: Queryable, pairs: { contestId: string; number: number }[]): Promise<void> {
  if (pairs.length === 0) return;
  await db.query(
    `DELETE FROM candidate_pairs p USING unnest($1::text[], $2::int[]) AS d(contest_id, ballot_number)
      WHERE p.contest_id = d.contest_id AND p.ballot_number = d.ballot_number`,
    [pairs.map((p) => p.contestId), pairs.map((p) => p.number)],
  );
}

export async function updatePairLexicon(db: Queryable, contestId: string, number: number, lexicon: PairLexicon): Promise<void> {
  await db.query(
    `UPDATE candidate_pairs SET aliases = $3, parties = $4, slogans = $5, hashtags = $6, colors = $7, accounts = $8::jsonb,
            incumbent = $9, independent = $10
      WHERE contest_id = $1 AND ballot_number = $2`,
    [contestId, number, lexicon.aliases, lexicon.parties, lexicon.slogans, lexicon.hashtags, lexicon.colors,
      JSON.stringify(lexicon.accounts), lexicon.incumbent, lexicon.independent],
  );
}

export async function findContest(db: Queryable, id: string, lock = false): Promise<ContestRow | null> {
  const { rows } = await db.query<ContestRow>(
    `SELECT ${CONTEST_COLUMNS} FROM contests c JOIN regions r ON r.code = c.region_code WHERE c.id = $1 ${lock ? 'FOR UPDATE OF c' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

export interface ContestFilter {
  /** Contests that apply to this region: its own, those inside it and those containing it. */
  region?: string;
  level?: string;
  year?: number;
  after?: string;
  limit: number;
}

export async function listContests(db: Queryable, filter: ContestFilter): Promise<ContestRow[]> {
  const { rows } = await db.query<ContestRow>(
    `SELECT ${CONTEST_COLUMNS} FROM contests c JOIN regions r ON r.code = c.region_code
      WHERE ($1::text IS NULL OR c.region_code = $1 OR c.region_code LIKE $1 || '.%' OR $1 LIKE c.region_code || '.%')
        AND ($2::text IS NULL OR c.level = $2)
        AND ($3::int IS NULL OR c.election_year = $3)
        AND ($4::text IS NULL OR c.id > $4)
      ORDER BY c.id LIMIT $5`,
    [filter.region ?? null, filter.level ?? null, filter.year ?? null, filter.after ?? null, filter.limit],
  );
  return rows;
}

/** Every contest (or those applying to a region) with its pairs, in the classifier's shape. */
export async function selectClassifierContests(db: Queryable, regionCode: string | null): Promise<ClassifierContest[]> {
  const { rows } = await db.query<{
    id: string; name: string; level: ClassifierContest['level']; region_code: string; region_name: string; revision: number;
    campaign_start: string | null; campaign_end: string | null; voting_day: string; candidates: ClassifierContest['candidates'] | null;
  }>(
    `SELECT c.id, c.name, c.level, c.region_code, r.name AS region_name, c.revision, c.campaign_start, c.campaign_end, c.voting_day,
            (SELECT json_agg(json_build_object(
                      'number', p.ballot_number, 'head', p.head, 'deputy', p.deputy, 'aliases', p.aliases,
                      'parties', p.parties, 'slogans', p.slogans, 'hashtags', p.hashtags, 'colors', p.colors,
                      'accounts', p.accounts, 'incumbent', p.incumbent, 'independent', p.independent)
                    ORDER BY p.ballot_number)
               FROM candidate_pairs p WHERE p.contest_id = c.id) AS candidates
       FROM contests c JOIN regions r ON r.code = c.region_code
      WHERE $1::text IS NULL OR c.region_code = $1 OR c.region_code LIKE $1 || '.%' OR $1 LIKE c.region_code || '.%'
      ORDER BY c.id`,
    [regionCode],
  );
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    level: c.level,
    region: { code: c.region_code, name: c.region_name },
    // A contest without stage dates is judged from 60 days before voting day.
    campaign_start: c.campaign_start ?? shiftDays(c.voting_day, -60),
    campaign_end: c.campaign_end ?? shiftDays(c.voting_day, -4),
    voting_day: c.voting_day,
    candidates: (c.candidates ?? []).map((p) => ({ ...p, accounts: p.accounts.map((a) => ({ platform: a.platform, handle: a.handle })) })),
    revision: c.revision,
  }));
}

function shiftDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
