import { loadConfig, type Config } from '@netra/shared';
import type { CaseStage } from './review-types.js';

/**
 * Review settings, derived from the validated app config: REVIEW_LEASE_MINUTES,
 * REVIEW_FLAG_DUE_HOURS, REVIEW_STAGE_DAYS (e.g. "open:3,under_review:3,confirmed:2"; when given,
 * only the stages named have a clock), REVIEW_EXTENSION_DAYS, REVIEW_ZONE_RED_MIN (cases from
 * which a region is red; below it and above zero it is yellow).
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

/** The review settings of the validated app config (shared/src/config.ts checks their syntax). */
export function reviewConfigFrom(config: Config): ReviewConfig {
  const stageDays: ReviewConfig['stageDays'] = config.REVIEW_STAGE_DAYS ? {} : { ...DEFAULT_REVIEW_CONFIG.stageDays };
  for (const part of config.REVIEW_STAGE_DAYS ? config.REVIEW_STAGE_DAYS.split(',') : []) {
    const [stage, days] = part.split(':');
    stageDays[stage as CaseStage] = Number(days);
  }
  return Object.freeze({
    leaseMinutes: config.REVIEW_LEASE_MINUTES,
    flagDueHours: config.REVIEW_FLAG_DUE_HOURS,
    stageDays,
    extensionDays: config.REVIEW_EXTENSION_DAYS,
    zoneRedMin: config.REVIEW_ZONE_RED_MIN,
  });
}

/** From an environment map: every problem, of these settings or others, comes back in one ConfigError. */
export function loadReviewConfig(env: Record<string, string | undefined> = process.env): ReviewConfig {
  return reviewConfigFrom(loadConfig(env));
}
