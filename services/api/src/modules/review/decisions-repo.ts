import type { Queryable } from '@netra/shared';
import { regionScopeSql } from '@netra/shared';
import type { Decision, FlagStatus } from './review-types.js';

export interface NewDecision {
  flagId: string;
  reviewerId: string;
  round: 'first' | 'second' | 'resolution';
  decision: Decision;
  category: string | null;
  reasonCode: string | null;
  note: string | null;
  viaGroup: boolean;
}

export async function insertDecision(db: Queryable, d: NewDecision): Promise<{ id: string; created_at: Date }> {
  const { rows } = await db.query<{ id: string; created_at: Date }>(
    `INSERT INTO flag_decisions (flag_id, reviewer_id, round, decision, violation_category, reason_code, note, via_group)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id, created_at`,
    [d.flagId, d.reviewerId, d.round, d.decision, d.category, d.reasonCode, d.note, d.viaGroup],
  );
  return rows[0]!;
}

/** Moves the flag to its new status and ends the claim on it. */
export async function setFlagStatus(db: Queryable, flagId: string, status: FlagStatus, caseId: string | null = null): Promise<void> {
  await db.query(
    `UPDATE flags SET status = $2, case_id = coalesce($3, case_id), claimed_by = NULL, claimed_at = NULL, lease_expires_at = NULL, updated_at = now() WHERE id = $1`,
    [flagId, status, caseId],
  );
}

/** The final word on an item version, for the classifier: one row per version, last decision wins. */
export async function upsertLabel(
  db: Queryable,
  flag: { id: string; item_version_id: string; judgement_id: string; contest_id: string | null; candidate: number | null; stance: string | null; score: number },
  outcome: { violation: boolean; category: string | null; reasonCode: string | null },
): Promise<void> {
  await db.query(
    `INSERT INTO review_labels (item_version_id, flag_id, judgement_id, contest_id, violation, category, candidate, stance, reason_code, model_score)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (item_version_id) DO UPDATE SET flag_id = EXCLUDED.flag_id, judgement_id = EXCLUDED.judgement_id, violation = EXCLUDED.violation,
       category = EXCLUDED.category, reason_code = EXCLUDED.reason_code, decided_at = now()`,
    [flag.item_version_id, flag.id, flag.judgement_id, flag.contest_id, outcome.violation, outcome.category, flag.candidate, flag.stance, outcome.reasonCode, flag.score],
  );
}

/** The category the first reviewer gave, used when the second confirms without one of their own. */
export async function firstConfirmation(db: Queryable, flagId: string): Promise<{ reviewer_id: string; violation_category: string } | null> {
  const { rows } = await db.query<{ reviewer_id: string; violation_category: string }>(
    `SELECT reviewer_id, violation_category FROM flag_decisions WHERE flag_id = $1 AND round = 'first' AND decision = 'confirm' ORDER BY created_at DESC LIMIT 1`,
    [flagId],
  );
  return rows[0] ?? null;
}

/** Ids of the other flags of a group, in scope, locked (those held by a transaction elsewhere are skipped). */
export async function lockGroupPeers(db: Queryable, groupKey: string, exceptId: string, scope: string | null): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT f.id FROM flags f
      WHERE f.group_key = $1 AND f.id <> $2 AND ${regionScopeSql('f.region_code', 3)}
        AND f.status IN ('pending', 'in_review', 'needs_info', 'awaiting_second')
      ORDER BY f.created_at FOR UPDATE SKIP LOCKED`,
    [groupKey, exceptId, scope],
  );
  return rows.map((r) => r.id);
}
