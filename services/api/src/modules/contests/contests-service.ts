import {
  ForbiddenError, NotFoundError, appendAudit, regionContains, withTransaction,
  type AuditActor, type Pool, type PoolClient, type Queryable,
} from '@netra/shared';
import type { Principal } from '../auth/auth-types.js';
import {
  bumpRevisions, deletePairs, findContest, findPairsOf, insertContests, listContests, selectClassifierContests, toContestRecord, toPairRecord,
  updateContests, updatePairLexicon, upsertPairs, type ContestFilter, type ContestRow, type PairRow,
} from './contests-repo.js';
import {
  lexiconOf, sameContest, sameLexicon, type ClassifierContest, type ContestRecord, type ContestsImportReport, type PairLexicon, type PairRecord,
} from './contests-types.js';

// --- writing a batch of contests: compare with what is stored, write only the differences -------

export interface DesiredContest {
  contest: ContestRecord;
  pairs: PairRecord[];
}

export interface StoredContest {
  contest: ContestRecord;
  pairs: PairRecord[];
}

export type ContestOutcome = 'inserted' | 'updated' | 'unchanged';

export interface ApplyResult extends ContestsImportReport {
  outcomes: { id: string; regionCode: string; outcome: ContestOutcome; pairs: { inserted: number; updated: number; deleted: number } }[];
}

/**
 * Writes `desired` over `stored` (keyed by contest id) in a handful of set-based statements.
 * `mode` 'names': pairs are compared and written by ballot names and KPU id only (the KPU import;
 * the lexicon is kept). 'all': the whole pair is replaced (the JSON import). Pairs stored but not
 * desired are deleted. A contest's revision goes up once when it or any of its pairs changed, and
 * never when nothing did.
 */
export async function applyContests(
  tx: Queryable,
  desired: DesiredContest[],
  stored: Map<string, StoredContest>,
  mode: 'names' | 'all',
  source: string,
): Promise<ApplyResult> {
  const result: ApplyResult = {
    contests: { total: desired.length, inserted: 0, updated: 0, unchanged: 0 },
    pairs: { total: 0, inserted: 0, updated: 0, unchanged: 0, deleted: 0 },
    outcomes: [],
  };
  const newContests: ContestRecord[] = [];
  const changedContests: ContestRecord[] = [];
  const pairsOnly: string[] = [];
  const pairWrites: PairRecord[] = [];
  const pairDeletes: { contestId: string; number: number }[] = [];

  for (const d of desired) {
    const before = stored.get(d.contest.id);
    const counts = { inserted: 0, updated: 0, deleted: 0 };
    let outcome: ContestOutcome = 'unchanged';
    result.pairs.total += d.pairs.length;
    if (!before) {
      outcome = 'inserted';
      newContests.push(d.contest);
      pairWrites.push(...d.pairs);
      counts.inserted = d.pairs.length;
    } else {
      const oldPairs = new Map(before.pairs.map((p) => [p.number, p]));
      for (const p of d.pairs) {
        const old = oldPairs.get(p.number);
        oldPairs.delete(p.number);
        if (!old) {
          counts.inserted += 1;
          pairWrites.push(p);
        } else if (!samePair(old, p, mode)) {
          counts.updated += 1;
          pairWrites.push(mode === 'names' ? { ...old, head: p.head, deputy: p.deputy, kpuId: p.kpuId } : p);
        }
      }
      for (const gone of oldPairs.values()) {
        counts.deleted += 1;
        pairDeletes.push({ contestId: gone.contestId, number: gone.number });
      }
      const pairsChanged = counts.inserted + counts.updated + counts.deleted > 0;
      if (!sameContest(before.contest, d.contest)) {
        changedContests.push(d.contest);
        outcome = 'updated';
      } else if (pairsChanged) {
        pairsOnly.push(d.contest.id);
        outcome = 'updated';
      }
    }
    result.pairs.inserted += counts.inserted;
    result.pairs.updated += counts.updated;
    result.pairs.deleted += counts.deleted;
    result.pairs.unchanged += d.pairs.length - counts.inserted - counts.updated;
    result.contests[outcome] += 1;
    result.outcomes.push({ id: d.contest.id, regionCode: d.contest.regionCode, outcome, pairs: counts });
  }

  await insertContests(tx, newContests, source);
  await updateContests(tx, changedContests);
  await bumpRevisions(tx, pairsOnly);
  await deletePairs(tx, pairDeletes);
  await upsertPairs(tx, pairWrites, mode);
  return result;
}

