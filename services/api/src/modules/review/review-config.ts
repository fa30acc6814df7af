import { ConfigError } from '@netra/shared';
import type { CaseStage } from './review-types.js';

/**
 * Review settings. They live with the review module (the shared config is another team's file)
 * and are read from the same environment: REVIEW_LEASE_MINUTES, REVIEW_FLAG_DUE_HOURS,
 * REVIEW_STAGE_DAYS (e.g. "open:3,under_review:3,confirmed:2"), REVIEW_EXTENSION_DAYS,
 * REVIEW_ZONE_RED_MIN (cases from which a region is red; below it and above zero it is yellow).
 */
export interface ReviewConfig {
  leaseMinutes: number;
  /** A flag should be decided within this many hours of being raised (feeds its priority). */
  flagDueHours: number;
  /** The clock of each case stage in days; a stage missing here has no deadline. */
  stageDays: Partial<Record<CaseStage, number>>;
  /** How many days a supervisor may add to a stage's clock, once per stage. */
  extensionDays: number;
  zoneRedMin: number;
}

export const DEFAULT_REVIEW_CONFIG: ReviewConfig = Object.freeze({
  leaseMinutes: 15,
  flagDueHours: 72,
  // Bawaslu reviews within 3 days (extendable by 2); the rest are working assumptions.
  stageDays: { open: 3, under_review: 3, confirmed: 2, escalated: 30, recommendation_received: 30, sanction_recorded: 14 },
  extensionDays: 2,
  zoneRedMin: 5,
});

function num(env: Record<string, string | undefined>, key: string, fallback: number, problems: string[], min = 1): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min) {
    problems.push(`${key}: must be a number >= ${min}`);
    return fallback;
  }
  return n;
}

export function loadReviewConfig(env: Record<string, string | undefined> = process.env): ReviewConfig {
  const problems: string[] = [];
  let stageDays = { ...DEFAULT_REVIEW_CONFIG.stageDays };
  const rawStages = env.REVIEW_STAGE_DAYS;
  if (rawStages) {
    stageDays = {};
    for (const part of rawStages.split(',')) {
      const [stage, days] = part.split(':').map((s) => s.trim());
      const n = Number(days);
      if (!stage || !['open', 'under_review', 'confirmed', 'escalated', 'recommendation_received', 'sanction_recorded'].includes(stage) || !Number.isFinite(n) || n <= 0) {
        problems.push(`REVIEW_STAGE_DAYS: "${part}" must look like stage:days`);
        continue;
      }
      stageDays[stage as CaseStage] = n;
    }
  }
  const config: ReviewConfig = {
    leaseMinutes: num(env, 'REVIEW_LEASE_MINUTES', DEFAULT_REVIEW_CONFIG.leaseMinutes, problems),
    flagDueHours: num(env, 'REVIEW_FLAG_DUE_HOURS', DEFAULT_REVIEW_CONFIG.flagDueHours, problems),
    stageDays,
    extensionDays: num(env, 'REVIEW_EXTENSION_DAYS', DEFAULT_REVIEW_CONFIG.extensionDays, problems),
    zoneRedMin: num(env, 'REVIEW_ZONE_RED_MIN', DEFAULT_REVIEW_CONFIG.zoneRedMin, problems, 2),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}
