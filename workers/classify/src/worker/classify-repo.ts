import type { Queryable } from '@netra/shared';
import { regionScopeSql } from '@netra/shared';
import type { Contest, Judgement } from '../engine/classify-types.js';

export interface VersionRow {
  item_version_id: string;
  item_id: string;
  version: number;
  current_version: number;
  text: string;
  target: { authorHandle?: string; author_handle?: string; text?: string } | null;
  media: { type: string; url?: string; sha256?: string; alt?: string }[];
  platform: string;
  kind: 'post' | 'comment' | 'like' | 'share';
  region_code: string;
  asn_id: string | null;
  posted_at: Date;
}

export async function loadVersions(db: Queryable, ids: string[]): Promise<VersionRow[]> {
  const { rows } = await db.query<VersionRow>(
    `SELECT v.id AS item_version_id, i.id AS item_id, v.version, i.current_version, v.text, v.target, v.media,
            i.platform, i.kind, i.region_code, i.asn_id, i.posted_at
       FROM item_versions v JOIN items i ON i.id = v.item_id
      WHERE v.id = ANY($1::uuid[])`,
    [ids],
  );
  return rows;
}

export interface ContestWithRevision extends Contest {
  revision: number;
}

/** A cheap fingerprint of the registry: when it changes, the worker reloads the contests. */
export async function contestsFingerprint(db: Queryable): Promise<string> {
  const { rows } = await db.query<{ f: string }>(
    `SELECT count(*)::text || ':' || coalesce(sum(revision), 0)::text || ':' || coalesce(max(updated_at)::text, '-') AS f FROM contests`,
  );
  return rows[0]?.f ?? '';
}

export interface StoredJudgement {
  judgementId: string;
  flagId: string | null;
}

/**
 * Stores a judgement once per (version, model, lexicon) and keeps the version's flag in step:
 * raised when flagged; a still-pending flag follows a re-score (updated, or superseded when the
 * new judgement no longer flags it). Flags a reviewer has touched are never changed here.
 */
export async function storeJudgement(
  db: Queryable,
  row: VersionRow,
  judgement: Judgement,
  lexiconKey: string,
  flag: boolean,
): Promise<StoredJudgement> {
  const inserted = await db.query<{ id: string }>(
    `INSERT INTO judgements (item_version_id, contest_id, model_version, lexicon_key, score, flagged, candidate, stance, category, signals, reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (item_version_id, model_version, lexicon_key) DO NOTHING RETURNING id`,
    [row.item_version_id, judgement.contest, judgement.model_version, lexiconKey, judgement.score, flag, judgement.candidate,
      judgement.stance, judgement.category, JSON.stringify(judgement.signals), JSON.stringify(judgement.reason)],
  );
  const judgementId = inserted.rows[0]?.id ?? (await db.query<{ id: string }>(
    'SELECT id FROM judgements WHERE item_version_id = $1 AND model_version = $2 AND lexicon_key = $3',
    [row.item_version_id, judgement.model_version, lexiconKey],
  )).rows[0]!.id;

  if (!flag) {
    await db.query(`UPDATE flags SET status = 'superseded', updated_at = now() WHERE item_version_id = $1 AND status = 'pending' AND judgement_id <> $2`, [row.item_version_id, judgementId]);
    return { judgementId, flagId: null };
  }
  const flagRow = await db.query<{ id: string }>(
    `INSERT INTO flags (item_id, item_version_id, judgement_id, contest_id, region_code, asn_id, candidate, stance, category, score)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (item_version_id) DO UPDATE
       SET judgement_id = EXCLUDED.judgement_id, contest_id = EXCLUDED.contest_id, candidate = EXCLUDED.candidate,
           stance = EXCLUDED.stance, category = EXCLUDED.category, score = EXCLUDED.score,
           status = CASE WHEN flags.status = 'superseded' THEN 'pending' ELSE flags.status END, updated_at = now()
       WHERE flags.status IN ('pending', 'superseded') AND flags.judgement_id <> EXCLUDED.judgement_id
     RETURNING id`,
    [row.item_id, row.item_version_id, judgementId, judgement.contest, row.region_code, row.asn_id, judgement.candidate,
      judgement.stance, judgement.category, judgement.score],
  );
  // A newer version's flag replaces the older versions' pending flags: one open flag per item.
  await db.query(
    `UPDATE flags f SET status = 'superseded', updated_at = now() FROM item_versions v
      WHERE f.item_version_id = v.id AND f.item_id = $1 AND f.status = 'pending' AND v.version < $2`,
    [row.item_id, row.version],
  );
  const flagId = flagRow.rows[0]?.id ?? (await db.query<{ id: string }>('SELECT id FROM flags WHERE item_version_id = $1', [row.item_version_id])).rows[0]?.id ?? null;
  return { judgementId, flagId };
}

/** Current versions of items inside a region, a page at a time (keyset on the version id). */
export async function currentVersionsWithin(db: Queryable, regionCode: string | null, after: string | null, limit: number): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT v.id FROM items i JOIN item_versions v ON v.item_id = i.id AND v.version = i.current_version
      WHERE ${regionScopeSql('i.region_code', 1)}
        AND ($2::uuid IS NULL OR v.id > $2)
      ORDER BY v.id LIMIT $3`,
    [regionCode, after, limit],
  );
  return rows.map((r) => r.id);
}

export async function staleContests(db: Queryable, modelVersion: string): Promise<{ id: string; region_code: string; revision: number }[]> {
  const { rows } = await db.query<{ id: string; region_code: string; revision: number }>(
    `SELECT c.id, c.region_code, c.revision FROM contests c LEFT JOIN contest_scoring s ON s.contest_id = c.id
      WHERE s.contest_id IS NULL OR s.revision <> c.revision OR s.model_version <> $1`,
    [modelVersion],
  );
  return rows;
}

export async function markContestScored(db: Queryable, contestId: string, revision: number, modelVersion: string): Promise<void> {
  await db.query(
    `INSERT INTO contest_scoring (contest_id, revision, model_version) VALUES ($1, $2, $3)
     ON CONFLICT (contest_id) DO UPDATE SET revision = EXCLUDED.revision, model_version = EXCLUDED.model_version, scored_at = now()`,
    [contestId, revision, modelVersion],
  );
}
