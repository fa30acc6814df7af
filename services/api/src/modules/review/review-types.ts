// Closed vocabularies of review: flag statuses, decisions, reason codes, case stages.

export const FLAG_STATUSES = ['pending', 'in_review', 'awaiting_second', 'disputed', 'needs_info', 'confirmed', 'dismissed', 'superseded'] as const;
export type FlagStatus = (typeof FLAG_STATUSES)[number];

/** Statuses a reviewer can still work on. */
export const OPEN_FLAG_STATUSES = ['pending', 'in_review', 'awaiting_second', 'needs_info', 'disputed'] as const;

export const DECISIONS = ['confirm', 'dismiss', 'request_info'] as const;
export type Decision = (typeof DECISIONS)[number];

export const VIOLATION_CATEGORIES = ['social_media_campaign', 'engagement', 'attributes_symbols', 'organising', 'attacking', 'other'] as const;
export type ViolationCategory = (typeof VIOLATION_CATEGORIES)[number];

export const DISMISS_REASONS = ['not_asn', 'account_not_theirs', 'not_partisan', 'news_or_information', 'duplicate', 'outside_jurisdiction', 'other'] as const;
export type DismissReason = (typeof DISMISS_REASONS)[number];

export const CASE_STAGES = ['open', 'under_review', 'confirmed', 'escalated', 'recommendation_received', 'sanction_recorded', 'closed', 'dismissed'] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

/** Where each stage may go. Anything else is a 409. */
export const CASE_TRANSITIONS: Record<CaseStage, readonly CaseStage[]> = {
  open: ['under_review', 'dismissed'],
  under_review: ['confirmed', 'dismissed'],
  confirmed: ['escalated', 'dismissed'],
  // The authority may find no violation: the case closes without a recommendation.
  escalated: ['recommendation_received', 'closed'],
  recommendation_received: ['sanction_recorded', 'closed'],
  sanction_recorded: ['closed'],
  closed: [],
  dismissed: [],
};

/** Transitions only a supervisor (or admin) signs off. */
export const SUPERVISOR_STAGES: readonly CaseStage[] = ['confirmed', 'escalated', 'dismissed'];

/** Severity by the ASN's position class: senior officials matter most. */
export const POSITION_SEVERITY: Record<string, number> = {
  jpt: 6,
  kepala_wilayah: 5,
  administrator: 4,
  pengawas: 3,
  fungsional: 2,
  pelaksana: 1,
};
