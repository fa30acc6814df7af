import { regionContains, withTransaction, type Pool } from '@netra/shared';
import { createClassifier, type Classifier } from '../engine/classifier.js';
import type { Item } from '../engine/classify-types.js';
import type { Model } from '../engine/model-store.js';
import {
  contestsFingerprint, currentVersionsWithin, loadVersions, markContestScored, staleContests, storeJudgement,
  type ContestWithRevision, type VersionRow,
} from './classify-repo.js';

/** Reads every contest with its pairs and revision from the registry (the contests module owns that SQL). */
export type LoadContests = (db: Pool) => Promise<ContestWithRevision[]>;

export type VersionOutcome =
  | { ok: true; flagged: boolean; judgementId: string; flagId: string | null }
  | { ok: false; error: string };

export interface ClassifyService {
  classifyVersions(ids: string[]): Promise<Map<string, VersionOutcome>>;
  /** Re-scores every region whose contest changed (or all, after a model change). Returns versions judged. */
  rescoreStale(): Promise<{ contests: number; versions: number }>;
  rescoreContest(contestId: string): Promise<number>;
}

function toItem(row: VersionRow): Item {
  const target = row.target ? { author_handle: row.target.author_handle ?? row.target.authorHandle ?? '', text: row.target.text ?? '' } : undefined;
  return {
    id: row.item_version_id,
    platform: row.platform,
    kind: row.kind,
    author: { id: row.asn_id ?? 'unknown', region_code: row.region_code },
    created_at: new Date(row.posted_at).toISOString(),
    text: row.text,
    ...(target ? { target } : {}),
    media: row.media ?? [],
  };
}

export function createClassifyService(deps: { db: Pool; threshold: number; loadContests: LoadContests; model?: Model }): ClassifyService {
  let classifier: Classifier | null = null;
  let contests: ContestWithRevision[] = [];
  let fingerprint = '';

  // The registry is read once and then only when its fingerprint changes; matchers of unchanged
  // contests are kept by the engine.
  async function ensureContests(): Promise<Classifier> {
    const current = await contestsFingerprint(deps.db);
    if (!classifier || current !== fingerprint) {
      contests = await deps.loadContests(deps.db);
      fingerprint = current;
      if (classifier) classifier.updateContests(contests);
      else classifier = createClassifier({ contests, threshold: deps.threshold, ...(deps.model ? { model: deps.model } : {}) });
    }
    return classifier;
  }

  /** Which registry state judged this region: the applicable contests and their revisions. */
  function lexiconKey(regionCode: string): string {
    const parts = contests.filter((c) => regionContains(c.region.code, regionCode)).map((c) => `${c.id}@${c.revision}`);
    return parts.length ? parts.join(',') : 'none';
  }

  async function classifyVersions(ids: string[]): Promise<Map<string, VersionOutcome>> {
    const engine = await ensureContests();
    const rows = await loadVersions(deps.db, ids);
    const judged = rows.map((row) => ({ row, judgement: engine.classify(toItem(row)), key: lexiconKey(row.region_code) }));
    const out = new Map<string, VersionOutcome>();
    await withTransaction(deps.db, async (tx) => {
      for (const { row, judgement, key } of judged) {
        const stored = await storeJudgement(tx, row, judgement, key, judgement.flagged);
        out.set(row.item_version_id, { ok: true, flagged: judgement.flagged, ...stored });
      }
    });
    for (const id of ids) if (!out.has(id)) out.set(id, { ok: false, error: `item version ${id} not found` });
    return out;
  }

  async function rescoreRegion(regionCode: string): Promise<number> {
    let after: string | null = null;
    let total = 0;
    for (;;) {
      const ids = await currentVersionsWithin(deps.db, regionCode, after, 500);
      if (ids.length === 0) return total;
      await classifyVersions(ids);
      total += ids.length;
      after = ids[ids.length - 1]!;
    }
  }

  return {
    classifyVersions,
    async rescoreStale() {
      const engine = await ensureContests();
      const stale = await staleContests(deps.db, engine.modelVersion);
      let versions = 0;
      for (const contest of stale) {
        versions += await rescoreRegion(contest.region_code);
        await markContestScored(deps.db, contest.id, contest.revision, engine.modelVersion);
      }
      return { contests: stale.length, versions };
    },
    async rescoreContest(contestId) {
      const engine = await ensureContests();
      const contest = contests.find((c) => c.id === contestId);
      if (!contest) return 0;
      const n = await rescoreRegion(contest.region.code);
      await markContestScored(deps.db, contest.id, contest.revision, engine.modelVersion);
      return n;
    },
  };
}
