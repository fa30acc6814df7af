import { appendAudit, withTransaction, type AuditActor, type Pool } from '@netra/shared';

export interface OverdueEscalation {
  caseId: string;
  stage: string;
  dueAt: Date;
  regionCode: string;
  /** Active supervisors whose scope covers the case's region: who the alert goes to. */
  supervisorIds: string[];
}

const SYSTEM: AuditActor = { actorId: null, actorLabel: 'system:review-deadlines', actorRole: null };

/**
 * Raises every case whose stage clock has passed to the supervisors of its region, once per
 * clock: an alert row, the case marked, and an audit entry, all in one transaction. Meant to run
 * on a schedule (`now` is a parameter so a run is reproducible).
 */
export async function escalateOverdue(db: Pool, now: Date = new Date()): Promise<OverdueEscalation[]> {
  return withTransaction(db, async (tx) => {
    const { rows } = await tx.query<{ id: string; stage: string; due_at: Date; region_code: string }>(
      `SELECT id, stage, due_at, region_code FROM cases
        WHERE due_at < $1 AND overdue_escalated_at IS NULL AND stage NOT IN ('closed', 'dismissed')
        ORDER BY due_at FOR UPDATE SKIP LOCKED`,
      [now],
    );
    const out: OverdueEscalation[] = [];
    for (const c of rows) {
      const supervisors = await tx.query<{ id: string }>(
        `SELECT id FROM users WHERE role = 'supervisor' AND active
            AND (region_code IS NULL OR $1 = region_code OR $1 LIKE region_code || '.%') ORDER BY username`,
        [c.region_code],
      );
      const supervisorIds = supervisors.rows.map((s) => s.id);
      await tx.query(`INSERT INTO case_alerts (case_id, kind, stage, due_at, raised_at) VALUES ($1, 'overdue', $2, $3, $4) ON CONFLICT DO NOTHING`, [c.id, c.stage, c.due_at, now]);
      await tx.query('UPDATE cases SET overdue_escalated_at = $2 WHERE id = $1', [c.id, now]);
      await appendAudit(tx, SYSTEM, {
        action: 'case.overdue_escalated', entityType: 'case', entityId: c.id, regionCode: c.region_code,
        details: { stage: c.stage, dueAt: new Date(c.due_at).toISOString(), supervisorIds },
      });
      out.push({ caseId: c.id, stage: c.stage, dueAt: c.due_at, regionCode: c.region_code, supervisorIds });
    }
    return out;
  });
}
