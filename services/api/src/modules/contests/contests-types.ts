import Type, { type Static } from 'typebox';
import { CONTEST_LEVELS, PLATFORMS, type ContestLevel } from '@netra/shared';
import { RegionCode } from '../../http/common-schemas.js';

// Elections: contests (one per region, level and year) and their candidate pairs. The JSON format
// is the classifier's contract (/work/shared/examples/README.md): snake_case, one array of
// contests with their candidates. The API's own responses are camelCase like every other route.

export const CONTEST_ID_PATTERN = '^[a-z0-9][a-z0-9-]{2,80}$';
export const DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';

const Day = Type.String({ pattern: DATE_PATTERN, description: 'YYYY-MM-DD, a calendar day in Indonesia' });
const Words = (description: string) => Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 100, description });

export const AccountJson = Type.Object({
  platform: Type.Enum(PLATFORMS),
  handle: Type.String({ minLength: 1, maxLength: 100 }),
}, { additionalProperties: false });

/** One pair (or, in a single-pair race, the one pair against the empty box) in the JSON format. */
export const CandidateJson = Type.Object({
  number: Type.Integer({ minimum: 1, maximum: 20, description: 'Ballot number (nomor urut)' }),
  head: Type.String({ minLength: 1, maxLength: 300, description: 'As on the ballot, titles included' }),
  deputy: Type.String({ minLength: 1, maxLength: 300 }),
  aliases: Type.Optional(Words('Nicknames and pair acronyms, e.g. RIDO')),
  parties: Type.Optional(Words('Backing parties')),
  slogans: Type.Optional(Words('Campaign slogans')),
  hashtags: Type.Optional(Words('Campaign hashtags, with #')),
  colors: Type.Optional(Words('Campaign colours')),
  accounts: Type.Optional(Type.Array(AccountJson, { maxItems: 50, description: "The pair's official accounts" })),
  incumbent: Type.Optional(Type.Boolean()),
  independent: Type.Optional(Type.Boolean({ description: 'Perseorangan: no party backing' })),
}, { additionalProperties: false });

/**
 * One contest in the JSON format. The last four fields are optional extensions the examples do
 * not carry; when absent on a replace, the stored values are kept.
 */
export const ContestJson = Type.Object({
  id: Type.String({ pattern: CONTEST_ID_PATTERN, examples: ['pilwalkot-6371-2024'] }),
  name: Type.String({ minLength: 3, maxLength: 300 }),
  level: Type.Enum(CONTEST_LEVELS),
  region: Type.Object({ code: RegionCode, name: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false }),
  campaign_start: Day,
  campaign_end: Day,
  voting_day: Day,
  candidates: Type.Array(CandidateJson, { maxItems: 20 }),
  pair_determination_date: Type.Optional(Type.Union([Day, Type.Null()])),
  quiet_start: Type.Optional(Type.Union([Day, Type.Null()])),
  quiet_end: Type.Optional(Type.Union([Day, Type.Null()])),
  empty_box_number: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 20 }), Type.Null()])),
}, { additionalProperties: false });

export const ContestJsonArray = Type.Array(ContestJson, { maxItems: 2000 });

export type AccountJsonT = Static<typeof AccountJson>;
export type CandidateJsonT = Static<typeof CandidateJson>;
export type ContestJsonT = Static<typeof ContestJson>;

/** The classifier's input: the JSON format with the region's name, plus the contest's revision. */
export interface ClassifierContest {
  id: string;
  name: string;
  level: ContestLevel;
  region: { code: string; name: string };
  campaign_start: string;
  campaign_end: string;
  voting_day: string;
  candidates: ({ number: number; head: string; deputy: string } & PairLexicon)[];
  revision: number;
}

/** A contest as stored, in the shape the import code compares and writes. */
export interface ContestRecord {
  id: string;
  name: string;
  level: ContestLevel;
  regionCode: string;
  electionYear: number;
  pairDeterminationDate: string | null;
  campaignStart: string | null;
  campaignEnd: string | null;
  quietStart: string | null;
  quietEnd: string | null;
  votingDay: string;
  emptyBoxNumber: number | null;
}

/** The lexicon Bawaslu staff maintain for a pair (everything but its number and names). */
export interface PairLexicon {
  aliases: string[];
  parties: string[];
  slogans: string[];
  hashtags: string[];
  colors: string[];
  accounts: { platform: string; handle: string }[];
  incumbent: boolean;
  independent: boolean;
}

export interface PairRecord extends PairLexicon {
  contestId: string;
  number: number;
  head: string;
  deputy: string;
  kpuId: string | null;
}

/** Counts of one import. */
export interface WriteCounts {
  total: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface ContestsImportReport {
  contests: WriteCounts;
  pairs: WriteCounts & { deleted: number };
}

/** Pilkada 2024's stages (PKPU 2/2024). */
export const PILKADA_2024: Readonly<ElectionSchedule> = {
  year: 2024,
  pairDeterminationDate: '2024-09-22',
  campaignStart: '2024-09-25',
  campaignEnd: '2024-11-23',
  quietStart: '2024-11-24',
  quietEnd: '2024-11-26',
  votingDay: '2024-11-27',
};

export interface ElectionSchedule {
  year: number;
  pairDeterminationDate: string;
  campaignStart: string;
  campaignEnd: string;
  quietStart: string;
  quietEnd: string;
  votingDay: string;
}

// --- normalisation shared by the importers and the PATCH route --------------------------------

/** Trimmed, without empties and exact duplicates, order kept. */
export function cleanWords(values: readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const v of values ?? []) {
    const w = v.trim().replace(/\s+/g, ' ');
    if (w && !out.includes(w)) out.push(w);
  }
  return out;
}

/** Platform lower-case, handle without a leading @, duplicates (case-insensitive) dropped. */
export function cleanAccounts(values: readonly { platform: string; handle: string }[] | undefined): { platform: string; handle: string }[] {
  const out: { platform: string; handle: string }[] = [];
  for (const a of values ?? []) {
    const platform = a.platform.trim().toLowerCase();
    const handle = a.handle.trim().replace(/^@+/, '');
    if (!handle) continue;
    if (!out.some((o) => o.platform === platform && o.handle.toLowerCase() === handle.toLowerCase())) out.push({ platform, handle });
  }
  return out;
}

export function lexiconOf(c: Partial<PairLexicon>): PairLexicon {
  return {
    aliases: cleanWords(c.aliases),
    parties: cleanWords(c.parties),
    slogans: cleanWords(c.slogans),
    hashtags: cleanWords(c.hashtags),
    colors: cleanWords(c.colors),
    accounts: cleanAccounts(c.accounts),
    incumbent: c.incumbent ?? false,
    independent: c.independent ?? false,
  };
}

export function sameLexicon(a: PairLexicon, b: PairLexicon): boolean {
  return JSON.stringify(lexiconOf(a)) === JSON.stringify(lexiconOf(b));
}

export const CONTEST_FIELDS: (keyof ContestRecord)[] = [
  'name', 'level', 'regionCode', 'electionYear', 'pairDeterminationDate', 'campaignStart', 'campaignEnd', 'quietStart', 'quietEnd', 'votingDay', 'emptyBoxNumber',
];

export function sameContest(a: ContestRecord, b: ContestRecord): boolean {
  return CONTEST_FIELDS.every((f) => a[f] === b[f]);
}