function samePair(a: PairRecord, b: PairRecord, mode: 'names' | 'all'): boolean {
  if (a.head !== b.head || a.deputy !== b.deputy) return false;
  if (mode === 'names') return a.kpuId === b.kpuId;
  return sameLexicon(a, b);
}

/** Stored contests with their pairs, keyed by id. */
export async function storedContests(tx: Queryable, rows: ContestRow[]): Promise<Map<string, StoredContest>> {
  const pairs = await findPairsOf(tx, rows.map((r) => r.id));
  const byContest = new Map<string, PairRecord[]>();
  for (const p of pairs) {
    const list = byContest.get(p.contest_id) ?? [];
    list.push(toPairRecord(p));
    byContest.set(p.contest_id, list);
  }
  return new Map(rows.map((r) => [r.id, { contest: toContestRecord(r), pairs: byContest.get(r.id) ?? [] }]));
}

// --- what the routes call -----------------------------------------------------------------------

/** Contest data is public (names on a ballot), so every role reads every contest. */
export async function listContestsPage(db: Queryable, filter: ContestFilter): Promise<ContestRow[]> {
  return listContests(db, filter);
}

export async function readContest(db: Queryable, id: string): Promise<{ contest: ContestRow; pairs: PairRow[] }> {
  const contest = await findContest(db, id);
  if (!contest) throw new NotFoundError(`Contest ${id}`);
  return { contest, pairs: await findPairsOf(db, [id]) };
}

/** Writes are region-scoped: a supervisor of 63 edits contests in 63 and inside it. */
export function assertMayEdit(principal: Principal | null, regionCode: string, contestId: string): void {
  if (principal && !regionContains(principal.regionCode, regionCode)) {
    throw new ForbiddenError(`Contest ${contestId} (region ${regionCode}) is outside your scope (${principal.regionCode ?? 'national'})`);
  }
}

export type PairPatch = Partial<PairLexicon>;

/** Updates the lexicon of one pair; a patch that changes nothing writes nothing. */
export async function patchPair(
  db: Pool,
  principal: Principal,
  actor: AuditActor,
  contestId: string,
  number: number,
  patch: PairPatch,
): Promise<{ contest: ContestRow; pairs: PairRow[]; changed: boolean }> {
  return withTransaction(db, async (tx: PoolClient) => {
    const contest = await findContest(tx, contestId, true);
    if (!contest) throw new NotFoundError(`Contest ${contestId}`);
    assertMayEdit(principal, contest.region_code, contestId);
    const pair = (await findPairsOf(tx, [contestId])).find((p) => p.ballot_number === number);
    if (!pair) throw new NotFoundError(`Pair number ${number} of contest ${contestId}`);
    const before = lexiconOf(toPairRecord(pair));
    const after = lexiconOf({ ...before, ...definedOnly(patch) });
    const changedFields = (Object.keys(after) as (keyof PairLexicon)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
    if (changedFields.length > 0) {
      await updatePairLexicon(tx, contestId, number, after);
      await bumpRevisions(tx, [contestId]);
      await appendAudit(tx, actor, {
        action: 'contest.pair.update', entityType: 'contest', entityId: contestId, regionCode: contest.region_code,
        details: { number, fields: changedFields },
      });
    }
    return { contest: (await findContest(tx, contestId))!, pairs: await findPairsOf(tx, [contestId]), changed: changedFields.length > 0 };
  });
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * The contests the classifier judges with, in the examples' JSON shape plus each contest's
 * revision: all of them, or those that apply to an author of `regionCode` (the region's own,
 * those containing it and those inside it).
 */
export async function loadContestsForClassifier(db: Queryable, regionCode?: string | null): Promise<ClassifierContest[]> {
  return selectClassifierContests(db, regionCode ?? null);
}
